from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="MailboxThreadStates")


@_attrs_define
class MailboxThreadStates:
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

        if not (type(email_state) is str or email_state is None):
            raise TypeError(
                f'field "email_state": expected string or null, got {type(email_state).__name__}'
            )

        thread_state = src_dict["thread_state"]

        if not (type(thread_state) is str or thread_state is None):
            raise TypeError(
                f'field "thread_state": expected string or null, got {type(thread_state).__name__}'
            )

        if cls is MailboxThreadStates:
            _self = _new(cls)
            _self.email_state = email_state
            _self.thread_state = thread_state
        else:
            _self = cls(
                email_state,
                thread_state,
            )

        return _self


_new = object.__new__
