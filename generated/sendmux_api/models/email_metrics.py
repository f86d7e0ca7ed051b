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
        comparison = _EmailMetricsComparison_from_dict(src_dict["comparison"])

        summary = _EmailMetricsSummary_from_dict(src_dict["summary"])

        timeseries = []
        _timeseries = src_dict["timeseries"]
        for timeseries_item_data in _timeseries:
            timeseries_item = _EmailMetricsTimeseriesItem_from_dict(
                timeseries_item_data
            )

            timeseries.append(timeseries_item)

        if cls is EmailMetrics:
            _self = _new(cls)
            _self.comparison = comparison
            _self.summary = summary
            _self.timeseries = timeseries
        else:
            _self = cls(
                comparison,
                summary,
                timeseries,
            )

        return _self


_new = object.__new__
if TYPE_CHECKING:  # bound by _import_lazy
    _EmailMetricsComparison_from_dict = EmailMetricsComparison.from_dict
    _EmailMetricsSummary_from_dict = EmailMetricsSummary.from_dict
    _EmailMetricsTimeseriesItem_from_dict = EmailMetricsTimeseriesItem.from_dict


_lazy_imports_pending = True


def _import_lazy() -> None:
    """Bind the models this module refers to; they may import this module back."""
    global _lazy_imports_pending
    global EmailMetricsComparison
    global EmailMetricsSummary
    global EmailMetricsTimeseriesItem
    global _EmailMetricsComparison_from_dict
    global _EmailMetricsSummary_from_dict
    global _EmailMetricsTimeseriesItem_from_dict
    from ..models.email_metrics_comparison import EmailMetricsComparison
    from ..models.email_metrics_summary import EmailMetricsSummary
    from ..models.email_metrics_timeseries_item import EmailMetricsTimeseriesItem

    _EmailMetricsComparison_from_dict = EmailMetricsComparison.from_dict
    _EmailMetricsSummary_from_dict = EmailMetricsSummary.from_dict
    _EmailMetricsTimeseriesItem_from_dict = EmailMetricsTimeseriesItem.from_dict

    _lazy_imports_pending = False
