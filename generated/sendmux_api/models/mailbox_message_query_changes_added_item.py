from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="MailboxMessageQueryChangesAddedItem")


@_attrs_define
class MailboxMessageQueryChangesAddedItem:
    """
    Attributes:
        id (str):
        index (int):
    """

    id: str
    index: int

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        index = self.index

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "index": index,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        id = src_dict["id"]
        if not (type(id) is str):
            raise TypeError(f'field "id": expected string, got {type(id).__name__}')

        index = src_dict["index"]
        if not (type(index) is int):
            raise TypeError(
                f'field "index": expected integer, got {type(index).__name__}'
            )

        if cls is MailboxMessageQueryChangesAddedItem:
            _self = _new(cls)
            _self.id = id
            _self.index = index
        else:
            _self = cls(
                id,
                index,
            )

        return _self


_new = object.__new__
