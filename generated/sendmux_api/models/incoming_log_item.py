from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.incoming_log_item_event_type import IncomingLogItemEventType

T = TypeVar("T", bound="IncomingLogItem")


@_attrs_define
class IncomingLogItem:
    """
    Attributes:
        amount (str): Billable amount for this message in USD
        billing_bucket_start (str): ISO 8601 usage bucket start
        event_type (IncomingLogItemEventType):
        from_email (None | str):
        id (str): Incoming log public ID Example: ilog_9ed2f2fdbacf38ef05c6a8b9.
        is_spam (bool):
        mailbox_email (None | str): Mailbox email address
        mailbox_id (None | str): Mailbox public ID
        message_id (None | str): Message identifier when available
        message_id_kind (None | str): Identifier source when available
        received_at (datetime.datetime): ISO 8601 received timestamp
        size_bytes (float | None):
        subject (None | str):
        to_emails (list[str]):
        unit_amount (str): Per-message unit amount in USD
    """

    amount: str
    billing_bucket_start: str
    event_type: IncomingLogItemEventType
    from_email: None | str
    id: str
    is_spam: bool
    mailbox_email: None | str
    mailbox_id: None | str
    message_id: None | str
    message_id_kind: None | str
    received_at: datetime.datetime
    size_bytes: float | None
    subject: None | str
    to_emails: list[str]
    unit_amount: str

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        billing_bucket_start = self.billing_bucket_start

        event_type = self.event_type.value

        from_email: None | str
        from_email = self.from_email

        id = self.id

        is_spam = self.is_spam

        mailbox_email: None | str
        mailbox_email = self.mailbox_email

        mailbox_id: None | str
        mailbox_id = self.mailbox_id

        message_id: None | str
        message_id = self.message_id

        message_id_kind: None | str
        message_id_kind = self.message_id_kind

        received_at = self.received_at.isoformat()

        size_bytes: float | None
        size_bytes = self.size_bytes

        subject: None | str
        subject = self.subject

        to_emails = self.to_emails

        unit_amount = self.unit_amount

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "amount": amount,
                "billing_bucket_start": billing_bucket_start,
                "event_type": event_type,
                "from_email": from_email,
                "id": id,
                "is_spam": is_spam,
                "mailbox_email": mailbox_email,
                "mailbox_id": mailbox_id,
                "message_id": message_id,
                "message_id_kind": message_id_kind,
                "received_at": received_at,
                "size_bytes": size_bytes,
                "subject": subject,
                "to_emails": to_emails,
                "unit_amount": unit_amount,
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

        billing_bucket_start = src_dict["billing_bucket_start"]
        if not (type(billing_bucket_start) is str):
            raise TypeError(
                f'field "billing_bucket_start": expected string, got {type(billing_bucket_start).__name__}'
            )

        _event_type = src_dict["event_type"]
        event_type = (
            _IncomingLogItemEventType_by_value.get(_event_type)
            if _event_type.__class__ is str
            else None
        ) or IncomingLogItemEventType(_event_type)

        from_email = src_dict["from_email"]

        if not (type(from_email) is str or from_email is None):
            raise TypeError(
                f'field "from_email": expected string or null, got {type(from_email).__name__}'
            )

        id = src_dict["id"]
        if not (type(id) is str):
            raise TypeError(f'field "id": expected string, got {type(id).__name__}')

        is_spam = src_dict["is_spam"]
        if not (type(is_spam) is bool):
            raise TypeError(
                f'field "is_spam": expected boolean, got {type(is_spam).__name__}'
            )

        mailbox_email = src_dict["mailbox_email"]

        if not (type(mailbox_email) is str or mailbox_email is None):
            raise TypeError(
                f'field "mailbox_email": expected string or null, got {type(mailbox_email).__name__}'
            )

        mailbox_id = src_dict["mailbox_id"]

        if not (type(mailbox_id) is str or mailbox_id is None):
            raise TypeError(
                f'field "mailbox_id": expected string or null, got {type(mailbox_id).__name__}'
            )

        message_id = src_dict["message_id"]

        if not (type(message_id) is str or message_id is None):
            raise TypeError(
                f'field "message_id": expected string or null, got {type(message_id).__name__}'
            )

        message_id_kind = src_dict["message_id_kind"]

        if not (type(message_id_kind) is str or message_id_kind is None):
            raise TypeError(
                f'field "message_id_kind": expected string or null, got {type(message_id_kind).__name__}'
            )

        received_at: datetime.datetime
        _received_at = src_dict["received_at"]
        if type(_received_at) is str:
            try:
                received_at = _fromisoformat(_received_at)
            except ValueError as error:
                raise ValueError(f'field "received_at": {error}') from None
        else:
            raise TypeError(
                f'field "received_at": expected a date-time string, got {type(_received_at).__name__}'
            )

        size_bytes = src_dict["size_bytes"]

        if not (
            (type(size_bytes) is float or type(size_bytes) is int)
            and -1.8e308 < size_bytes < 1.8e308
            or size_bytes is None
        ):
            raise TypeError(
                f'field "size_bytes": expected number or null, got {type(size_bytes).__name__}'
            )

        subject = src_dict["subject"]

        if not (type(subject) is str or subject is None):
            raise TypeError(
                f'field "subject": expected string or null, got {type(subject).__name__}'
            )

        to_emails = cast(list[str], src_dict["to_emails"])

        unit_amount = src_dict["unit_amount"]
        if not (type(unit_amount) is str):
            raise TypeError(
                f'field "unit_amount": expected string, got {type(unit_amount).__name__}'
            )

        if cls is IncomingLogItem:
            _self = _new(cls)
            _self.amount = amount
            _self.billing_bucket_start = billing_bucket_start
            _self.event_type = event_type
            _self.from_email = from_email
            _self.id = id
            _self.is_spam = is_spam
            _self.mailbox_email = mailbox_email
            _self.mailbox_id = mailbox_id
            _self.message_id = message_id
            _self.message_id_kind = message_id_kind
            _self.received_at = received_at
            _self.size_bytes = size_bytes
            _self.subject = subject
            _self.to_emails = to_emails
            _self.unit_amount = unit_amount
        else:
            _self = cls(
                amount,
                billing_bucket_start,
                event_type,
                from_email,
                id,
                is_spam,
                mailbox_email,
                mailbox_id,
                message_id,
                message_id_kind,
                received_at,
                size_bytes,
                subject,
                to_emails,
                unit_amount,
            )

        return _self


_new = object.__new__
_fromisoformat = datetime.datetime.fromisoformat
_IncomingLogItemEventType_by_value = IncomingLogItemEventType._by_value
