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
        from ..models.mailbox_batch_get_item import MailboxBatchGetItem
        from ..models.mailbox_batch_get_result_states import MailboxBatchGetResultStates

        d = dict(src_dict)
        messages = []
        _messages = d.pop("messages")
        for messages_item_data in _messages:
            messages_item = MailboxBatchGetItem.from_dict(messages_item_data)

            messages.append(messages_item)

        not_found = cast(list[str], d.pop("not_found"))

        states = MailboxBatchGetResultStates.from_dict(d.pop("states"))

        mailbox_batch_get_result = cls(
            messages=messages,
            not_found=not_found,
            states=states,
        )

        return mailbox_batch_get_result
