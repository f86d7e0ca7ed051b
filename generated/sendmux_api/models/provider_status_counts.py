from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ProviderStatusCounts")


@_attrs_define
class ProviderStatusCounts:
    """
    Attributes:
        active (float):  Example: 8.
        error (float):  Example: 1.
        inactive (float):  Example: 3.
        pending (float):  Example: 0.
    """

    active: float
    error: float
    inactive: float
    pending: float

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        error = self.error

        inactive = self.inactive

        pending = self.pending

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "active": active,
                "error": error,
                "inactive": inactive,
                "pending": pending,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        active = src_dict["active"]
        if not (
            (type(active) is float or type(active) is int)
            and -1.8e308 < active < 1.8e308
        ):
            raise TypeError(
                f'field "active": expected number, got {type(active).__name__}'
            )

        error = src_dict["error"]
        if not (
            (type(error) is float or type(error) is int) and -1.8e308 < error < 1.8e308
        ):
            raise TypeError(
                f'field "error": expected number, got {type(error).__name__}'
            )

        inactive = src_dict["inactive"]
        if not (
            (type(inactive) is float or type(inactive) is int)
            and -1.8e308 < inactive < 1.8e308
        ):
            raise TypeError(
                f'field "inactive": expected number, got {type(inactive).__name__}'
            )

        pending = src_dict["pending"]
        if not (
            (type(pending) is float or type(pending) is int)
            and -1.8e308 < pending < 1.8e308
        ):
            raise TypeError(
                f'field "pending": expected number, got {type(pending).__name__}'
            )

        if cls is ProviderStatusCounts:
            _self = _new(cls)
            _self.active = active
            _self.error = error
            _self.inactive = inactive
            _self.pending = pending
        else:
            _self = cls(
                active,
                error,
                inactive,
                pending,
            )

        return _self


_new = object.__new__
