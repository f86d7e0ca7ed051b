from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.mailbox_send_scope_type_0 import MailboxSendScopeType0


T = TypeVar("T", bound="Mailbox")


@_attrs_define
class Mailbox:
    """
    Attributes:
        created_at (datetime.datetime): ISO 8601 creation timestamp
        display_name (None | str): Optional display name shown in outbound From headers
        email (str): Mailbox email address (lowercase) Example: agent@acme.com.
        id (str): Public ID Example: mbx_clxxxxxxxxxxxxxxxxxxxxxxxxx.
        quota_bytes (int | None): Storage quota in bytes. Current writable tiers are 1 GB, 5 GB, and 50 GB.
        send_scope (MailboxSendScopeType0 | None):
        status (str): active | suspended | deleted Example: active.
    """

    created_at: datetime.datetime
    display_name: None | str
    email: str
    id: str
    quota_bytes: int | None
    send_scope: MailboxSendScopeType0 | None
    status: str

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _import_lazy()
        created_at = self.created_at.isoformat()

        display_name: None | str
        display_name = self.display_name

        email = self.email

        id = self.id

        quota_bytes: int | None
        quota_bytes = self.quota_bytes

        send_scope: dict[str, Any] | None
        if isinstance(self.send_scope, MailboxSendScopeType0):
            send_scope = self.send_scope.to_dict()
        else:
            send_scope = self.send_scope

        status = self.status

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "created_at": created_at,
                "display_name": display_name,
                "email": email,
                "id": id,
                "quota_bytes": quota_bytes,
                "send_scope": send_scope,
                "status": status,
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

        display_name = src_dict["display_name"]

        if not (type(display_name) is str or display_name is None):
            raise TypeError(
                f'field "display_name": expected string or null, got {type(display_name).__name__}'
            )

        email = src_dict["email"]
        if not (type(email) is str):
            raise TypeError(
                f'field "email": expected string, got {type(email).__name__}'
            )

        id = src_dict["id"]
        if not (type(id) is str):
            raise TypeError(f'field "id": expected string, got {type(id).__name__}')

        quota_bytes = src_dict["quota_bytes"]

        if not (type(quota_bytes) is int or quota_bytes is None):
            raise TypeError(
                f'field "quota_bytes": expected integer or null, got {type(quota_bytes).__name__}'
            )

        def _parse_send_scope(data: object) -> MailboxSendScopeType0 | None:
            if data is None:
                return data
            if isinstance(data, dict):
                try:
                    componentsschemas_mailbox_send_scope_type_0 = (
                        _MailboxSendScopeType0_from_dict(data)
                    )

                    return componentsschemas_mailbox_send_scope_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return cast(MailboxSendScopeType0 | None, data)

        send_scope = _parse_send_scope(src_dict["send_scope"])

        status = src_dict["status"]
        if not (type(status) is str):
            raise TypeError(
                f'field "status": expected string, got {type(status).__name__}'
            )

        if cls is Mailbox:
            _self = _new(cls)
            _self.created_at = created_at
            _self.display_name = display_name
            _self.email = email
            _self.id = id
            _self.quota_bytes = quota_bytes
            _self.send_scope = send_scope
            _self.status = status
        else:
            _self = cls(
                created_at,
                display_name,
                email,
                id,
                quota_bytes,
                send_scope,
                status,
            )

        return _self


_new = object.__new__
_fromisoformat = datetime.datetime.fromisoformat
if TYPE_CHECKING:  # bound by _import_lazy
    _MailboxSendScopeType0_from_dict = MailboxSendScopeType0.from_dict


_lazy_imports_pending = True


def _import_lazy() -> None:
    """Bind the models this module refers to; they may import this module back."""
    global _lazy_imports_pending
    global MailboxSendScopeType0
    global _MailboxSendScopeType0_from_dict
    from ..models.mailbox_send_scope_type_0 import MailboxSendScopeType0

    _MailboxSendScopeType0_from_dict = MailboxSendScopeType0.from_dict

    _lazy_imports_pending = False
