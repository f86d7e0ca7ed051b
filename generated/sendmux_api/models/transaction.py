from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.transaction_type import TransactionType

T = TypeVar("T", bound="Transaction")


@_attrs_define
class Transaction:
    """
    Attributes:
        amount (str): DECIMAL(19,6) amount Example: -0.001500.
        balance_after (None | str):
        balance_before (None | str):
        created_at (datetime.datetime): ISO 8601 timestamp
        description (str):
        id (str): Transaction public ID Example: tx_clxxxxxxxxxxxxxxxxxxxxxxxxx.
        quantity (float | None): Item count (for USAGE transactions)
        type_ (TransactionType):
    """

    amount: str
    balance_after: None | str
    balance_before: None | str
    created_at: datetime.datetime
    description: str
    id: str
    quantity: float | None
    type_: TransactionType

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        balance_after: None | str
        balance_after = self.balance_after

        balance_before: None | str
        balance_before = self.balance_before

        created_at = self.created_at.isoformat()

        description = self.description

        id = self.id

        quantity: float | None
        quantity = self.quantity

        type_ = self.type_.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "amount": amount,
                "balance_after": balance_after,
                "balance_before": balance_before,
                "created_at": created_at,
                "description": description,
                "id": id,
                "quantity": quantity,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        amount = src_dict["amount"]
        if not (type(amount) is str):
            raise TypeError(
                f'field "amount": expected string, got {type(amount).__name__}'
            )

        balance_after = src_dict["balance_after"]

        if not (type(balance_after) is str or balance_after is None):
            raise TypeError(
                f'field "balance_after": expected string or null, got {type(balance_after).__name__}'
            )

        balance_before = src_dict["balance_before"]

        if not (type(balance_before) is str or balance_before is None):
            raise TypeError(
                f'field "balance_before": expected string or null, got {type(balance_before).__name__}'
            )

        created_at: datetime.datetime
        _created_at = src_dict["created_at"]
        if type(_created_at) is str:
            try:
                created_at = _fromisoformat(_created_at)
            except ValueError as error:
                raise ValueError(f'field "created_at": {error}') from None
        else:
            raise TypeError(
                f'field "created_at": expected a date-time string, got {type(_created_at).__name__}'
            )

        description = src_dict["description"]
        if not (type(description) is str):
            raise TypeError(
                f'field "description": expected string, got {type(description).__name__}'
            )

        id = src_dict["id"]
        if not (type(id) is str):
            raise TypeError(f'field "id": expected string, got {type(id).__name__}')

        quantity = src_dict["quantity"]

        if not (
            (type(quantity) is float or type(quantity) is int)
            and -1.8e308 < quantity < 1.8e308
            or quantity is None
        ):
            raise TypeError(
                f'field "quantity": expected number or null, got {type(quantity).__name__}'
            )

        _type_ = src_dict["type"]
        type_ = (
            _TransactionType_by_value.get(_type_) if _type_.__class__ is str else None
        ) or TransactionType(_type_)

        if cls is Transaction:
            _self = _new(cls)
            _self.amount = amount
            _self.balance_after = balance_after
            _self.balance_before = balance_before
            _self.created_at = created_at
            _self.description = description
            _self.id = id
            _self.quantity = quantity
            _self.type_ = type_
        else:
            _self = cls(
                amount,
                balance_after,
                balance_before,
                created_at,
                description,
                id,
                quantity,
                type_,
            )

        return _self


_new = object.__new__
_fromisoformat = datetime.datetime.fromisoformat
_TransactionType_by_value = TransactionType._by_value
