from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="EmailMetricsTimeseriesItem")


@_attrs_define
class EmailMetricsTimeseriesItem:
    """
    Attributes:
        failed (float):
        pending (float):
        rejected (float):
        sent (float):
        timestamp (str):  Example: 2026-03-19T00:00:00Z.
        total (float):
    """

    failed: float
    pending: float
    rejected: float
    sent: float
    timestamp: str
    total: float

    def to_dict(self) -> dict[str, Any]:
        failed = self.failed

        pending = self.pending

        rejected = self.rejected

        sent = self.sent

        timestamp = self.timestamp

        total = self.total

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "failed": failed,
                "pending": pending,
                "rejected": rejected,
                "sent": sent,
                "timestamp": timestamp,
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

        timestamp = src_dict["timestamp"]

        total = src_dict["total"]

        email_metrics_timeseries_item = cls(
            failed,
            pending,
            rejected,
            sent,
            timestamp,
            total,
        )

        return email_metrics_timeseries_item
