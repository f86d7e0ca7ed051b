from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SendMailboxMessageBodyFrom")


@_attrs_define
class SendMailboxMessageBodyFrom:
    """
    Attributes:
        email (str):  Example: agent@example.com.
        name (None | str):  Example: Support.
    """

    email: str
    name: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        name: None | str
        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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

        if cls is SendMailboxMessageBodyFrom:
            _self = _new(cls)
            _self.email = email
            _self.name = name
            _self.additional_properties = {}
        else:
            _self = cls(
                email,
                name,
            )

        if len(src_dict) > 2:
            _self.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in {"email", "name"}
            }
        return _self

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_new = object.__new__
