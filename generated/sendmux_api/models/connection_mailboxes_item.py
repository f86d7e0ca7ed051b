from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ConnectionMailboxesItem")


@_attrs_define
class ConnectionMailboxesItem:
    """
    Attributes:
        email (str):
        id (str):
    """

    email: str
    id: str

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        id = self.id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "email": email,
                "id": id,
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

        id = src_dict["id"]
        if not (type(id) is str):
            raise TypeError(f'field "id": expected string, got {type(id).__name__}')

        if cls is ConnectionMailboxesItem:
            _self = _new(cls)
            _self.email = email
            _self.id = id
        else:
            _self = cls(
                email,
                id,
            )

        return _self


_new = object.__new__
