from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.connection_credential_type import ConnectionCredentialType

T = TypeVar("T", bound="ConnectionCredential")


@_attrs_define
class ConnectionCredential:
    """
    Attributes:
        id (str):
        name (None | str):
        type_ (ConnectionCredentialType):  Example: api_key.
    """

    id: str
    name: None | str
    type_: ConnectionCredentialType

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name: None | str
        name = self.name

        type_ = self.type_.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "name": name,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        id = src_dict["id"]
        if not (type(id) is str):
            raise TypeError(f'field "id": expected string, got {type(id).__name__}')

        name = src_dict["name"]

        if not (type(name) is str or name is None):
            raise TypeError(
                f'field "name": expected string or null, got {type(name).__name__}'
            )

        _type_ = src_dict["type"]
        type_ = (
            _ConnectionCredentialType_by_value.get(_type_)
            if _type_.__class__ is str
            else None
        ) or ConnectionCredentialType(_type_)

        if cls is ConnectionCredential:
            _self = _new(cls)
            _self.id = id
            _self.name = name
            _self.type_ = type_
        else:
            _self = cls(
                id,
                name,
                type_,
            )

        return _self


_new = object.__new__
_ConnectionCredentialType_by_value = ConnectionCredentialType._by_value
