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
        change_pct = EmailMetricsComparisonChangePct.from_dict(src_dict["change_pct"])

        failed = src_dict["failed"]

        pending = src_dict["pending"]

        rejected = src_dict["rejected"]

        sent = src_dict["sent"]

        total = src_dict["total"]

        email_metrics_comparison = cls(
            change_pct,
            failed,
            pending,
            rejected,
            sent,
            total,
        )

        return email_metrics_comparison


_lazy_imports_pending = True


def _import_lazy() -> None:
    """Bind the models this module refers to; they may import this module back."""
    global _lazy_imports_pending
    global EmailMetricsComparisonChangePct
    from ..models.email_metrics_comparison_change_pct import (
        EmailMetricsComparisonChangePct,
    )

    _lazy_imports_pending = False
