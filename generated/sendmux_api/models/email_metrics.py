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
        from ..models.email_metrics_comparison import EmailMetricsComparison
        from ..models.email_metrics_summary import EmailMetricsSummary
        from ..models.email_metrics_timeseries_item import EmailMetricsTimeseriesItem

        d = dict(src_dict)
        comparison = EmailMetricsComparison.from_dict(d.pop("comparison"))

        summary = EmailMetricsSummary.from_dict(d.pop("summary"))

        timeseries = []
        _timeseries = d.pop("timeseries")
        for timeseries_item_data in _timeseries:
            timeseries_item = EmailMetricsTimeseriesItem.from_dict(timeseries_item_data)

            timeseries.append(timeseries_item)

        email_metrics = cls(
            comparison=comparison,
            summary=summary,
            timeseries=timeseries,
        )

        return email_metrics
