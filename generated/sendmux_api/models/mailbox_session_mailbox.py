from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="MailboxSessionMailbox")


@_attrs_define
class MailboxSessionMailbox:
    """
    Attributes:
        display_name (None | str):
        email (str):  Example: agent@example.com.
        id (str): Mailbox public ID Example: mbx_clxxxxxxxxxxxxxxxxxxxxxxxxx.
    """

    display_name: None | str
    email: str
    id: str

    def to_dict(self) -> dict[str, Any]:
        display_name: None | str
        display_name = self.display_name

        email = self.email

        id = self.id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "display_name": display_name,
                "email": email,
                "id": id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        display_name = src_dict["display_name"]

        if not (type(display_name) is str or display_name is None):
            raise TypeError(
                f'field "display_name": expected string or null, got {type(display_name).__name__}'
            )

        email = src_dict["email"]
        if not (type(email) is str):
            raise TypeError(
                f'field "email": expected string, got {type(email).__name__}'
            )

        id = src_dict["id"]
        if not (type(id) is str):
            raise TypeError(f'field "id": expected string, got {type(id).__name__}')

        if cls is MailboxSessionMailbox:
            _self = _new(cls)
            _self.display_name = display_name
            _self.email = email
            _self.id = id
        else:
            _self = cls(
                display_name,
                email,
                id,
            )

        return _self


_new = object.__new__
