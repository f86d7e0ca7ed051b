from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MailboxDomainDnsRecordsSpf")


@_attrs_define
class MailboxDomainDnsRecordsSpf:
    """
    Attributes:
        name (str):  Example: _sendmux.acme.com.
        value (str):  Example: sendmux-verify=team_abc123.
    """

    name: str
    value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        name = src_dict["name"]
        if not (type(name) is str):
            raise TypeError(f'field "name": expected string, got {type(name).__name__}')

        value = src_dict["value"]
        if not (type(value) is str):
            raise TypeError(
                f'field "value": expected string, got {type(value).__name__}'
            )

        if cls is MailboxDomainDnsRecordsSpf:
            _self = _new(cls)
            _self.name = name
            _self.value = value
            _self.additional_properties = {}
        else:
            _self = cls(
                name,
                value,
            )

        if len(src_dict) > 2:
            _self.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in {"name", "value"}
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
