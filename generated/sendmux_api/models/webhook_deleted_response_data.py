from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="WebhookDeletedResponseData")


@_attrs_define
class WebhookDeletedResponseData:
    """
    Attributes:
        deleted (bool):
        id (str):
    """

    deleted: bool
    id: str

    def to_dict(self) -> dict[str, Any]:
        deleted = self.deleted

        id = self.id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "deleted": deleted,
                "id": id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        deleted = src_dict["deleted"]
        if not (type(deleted) is bool):
            raise TypeError(
                f'field "deleted": expected boolean, got {type(deleted).__name__}'
            )

        id = src_dict["id"]
        if not (type(id) is str):
            raise TypeError(f'field "id": expected string, got {type(id).__name__}')

        if cls is WebhookDeletedResponseData:
            _self = _new(cls)
            _self.deleted = deleted
            _self.id = id
        else:
            _self = cls(
                deleted,
                id,
            )

        return _self


_new = object.__new__
