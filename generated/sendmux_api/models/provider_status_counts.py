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

        error = src_dict["error"]

        inactive = src_dict["inactive"]

        pending = src_dict["pending"]

        provider_status_counts = cls(
            active,
            error,
            inactive,
            pending,
        )

        return provider_status_counts
