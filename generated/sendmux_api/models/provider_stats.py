from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.provider_status_counts import ProviderStatusCounts
    from ..models.provider_type_counts import ProviderTypeCounts


T = TypeVar("T", bound="ProviderStats")


@_attrs_define
class ProviderStats:
    """
    Attributes:
        active (float): Accounts with status 'active' Example: 8.
        by_status (ProviderStatusCounts):
        by_type (ProviderTypeCounts):
        error (float): Accounts with status 'error' Example: 1.
        inactive (float): Accounts with status 'inactive' Example: 3.
        pending (float): Accounts with status 'pending' Example: 0.
        total (float): Total number of sending accounts Example: 12.
    """

    active: float
    by_status: ProviderStatusCounts
    by_type: ProviderTypeCounts
    error: float
    inactive: float
    pending: float
    total: float

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _import_lazy()
        active = self.active

        by_status = self.by_status.to_dict()

        by_type = self.by_type.to_dict()

        error = self.error

        inactive = self.inactive

        pending = self.pending

        total = self.total

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "active": active,
                "by_status": by_status,
                "by_type": by_type,
                "error": error,
                "inactive": inactive,
                "pending": pending,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_imports_pending:
            _import_lazy()
        active = src_dict["active"]
        if not (
            (type(active) is float or type(active) is int)
            and -1.8e308 < active < 1.8e308
        ):
            raise TypeError(
                f'field "active": expected number, got {type(active).__name__}'
            )

        by_status = _ProviderStatusCounts_from_dict(src_dict["by_status"])

        by_type = _ProviderTypeCounts_from_dict(src_dict["by_type"])

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

        total = src_dict["total"]
        if not (
            (type(total) is float or type(total) is int) and -1.8e308 < total < 1.8e308
        ):
            raise TypeError(
                f'field "total": expected number, got {type(total).__name__}'
            )

        if cls is ProviderStats:
            _self = _new(cls)
            _self.active = active
            _self.by_status = by_status
            _self.by_type = by_type
            _self.error = error
            _self.inactive = inactive
            _self.pending = pending
            _self.total = total
        else:
            _self = cls(
                active,
                by_status,
                by_type,
                error,
                inactive,
                pending,
                total,
            )

        return _self


_new = object.__new__
if TYPE_CHECKING:  # bound by _import_lazy
    _ProviderStatusCounts_from_dict = ProviderStatusCounts.from_dict
    _ProviderTypeCounts_from_dict = ProviderTypeCounts.from_dict


_lazy_imports_pending = True


def _import_lazy() -> None:
    """Bind the models this module refers to; they may import this module back."""
    global _lazy_imports_pending
    global ProviderStatusCounts
    global ProviderTypeCounts
    global _ProviderStatusCounts_from_dict
    global _ProviderTypeCounts_from_dict
    from ..models.provider_status_counts import ProviderStatusCounts
    from ..models.provider_type_counts import ProviderTypeCounts

    _ProviderStatusCounts_from_dict = ProviderStatusCounts.from_dict
    _ProviderTypeCounts_from_dict = ProviderTypeCounts.from_dict

    _lazy_imports_pending = False
