from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.delivery_log_detail_status import DeliveryLogDetailStatus

if TYPE_CHECKING:
    from ..models.delivery_log_recipient import DeliveryLogRecipient


T = TypeVar("T", bound="DeliveryLogDetail")


@_attrs_define
class DeliveryLogDetail:
    """
    Attributes:
        accepted_recipient_count (int | None): Recipient occurrences accepted by the provider, or null when no recipient
            snapshot exists
        attempts (float):
        created_at (str): ISO 8601 creation timestamp
        delivery_group (list[str] | None): Applied per-message delivery group public IDs, or null for absent, ignored or
            historical hints
        from_email (None | str):
        id (str): Log public ID Example: dlog_clxxxxxxxxxxxxxxxxxxxxxxxxx.
        message_id (None | str): Email Message-ID header
        provider_id (None | str): Provider public ID
        provider_name (None | str): Provider display name
        recipient_count (int | None): Total recipient occurrences, or null when no recipient snapshot exists
        recipients (list[DeliveryLogRecipient] | None): Ordered recipient outcome snapshot for this send, or null when
            no snapshot exists
        rejected_recipient_count (int | None): Recipient occurrences rejected by the provider, or null when no recipient
            snapshot exists
        sent_at (None | str): ISO 8601 timestamp when email was sent
        sent_from_email (None | str): The actual from address used for delivery after transformation. NULL if no
            transformation occurred or for older log entries.
        size_bytes (float | None):
        status (DeliveryLogDetailStatus):
        status_reason (None | str):
        subject (None | str):
        to_email (None | str):
    """

    accepted_recipient_count: int | None
    attempts: float
    created_at: str
    delivery_group: list[str] | None
    from_email: None | str
    id: str
    message_id: None | str
    provider_id: None | str
    provider_name: None | str
    recipient_count: int | None
    recipients: list[DeliveryLogRecipient] | None
    rejected_recipient_count: int | None
    sent_at: None | str
    sent_from_email: None | str
    size_bytes: float | None
    status: DeliveryLogDetailStatus
    status_reason: None | str
    subject: None | str
    to_email: None | str

    def to_dict(self) -> dict[str, Any]:
        accepted_recipient_count: int | None
        accepted_recipient_count = self.accepted_recipient_count

        attempts = self.attempts

        created_at = self.created_at

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

        recipients: list[dict[str, Any]] | None
        if isinstance(self.recipients, list):
            recipients = []
            for recipients_type_0_item_data in self.recipients:
                recipients_type_0_item = recipients_type_0_item_data.to_dict()
                recipients.append(recipients_type_0_item)

        else:
            recipients = self.recipients

        rejected_recipient_count: int | None
        rejected_recipient_count = self.rejected_recipient_count

        sent_at: None | str
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
                "recipients": recipients,
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
        from ..models.delivery_log_recipient import DeliveryLogRecipient

        d = dict(src_dict)

        def _parse_accepted_recipient_count(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        accepted_recipient_count = _parse_accepted_recipient_count(
            d.pop("accepted_recipient_count")
        )

        attempts = d.pop("attempts")

        created_at = d.pop("created_at")

        def _parse_delivery_group(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                delivery_group_type_0 = cast(list[str], data)

                return delivery_group_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        delivery_group = _parse_delivery_group(d.pop("delivery_group"))

        def _parse_from_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        from_email = _parse_from_email(d.pop("from_email"))

        id = d.pop("id")

        def _parse_message_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        message_id = _parse_message_id(d.pop("message_id"))

        def _parse_provider_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        provider_id = _parse_provider_id(d.pop("provider_id"))

        def _parse_provider_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        provider_name = _parse_provider_name(d.pop("provider_name"))

        def _parse_recipient_count(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        recipient_count = _parse_recipient_count(d.pop("recipient_count"))

        def _parse_recipients(data: object) -> list[DeliveryLogRecipient] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                recipients_type_0 = []
                _recipients_type_0 = data
                for recipients_type_0_item_data in _recipients_type_0:
                    recipients_type_0_item = DeliveryLogRecipient.from_dict(
                        recipients_type_0_item_data
                    )

                    recipients_type_0.append(recipients_type_0_item)

                return recipients_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DeliveryLogRecipient] | None, data)

        recipients = _parse_recipients(d.pop("recipients"))

        def _parse_rejected_recipient_count(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        rejected_recipient_count = _parse_rejected_recipient_count(
            d.pop("rejected_recipient_count")
        )

        def _parse_sent_at(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        sent_at = _parse_sent_at(d.pop("sent_at"))

        def _parse_sent_from_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        sent_from_email = _parse_sent_from_email(d.pop("sent_from_email"))

        def _parse_size_bytes(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        size_bytes = _parse_size_bytes(d.pop("size_bytes"))

        status = DeliveryLogDetailStatus(d.pop("status"))

        def _parse_status_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        status_reason = _parse_status_reason(d.pop("status_reason"))

        def _parse_subject(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        subject = _parse_subject(d.pop("subject"))

        def _parse_to_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        to_email = _parse_to_email(d.pop("to_email"))

        delivery_log_detail = cls(
            accepted_recipient_count=accepted_recipient_count,
            attempts=attempts,
            created_at=created_at,
            delivery_group=delivery_group,
            from_email=from_email,
            id=id,
            message_id=message_id,
            provider_id=provider_id,
            provider_name=provider_name,
            recipient_count=recipient_count,
            recipients=recipients,
            rejected_recipient_count=rejected_recipient_count,
            sent_at=sent_at,
            sent_from_email=sent_from_email,
            size_bytes=size_bytes,
            status=status,
            status_reason=status_reason,
            subject=subject,
            to_email=to_email,
        )

        return delivery_log_detail
