from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.send_mailbox_message_result_status import SendMailboxMessageResultStatus

T = TypeVar("T", bound="SendMailboxMessageResult")


@_attrs_define
class SendMailboxMessageResult:
    """
    Attributes:
        message_id (str):
        status (SendMailboxMessageResultStatus):
    """

    message_id: str
    status: SendMailboxMessageResultStatus

    def to_dict(self) -> dict[str, Any]:
        message_id = self.message_id

        status = self.status.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "message_id": message_id,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        message_id = src_dict["message_id"]
        if not (type(message_id) is str):
            raise TypeError(
                f'field "message_id": expected string, got {type(message_id).__name__}'
            )

        _status = src_dict["status"]
        status = (
            _SendMailboxMessageResultStatus_by_value.get(_status)
            if _status.__class__ is str
            else None
        ) or SendMailboxMessageResultStatus(_status)

        if cls is SendMailboxMessageResult:
            _self = _new(cls)
            _self.message_id = message_id
            _self.status = status
        else:
            _self = cls(
                message_id,
                status,
            )

        return _self


_new = object.__new__
_SendMailboxMessageResultStatus_by_value = SendMailboxMessageResultStatus._by_value
