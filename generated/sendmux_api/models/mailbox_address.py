from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="MailboxAddress")


@_attrs_define
class MailboxAddress:
    """
    Attributes:
        email (str):  Example: agent@example.com.
        name (None | str):  Example: Support.
    """

    email: str
    name: None | str

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        name: None | str
        name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "email": email,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        email = src_dict["email"]
        if not (type(email) is str):
            raise TypeError(
                f'field "email": expected string, got {type(email).__name__}'
            )

        name = src_dict["name"]

        if not (type(name) is str or name is None):
            raise TypeError(
                f'field "name": expected string or null, got {type(name).__name__}'
            )

        if cls is MailboxAddress:
            _self = _new(cls)
            _self.email = email
            _self.name = name
        else:
            _self = cls(
                email,
                name,
            )

        return _self


_new = object.__new__
