from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

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
        created_at = datetime.datetime.fromisoformat(src_dict["created_at"])

        delivery_attempt = src_dict["delivery_attempt"]

        error_message = src_dict["error_message"]

        event_id = src_dict["event_id"]

        _event_type = src_dict["event_type"]
        event_type = (
            WebhookDeliveryAttemptEventType._by_value.get(_event_type)
            if _event_type.__class__ is str
            else None
        ) or WebhookDeliveryAttemptEventType(_event_type)

        id = src_dict["id"]

        max_attempts = src_dict["max_attempts"]

        def _parse_next_retry_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            if isinstance(data, str):
                try:
                    next_retry_at_type_0 = datetime.datetime.fromisoformat(data)

                    return next_retry_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return cast(datetime.datetime | None, data)

        next_retry_at = _parse_next_retry_at(src_dict["next_retry_at"])

        payload_available = src_dict["payload_available"]

        payload_expires_at = datetime.datetime.fromisoformat(
            src_dict["payload_expires_at"]
        )

        request_payload_bytes = src_dict["request_payload_bytes"]

        request_payload_sha256 = src_dict["request_payload_sha256"]

        response_body = src_dict["response_body"]

        response_ms = src_dict["response_ms"]

        response_status = src_dict["response_status"]

        _result = src_dict["result"]
        result = (
            WebhookDeliveryAttemptResult._by_value.get(_result)
            if _result.__class__ is str
            else None
        ) or WebhookDeliveryAttemptResult(_result)

        webhook_delivery_attempt = cls(
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

        return webhook_delivery_attempt
