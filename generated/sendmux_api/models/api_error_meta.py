from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ApiErrorMeta")


@_attrs_define
class ApiErrorMeta:
    """
    Attributes:
        request_id (str):  Example: req_clxxxxxxxxxxxxxxxxxxxxxxxxx.
    """

    request_id: str

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "request_id": request_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        request_id = src_dict["request_id"]
        if not (type(request_id) is str):
            raise TypeError(
                f'field "request_id": expected string, got {type(request_id).__name__}'
            )

        if cls is ApiErrorMeta:
            _self = _new(cls)
            _self.request_id = request_id
        else:
            _self = cls(
                request_id,
            )

        return _self


_new = object.__new__
