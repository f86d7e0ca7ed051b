from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.delivery_log_item_status import DeliveryLogItemStatus

T = TypeVar("T", bound="DeliveryLogItem")


@_attrs_define
class DeliveryLogItem:
    """
    Attributes:
        accepted_recipient_count (int | None): Recipient occurrences accepted by the provider, or null when no recipient
            snapshot exists
        attempts (float):
        created_at (datetime.datetime): ISO 8601 creation timestamp
        delivery_group (list[str] | None): Applied per-message delivery group public IDs, or null for absent, ignored or
            historical hints
        from_email (None | str):
        id (str): Log public ID Example: dlog_clxxxxxxxxxxxxxxxxxxxxxxxxx.
        message_id (None | str): Email Message-ID header
        provider_id (None | str): Provider public ID
        provider_name (None | str): Provider display name
        recipient_count (int | None): Total recipient occurrences, or null when no recipient snapshot exists
        rejected_recipient_count (int | None): Recipient occurrences rejected by the provider, or null when no recipient
            snapshot exists
        sent_at (datetime.datetime | None): ISO 8601 timestamp when email was sent
        sent_from_email (None | str): The actual from address used for delivery after transformation. NULL if no
            transformation occurred or for older log entries.
        size_bytes (float | None):
        status (DeliveryLogItemStatus):
        status_reason (None | str):
        subject (None | str):
        to_email (None | str):
    """

    accepted_recipient_count: int | None
    attempts: float
    created_at: datetime.datetime
    delivery_group: list[str] | None
    from_email: None | str
    id: str
    message_id: None | str
    provider_id: None | str
    provider_name: None | str
    recipient_count: int | None
    rejected_recipient_count: int | None
    sent_at: datetime.datetime | None
    sent_from_email: None | str
    size_bytes: float | None
    status: DeliveryLogItemStatus
    status_reason: None | str
    subject: None | str
    to_email: None | str

    def to_dict(self) -> dict[str, Any]:
        accepted_recipient_count: int | None
        accepted_recipient_count = self.accepted_recipient_count

        attempts = self.attempts

        created_at = self.created_at.isoformat()

        delivery_group: list[str] | None
        if isinstance(self.delivery_group, list):
            delivery_group = self.delivery_group

        else:
            delivery_group = self.delivery_group

        from_email: None | str
        from_email = self.from_email

        id = self.id

        message_id: None | str
        message_id = self.message_id

        provider_id: None | str
        provider_id = self.provider_id

        provider_name: None | str
        provider_name = self.provider_name

        recipient_count: int | None
        recipient_count = self.recipient_count

        rejected_recipient_count: int | None
        rejected_recipient_count = self.rejected_recipient_count

        sent_at: None | str
        if isinstance(self.sent_at, datetime.datetime):
            sent_at = self.sent_at.isoformat()
        else:
            sent_at = self.sent_at

        sent_from_email: None | str
        sent_from_email = self.sent_from_email

        size_bytes: float | None
        size_bytes = self.size_bytes

        status = self.status.value

        status_reason: None | str
        status_reason = self.status_reason

        subject: None | str
        subject = self.subject

        to_email: None | str
        to_email = self.to_email

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "accepted_recipient_count": accepted_recipient_count,
                "attempts": attempts,
                "created_at": created_at,
                "delivery_group": delivery_group,
                "from_email": from_email,
                "id": id,
                "message_id": message_id,
                "provider_id": provider_id,
                "provider_name": provider_name,
                "recipient_count": recipient_count,
                "rejected_recipient_count": rejected_recipient_count,
                "sent_at": sent_at,
                "sent_from_email": sent_from_email,
                "size_bytes": size_bytes,
                "status": status,
                "status_reason": status_reason,
                "subject": subject,
                "to_email": to_email,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        accepted_recipient_count = src_dict["accepted_recipient_count"]

        if not (
            type(accepted_recipient_count) is int or accepted_recipient_count is None
        ):
            raise TypeError(
                f'field "accepted_recipient_count": expected integer or null, got {type(accepted_recipient_count).__name__}'
            )

        attempts = src_dict["attempts"]
        if not (
            (type(attempts) is float or type(attempts) is int)
            and -1.8e308 < attempts < 1.8e308
        ):
            raise TypeError(
                f'field "attempts": expected number, got {type(attempts).__name__}'
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

        def _parse_delivery_group(data: object) -> list[str] | None:
            if data is None:
                return data
            if isinstance(data, list):
                try:
                    delivery_group_type_0 = cast(list[str], data)

                    return delivery_group_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return cast(list[str] | None, data)

        delivery_group = _parse_delivery_group(src_dict["delivery_group"])

        from_email = src_dict["from_email"]

        if not (type(from_email) is str or from_email is None):
            raise TypeError(
                f'field "from_email": expected string or null, got {type(from_email).__name__}'
            )

        id = src_dict["id"]
        if not (type(id) is str):
            raise TypeError(f'field "id": expected string, got {type(id).__name__}')

        message_id = src_dict["message_id"]

        if not (type(message_id) is str or message_id is None):
            raise TypeError(
                f'field "message_id": expected string or null, got {type(message_id).__name__}'
            )

        provider_id = src_dict["provider_id"]

        if not (type(provider_id) is str or provider_id is None):
            raise TypeError(
                f'field "provider_id": expected string or null, got {type(provider_id).__name__}'
            )

        provider_name = src_dict["provider_name"]

        if not (type(provider_name) is str or provider_name is None):
            raise TypeError(
                f'field "provider_name": expected string or null, got {type(provider_name).__name__}'
            )

        recipient_count = src_dict["recipient_count"]

        if not (type(recipient_count) is int or recipient_count is None):
            raise TypeError(
                f'field "recipient_count": expected integer or null, got {type(recipient_count).__name__}'
            )

        rejected_recipient_count = src_dict["rejected_recipient_count"]

        if not (
            type(rejected_recipient_count) is int or rejected_recipient_count is None
        ):
            raise TypeError(
                f'field "rejected_recipient_count": expected integer or null, got {type(rejected_recipient_count).__name__}'
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

        sent_from_email = src_dict["sent_from_email"]

        if not (type(sent_from_email) is str or sent_from_email is None):
            raise TypeError(
                f'field "sent_from_email": expected string or null, got {type(sent_from_email).__name__}'
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

        _status = src_dict["status"]
        status = (
            _DeliveryLogItemStatus_by_value.get(_status)
            if _status.__class__ is str
            else None
        ) or DeliveryLogItemStatus(_status)

        status_reason = src_dict["status_reason"]

        if not (type(status_reason) is str or status_reason is None):
            raise TypeError(
                f'field "status_reason": expected string or null, got {type(status_reason).__name__}'
            )

        subject = src_dict["subject"]

        if not (type(subject) is str or subject is None):
            raise TypeError(
                f'field "subject": expected string or null, got {type(subject).__name__}'
            )

        to_email = src_dict["to_email"]

        if not (type(to_email) is str or to_email is None):
            raise TypeError(
                f'field "to_email": expected string or null, got {type(to_email).__name__}'
            )

        if cls is DeliveryLogItem:
            _self = _new(cls)
            _self.accepted_recipient_count = accepted_recipient_count
            _self.attempts = attempts
            _self.created_at = created_at
            _self.delivery_group = delivery_group
            _self.from_email = from_email
            _self.id = id
            _self.message_id = message_id
            _self.provider_id = provider_id
            _self.provider_name = provider_name
            _self.recipient_count = recipient_count
            _self.rejected_recipient_count = rejected_recipient_count
            _self.sent_at = sent_at
            _self.sent_from_email = sent_from_email
            _self.size_bytes = size_bytes
            _self.status = status
            _self.status_reason = status_reason
            _self.subject = subject
            _self.to_email = to_email
        else:
            _self = cls(
                accepted_recipient_count,
                attempts,
                created_at,
                delivery_group,
                from_email,
                id,
                message_id,
                provider_id,
                provider_name,
                recipient_count,
                rejected_recipient_count,
                sent_at,
                sent_from_email,
                size_bytes,
                status,
                status_reason,
                subject,
                to_email,
            )

        return _self


_new = object.__new__
_fromisoformat = datetime.datetime.fromisoformat
_DeliveryLogItemStatus_by_value = DeliveryLogItemStatus._by_value
