from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="BalanceAutoTopup")


@_attrs_define
class BalanceAutoTopup:
    """
    Attributes:
        amount (None | str):  Example: 50.000000.
        enabled (bool):
        monthly_limit (None | str):  Example: 200.000000.
        monthly_used (str):  Example: 50.000000.
        threshold (None | str):  Example: 10.000000.
    """

    amount: None | str
    enabled: bool
    monthly_limit: None | str
    monthly_used: str
    threshold: None | str

    def to_dict(self) -> dict[str, Any]:
        amount: None | str
        amount = self.amount

        enabled = self.enabled

        monthly_limit: None | str
        monthly_limit = self.monthly_limit

        monthly_used = self.monthly_used

        threshold: None | str
        threshold = self.threshold

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "amount": amount,
                "enabled": enabled,
                "monthly_limit": monthly_limit,
                "monthly_used": monthly_used,
                "threshold": threshold,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        amount = src_dict["amount"]

        if not (type(amount) is str or amount is None):
            raise TypeError(
                f'field "amount": expected string or null, got {type(amount).__name__}'
            )

        enabled = src_dict["enabled"]
        if not (type(enabled) is bool):
            raise TypeError(
                f'field "enabled": expected boolean, got {type(enabled).__name__}'
            )

        monthly_limit = src_dict["monthly_limit"]

        if not (type(monthly_limit) is str or monthly_limit is None):
            raise TypeError(
                f'field "monthly_limit": expected string or null, got {type(monthly_limit).__name__}'
            )

        monthly_used = src_dict["monthly_used"]
        if not (type(monthly_used) is str):
            raise TypeError(
                f'field "monthly_used": expected string, got {type(monthly_used).__name__}'
            )

        threshold = src_dict["threshold"]

        if not (type(threshold) is str or threshold is None):
            raise TypeError(
                f'field "threshold": expected string or null, got {type(threshold).__name__}'
            )

        if cls is BalanceAutoTopup:
            _self = _new(cls)
            _self.amount = amount
            _self.enabled = enabled
            _self.monthly_limit = monthly_limit
            _self.monthly_used = monthly_used
            _self.threshold = threshold
        else:
            _self = cls(
                amount,
                enabled,
                monthly_limit,
                monthly_used,
                threshold,
            )

        return _self


_new = object.__new__
