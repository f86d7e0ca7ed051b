from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateMailboxFolderBody")


@_attrs_define
class CreateMailboxFolderBody:
    """
    Attributes:
        name (str):
        parent_id (None | str | Unset):
        sort_order (int | Unset):
    """

    name: str
    parent_id: None | str | Unset = UNSET
    sort_order: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        parent_id: None | str | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        sort_order = self.sort_order

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if sort_order is not UNSET:
            field_dict["sort_order"] = sort_order

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        name = src_dict["name"]
        if not (type(name) is str):
            raise TypeError(f'field "name": expected string, got {type(name).__name__}')

        parent_id = src_dict.get("parent_id", UNSET)

        if not (parent_id is UNSET or type(parent_id) is str or parent_id is None):
            raise TypeError(
                f'field "parent_id": expected string or null, got {type(parent_id).__name__}'
            )

        sort_order = src_dict.get("sort_order", UNSET)
        if not (sort_order is UNSET or type(sort_order) is int):
            raise TypeError(
                f'field "sort_order": expected integer, got {type(sort_order).__name__}'
            )

        if cls is CreateMailboxFolderBody:
            _self = _new(cls)
            _self.name = name
            _self.parent_id = parent_id
            _self.sort_order = sort_order
        else:
            _self = cls(
                name,
                parent_id,
                sort_order,
            )

        return _self


_new = object.__new__
