from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.mailbox_batch_get_item import MailboxBatchGetItem
    from ..models.mailbox_batch_get_result_states import MailboxBatchGetResultStates


T = TypeVar("T", bound="MailboxBatchGetResult")


@_attrs_define
class MailboxBatchGetResult:
    """
    Attributes:
        messages (list[MailboxBatchGetItem]):
        not_found (list[str]):
        states (MailboxBatchGetResultStates):
    """

    messages: list[MailboxBatchGetItem]
    not_found: list[str]
    states: MailboxBatchGetResultStates

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _import_lazy()
        messages = []
        for messages_item_data in self.messages:
            messages_item = messages_item_data.to_dict()
            messages.append(messages_item)

        not_found = self.not_found

        states = self.states.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "messages": messages,
                "not_found": not_found,
                "states": states,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_imports_pending:
            _import_lazy()
        messages = []
        _messages = src_dict["messages"]
        for messages_item_data in _messages:
            messages_item = _MailboxBatchGetItem_from_dict(messages_item_data)

            messages.append(messages_item)

        not_found = cast(list[str], src_dict["not_found"])

        states = _MailboxBatchGetResultStates_from_dict(src_dict["states"])

        if cls is MailboxBatchGetResult:
            _self = _new(cls)
            _self.messages = messages
            _self.not_found = not_found
            _self.states = states
        else:
            _self = cls(
                messages,
                not_found,
                states,
            )

        return _self


_new = object.__new__
if TYPE_CHECKING:  # bound by _import_lazy
    _MailboxBatchGetItem_from_dict = MailboxBatchGetItem.from_dict
    _MailboxBatchGetResultStates_from_dict = MailboxBatchGetResultStates.from_dict


_lazy_imports_pending = True


def _import_lazy() -> None:
    """Bind the models this module refers to; they may import this module back."""
    global _lazy_imports_pending
    global MailboxBatchGetItem
    global MailboxBatchGetResultStates
    global _MailboxBatchGetItem_from_dict
    global _MailboxBatchGetResultStates_from_dict
    from ..models.mailbox_batch_get_item import MailboxBatchGetItem
    from ..models.mailbox_batch_get_result_states import MailboxBatchGetResultStates

    _MailboxBatchGetItem_from_dict = MailboxBatchGetItem.from_dict
    _MailboxBatchGetResultStates_from_dict = MailboxBatchGetResultStates.from_dict

    _lazy_imports_pending = False
