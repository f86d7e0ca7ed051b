from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

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
        d = dict(src_dict)

        def _parse_email_state(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        email_state = _parse_email_state(d.pop("email_state"))

        option_hash = d.pop("option_hash")

        def _parse_thread_state(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        thread_state = _parse_thread_state(d.pop("thread_state"))

        mailbox_thread_content_meta_states = cls(
            email_state=email_state,
            option_hash=option_hash,
            thread_state=thread_state,
        )

        return mailbox_thread_content_meta_states
