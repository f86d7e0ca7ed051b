from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="MailboxMessageCount")


@_attrs_define
class MailboxMessageCount:
    """
    Attributes:
        sync_state (None | str):
        total (int):
    """

    sync_state: None | str
    total: int

    def to_dict(self) -> dict[str, Any]:
        sync_state: None | str
        sync_state = self.sync_state

        total = self.total

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "sync_state": sync_state,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        sync_state = src_dict["sync_state"]

        if not (type(sync_state) is str or sync_state is None):
            raise TypeError(
                f'field "sync_state": expected string or null, got {type(sync_state).__name__}'
            )

        total = src_dict["total"]
        if not (type(total) is int):
            raise TypeError(
                f'field "total": expected integer, got {type(total).__name__}'
            )

        if cls is MailboxMessageCount:
            _self = _new(cls)
            _self.sync_state = sync_state
            _self.total = total
        else:
            _self = cls(
                sync_state,
                total,
            )

        return _self


_new = object.__new__
