from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="MailboxDomainMxRecord")


@_attrs_define
class MailboxDomainMxRecord:
    """
    Attributes:
        priority (int):  Example: 10.
        target (str):  Example: mail.sendmux.ai.
    """

    priority: int
    target: str

    def to_dict(self) -> dict[str, Any]:
        priority = self.priority

        target = self.target

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "priority": priority,
                "target": target,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
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

        if cls is MailboxDomainMxRecord:
            _self = _new(cls)
            _self.priority = priority
            _self.target = target
        else:
            _self = cls(
                priority,
                target,
            )

        return _self


_new = object.__new__
