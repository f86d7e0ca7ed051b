from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="MailboxMessageContentStates")


@_attrs_define
class MailboxMessageContentStates:
    """
    Attributes:
        email_state (None | str):
        option_hash (str):
    """

    email_state: None | str
    option_hash: str

    def to_dict(self) -> dict[str, Any]:
        email_state: None | str
        email_state = self.email_state

        option_hash = self.option_hash

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "email_state": email_state,
                "option_hash": option_hash,
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

        option_hash = src_dict["option_hash"]
        if not (type(option_hash) is str):
            raise TypeError(
                f'field "option_hash": expected string, got {type(option_hash).__name__}'
            )

        if cls is MailboxMessageContentStates:
            _self = _new(cls)
            _self.email_state = email_state
            _self.option_hash = option_hash
        else:
            _self = cls(
                email_state,
                option_hash,
            )

        return _self


_new = object.__new__
