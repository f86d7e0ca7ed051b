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

        if cls is EmailMetricsComparisonChangePct:
            _self = _new(cls)
            _self.failed = failed
            _self.pending = pending
            _self.rejected = rejected
            _self.sent = sent
            _self.total = total
        else:
            _self = cls(
                failed,
                pending,
                rejected,
                sent,
                total,
            )

        return _self


_new = object.__new__
