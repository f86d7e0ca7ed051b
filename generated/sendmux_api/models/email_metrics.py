from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.email_metrics_comparison import EmailMetricsComparison
    from ..models.email_metrics_summary import EmailMetricsSummary
    from ..models.email_metrics_timeseries_item import EmailMetricsTimeseriesItem


T = TypeVar("T", bound="EmailMetrics")


@_attrs_define
class EmailMetrics:
    """
    Attributes:
        comparison (EmailMetricsComparison):
        summary (EmailMetricsSummary):
        timeseries (list[EmailMetricsTimeseriesItem]):
    """

    comparison: EmailMetricsComparison
    summary: EmailMetricsSummary
    timeseries: list[EmailMetricsTimeseriesItem]

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _import_lazy()
        comparison = self.comparison.to_dict()

        summary = self.summary.to_dict()

        timeseries = []
        for timeseries_item_data in self.timeseries:
            timeseries_item = timeseries_item_data.to_dict()
            timeseries.append(timeseries_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "comparison": comparison,
                "summary": summary,
                "timeseries": timeseries,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_imports_pending:
            _import_lazy()
        comparison = EmailMetricsComparison.from_dict(src_dict["comparison"])

        summary = EmailMetricsSummary.from_dict(src_dict["summary"])

        timeseries = []
        _timeseries = src_dict["timeseries"]
        for timeseries_item_data in _timeseries:
            timeseries_item = EmailMetricsTimeseriesItem.from_dict(timeseries_item_data)

            timeseries.append(timeseries_item)

        email_metrics = cls(
            comparison,
            summary,
            timeseries,
        )

        return email_metrics


_lazy_imports_pending = True


def _import_lazy() -> None:
    """Bind the models this module refers to; they may import this module back."""
    global _lazy_imports_pending
    global EmailMetricsComparison
    global EmailMetricsSummary
    global EmailMetricsTimeseriesItem
    from ..models.email_metrics_comparison import EmailMetricsComparison
    from ..models.email_metrics_summary import EmailMetricsSummary
    from ..models.email_metrics_timeseries_item import EmailMetricsTimeseriesItem

    _lazy_imports_pending = False
