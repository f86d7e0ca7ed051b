from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.shared_amazon_ses_limit_request_status import (
    SharedAmazonSesLimitRequestStatus,
)

T = TypeVar("T", bound="SharedAmazonSesLimitRequest")


@_attrs_define
class SharedAmazonSesLimitRequest:
    """
    Attributes:
        approved_daily_limit (int | None):
        created_at (datetime.datetime):
        current_daily_limit (int):
        current_daily_sent (int):
        decided_at (datetime.datetime | None):
        decision_note (None | str):
        id (str):  Example: slir_clxxxxxxxxxxxxxxxxxxxxxxxxx.
        status (SharedAmazonSesLimitRequestStatus):
    """

    approved_daily_limit: int | None
    created_at: datetime.datetime
    current_daily_limit: int
    current_daily_sent: int
    decided_at: datetime.datetime | None
    decision_note: None | str
    id: str
    status: SharedAmazonSesLimitRequestStatus

    def to_dict(self) -> dict[str, Any]:
        approved_daily_limit: int | None
        approved_daily_limit = self.approved_daily_limit

        created_at = self.created_at.isoformat()

        current_daily_limit = self.current_daily_limit

        current_daily_sent = self.current_daily_sent

        decided_at: None | str
        if isinstance(self.decided_at, datetime.datetime):
            decided_at = self.decided_at.isoformat()
        else:
            decided_at = self.decided_at

        decision_note: None | str
        decision_note = self.decision_note

        id = self.id

        status = self.status.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "approved_daily_limit": approved_daily_limit,
                "created_at": created_at,
                "current_daily_limit": current_daily_limit,
                "current_daily_sent": current_daily_sent,
                "decided_at": decided_at,
                "decision_note": decision_note,
                "id": id,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        approved_daily_limit = src_dict["approved_daily_limit"]

        if not (type(approved_daily_limit) is int or approved_daily_limit is None):
            raise TypeError(
                f'field "approved_daily_limit": expected integer or null, got {type(approved_daily_limit).__name__}'
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

        current_daily_limit = src_dict["current_daily_limit"]
        if not (type(current_daily_limit) is int):
            raise TypeError(
                f'field "current_daily_limit": expected integer, got {type(current_daily_limit).__name__}'
            )

        current_daily_sent = src_dict["current_daily_sent"]
        if not (type(current_daily_sent) is int):
            raise TypeError(
                f'field "current_daily_sent": expected integer, got {type(current_daily_sent).__name__}'
            )

        decided_at: datetime.datetime | None
        _decided_at = src_dict["decided_at"]
        if type(_decided_at) is str:
            try:
                decided_at = _fromisoformat(_decided_at)
            except ValueError as error:
                raise ValueError(f'field "decided_at": {error}') from None
        elif _decided_at is None:
            decided_at = None
        else:
            raise TypeError(
                f'field "decided_at": expected a date-time string or null, got {type(_decided_at).__name__}'
            )

        decision_note = src_dict["decision_note"]

        if not (type(decision_note) is str or decision_note is None):
            raise TypeError(
                f'field "decision_note": expected string or null, got {type(decision_note).__name__}'
            )

        id = src_dict["id"]
        if not (type(id) is str):
            raise TypeError(f'field "id": expected string, got {type(id).__name__}')

        _status = src_dict["status"]
        status = (
            _SharedAmazonSesLimitRequestStatus_by_value.get(_status)
            if _status.__class__ is str
            else None
        ) or SharedAmazonSesLimitRequestStatus(_status)

        if cls is SharedAmazonSesLimitRequest:
            _self = _new(cls)
            _self.approved_daily_limit = approved_daily_limit
            _self.created_at = created_at
            _self.current_daily_limit = current_daily_limit
            _self.current_daily_sent = current_daily_sent
            _self.decided_at = decided_at
            _self.decision_note = decision_note
            _self.id = id
            _self.status = status
        else:
            _self = cls(
                approved_daily_limit,
                created_at,
                current_daily_limit,
                current_daily_sent,
                decided_at,
                decision_note,
                id,
                status,
            )

        return _self


_new = object.__new__
_fromisoformat = datetime.datetime.fromisoformat
_SharedAmazonSesLimitRequestStatus_by_value = (
    SharedAmazonSesLimitRequestStatus._by_value
)
