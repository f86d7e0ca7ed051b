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
            messages_item = MailboxBatchGetItem.from_dict(messages_item_data)

            messages.append(messages_item)

        not_found = cast(list[str], src_dict["not_found"])

        states = MailboxBatchGetResultStates.from_dict(src_dict["states"])

        mailbox_batch_get_result = cls(
            messages,
            not_found,
            states,
        )

        return mailbox_batch_get_result


_lazy_imports_pending = True


def _import_lazy() -> None:
    """Bind the models this module refers to; they may import this module back."""
    global _lazy_imports_pending
    global MailboxBatchGetItem
    global MailboxBatchGetResultStates
    from ..models.mailbox_batch_get_item import MailboxBatchGetItem
    from ..models.mailbox_batch_get_result_states import MailboxBatchGetResultStates

    _lazy_imports_pending = False
