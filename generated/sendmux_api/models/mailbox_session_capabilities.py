from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.mailbox_session_capabilities_attachments import (
        MailboxSessionCapabilitiesAttachments,
    )
    from ..models.mailbox_session_capabilities_folders import (
        MailboxSessionCapabilitiesFolders,
    )
    from ..models.mailbox_session_capabilities_identities import (
        MailboxSessionCapabilitiesIdentities,
    )
    from ..models.mailbox_session_capabilities_messages import (
        MailboxSessionCapabilitiesMessages,
    )
    from ..models.mailbox_session_capabilities_quotas import (
        MailboxSessionCapabilitiesQuotas,
    )
    from ..models.mailbox_session_capabilities_submissions import (
        MailboxSessionCapabilitiesSubmissions,
    )
    from ..models.mailbox_session_capabilities_sync import (
        MailboxSessionCapabilitiesSync,
    )
    from ..models.mailbox_session_capabilities_threads import (
        MailboxSessionCapabilitiesThreads,
    )


T = TypeVar("T", bound="MailboxSessionCapabilities")


@_attrs_define
class MailboxSessionCapabilities:
    """
    Attributes:
        attachments (MailboxSessionCapabilitiesAttachments):
        folders (MailboxSessionCapabilitiesFolders):
        identities (MailboxSessionCapabilitiesIdentities):
        messages (MailboxSessionCapabilitiesMessages):
        quotas (MailboxSessionCapabilitiesQuotas):
        submissions (MailboxSessionCapabilitiesSubmissions):
        sync (MailboxSessionCapabilitiesSync):
        threads (MailboxSessionCapabilitiesThreads):
    """

    attachments: MailboxSessionCapabilitiesAttachments
    folders: MailboxSessionCapabilitiesFolders
    identities: MailboxSessionCapabilitiesIdentities
    messages: MailboxSessionCapabilitiesMessages
    quotas: MailboxSessionCapabilitiesQuotas
    submissions: MailboxSessionCapabilitiesSubmissions
    sync: MailboxSessionCapabilitiesSync
    threads: MailboxSessionCapabilitiesThreads

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _import_lazy()
        attachments = self.attachments.to_dict()

        folders = self.folders.to_dict()

        identities = self.identities.to_dict()

        messages = self.messages.to_dict()

        quotas = self.quotas.to_dict()

        submissions = self.submissions.to_dict()

        sync = self.sync.to_dict()

        threads = self.threads.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "attachments": attachments,
                "folders": folders,
                "identities": identities,
                "messages": messages,
                "quotas": quotas,
                "submissions": submissions,
                "sync": sync,
                "threads": threads,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_imports_pending:
            _import_lazy()
        attachments = MailboxSessionCapabilitiesAttachments.from_dict(
            src_dict["attachments"]
        )

        folders = MailboxSessionCapabilitiesFolders.from_dict(src_dict["folders"])

        identities = MailboxSessionCapabilitiesIdentities.from_dict(
            src_dict["identities"]
        )

        messages = MailboxSessionCapabilitiesMessages.from_dict(src_dict["messages"])

        quotas = MailboxSessionCapabilitiesQuotas.from_dict(src_dict["quotas"])

        submissions = MailboxSessionCapabilitiesSubmissions.from_dict(
            src_dict["submissions"]
        )

        sync = MailboxSessionCapabilitiesSync.from_dict(src_dict["sync"])

        threads = MailboxSessionCapabilitiesThreads.from_dict(src_dict["threads"])

        mailbox_session_capabilities = cls(
            attachments,
            folders,
            identities,
            messages,
            quotas,
            submissions,
            sync,
            threads,
        )

        return mailbox_session_capabilities


_lazy_imports_pending = True


def _import_lazy() -> None:
    """Bind the models this module refers to; they may import this module back."""
    global _lazy_imports_pending
    global MailboxSessionCapabilitiesAttachments
    global MailboxSessionCapabilitiesFolders
    global MailboxSessionCapabilitiesIdentities
    global MailboxSessionCapabilitiesMessages
    global MailboxSessionCapabilitiesQuotas
    global MailboxSessionCapabilitiesSubmissions
    global MailboxSessionCapabilitiesSync
    global MailboxSessionCapabilitiesThreads
    from ..models.mailbox_session_capabilities_attachments import (
        MailboxSessionCapabilitiesAttachments,
    )
    from ..models.mailbox_session_capabilities_folders import (
        MailboxSessionCapabilitiesFolders,
    )
    from ..models.mailbox_session_capabilities_identities import (
        MailboxSessionCapabilitiesIdentities,
    )
    from ..models.mailbox_session_capabilities_messages import (
        MailboxSessionCapabilitiesMessages,
    )
    from ..models.mailbox_session_capabilities_quotas import (
        MailboxSessionCapabilitiesQuotas,
    )
    from ..models.mailbox_session_capabilities_submissions import (
        MailboxSessionCapabilitiesSubmissions,
    )
    from ..models.mailbox_session_capabilities_sync import (
        MailboxSessionCapabilitiesSync,
    )
    from ..models.mailbox_session_capabilities_threads import (
        MailboxSessionCapabilitiesThreads,
    )

    _lazy_imports_pending = False
