from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.mailbox_realtime_event_event_type import MailboxRealtimeEventEventType
from ..models.mailbox_realtime_event_message_id_kind_type_0 import (
    MailboxRealtimeEventMessageIdKindType0,
)

if TYPE_CHECKING:
    from ..models.mailbox_realtime_message_type_0 import MailboxRealtimeMessageType0


T = TypeVar("T", bound="MailboxRealtimeEvent")


@_attrs_define
class MailboxRealtimeEvent:
    """
    Attributes:
        event_type (MailboxRealtimeEventEventType):
        is_spam (bool | None):
        mailbox_id (str):
        message (MailboxRealtimeMessageType0 | None):
        message_id (None | str):
        message_id_kind (MailboxRealtimeEventMessageIdKindType0 | None):
        occurred_at (datetime.datetime):
        recipients (list[str]):
        sender (None | str):
        team_public_id (str):
    """

    event_type: MailboxRealtimeEventEventType
    is_spam: bool | None
    mailbox_id: str
    message: MailboxRealtimeMessageType0 | None
    message_id: None | str
    message_id_kind: MailboxRealtimeEventMessageIdKindType0 | None
    occurred_at: datetime.datetime
    recipients: list[str]
    sender: None | str
    team_public_id: str

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _import_lazy()
        event_type = self.event_type.value

        is_spam: bool | None
        is_spam = self.is_spam

        mailbox_id = self.mailbox_id

        message: dict[str, Any] | None
        if isinstance(self.message, MailboxRealtimeMessageType0):
            message = self.message.to_dict()
        else:
            message = self.message

        message_id: None | str
        message_id = self.message_id

        message_id_kind: None | str
        if isinstance(self.message_id_kind, MailboxRealtimeEventMessageIdKindType0):
            message_id_kind = self.message_id_kind.value
        else:
            message_id_kind = self.message_id_kind

        occurred_at = self.occurred_at.isoformat()

        recipients = self.recipients

        sender: None | str
        sender = self.sender

        team_public_id = self.team_public_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "event_type": event_type,
                "is_spam": is_spam,
                "mailbox_id": mailbox_id,
                "message": message,
                "message_id": message_id,
                "message_id_kind": message_id_kind,
                "occurred_at": occurred_at,
                "recipients": recipients,
                "sender": sender,
                "team_public_id": team_public_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_imports_pending:
            _import_lazy()
        _event_type = src_dict["event_type"]
        event_type = (
            _MailboxRealtimeEventEventType_by_value.get(_event_type)
            if _event_type.__class__ is str
            else None
        ) or MailboxRealtimeEventEventType(_event_type)

        is_spam = src_dict["is_spam"]

        if not (type(is_spam) is bool or is_spam is None):
            raise TypeError(
                f'field "is_spam": expected boolean or null, got {type(is_spam).__name__}'
            )

        mailbox_id = src_dict["mailbox_id"]
        if not (type(mailbox_id) is str):
            raise TypeError(
                f'field "mailbox_id": expected string, got {type(mailbox_id).__name__}'
            )

        def _parse_message(data: object) -> MailboxRealtimeMessageType0 | None:
            if data is None:
                return data
            if isinstance(data, dict):
                try:
                    componentsschemas_mailbox_realtime_message_type_0 = (
                        _MailboxRealtimeMessageType0_from_dict(data)
                    )

                    return componentsschemas_mailbox_realtime_message_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return cast(MailboxRealtimeMessageType0 | None, data)

        message = _parse_message(src_dict["message"])

        message_id = src_dict["message_id"]

        if not (type(message_id) is str or message_id is None):
            raise TypeError(
                f'field "message_id": expected string or null, got {type(message_id).__name__}'
            )

        def _parse_message_id_kind(
            data: object,
        ) -> MailboxRealtimeEventMessageIdKindType0 | None:
            if data is None:
                return data
            if isinstance(data, str):
                try:
                    _message_id_kind_type_0 = data
                    message_id_kind_type_0 = (
                        _MailboxRealtimeEventMessageIdKindType0_by_value.get(
                            _message_id_kind_type_0
                        )
                        if _message_id_kind_type_0.__class__ is str
                        else None
                    ) or MailboxRealtimeEventMessageIdKindType0(_message_id_kind_type_0)

                    return message_id_kind_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return cast(MailboxRealtimeEventMessageIdKindType0 | None, data)

        message_id_kind = _parse_message_id_kind(src_dict["message_id_kind"])

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

        recipients = cast(list[str], src_dict["recipients"])

        sender = src_dict["sender"]

        if not (type(sender) is str or sender is None):
            raise TypeError(
                f'field "sender": expected string or null, got {type(sender).__name__}'
            )

        team_public_id = src_dict["team_public_id"]
        if not (type(team_public_id) is str):
            raise TypeError(
                f'field "team_public_id": expected string, got {type(team_public_id).__name__}'
            )

        if cls is MailboxRealtimeEvent:
            _self = _new(cls)
            _self.event_type = event_type
            _self.is_spam = is_spam
            _self.mailbox_id = mailbox_id
            _self.message = message
            _self.message_id = message_id
            _self.message_id_kind = message_id_kind
            _self.occurred_at = occurred_at
            _self.recipients = recipients
            _self.sender = sender
            _self.team_public_id = team_public_id
        else:
            _self = cls(
                event_type,
                is_spam,
                mailbox_id,
                message,
                message_id,
                message_id_kind,
                occurred_at,
                recipients,
                sender,
                team_public_id,
            )

        return _self


_new = object.__new__
_fromisoformat = datetime.datetime.fromisoformat
_MailboxRealtimeEventEventType_by_value = MailboxRealtimeEventEventType._by_value
_MailboxRealtimeEventMessageIdKindType0_by_value = (
    MailboxRealtimeEventMessageIdKindType0._by_value
)
if TYPE_CHECKING:  # bound by _import_lazy
    _MailboxRealtimeMessageType0_from_dict = MailboxRealtimeMessageType0.from_dict


_lazy_imports_pending = True


def _import_lazy() -> None:
    """Bind the models this module refers to; they may import this module back."""
    global _lazy_imports_pending
    global MailboxRealtimeMessageType0
    global _MailboxRealtimeMessageType0_from_dict
    from ..models.mailbox_realtime_message_type_0 import MailboxRealtimeMessageType0

    _MailboxRealtimeMessageType0_from_dict = MailboxRealtimeMessageType0.from_dict

    _lazy_imports_pending = False
