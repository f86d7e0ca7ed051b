from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="MailboxThreadContentMetaStates")


@_attrs_define
class MailboxThreadContentMetaStates:
    """
    Attributes:
        email_state (None | str):
        option_hash (str):
        thread_state (None | str):
    """

    email_state: None | str
    option_hash: str
    thread_state: None | str

    def to_dict(self) -> dict[str, Any]:
        email_state: None | str
        email_state = self.email_state

        option_hash = self.option_hash

        thread_state: None | str
        thread_state = self.thread_state

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "email_state": email_state,
                "option_hash": option_hash,
                "thread_state": thread_state,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        email_state = src_dict["email_state"]

        option_hash = src_dict["option_hash"]

        thread_state = src_dict["thread_state"]

        mailbox_thread_content_meta_states = cls(
            email_state,
            option_hash,
            thread_state,
        )

        return mailbox_thread_content_meta_states
