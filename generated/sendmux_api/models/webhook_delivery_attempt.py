from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.webhook_delivery_attempt_event_type import WebhookDeliveryAttemptEventType
from ..models.webhook_delivery_attempt_result import WebhookDeliveryAttemptResult

T = TypeVar("T", bound="WebhookDeliveryAttempt")


@_attrs_define
class WebhookDeliveryAttempt:
    """
    Attributes:
        created_at (datetime.datetime): ISO 8601 attempt timestamp Example: 2026-05-21T09:12:00Z.
        delivery_attempt (int): 1-based retry attempt number. Example: 1.
        error_message (None | str): Public-safe network error category when no HTTP response was received.
        event_id (str): Webhook event ID Example: evt_clxxxxxxxxxxxxxxxxxxxxxxxxx.
        event_type (WebhookDeliveryAttemptEventType): Event types a webhook may subscribe to. `sendmux.test` is accepted
            so you can verify end-to-end delivery via POST /webhooks/{id}/test. Example: message.bounced.
        id (str): Delivery-attempt public ID Example: whda_clxxxxxxxxxxxxxxxxxxxxxxxxx.
        max_attempts (int): Maximum attempts before the subscription is marked failing. Example: 8.
        next_retry_at (datetime.datetime | None): Next retry timestamp when result is retrying; otherwise null.
        payload_available (bool): True while the delivered request payload can still be fetched. Example: True.
        payload_expires_at (datetime.datetime): Timestamp when the retained request payload expires. Example:
            2026-05-28T09:12:00Z.
        request_payload_bytes (int): Size of the delivered request payload in bytes. Example: 2048.
        request_payload_sha256 (None | str): SHA-256 digest of the delivered request payload. Example:
            b1946ac92492d2347c6235b4d2611184d4e4f8f2f43a5f2d8d5b7a4a6f0c1e2d.
        response_body (None | str): Truncated endpoint response preview, if any. Example: ok.
        response_ms (int): End-to-end delivery latency in milliseconds. Example: 184.
        response_status (int | None): HTTP status returned by the endpoint, or null for network/timeout failures.
            Example: 200.
        result (WebhookDeliveryAttemptResult): Delivery result for this attempt. Example: success.
    """

    created_at: datetime.datetime
    delivery_attempt: int
    error_message: None | str
    event_id: str
    event_type: WebhookDeliveryAttemptEventType
    id: str
    max_attempts: int
    next_retry_at: datetime.datetime | None
    payload_available: bool
    payload_expires_at: datetime.datetime
    request_payload_bytes: int
    request_payload_sha256: None | str
    response_body: None | str
    response_ms: int
    response_status: int | None
    result: WebhookDeliveryAttemptResult

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        delivery_attempt = self.delivery_attempt

        error_message: None | str
        error_message = self.error_message

        event_id = self.event_id

        event_type = self.event_type.value

        id = self.id

        max_attempts = self.max_attempts

        next_retry_at: None | str
        if isinstance(self.next_retry_at, datetime.datetime):
            next_retry_at = self.next_retry_at.isoformat()
        else:
            next_retry_at = self.next_retry_at

        payload_available = self.payload_available

        payload_expires_at = self.payload_expires_at.isoformat()

        request_payload_bytes = self.request_payload_bytes

        request_payload_sha256: None | str
        request_payload_sha256 = self.request_payload_sha256

        response_body: None | str
        response_body = self.response_body

        response_ms = self.response_ms

        response_status: int | None
        response_status = self.response_status

        result = self.result.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "created_at": created_at,
                "delivery_attempt": delivery_attempt,
                "error_message": error_message,
                "event_id": event_id,
                "event_type": event_type,
                "id": id,
                "max_attempts": max_attempts,
                "next_retry_at": next_retry_at,
                "payload_available": payload_available,
                "payload_expires_at": payload_expires_at,
                "request_payload_bytes": request_payload_bytes,
                "request_payload_sha256": request_payload_sha256,
                "response_body": response_body,
                "response_ms": response_ms,
                "response_status": response_status,
                "result": result,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
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

        error_message = src_dict["error_message"]

        if not (type(error_message) is str or error_message is None):
            raise TypeError(
                f'field "error_message": expected string or null, got {type(error_message).__name__}'
            )

        event_id = src_dict["event_id"]
        if not (type(event_id) is str):
            raise TypeError(
                f'field "event_id": expected string, got {type(event_id).__name__}'
            )

        _event_type = src_dict["event_type"]
        event_type = (
            _WebhookDeliveryAttemptEventType_by_value.get(_event_type)
            if _event_type.__class__ is str
            else None
        ) or WebhookDeliveryAttemptEventType(_event_type)

        id = src_dict["id"]
        if not (type(id) is str):
            raise TypeError(f'field "id": expected string, got {type(id).__name__}')

        max_attempts = src_dict["max_attempts"]
        if not (type(max_attempts) is int):
            raise TypeError(
                f'field "max_attempts": expected integer, got {type(max_attempts).__name__}'
            )

        next_retry_at: datetime.datetime | None
        _next_retry_at = src_dict["next_retry_at"]
        if type(_next_retry_at) is str:
            try:
                next_retry_at = _fromisoformat(_next_retry_at)
            except ValueError as error:
                raise ValueError(f'field "next_retry_at": {error}') from None
        elif _next_retry_at is None:
            next_retry_at = None
        else:
            raise TypeError(
                f'field "next_retry_at": expected a date-time string or null, got {type(_next_retry_at).__name__}'
            )

        payload_available = src_dict["payload_available"]
        if not (type(payload_available) is bool):
            raise TypeError(
                f'field "payload_available": expected boolean, got {type(payload_available).__name__}'
            )

        payload_expires_at: datetime.datetime
        _payload_expires_at = src_dict["payload_expires_at"]
        if type(_payload_expires_at) is str:
            try:
                payload_expires_at = _fromisoformat(_payload_expires_at)
            except ValueError as error:
                raise ValueError(f'field "payload_expires_at": {error}') from None
        else:
            raise TypeError(
                f'field "payload_expires_at": expected a date-time string, got {type(_payload_expires_at).__name__}'
            )

        request_payload_bytes = src_dict["request_payload_bytes"]
        if not (type(request_payload_bytes) is int):
            raise TypeError(
                f'field "request_payload_bytes": expected integer, got {type(request_payload_bytes).__name__}'
            )

        request_payload_sha256 = src_dict["request_payload_sha256"]

        if not (type(request_payload_sha256) is str or request_payload_sha256 is None):
            raise TypeError(
                f'field "request_payload_sha256": expected string or null, got {type(request_payload_sha256).__name__}'
            )

        response_body = src_dict["response_body"]

        if not (type(response_body) is str or response_body is None):
            raise TypeError(
                f'field "response_body": expected string or null, got {type(response_body).__name__}'
            )

        response_ms = src_dict["response_ms"]
        if not (type(response_ms) is int):
            raise TypeError(
                f'field "response_ms": expected integer, got {type(response_ms).__name__}'
            )

        response_status = src_dict["response_status"]

        if not (type(response_status) is int or response_status is None):
            raise TypeError(
                f'field "response_status": expected integer or null, got {type(response_status).__name__}'
            )

        _result = src_dict["result"]
        result = (
            _WebhookDeliveryAttemptResult_by_value.get(_result)
            if _result.__class__ is str
            else None
        ) or WebhookDeliveryAttemptResult(_result)

        if cls is WebhookDeliveryAttempt:
            _self = _new(cls)
            _self.created_at = created_at
            _self.delivery_attempt = delivery_attempt
            _self.error_message = error_message
            _self.event_id = event_id
            _self.event_type = event_type
            _self.id = id
            _self.max_attempts = max_attempts
            _self.next_retry_at = next_retry_at
            _self.payload_available = payload_available
            _self.payload_expires_at = payload_expires_at
            _self.request_payload_bytes = request_payload_bytes
            _self.request_payload_sha256 = request_payload_sha256
            _self.response_body = response_body
            _self.response_ms = response_ms
            _self.response_status = response_status
            _self.result = result
        else:
            _self = cls(
                created_at,
                delivery_attempt,
                error_message,
                event_id,
                event_type,
                id,
                max_attempts,
                next_retry_at,
                payload_available,
                payload_expires_at,
                request_payload_bytes,
                request_payload_sha256,
                response_body,
                response_ms,
                response_status,
                result,
            )

        return _self


_new = object.__new__
_fromisoformat = datetime.datetime.fromisoformat
_WebhookDeliveryAttemptEventType_by_value = WebhookDeliveryAttemptEventType._by_value
_WebhookDeliveryAttemptResult_by_value = WebhookDeliveryAttemptResult._by_value
