from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="MailboxBatchMessageStates")


@_attrs_define
class MailboxBatchMessageStates:
    """
    Attributes:
        new_state (None | str):
        old_state (None | str):
    """

    new_state: None | str
    old_state: None | str

    def to_dict(self) -> dict[str, Any]:
        new_state: None | str
        new_state = self.new_state

        old_state: None | str
        old_state = self.old_state

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "new_state": new_state,
                "old_state": old_state,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        new_state = src_dict["new_state"]

        old_state = src_dict["old_state"]

        mailbox_batch_message_states = cls(
            new_state,
            old_state,
        )

        return mailbox_batch_message_states
