from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="MailboxRawBodyStates")


@_attrs_define
class MailboxRawBodyStates:
    """
    Attributes:
        email_state (None | str):
    """

    email_state: None | str

    def to_dict(self) -> dict[str, Any]:
        email_state: None | str
        email_state = self.email_state

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "email_state": email_state,
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

        if cls is MailboxRawBodyStates:
            _self = _new(cls)
            _self.email_state = email_state
        else:
            _self = cls(
                email_state,
            )

        return _self


_new = object.__new__
