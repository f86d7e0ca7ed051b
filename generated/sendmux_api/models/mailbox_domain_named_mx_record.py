from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="MailboxDomainNamedMxRecord")


@_attrs_define
class MailboxDomainNamedMxRecord:
    """MX record for Amazon SES bounce handling

    Attributes:
        name (str):  Example: bounce.acme.com.
        priority (int):  Example: 10.
        target (str):  Example: feedback-smtp.eu-central-1.amazonses.com.
    """

    name: str
    priority: int
    target: str

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        priority = self.priority

        target = self.target

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "priority": priority,
                "target": target,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        name = src_dict["name"]
        if not (type(name) is str):
            raise TypeError(f'field "name": expected string, got {type(name).__name__}')

        priority = src_dict["priority"]
        if not (type(priority) is int):
            raise TypeError(
                f'field "priority": expected integer, got {type(priority).__name__}'
            )

        target = src_dict["target"]
        if not (type(target) is str):
            raise TypeError(
                f'field "target": expected string, got {type(target).__name__}'
            )

        if cls is MailboxDomainNamedMxRecord:
            _self = _new(cls)
            _self.name = name
            _self.priority = priority
            _self.target = target
        else:
            _self = cls(
                name,
                priority,
                target,
            )

        return _self


_new = object.__new__
