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
        if _lazy_imports_pending:
            _import_lazy()
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
        if _lazy_imports_pending:
            _import_lazy()
        _folders = src_dict.get("folders", UNSET)
        folders: MailboxChanges | Unset
        if isinstance(_folders, Unset):
            folders = UNSET
        else:
            folders = _MailboxChanges_from_dict(_folders)

        _identities = src_dict.get("identities", UNSET)
        identities: MailboxChanges | Unset
        if isinstance(_identities, Unset):
            identities = UNSET
        else:
            identities = _MailboxChanges_from_dict(_identities)

        _messages = src_dict.get("messages", UNSET)
        messages: MailboxChanges | Unset
        if isinstance(_messages, Unset):
            messages = UNSET
        else:
            messages = _MailboxChanges_from_dict(_messages)

        _quotas = src_dict.get("quotas", UNSET)
        quotas: MailboxChanges | Unset
        if isinstance(_quotas, Unset):
            quotas = UNSET
        else:
            quotas = _MailboxChanges_from_dict(_quotas)

        _submissions = src_dict.get("submissions", UNSET)
        submissions: MailboxChanges | Unset
        if isinstance(_submissions, Unset):
            submissions = UNSET
        else:
            submissions = _MailboxChanges_from_dict(_submissions)

        _threads = src_dict.get("threads", UNSET)
        threads: MailboxChanges | Unset
        if isinstance(_threads, Unset):
            threads = UNSET
        else:
            threads = _MailboxChanges_from_dict(_threads)

        if cls is MailboxTypedChangesTypes:
            _self = _new(cls)
            _self.folders = folders
            _self.identities = identities
            _self.messages = messages
            _self.quotas = quotas
            _self.submissions = submissions
            _self.threads = threads
        else:
            _self = cls(
                folders,
                identities,
                messages,
                quotas,
                submissions,
                threads,
            )

        return _self


_new = object.__new__
if TYPE_CHECKING:  # bound by _import_lazy
    _MailboxChanges_from_dict = MailboxChanges.from_dict


_lazy_imports_pending = True


def _import_lazy() -> None:
    """Bind the models this module refers to; they may import this module back."""
    global _lazy_imports_pending
    global MailboxChanges
    global _MailboxChanges_from_dict
    from ..models.mailbox_changes import MailboxChanges

    _MailboxChanges_from_dict = MailboxChanges.from_dict

    _lazy_imports_pending = False
