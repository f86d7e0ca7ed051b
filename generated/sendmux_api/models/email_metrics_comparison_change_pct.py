from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="EmailMetricsComparisonChangePct")


@_attrs_define
class EmailMetricsComparisonChangePct:
    """
    Attributes:
        failed (float):  Example: 10.53.
        pending (float):  Example: 0.
        rejected (float):  Example: 33.33.
        sent (float):  Example: 7.9.
        total (float):  Example: 8.01.
    """

    failed: float
    pending: float
    rejected: float
    sent: float
    total: float

    def to_dict(self) -> dict[str, Any]:
        failed = self.failed

        pending = self.pending

        rejected = self.rejected

        sent = self.sent

        total = self.total

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
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
        failed = src_dict["failed"]

        pending = src_dict["pending"]

        rejected = src_dict["rejected"]

        sent = src_dict["sent"]

        total = src_dict["total"]

        email_metrics_comparison_change_pct = cls(
            failed,
            pending,
            rejected,
            sent,
            total,
        )

        return email_metrics_comparison_change_pct
