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
        attachments = _MailboxSessionCapabilitiesAttachments_from_dict(
            src_dict["attachments"]
        )

        folders = _MailboxSessionCapabilitiesFolders_from_dict(src_dict["folders"])

        identities = _MailboxSessionCapabilitiesIdentities_from_dict(
            src_dict["identities"]
        )

        messages = _MailboxSessionCapabilitiesMessages_from_dict(src_dict["messages"])

        quotas = _MailboxSessionCapabilitiesQuotas_from_dict(src_dict["quotas"])

        submissions = _MailboxSessionCapabilitiesSubmissions_from_dict(
            src_dict["submissions"]
        )

        sync = _MailboxSessionCapabilitiesSync_from_dict(src_dict["sync"])

        threads = _MailboxSessionCapabilitiesThreads_from_dict(src_dict["threads"])

        if cls is MailboxSessionCapabilities:
            _self = _new(cls)
            _self.attachments = attachments
            _self.folders = folders
            _self.identities = identities
            _self.messages = messages
            _self.quotas = quotas
            _self.submissions = submissions
            _self.sync = sync
            _self.threads = threads
        else:
            _self = cls(
                attachments,
                folders,
                identities,
                messages,
                quotas,
                submissions,
                sync,
                threads,
            )

        return _self


_new = object.__new__
if TYPE_CHECKING:  # bound by _import_lazy
    _MailboxSessionCapabilitiesAttachments_from_dict = (
        MailboxSessionCapabilitiesAttachments.from_dict
    )
    _MailboxSessionCapabilitiesFolders_from_dict = (
        MailboxSessionCapabilitiesFolders.from_dict
    )
    _MailboxSessionCapabilitiesIdentities_from_dict = (
        MailboxSessionCapabilitiesIdentities.from_dict
    )
    _MailboxSessionCapabilitiesMessages_from_dict = (
        MailboxSessionCapabilitiesMessages.from_dict
    )
    _MailboxSessionCapabilitiesQuotas_from_dict = (
        MailboxSessionCapabilitiesQuotas.from_dict
    )
    _MailboxSessionCapabilitiesSubmissions_from_dict = (
        MailboxSessionCapabilitiesSubmissions.from_dict
    )
    _MailboxSessionCapabilitiesSync_from_dict = MailboxSessionCapabilitiesSync.from_dict
    _MailboxSessionCapabilitiesThreads_from_dict = (
        MailboxSessionCapabilitiesThreads.from_dict
    )


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
    global _MailboxSessionCapabilitiesAttachments_from_dict
    global _MailboxSessionCapabilitiesFolders_from_dict
    global _MailboxSessionCapabilitiesIdentities_from_dict
    global _MailboxSessionCapabilitiesMessages_from_dict
    global _MailboxSessionCapabilitiesQuotas_from_dict
    global _MailboxSessionCapabilitiesSubmissions_from_dict
    global _MailboxSessionCapabilitiesSync_from_dict
    global _MailboxSessionCapabilitiesThreads_from_dict
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

    _MailboxSessionCapabilitiesAttachments_from_dict = (
        MailboxSessionCapabilitiesAttachments.from_dict
    )
    _MailboxSessionCapabilitiesFolders_from_dict = (
        MailboxSessionCapabilitiesFolders.from_dict
    )
    _MailboxSessionCapabilitiesIdentities_from_dict = (
        MailboxSessionCapabilitiesIdentities.from_dict
    )
    _MailboxSessionCapabilitiesMessages_from_dict = (
        MailboxSessionCapabilitiesMessages.from_dict
    )
    _MailboxSessionCapabilitiesQuotas_from_dict = (
        MailboxSessionCapabilitiesQuotas.from_dict
    )
    _MailboxSessionCapabilitiesSubmissions_from_dict = (
        MailboxSessionCapabilitiesSubmissions.from_dict
    )
    _MailboxSessionCapabilitiesSync_from_dict = MailboxSessionCapabilitiesSync.from_dict
    _MailboxSessionCapabilitiesThreads_from_dict = (
        MailboxSessionCapabilitiesThreads.from_dict
    )

    _lazy_imports_pending = False
