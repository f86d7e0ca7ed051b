from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

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

        created_at = datetime.datetime.fromisoformat(src_dict["created_at"])

        current_daily_limit = src_dict["current_daily_limit"]

        current_daily_sent = src_dict["current_daily_sent"]

        def _parse_decided_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            if isinstance(data, str):
                try:
                    decided_at_type_0 = datetime.datetime.fromisoformat(data)

                    return decided_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return cast(datetime.datetime | None, data)

        decided_at = _parse_decided_at(src_dict["decided_at"])

        decision_note = src_dict["decision_note"]

        id = src_dict["id"]

        _status = src_dict["status"]
        status = (
            SharedAmazonSesLimitRequestStatus._by_value.get(_status)
            if _status.__class__ is str
            else None
        ) or SharedAmazonSesLimitRequestStatus(_status)

        shared_amazon_ses_limit_request = cls(
            approved_daily_limit,
            created_at,
            current_daily_limit,
            current_daily_sent,
            decided_at,
            decision_note,
            id,
            status,
        )

        return shared_amazon_ses_limit_request
