from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.mailbox_availability_reason import MailboxAvailabilityReason

T = TypeVar("T", bound="MailboxAvailabilityResult")


@_attrs_define
class MailboxAvailabilityResult:
    """
    Attributes:
        available (bool): Whether this address can be reserved for mailbox creation.
        email (str): Normalised mailbox email address checked. Example: agent@myagent.mx.
        reason (MailboxAvailabilityReason):
    """

    available: bool
    email: str
    reason: MailboxAvailabilityReason

    def to_dict(self) -> dict[str, Any]:
        available = self.available

        email = self.email

        reason = self.reason.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "available": available,
                "email": email,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        available = src_dict["available"]
        if not (type(available) is bool):
            raise TypeError(
                f'field "available": expected boolean, got {type(available).__name__}'
            )

        email = src_dict["email"]
        if not (type(email) is str):
            raise TypeError(
                f'field "email": expected string, got {type(email).__name__}'
            )

        _reason = src_dict["reason"]
        reason = (
            _MailboxAvailabilityReason_by_value.get(_reason)
            if _reason.__class__ is str
            else None
        ) or MailboxAvailabilityReason(_reason)

        if cls is MailboxAvailabilityResult:
            _self = _new(cls)
            _self.available = available
            _self.email = email
            _self.reason = reason
        else:
            _self = cls(
                available,
                email,
                reason,
            )

        return _self


_new = object.__new__
_MailboxAvailabilityReason_by_value = MailboxAvailabilityReason._by_value
