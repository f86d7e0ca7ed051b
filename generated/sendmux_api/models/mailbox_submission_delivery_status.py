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

        if not (type(delivered) is str or delivered is None):
            raise TypeError(
                f'field "delivered": expected string or null, got {type(delivered).__name__}'
            )

        displayed = src_dict["displayed"]

        if not (type(displayed) is str or displayed is None):
            raise TypeError(
                f'field "displayed": expected string or null, got {type(displayed).__name__}'
            )

        email = src_dict["email"]
        if not (type(email) is str):
            raise TypeError(
                f'field "email": expected string, got {type(email).__name__}'
            )

        smtp_reply = src_dict["smtp_reply"]

        if not (type(smtp_reply) is str or smtp_reply is None):
            raise TypeError(
                f'field "smtp_reply": expected string or null, got {type(smtp_reply).__name__}'
            )

        if cls is MailboxSubmissionDeliveryStatus:
            _self = _new(cls)
            _self.delivered = delivered
            _self.displayed = displayed
            _self.email = email
            _self.smtp_reply = smtp_reply
        else:
            _self = cls(
                delivered,
                displayed,
                email,
                smtp_reply,
            )

        return _self


_new = object.__new__
