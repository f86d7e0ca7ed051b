from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_mailbox_body_send_scope import UpdateMailboxBodySendScope


T = TypeVar("T", bound="UpdateMailboxBody")


@_attrs_define
class UpdateMailboxBody:
    """
    Attributes:
        display_name (None | str | Unset): Replace the display name; send null to clear it.
        quota_bytes (int | Unset): Storage quota in bytes. Allowed values: 1073741824 (1 GB), 5368709120 (5 GB),
            53687091200 (50 GB). Example: 5368709120.
        send_scope (UpdateMailboxBodySendScope | Unset): Replace outbound routing restrictions.
    """

    display_name: None | str | Unset = UNSET
    quota_bytes: int | Unset = UNSET
    send_scope: UpdateMailboxBodySendScope | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _import_lazy()
        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        quota_bytes = self.quota_bytes

        send_scope: dict[str, Any] | Unset = UNSET
        if not isinstance(self.send_scope, Unset):
            send_scope = self.send_scope.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
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
        display_name = src_dict.get("display_name", UNSET)

        if not (
            display_name is UNSET or type(display_name) is str or display_name is None
        ):
            raise TypeError(
                f'field "display_name": expected string or null, got {type(display_name).__name__}'
            )

        quota_bytes = src_dict.get("quota_bytes", UNSET)
        if not (quota_bytes is UNSET or type(quota_bytes) is int):
            raise TypeError(
                f'field "quota_bytes": expected integer, got {type(quota_bytes).__name__}'
            )

        _send_scope = src_dict.get("send_scope", UNSET)
        send_scope: UpdateMailboxBodySendScope | Unset
        if isinstance(_send_scope, Unset):
            send_scope = UNSET
        else:
            send_scope = _UpdateMailboxBodySendScope_from_dict(_send_scope)

        if cls is UpdateMailboxBody:
            _self = _new(cls)
            _self.display_name = display_name
            _self.quota_bytes = quota_bytes
            _self.send_scope = send_scope
        else:
            _self = cls(
                display_name,
                quota_bytes,
                send_scope,
            )

        return _self


_new = object.__new__
if TYPE_CHECKING:  # bound by _import_lazy
    _UpdateMailboxBodySendScope_from_dict = UpdateMailboxBodySendScope.from_dict


_lazy_imports_pending = True


def _import_lazy() -> None:
    """Bind the models this module refers to; they may import this module back."""
    global _lazy_imports_pending
    global UpdateMailboxBodySendScope
    global _UpdateMailboxBodySendScope_from_dict
    from ..models.update_mailbox_body_send_scope import UpdateMailboxBodySendScope

    _UpdateMailboxBodySendScope_from_dict = UpdateMailboxBodySendScope.from_dict

    _lazy_imports_pending = False
