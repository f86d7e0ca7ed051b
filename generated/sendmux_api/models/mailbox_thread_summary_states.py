from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="MailboxThreadSummaryStates")


@_attrs_define
class MailboxThreadSummaryStates:
    """
    Attributes:
        email_state (None | str):
        thread_state (None | str):
    """

    email_state: None | str
    thread_state: None | str

    def to_dict(self) -> dict[str, Any]:
        email_state: None | str
        email_state = self.email_state

        thread_state: None | str
        thread_state = self.thread_state

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "email_state": email_state,
                "thread_state": thread_state,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        email_state = src_dict["email_state"]

        thread_state = src_dict["thread_state"]

        mailbox_thread_summary_states = cls(
            email_state,
            thread_state,
        )

        return mailbox_thread_summary_states
