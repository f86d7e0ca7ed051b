from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.spend_summary_currency import SpendSummaryCurrency

T = TypeVar("T", bound="SpendSummary")


@_attrs_define
class SpendSummary:
    """
    Attributes:
        currency (SpendSummaryCurrency):
        period_days (float):  Example: 30.
        total_consumed (str):  Example: 54.770000.
        total_purchased (str):  Example: 150.000000.
        transaction_count (float):  Example: 23.
    """

    currency: SpendSummaryCurrency
    period_days: float
    total_consumed: str
    total_purchased: str
    transaction_count: float

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency.value

        period_days = self.period_days

        total_consumed = self.total_consumed

        total_purchased = self.total_purchased

        transaction_count = self.transaction_count

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "currency": currency,
                "period_days": period_days,
                "total_consumed": total_consumed,
                "total_purchased": total_purchased,
                "transaction_count": transaction_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _currency = src_dict["currency"]
        currency = (
            SpendSummaryCurrency._by_value.get(_currency)
            if _currency.__class__ is str
            else None
        ) or SpendSummaryCurrency(_currency)

        period_days = src_dict["period_days"]

        total_consumed = src_dict["total_consumed"]

        total_purchased = src_dict["total_purchased"]

        transaction_count = src_dict["transaction_count"]

        spend_summary = cls(
            currency,
            period_days,
            total_consumed,
            total_purchased,
            transaction_count,
        )

        return spend_summary
