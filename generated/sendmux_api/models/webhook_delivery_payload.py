from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.webhook_delivery_payload_event_type import WebhookDeliveryPayloadEventType

if TYPE_CHECKING:
    from ..models.webhook_event_payload import WebhookEventPayload


T = TypeVar("T", bound="WebhookDeliveryPayload")


@_attrs_define
class WebhookDeliveryPayload:
    """
    Attributes:
        created_at (datetime.datetime): ISO 8601 attempt timestamp Example: 2026-05-21T09:12:00Z.
        delivery_attempt (int): 1-based retry attempt number. Example: 1.
        event_id (str): Webhook event ID Example: evt_clxxxxxxxxxxxxxxxxxxxxxxxxx.
        event_type (WebhookDeliveryPayloadEventType): Event types a webhook may subscribe to. `sendmux.test` is accepted
            so you can verify end-to-end delivery via POST /webhooks/{id}/test. Example: message.bounced.
        expires_at (datetime.datetime): Timestamp when this retained payload expires. Example: 2026-05-28T09:12:00Z.
        id (str): Delivery-attempt public ID Example: whda_clxxxxxxxxxxxxxxxxxxxxxxxxx.
        payload (WebhookEventPayload): The JSON request body delivered to the webhook endpoint. Example: {'data':
            {'bounce_subtype': None, 'bounce_type': None, 'complaint_subtype': None, 'complaint_type': None,
            'delay_expires_at': None, 'delay_type': None, 'is_spam': False, 'mailbox_id': 'mbx_123', 'message_id':
            'ME3P282MB076951B3AAD3255D686EA8EDCA0F2@example.com', 'message_id_kind': 'rfc5322', 'recipients':
            ['inbox@example.com'], 'reject_reason': None, 'sender': 'sender@example.com', 'sendmux_message_id': None,
            'webhook_id': None}, 'id': 'evt_clxxxxxxxxxxxxxxxxxxxxxxxxx', 'occurred_at': '2026-05-21T09:12:00Z',
            'team_public_id': 'team_clxxxxxxxxxxxxxxxxxxxxxxxxx', 'type': 'message.received'}.
    """

    created_at: datetime.datetime
    delivery_attempt: int
    event_id: str
    event_type: WebhookDeliveryPayloadEventType
    expires_at: datetime.datetime
    id: str
    payload: WebhookEventPayload

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _import_lazy()
        created_at = self.created_at.isoformat()

        delivery_attempt = self.delivery_attempt

        event_id = self.event_id

        event_type = self.event_type.value

        expires_at = self.expires_at.isoformat()

        id = self.id

        payload = self.payload.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "created_at": created_at,
                "delivery_attempt": delivery_attempt,
                "event_id": event_id,
                "event_type": event_type,
                "expires_at": expires_at,
                "id": id,
                "payload": payload,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_imports_pending:
            _import_lazy()
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

        delivery_attempt = src_dict["delivery_attempt"]
        if not (type(delivery_attempt) is int):
            raise TypeError(
                f'field "delivery_attempt": expected integer, got {type(delivery_attempt).__name__}'
            )

        event_id = src_dict["event_id"]
        if not (type(event_id) is str):
            raise TypeError(
                f'field "event_id": expected string, got {type(event_id).__name__}'
            )

        _event_type = src_dict["event_type"]
        event_type = (
            _WebhookDeliveryPayloadEventType_by_value.get(_event_type)
            if _event_type.__class__ is str
            else None
        ) or WebhookDeliveryPayloadEventType(_event_type)

        expires_at: datetime.datetime
        _expires_at = src_dict["expires_at"]
        if type(_expires_at) is str:
            try:
                expires_at = _fromisoformat(_expires_at)
            except ValueError as error:
                raise ValueError(f'field "expires_at": {error}') from None
        else:
            raise TypeError(
                f'field "expires_at": expected a date-time string, got {type(_expires_at).__name__}'
            )

        id = src_dict["id"]
        if not (type(id) is str):
            raise TypeError(f'field "id": expected string, got {type(id).__name__}')

        payload = _WebhookEventPayload_from_dict(src_dict["payload"])

        if cls is WebhookDeliveryPayload:
            _self = _new(cls)
            _self.created_at = created_at
            _self.delivery_attempt = delivery_attempt
            _self.event_id = event_id
            _self.event_type = event_type
            _self.expires_at = expires_at
            _self.id = id
            _self.payload = payload
        else:
            _self = cls(
                created_at,
                delivery_attempt,
                event_id,
                event_type,
                expires_at,
                id,
                payload,
            )

        return _self


_new = object.__new__
_fromisoformat = datetime.datetime.fromisoformat
_WebhookDeliveryPayloadEventType_by_value = WebhookDeliveryPayloadEventType._by_value
if TYPE_CHECKING:  # bound by _import_lazy
    _WebhookEventPayload_from_dict = WebhookEventPayload.from_dict


_lazy_imports_pending = True


def _import_lazy() -> None:
    """Bind the models this module refers to; they may import this module back."""
    global _lazy_imports_pending
    global WebhookEventPayload
    global _WebhookEventPayload_from_dict
    from ..models.webhook_event_payload import WebhookEventPayload

    _WebhookEventPayload_from_dict = WebhookEventPayload.from_dict

    _lazy_imports_pending = False
