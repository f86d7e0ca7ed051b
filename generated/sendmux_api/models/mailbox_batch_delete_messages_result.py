from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.mailbox_batch_message_failure import MailboxBatchMessageFailure
    from ..models.mailbox_batch_message_states import MailboxBatchMessageStates


T = TypeVar("T", bound="MailboxBatchDeleteMessagesResult")


@_attrs_define
class MailboxBatchDeleteMessagesResult:
    """
    Attributes:
        deleted (list[str]):
        failed (list[MailboxBatchMessageFailure]):
        not_found (list[str]):
        states (MailboxBatchMessageStates):
    """

    deleted: list[str]
    failed: list[MailboxBatchMessageFailure]
    not_found: list[str]
    states: MailboxBatchMessageStates

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _import_lazy()
        deleted = self.deleted

        failed = []
        for failed_item_data in self.failed:
            failed_item = failed_item_data.to_dict()
            failed.append(failed_item)

        not_found = self.not_found

        states = self.states.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "deleted": deleted,
                "failed": failed,
                "not_found": not_found,
                "states": states,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_imports_pending:
            _import_lazy()
        deleted = cast(list[str], src_dict["deleted"])

        failed = []
        _failed = src_dict["failed"]
        for failed_item_data in _failed:
            failed_item = _MailboxBatchMessageFailure_from_dict(failed_item_data)

            failed.append(failed_item)

        not_found = cast(list[str], src_dict["not_found"])

        states = _MailboxBatchMessageStates_from_dict(src_dict["states"])

        if cls is MailboxBatchDeleteMessagesResult:
            _self = _new(cls)
            _self.deleted = deleted
            _self.failed = failed
            _self.not_found = not_found
            _self.states = states
        else:
            _self = cls(
                deleted,
                failed,
                not_found,
                states,
            )

        return _self


_new = object.__new__
if TYPE_CHECKING:  # bound by _import_lazy
    _MailboxBatchMessageFailure_from_dict = MailboxBatchMessageFailure.from_dict
    _MailboxBatchMessageStates_from_dict = MailboxBatchMessageStates.from_dict


_lazy_imports_pending = True


def _import_lazy() -> None:
    """Bind the models this module refers to; they may import this module back."""
    global _lazy_imports_pending
    global MailboxBatchMessageFailure
    global MailboxBatchMessageStates
    global _MailboxBatchMessageFailure_from_dict
    global _MailboxBatchMessageStates_from_dict
    from ..models.mailbox_batch_message_failure import MailboxBatchMessageFailure
    from ..models.mailbox_batch_message_states import MailboxBatchMessageStates

    _MailboxBatchMessageFailure_from_dict = MailboxBatchMessageFailure.from_dict
    _MailboxBatchMessageStates_from_dict = MailboxBatchMessageStates.from_dict

    _lazy_imports_pending = False
