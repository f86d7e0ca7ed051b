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
            _SpendSummaryCurrency_by_value.get(_currency)
            if _currency.__class__ is str
            else None
        ) or SpendSummaryCurrency(_currency)

        period_days = src_dict["period_days"]
        if not (
            (type(period_days) is float or type(period_days) is int)
            and -1.8e308 < period_days < 1.8e308
        ):
            raise TypeError(
                f'field "period_days": expected number, got {type(period_days).__name__}'
            )

        total_consumed = src_dict["total_consumed"]
        if not (type(total_consumed) is str):
            raise TypeError(
                f'field "total_consumed": expected string, got {type(total_consumed).__name__}'
            )

        total_purchased = src_dict["total_purchased"]
        if not (type(total_purchased) is str):
            raise TypeError(
                f'field "total_purchased": expected string, got {type(total_purchased).__name__}'
            )

        transaction_count = src_dict["transaction_count"]
        if not (
            (type(transaction_count) is float or type(transaction_count) is int)
            and -1.8e308 < transaction_count < 1.8e308
        ):
            raise TypeError(
                f'field "transaction_count": expected number, got {type(transaction_count).__name__}'
            )

        if cls is SpendSummary:
            _self = _new(cls)
            _self.currency = currency
            _self.period_days = period_days
            _self.total_consumed = total_consumed
            _self.total_purchased = total_purchased
            _self.transaction_count = transaction_count
        else:
            _self = cls(
                currency,
                period_days,
                total_consumed,
                total_purchased,
                transaction_count,
            )

        return _self


_new = object.__new__
_SpendSummaryCurrency_by_value = SpendSummaryCurrency._by_value
