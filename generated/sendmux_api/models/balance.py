from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.balance_currency import BalanceCurrency

if TYPE_CHECKING:
    from ..models.balance_auto_topup import BalanceAutoTopup


T = TypeVar("T", bound="Balance")


@_attrs_define
class Balance:
    """
    Attributes:
        auto_topup (BalanceAutoTopup):
        balance (str): Current spendable balance Example: 45.230000.
        balance_consumed (str):  Example: 54.770000.
        balance_purchased (str):  Example: 100.000000.
        currency (BalanceCurrency):
    """

    auto_topup: BalanceAutoTopup
    balance: str
    balance_consumed: str
    balance_purchased: str
    currency: BalanceCurrency

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _import_lazy()
        auto_topup = self.auto_topup.to_dict()

        balance = self.balance

        balance_consumed = self.balance_consumed

        balance_purchased = self.balance_purchased

        currency = self.currency.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "auto_topup": auto_topup,
                "balance": balance,
                "balance_consumed": balance_consumed,
                "balance_purchased": balance_purchased,
                "currency": currency,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_imports_pending:
            _import_lazy()
        auto_topup = _BalanceAutoTopup_from_dict(src_dict["auto_topup"])

        balance = src_dict["balance"]
        if not (type(balance) is str):
            raise TypeError(
                f'field "balance": expected string, got {type(balance).__name__}'
            )

        balance_consumed = src_dict["balance_consumed"]
        if not (type(balance_consumed) is str):
            raise TypeError(
                f'field "balance_consumed": expected string, got {type(balance_consumed).__name__}'
            )

        balance_purchased = src_dict["balance_purchased"]
        if not (type(balance_purchased) is str):
            raise TypeError(
                f'field "balance_purchased": expected string, got {type(balance_purchased).__name__}'
            )

        _currency = src_dict["currency"]
        currency = (
            _BalanceCurrency_by_value.get(_currency)
            if _currency.__class__ is str
            else None
        ) or BalanceCurrency(_currency)

        if cls is Balance:
            _self = _new(cls)
            _self.auto_topup = auto_topup
            _self.balance = balance
            _self.balance_consumed = balance_consumed
            _self.balance_purchased = balance_purchased
            _self.currency = currency
        else:
            _self = cls(
                auto_topup,
                balance,
                balance_consumed,
                balance_purchased,
                currency,
            )

        return _self


_new = object.__new__
_BalanceCurrency_by_value = BalanceCurrency._by_value
if TYPE_CHECKING:  # bound by _import_lazy
    _BalanceAutoTopup_from_dict = BalanceAutoTopup.from_dict


_lazy_imports_pending = True


def _import_lazy() -> None:
    """Bind the models this module refers to; they may import this module back."""
    global _lazy_imports_pending
    global BalanceAutoTopup
    global _BalanceAutoTopup_from_dict
    from ..models.balance_auto_topup import BalanceAutoTopup

    _BalanceAutoTopup_from_dict = BalanceAutoTopup.from_dict

    _lazy_imports_pending = False
