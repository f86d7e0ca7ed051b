from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="MailboxDomainNameValueRecord")


@_attrs_define
class MailboxDomainNameValueRecord:
    """SPF TXT record for the custom MAIL FROM subdomain

    Attributes:
        name (str):  Example: _sendmux.acme.com.
        value (str):  Example: sendmux-verify=team_abc123.
    """

    name: str
    value: str

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        value = self.value

        field_dict: dict[str, Any] = {}

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

        if cls is MailboxDomainNameValueRecord:
            _self = _new(cls)
            _self.name = name
            _self.value = value
        else:
            _self = cls(
                name,
                value,
            )

        return _self


_new = object.__new__
