from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.webhook_event_data_bounce_type_type_0 import (
    WebhookEventDataBounceTypeType0,
)
from ..models.webhook_event_data_message_id_kind_type_0 import (
    WebhookEventDataMessageIdKindType0,
)

T = TypeVar("T", bound="WebhookEventData")


@_attrs_define
class WebhookEventData:
    """
    Attributes:
        bounce_subtype (None | str): More specific bounce category when available.
        bounce_type (None | WebhookEventDataBounceTypeType0): Bounce category for `message.bounced` events.
        complaint_subtype (None | str): More specific complaint category when available.
        complaint_type (None | str): Complaint category for `message.complained` events.
        delay_expires_at (datetime.datetime | None): When delivery retries are expected to stop, when provided.
        delay_type (None | str): Delay category for `message.delivery_delayed` events.
        is_spam (bool | None): Only populated for inbound mailbox events. Example: False.
        mailbox_id (None | str): Mailbox public ID for inbound mailbox events when resolved. Example: mbx_123.
        message_id (None | str): Message identifier from the event source. Example:
            ME3P282MB076951B3AAD3255D686EA8EDCA0F2@example.com.
        message_id_kind (None | WebhookEventDataMessageIdKindType0): `provider` for sending feedback IDs; `rfc5322` for
            inbound email Message-ID header values. Example: rfc5322.
        recipients (list[str]): All affected recipients. Empty for synthetic test events. Example:
            ['inbox@example.com'].
        reject_reason (None | str): Reject reason for `message.rejected` events.
        sender (None | str): Sender/envelope-from address when available. Example: sender@example.com.
        sendmux_message_id (None | str): Sendmux message correlation ID for outbound sending feedback when available.
        webhook_id (None | str): Target webhook ID for synthetic `sendmux.test` payloads.
    """

    bounce_subtype: None | str
    bounce_type: None | WebhookEventDataBounceTypeType0
    complaint_subtype: None | str
    complaint_type: None | str
    delay_expires_at: datetime.datetime | None
    delay_type: None | str
    is_spam: bool | None
    mailbox_id: None | str
    message_id: None | str
    message_id_kind: None | WebhookEventDataMessageIdKindType0
    recipients: list[str]
    reject_reason: None | str
    sender: None | str
    sendmux_message_id: None | str
    webhook_id: None | str

    def to_dict(self) -> dict[str, Any]:
        bounce_subtype: None | str
        bounce_subtype = self.bounce_subtype

        bounce_type: None | str
        if isinstance(self.bounce_type, WebhookEventDataBounceTypeType0):
            bounce_type = self.bounce_type.value
        else:
            bounce_type = self.bounce_type

        complaint_subtype: None | str
        complaint_subtype = self.complaint_subtype

        complaint_type: None | str
        complaint_type = self.complaint_type

        delay_expires_at: None | str
        if isinstance(self.delay_expires_at, datetime.datetime):
            delay_expires_at = self.delay_expires_at.isoformat()
        else:
            delay_expires_at = self.delay_expires_at

        delay_type: None | str
        delay_type = self.delay_type

        is_spam: bool | None
        is_spam = self.is_spam

        mailbox_id: None | str
        mailbox_id = self.mailbox_id

        message_id: None | str
        message_id = self.message_id

        message_id_kind: None | str
        if isinstance(self.message_id_kind, WebhookEventDataMessageIdKindType0):
            message_id_kind = self.message_id_kind.value
        else:
            message_id_kind = self.message_id_kind

        recipients = self.recipients

        reject_reason: None | str
        reject_reason = self.reject_reason

        sender: None | str
        sender = self.sender

        sendmux_message_id: None | str
        sendmux_message_id = self.sendmux_message_id

        webhook_id: None | str
        webhook_id = self.webhook_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "bounce_subtype": bounce_subtype,
                "bounce_type": bounce_type,
                "complaint_subtype": complaint_subtype,
                "complaint_type": complaint_type,
                "delay_expires_at": delay_expires_at,
                "delay_type": delay_type,
                "is_spam": is_spam,
                "mailbox_id": mailbox_id,
                "message_id": message_id,
                "message_id_kind": message_id_kind,
                "recipients": recipients,
                "reject_reason": reject_reason,
                "sender": sender,
                "sendmux_message_id": sendmux_message_id,
                "webhook_id": webhook_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        bounce_subtype = src_dict["bounce_subtype"]

        if not (type(bounce_subtype) is str or bounce_subtype is None):
            raise TypeError(
                f'field "bounce_subtype": expected string or null, got {type(bounce_subtype).__name__}'
            )

        def _parse_bounce_type(data: object) -> None | WebhookEventDataBounceTypeType0:
            if data is None:
                return data
            if isinstance(data, str):
                try:
                    _bounce_type_type_0 = data
                    bounce_type_type_0 = (
                        _WebhookEventDataBounceTypeType0_by_value.get(
                            _bounce_type_type_0
                        )
                        if _bounce_type_type_0.__class__ is str
                        else None
                    ) or WebhookEventDataBounceTypeType0(_bounce_type_type_0)

                    return bounce_type_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return cast(None | WebhookEventDataBounceTypeType0, data)

        bounce_type = _parse_bounce_type(src_dict["bounce_type"])

        complaint_subtype = src_dict["complaint_subtype"]

        if not (type(complaint_subtype) is str or complaint_subtype is None):
            raise TypeError(
                f'field "complaint_subtype": expected string or null, got {type(complaint_subtype).__name__}'
            )

        complaint_type = src_dict["complaint_type"]

        if not (type(complaint_type) is str or complaint_type is None):
            raise TypeError(
                f'field "complaint_type": expected string or null, got {type(complaint_type).__name__}'
            )

        delay_expires_at: datetime.datetime | None
        _delay_expires_at = src_dict["delay_expires_at"]
        if type(_delay_expires_at) is str:
            try:
                delay_expires_at = _fromisoformat(_delay_expires_at)
            except ValueError as error:
                raise ValueError(f'field "delay_expires_at": {error}') from None
        elif _delay_expires_at is None:
            delay_expires_at = None
        else:
            raise TypeError(
                f'field "delay_expires_at": expected a date-time string or null, got {type(_delay_expires_at).__name__}'
            )

        delay_type = src_dict["delay_type"]

        if not (type(delay_type) is str or delay_type is None):
            raise TypeError(
                f'field "delay_type": expected string or null, got {type(delay_type).__name__}'
            )

        is_spam = src_dict["is_spam"]

        if not (type(is_spam) is bool or is_spam is None):
            raise TypeError(
                f'field "is_spam": expected boolean or null, got {type(is_spam).__name__}'
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

        def _parse_message_id_kind(
            data: object,
        ) -> None | WebhookEventDataMessageIdKindType0:
            if data is None:
                return data
            if isinstance(data, str):
                try:
                    _message_id_kind_type_0 = data
                    message_id_kind_type_0 = (
                        _WebhookEventDataMessageIdKindType0_by_value.get(
                            _message_id_kind_type_0
                        )
                        if _message_id_kind_type_0.__class__ is str
                        else None
                    ) or WebhookEventDataMessageIdKindType0(_message_id_kind_type_0)

                    return message_id_kind_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return cast(None | WebhookEventDataMessageIdKindType0, data)

        message_id_kind = _parse_message_id_kind(src_dict["message_id_kind"])

        recipients = cast(list[str], src_dict["recipients"])

        reject_reason = src_dict["reject_reason"]

        if not (type(reject_reason) is str or reject_reason is None):
            raise TypeError(
                f'field "reject_reason": expected string or null, got {type(reject_reason).__name__}'
            )

        sender = src_dict["sender"]

        if not (type(sender) is str or sender is None):
            raise TypeError(
                f'field "sender": expected string or null, got {type(sender).__name__}'
            )

        sendmux_message_id = src_dict["sendmux_message_id"]

        if not (type(sendmux_message_id) is str or sendmux_message_id is None):
            raise TypeError(
                f'field "sendmux_message_id": expected string or null, got {type(sendmux_message_id).__name__}'
            )

        webhook_id = src_dict["webhook_id"]

        if not (type(webhook_id) is str or webhook_id is None):
            raise TypeError(
                f'field "webhook_id": expected string or null, got {type(webhook_id).__name__}'
            )

        if cls is WebhookEventData:
            _self = _new(cls)
            _self.bounce_subtype = bounce_subtype
            _self.bounce_type = bounce_type
            _self.complaint_subtype = complaint_subtype
            _self.complaint_type = complaint_type
            _self.delay_expires_at = delay_expires_at
            _self.delay_type = delay_type
            _self.is_spam = is_spam
            _self.mailbox_id = mailbox_id
            _self.message_id = message_id
            _self.message_id_kind = message_id_kind
            _self.recipients = recipients
            _self.reject_reason = reject_reason
            _self.sender = sender
            _self.sendmux_message_id = sendmux_message_id
            _self.webhook_id = webhook_id
        else:
            _self = cls(
                bounce_subtype,
                bounce_type,
                complaint_subtype,
                complaint_type,
                delay_expires_at,
                delay_type,
                is_spam,
                mailbox_id,
                message_id,
                message_id_kind,
                recipients,
                reject_reason,
                sender,
                sendmux_message_id,
                webhook_id,
            )

        return _self


_new = object.__new__
_fromisoformat = datetime.datetime.fromisoformat
_WebhookEventDataBounceTypeType0_by_value = WebhookEventDataBounceTypeType0._by_value
_WebhookEventDataMessageIdKindType0_by_value = (
    WebhookEventDataMessageIdKindType0._by_value
)
