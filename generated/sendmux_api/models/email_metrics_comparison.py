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
        from ..models.email_metrics_comparison_change_pct import (
            EmailMetricsComparisonChangePct,
        )

        d = dict(src_dict)
        change_pct = EmailMetricsComparisonChangePct.from_dict(d.pop("change_pct"))

        failed = d.pop("failed")

        pending = d.pop("pending")

        rejected = d.pop("rejected")

        sent = d.pop("sent")

        total = d.pop("total")

        email_metrics_comparison = cls(
            change_pct=change_pct,
            failed=failed,
            pending=pending,
            rejected=rejected,
            sent=sent,
            total=total,
        )

        return email_metrics_comparison
