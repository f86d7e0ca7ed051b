from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ProviderQuotaRange")


@_attrs_define
class ProviderQuotaRange:
    """
    Attributes:
        max_ (int):  Example: 60.
        min_ (int):  Example: 60.
    """

    max_: int
    min_: int

    def to_dict(self) -> dict[str, Any]:
        max_ = self.max_

        min_ = self.min_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "max": max_,
                "min": min_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        max_ = src_dict["max"]
        if not (type(max_) is int):
            raise TypeError(f'field "max": expected integer, got {type(max_).__name__}')

        min_ = src_dict["min"]
        if not (type(min_) is int):
            raise TypeError(f'field "min": expected integer, got {type(min_).__name__}')

        if cls is ProviderQuotaRange:
            _self = _new(cls)
            _self.max_ = max_
            _self.min_ = min_
        else:
            _self = cls(
                max_,
                min_,
            )

        return _self


_new = object.__new__
