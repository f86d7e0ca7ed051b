from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="MailboxSessionCapabilitiesQuotas")


@_attrs_define
class MailboxSessionCapabilitiesQuotas:
    """
    Attributes:
        changes (bool):
        list_ (bool):
        update (bool):
        usage (bool):
    """

    changes: bool
    list_: bool
    update: bool
    usage: bool

    def to_dict(self) -> dict[str, Any]:
        changes = self.changes

        list_ = self.list_

        update = self.update

        usage = self.usage

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "changes": changes,
                "list": list_,
                "update": update,
                "usage": usage,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        changes = src_dict["changes"]
        if not (type(changes) is bool):
            raise TypeError(
                f'field "changes": expected boolean, got {type(changes).__name__}'
            )

        list_ = src_dict["list"]
        if not (type(list_) is bool):
            raise TypeError(
                f'field "list": expected boolean, got {type(list_).__name__}'
            )

        update = src_dict["update"]
        if not (type(update) is bool):
            raise TypeError(
                f'field "update": expected boolean, got {type(update).__name__}'
            )

        usage = src_dict["usage"]
        if not (type(usage) is bool):
            raise TypeError(
                f'field "usage": expected boolean, got {type(usage).__name__}'
            )

        if cls is MailboxSessionCapabilitiesQuotas:
            _self = _new(cls)
            _self.changes = changes
            _self.list_ = list_
            _self.update = update
            _self.usage = usage
        else:
            _self = cls(
                changes,
                list_,
                update,
                usage,
            )

        return _self


_new = object.__new__
