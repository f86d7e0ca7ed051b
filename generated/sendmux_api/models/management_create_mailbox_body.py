from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.management_create_mailbox_body_send_scope import (
        ManagementCreateMailboxBodySendScope,
    )


T = TypeVar("T", bound="ManagementCreateMailboxBody")


@_attrs_define
class ManagementCreateMailboxBody:
    """
    Attributes:
        email (str): Mailbox email address to create.
        display_name (str | Unset): Optional display name shown in outbound From headers.
        quota_bytes (int | Unset): Storage quota in bytes. Allowed values: 1073741824 (1 GB), 5368709120 (5 GB),
            53687091200 (50 GB). Example: 5368709120.
        send_scope (ManagementCreateMailboxBodySendScope | Unset): Optional outbound routing restrictions.
    """

    email: str
    display_name: str | Unset = UNSET
    quota_bytes: int | Unset = UNSET
    send_scope: ManagementCreateMailboxBodySendScope | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _import_lazy()
        email = self.email

        display_name = self.display_name

        quota_bytes = self.quota_bytes

        send_scope: dict[str, Any] | Unset = UNSET
        if not isinstance(self.send_scope, Unset):
            send_scope = self.send_scope.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "email": email,
            }
        )
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if quota_bytes is not UNSET:
            field_dict["quota_bytes"] = quota_bytes
        if send_scope is not UNSET:
            field_dict["send_scope"] = send_scope

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_imports_pending:
            _import_lazy()
        email = src_dict["email"]
        if not (type(email) is str):
            raise TypeError(
                f'field "email": expected string, got {type(email).__name__}'
            )

        display_name = src_dict.get("display_name", UNSET)
        if not (display_name is UNSET or type(display_name) is str):
            raise TypeError(
                f'field "display_name": expected string, got {type(display_name).__name__}'
            )

        quota_bytes = src_dict.get("quota_bytes", UNSET)
        if not (quota_bytes is UNSET or type(quota_bytes) is int):
            raise TypeError(
                f'field "quota_bytes": expected integer, got {type(quota_bytes).__name__}'
            )

        _send_scope = src_dict.get("send_scope", UNSET)
        send_scope: ManagementCreateMailboxBodySendScope | Unset
        if isinstance(_send_scope, Unset):
            send_scope = UNSET
        else:
            send_scope = _ManagementCreateMailboxBodySendScope_from_dict(_send_scope)

        if cls is ManagementCreateMailboxBody:
            _self = _new(cls)
            _self.email = email
            _self.display_name = display_name
            _self.quota_bytes = quota_bytes
            _self.send_scope = send_scope
        else:
            _self = cls(
                email,
                display_name,
                quota_bytes,
                send_scope,
            )

        return _self


_new = object.__new__
if TYPE_CHECKING:  # bound by _import_lazy
    _ManagementCreateMailboxBodySendScope_from_dict = (
        ManagementCreateMailboxBodySendScope.from_dict
    )


_lazy_imports_pending = True


def _import_lazy() -> None:
    """Bind the models this module refers to; they may import this module back."""
    global _lazy_imports_pending
    global ManagementCreateMailboxBodySendScope
    global _ManagementCreateMailboxBodySendScope_from_dict
    from ..models.management_create_mailbox_body_send_scope import (
        ManagementCreateMailboxBodySendScope,
    )

    _ManagementCreateMailboxBodySendScope_from_dict = (
        ManagementCreateMailboxBodySendScope.from_dict
    )

    _lazy_imports_pending = False
