from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="MailboxSubmissionDeliveryStatus")


@_attrs_define
class MailboxSubmissionDeliveryStatus:
    """
    Attributes:
        delivered (None | str):
        displayed (None | str):
        email (str):
        smtp_reply (None | str):
    """

    delivered: None | str
    displayed: None | str
    email: str
    smtp_reply: None | str

    def to_dict(self) -> dict[str, Any]:
        delivered: None | str
        delivered = self.delivered

        displayed: None | str
        displayed = self.displayed

        email = self.email

        smtp_reply: None | str
        smtp_reply = self.smtp_reply

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "delivered": delivered,
                "displayed": displayed,
                "email": email,
                "smtp_reply": smtp_reply,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        delivered = src_dict["delivered"]

        displayed = src_dict["displayed"]

        email = src_dict["email"]

        smtp_reply = src_dict["smtp_reply"]

        mailbox_submission_delivery_status = cls(
            delivered,
            displayed,
            email,
            smtp_reply,
        )

        return mailbox_submission_delivery_status
