from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.delivery_log_recipient_status import DeliveryLogRecipientStatus
from ..models.delivery_log_recipient_type_type_0 import DeliveryLogRecipientTypeType0

T = TypeVar("T", bound="DeliveryLogRecipient")


@_attrs_define
class DeliveryLogRecipient:
    """
    Attributes:
        email (str): Recipient email address
        reason (None | str): Recipient-specific rejection reason when available
        status (DeliveryLogRecipientStatus): Provider acceptance outcome
        type_ (DeliveryLogRecipientTypeType0 | None): Recipient header type when known
    """

    email: str
    reason: None | str
    status: DeliveryLogRecipientStatus
    type_: DeliveryLogRecipientTypeType0 | None

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        reason: None | str
        reason = self.reason

        status = self.status.value

        type_: None | str
        if isinstance(self.type_, DeliveryLogRecipientTypeType0):
            type_ = self.type_.value
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "email": email,
                "reason": reason,
                "status": status,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        email = src_dict["email"]
        if not (type(email) is str):
            raise TypeError(
                f'field "email": expected string, got {type(email).__name__}'
            )

        reason = src_dict["reason"]

        if not (type(reason) is str or reason is None):
            raise TypeError(
                f'field "reason": expected string or null, got {type(reason).__name__}'
            )

        _status = src_dict["status"]
        status = (
            _DeliveryLogRecipientStatus_by_value.get(_status)
            if _status.__class__ is str
            else None
        ) or DeliveryLogRecipientStatus(_status)

        def _parse_type_(data: object) -> DeliveryLogRecipientTypeType0 | None:
            if data is None:
                return data
            if isinstance(data, str):
                try:
                    _type_type_0 = data
                    type_type_0 = (
                        _DeliveryLogRecipientTypeType0_by_value.get(_type_type_0)
                        if _type_type_0.__class__ is str
                        else None
                    ) or DeliveryLogRecipientTypeType0(_type_type_0)

                    return type_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return cast(DeliveryLogRecipientTypeType0 | None, data)

        type_ = _parse_type_(src_dict["type"])

        if cls is DeliveryLogRecipient:
            _self = _new(cls)
            _self.email = email
            _self.reason = reason
            _self.status = status
            _self.type_ = type_
        else:
            _self = cls(
                email,
                reason,
                status,
                type_,
            )

        return _self


_new = object.__new__
_DeliveryLogRecipientStatus_by_value = DeliveryLogRecipientStatus._by_value
_DeliveryLogRecipientTypeType0_by_value = DeliveryLogRecipientTypeType0._by_value
