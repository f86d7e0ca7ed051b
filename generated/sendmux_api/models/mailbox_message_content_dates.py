from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="MailboxMessageContentDates")


@_attrs_define
class MailboxMessageContentDates:
    """
    Attributes:
        received_at (None | str):
        sent_at (None | str):
    """

    received_at: None | str
    sent_at: None | str

    def to_dict(self) -> dict[str, Any]:
        received_at: None | str
        received_at = self.received_at

        sent_at: None | str
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
        received_at = src_dict["received_at"]

        if not (type(received_at) is str or received_at is None):
            raise TypeError(
                f'field "received_at": expected string or null, got {type(received_at).__name__}'
            )

        sent_at = src_dict["sent_at"]

        if not (type(sent_at) is str or sent_at is None):
            raise TypeError(
                f'field "sent_at": expected string or null, got {type(sent_at).__name__}'
            )

        mailbox_message_content_dates = cls(
            received_at,
            sent_at,
        )

        return mailbox_message_content_dates
