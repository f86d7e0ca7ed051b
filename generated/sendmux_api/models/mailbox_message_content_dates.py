from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

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
        def _parse_received_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            if isinstance(data, str):
                try:
                    received_at_type_0 = datetime.datetime.fromisoformat(data)

                    return received_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return cast(datetime.datetime | None, data)

        received_at = _parse_received_at(src_dict["received_at"])

        def _parse_sent_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            if isinstance(data, str):
                try:
                    sent_at_type_0 = datetime.datetime.fromisoformat(data)

                    return sent_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return cast(datetime.datetime | None, data)

        sent_at = _parse_sent_at(src_dict["sent_at"])

        mailbox_message_content_dates = cls(
            received_at,
            sent_at,
        )

        return mailbox_message_content_dates
