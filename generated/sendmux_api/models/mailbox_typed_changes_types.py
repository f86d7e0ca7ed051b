from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mailbox_changes import MailboxChanges


T = TypeVar("T", bound="MailboxTypedChangesTypes")


@_attrs_define
class MailboxTypedChangesTypes:
    """
    Attributes:
        folders (MailboxChanges | Unset):
        identities (MailboxChanges | Unset):
        messages (MailboxChanges | Unset):
        quotas (MailboxChanges | Unset):
        submissions (MailboxChanges | Unset):
        threads (MailboxChanges | Unset):
    """

    folders: MailboxChanges | Unset = UNSET
    identities: MailboxChanges | Unset = UNSET
    messages: MailboxChanges | Unset = UNSET
    quotas: MailboxChanges | Unset = UNSET
    submissions: MailboxChanges | Unset = UNSET
    threads: MailboxChanges | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        folders: dict[str, Any] | Unset = UNSET
        if not isinstance(self.folders, Unset):
            folders = self.folders.to_dict()

        identities: dict[str, Any] | Unset = UNSET
        if not isinstance(self.identities, Unset):
            identities = self.identities.to_dict()

        messages: dict[str, Any] | Unset = UNSET
        if not isinstance(self.messages, Unset):
            messages = self.messages.to_dict()

        quotas: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quotas, Unset):
            quotas = self.quotas.to_dict()

        submissions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.submissions, Unset):
            submissions = self.submissions.to_dict()

        threads: dict[str, Any] | Unset = UNSET
        if not isinstance(self.threads, Unset):
            threads = self.threads.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if folders is not UNSET:
            field_dict["folders"] = folders
        if identities is not UNSET:
            field_dict["identities"] = identities
        if messages is not UNSET:
            field_dict["messages"] = messages
        if quotas is not UNSET:
            field_dict["quotas"] = quotas
        if submissions is not UNSET:
            field_dict["submissions"] = submissions
        if threads is not UNSET:
            field_dict["threads"] = threads

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.mailbox_changes import MailboxChanges

        d = dict(src_dict)
        _folders = d.pop("folders", UNSET)
        folders: MailboxChanges | Unset
        if isinstance(_folders, Unset):
            folders = UNSET
        else:
            folders = MailboxChanges.from_dict(_folders)

        _identities = d.pop("identities", UNSET)
        identities: MailboxChanges | Unset
        if isinstance(_identities, Unset):
            identities = UNSET
        else:
            identities = MailboxChanges.from_dict(_identities)

        _messages = d.pop("messages", UNSET)
        messages: MailboxChanges | Unset
        if isinstance(_messages, Unset):
            messages = UNSET
        else:
            messages = MailboxChanges.from_dict(_messages)

        _quotas = d.pop("quotas", UNSET)
        quotas: MailboxChanges | Unset
        if isinstance(_quotas, Unset):
            quotas = UNSET
        else:
            quotas = MailboxChanges.from_dict(_quotas)

        _submissions = d.pop("submissions", UNSET)
        submissions: MailboxChanges | Unset
        if isinstance(_submissions, Unset):
            submissions = UNSET
        else:
            submissions = MailboxChanges.from_dict(_submissions)

        _threads = d.pop("threads", UNSET)
        threads: MailboxChanges | Unset
        if isinstance(_threads, Unset):
            threads = UNSET
        else:
            threads = MailboxChanges.from_dict(_threads)

        mailbox_typed_changes_types = cls(
            folders=folders,
            identities=identities,
            messages=messages,
            quotas=quotas,
            submissions=submissions,
            threads=threads,
        )

        return mailbox_typed_changes_types
