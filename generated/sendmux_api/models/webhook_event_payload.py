from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.webhook_event_payload_type import WebhookEventPayloadType

if TYPE_CHECKING:
    from ..models.webhook_event_data import WebhookEventData


T = TypeVar("T", bound="WebhookEventPayload")


@_attrs_define
class WebhookEventPayload:
    """The JSON request body delivered to the webhook endpoint.

    Example:
        {'data': {'bounce_subtype': None, 'bounce_type': None, 'complaint_subtype': None, 'complaint_type': None,
            'delay_expires_at': None, 'delay_type': None, 'is_spam': False, 'mailbox_id': 'mbx_123', 'message_id':
            'ME3P282MB076951B3AAD3255D686EA8EDCA0F2@example.com', 'message_id_kind': 'rfc5322', 'recipients':
            ['inbox@example.com'], 'reject_reason': None, 'sender': 'sender@example.com', 'sendmux_message_id': None,
            'webhook_id': None}, 'id': 'evt_clxxxxxxxxxxxxxxxxxxxxxxxxx', 'occurred_at': '2026-05-21T09:12:00Z',
            'team_public_id': 'team_clxxxxxxxxxxxxxxxxxxxxxxxxx', 'type': 'message.received'}

    Attributes:
        data (WebhookEventData):
        id (str): Stable per-event identifier. Also sent in the X-Sendmux-Event-Id header. Example:
            evt_clxxxxxxxxxxxxxxxxxxxxxxxxx.
        occurred_at (datetime.datetime): When the event occurred. Example: 2026-05-21T09:12:00Z.
        team_public_id (str): Team that owns the event. Example: team_clxxxxxxxxxxxxxxxxxxxxxxxxx.
        type_ (WebhookEventPayloadType): Dotted event type. Same value as the X-Sendmux-Event-Type header. Example:
            message.received.
    """

    data: WebhookEventData
    id: str
    occurred_at: datetime.datetime
    team_public_id: str
    type_: WebhookEventPayloadType

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _import_lazy()
        data = self.data.to_dict()

        id = self.id

        occurred_at = self.occurred_at.isoformat()

        team_public_id = self.team_public_id

        type_ = self.type_.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "data": data,
                "id": id,
                "occurred_at": occurred_at,
                "team_public_id": team_public_id,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_imports_pending:
            _import_lazy()
        data = _WebhookEventData_from_dict(src_dict["data"])

        id = src_dict["id"]
        if not (type(id) is str):
            raise TypeError(f'field "id": expected string, got {type(id).__name__}')

        occurred_at: datetime.datetime
        _occurred_at = src_dict["occurred_at"]
        if type(_occurred_at) is str:
            try:
                occurred_at = _fromisoformat(_occurred_at)
            except ValueError as error:
                raise ValueError(f'field "occurred_at": {error}') from None
        else:
            raise TypeError(
                f'field "occurred_at": expected a date-time string, got {type(_occurred_at).__name__}'
            )

        team_public_id = src_dict["team_public_id"]
        if not (type(team_public_id) is str):
            raise TypeError(
                f'field "team_public_id": expected string, got {type(team_public_id).__name__}'
            )

        _type_ = src_dict["type"]
        type_ = (
            _WebhookEventPayloadType_by_value.get(_type_)
            if _type_.__class__ is str
            else None
        ) or WebhookEventPayloadType(_type_)

        if cls is WebhookEventPayload:
            _self = _new(cls)
            _self.data = data
            _self.id = id
            _self.occurred_at = occurred_at
            _self.team_public_id = team_public_id
            _self.type_ = type_
        else:
            _self = cls(
                data,
                id,
                occurred_at,
                team_public_id,
                type_,
            )

        return _self


_new = object.__new__
_fromisoformat = datetime.datetime.fromisoformat
_WebhookEventPayloadType_by_value = WebhookEventPayloadType._by_value
if TYPE_CHECKING:  # bound by _import_lazy
    _WebhookEventData_from_dict = WebhookEventData.from_dict


_lazy_imports_pending = True


def _import_lazy() -> None:
    """Bind the models this module refers to; they may import this module back."""
    global _lazy_imports_pending
    global WebhookEventData
    global _WebhookEventData_from_dict
    from ..models.webhook_event_data import WebhookEventData

    _WebhookEventData_from_dict = WebhookEventData.from_dict

    _lazy_imports_pending = False
