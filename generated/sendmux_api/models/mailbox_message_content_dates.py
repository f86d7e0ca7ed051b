from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="MailboxMessageContentDates")


@_attrs_define
class MailboxMessageContentDates:
    """
    Attributes:
        received_at (datetime.datetime | None):
        sent_at (datetime.datetime | None):
    """

    received_at: datetime.datetime | None
    sent_at: datetime.datetime | None

    def to_dict(self) -> dict[str, Any]:
        received_at: None | str
        if isinstance(self.received_at, datetime.datetime):
            received_at = self.received_at.isoformat()
        else:
            received_at = self.received_at

        sent_at: None | str
        if isinstance(self.sent_at, datetime.datetime):
            sent_at = self.sent_at.isoformat()
        else:
            sent_at = self.sent_at

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "received_at": received_at,
                "sent_at": sent_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        received_at: datetime.datetime | None
        _received_at = src_dict["received_at"]
        if type(_received_at) is str:
            try:
                received_at = _fromisoformat(_received_at)
            except ValueError as error:
                raise ValueError(f'field "received_at": {error}') from None
        elif _received_at is None:
            received_at = None
        else:
            raise TypeError(
                f'field "received_at": expected a date-time string or null, got {type(_received_at).__name__}'
            )

        sent_at: datetime.datetime | None
        _sent_at = src_dict["sent_at"]
        if type(_sent_at) is str:
            try:
                sent_at = _fromisoformat(_sent_at)
            except ValueError as error:
                raise ValueError(f'field "sent_at": {error}') from None
        elif _sent_at is None:
            sent_at = None
        else:
            raise TypeError(
                f'field "sent_at": expected a date-time string or null, got {type(_sent_at).__name__}'
            )

        if cls is MailboxMessageContentDates:
            _self = _new(cls)
            _self.received_at = received_at
            _self.sent_at = sent_at
        else:
            _self = cls(
                received_at,
                sent_at,
            )

        return _self


_new = object.__new__
_fromisoformat = datetime.datetime.fromisoformat
