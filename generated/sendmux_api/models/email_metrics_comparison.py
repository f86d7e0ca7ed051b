from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.email_metrics_comparison_change_pct import (
        EmailMetricsComparisonChangePct,
    )


T = TypeVar("T", bound="EmailMetricsComparison")


@_attrs_define
class EmailMetricsComparison:
    """
    Attributes:
        change_pct (EmailMetricsComparisonChangePct):
        failed (float):  Example: 210.
        pending (float):  Example: 50.
        rejected (float):  Example: 80.
        sent (float):  Example: 14890.
        total (float):  Example: 15230.
    """

    change_pct: EmailMetricsComparisonChangePct
    failed: float
    pending: float
    rejected: float
    sent: float
    total: float

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _import_lazy()
        change_pct = self.change_pct.to_dict()

        failed = self.failed

        pending = self.pending

        rejected = self.rejected

        sent = self.sent

        total = self.total

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "change_pct": change_pct,
                "failed": failed,
                "pending": pending,
                "rejected": rejected,
                "sent": sent,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_imports_pending:
            _import_lazy()
        change_pct = _EmailMetricsComparisonChangePct_from_dict(src_dict["change_pct"])

        failed = src_dict["failed"]
        if not (
            (type(failed) is float or type(failed) is int)
            and -1.8e308 < failed < 1.8e308
        ):
            raise TypeError(
                f'field "failed": expected number, got {type(failed).__name__}'
            )

        pending = src_dict["pending"]
        if not (
            (type(pending) is float or type(pending) is int)
            and -1.8e308 < pending < 1.8e308
        ):
            raise TypeError(
                f'field "pending": expected number, got {type(pending).__name__}'
            )

        rejected = src_dict["rejected"]
        if not (
            (type(rejected) is float or type(rejected) is int)
            and -1.8e308 < rejected < 1.8e308
        ):
            raise TypeError(
                f'field "rejected": expected number, got {type(rejected).__name__}'
            )

        sent = src_dict["sent"]
        if not (
            (type(sent) is float or type(sent) is int) and -1.8e308 < sent < 1.8e308
        ):
            raise TypeError(f'field "sent": expected number, got {type(sent).__name__}')

        total = src_dict["total"]
        if not (
            (type(total) is float or type(total) is int) and -1.8e308 < total < 1.8e308
        ):
            raise TypeError(
                f'field "total": expected number, got {type(total).__name__}'
            )

        if cls is EmailMetricsComparison:
            _self = _new(cls)
            _self.change_pct = change_pct
            _self.failed = failed
            _self.pending = pending
            _self.rejected = rejected
            _self.sent = sent
            _self.total = total
        else:
            _self = cls(
                change_pct,
                failed,
                pending,
                rejected,
                sent,
                total,
            )

        return _self


_new = object.__new__
if TYPE_CHECKING:  # bound by _import_lazy
    _EmailMetricsComparisonChangePct_from_dict = (
        EmailMetricsComparisonChangePct.from_dict
    )


_lazy_imports_pending = True


def _import_lazy() -> None:
    """Bind the models this module refers to; they may import this module back."""
    global _lazy_imports_pending
    global EmailMetricsComparisonChangePct
    global _EmailMetricsComparisonChangePct_from_dict
    from ..models.email_metrics_comparison_change_pct import (
        EmailMetricsComparisonChangePct,
    )

    _EmailMetricsComparisonChangePct_from_dict = (
        EmailMetricsComparisonChangePct.from_dict
    )

    _lazy_imports_pending = False
