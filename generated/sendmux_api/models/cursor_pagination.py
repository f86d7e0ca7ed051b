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
        next_cursor (str | Unset):
    """

    has_more: bool
    next_cursor: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        has_more = self.has_more

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

        next_cursor = src_dict.get("next_cursor", UNSET)

        cursor_pagination = cls(
            has_more,
            next_cursor,
        )

        return cursor_pagination
