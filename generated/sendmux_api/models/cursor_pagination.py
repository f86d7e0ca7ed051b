from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CursorPagination")


@_attrs_define
class CursorPagination:
    """
    Attributes:
        has_more (bool):
        next_cursor (None | str | Unset):
    """

    has_more: bool
    next_cursor: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        has_more = self.has_more

        next_cursor: None | str | Unset
        if isinstance(self.next_cursor, Unset):
            next_cursor = UNSET
        else:
            next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "has_more": has_more,
            }
        )
        if next_cursor is not UNSET:
            field_dict["next_cursor"] = next_cursor

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        has_more = src_dict["has_more"]
        if not (type(has_more) is bool):
            raise TypeError(
                f'field "has_more": expected boolean, got {type(has_more).__name__}'
            )

        next_cursor = src_dict.get("next_cursor", UNSET)

        if not (
            next_cursor is UNSET or type(next_cursor) is str or next_cursor is None
        ):
            raise TypeError(
                f'field "next_cursor": expected string or null, got {type(next_cursor).__name__}'
            )

        if cls is CursorPagination:
            _self = _new(cls)
            _self.has_more = has_more
            _self.next_cursor = next_cursor
        else:
            _self = cls(
                has_more,
                next_cursor,
            )

        return _self


_new = object.__new__
