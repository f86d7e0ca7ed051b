from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.management_create_mailbox_body_send_scope_type import (
    ManagementCreateMailboxBodySendScopeType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ManagementCreateMailboxBodySendScope")


@_attrs_define
class ManagementCreateMailboxBodySendScope:
    """Optional outbound routing restrictions.

    Attributes:
        type_ (ManagementCreateMailboxBodySendScopeType): Outbound routing strategy. Use `providers` with
            provider_public_ids, or `group` with group_public_ids.
        group_public_ids (list[str] | Unset): Delivery group public IDs allowed for sending when type is `group`.
        provider_public_ids (list[str] | Unset): Provider public IDs allowed for sending when type is `providers`.
    """

    type_: ManagementCreateMailboxBodySendScopeType
    group_public_ids: list[str] | Unset = UNSET
    provider_public_ids: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        group_public_ids: list[str] | Unset = UNSET
        if not isinstance(self.group_public_ids, Unset):
            group_public_ids = self.group_public_ids

        provider_public_ids: list[str] | Unset = UNSET
        if not isinstance(self.provider_public_ids, Unset):
            provider_public_ids = self.provider_public_ids

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
            }
        )
        if group_public_ids is not UNSET:
            field_dict["group_public_ids"] = group_public_ids
        if provider_public_ids is not UNSET:
            field_dict["provider_public_ids"] = provider_public_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _type_ = src_dict["type"]
        type_ = (
            _ManagementCreateMailboxBodySendScopeType_by_value.get(_type_)
            if _type_.__class__ is str
            else None
        ) or ManagementCreateMailboxBodySendScopeType(_type_)

        group_public_ids = cast(list[str], src_dict.get("group_public_ids", UNSET))

        provider_public_ids = cast(
            list[str], src_dict.get("provider_public_ids", UNSET)
        )

        if cls is ManagementCreateMailboxBodySendScope:
            _self = _new(cls)
            _self.type_ = type_
            _self.group_public_ids = group_public_ids
            _self.provider_public_ids = provider_public_ids
        else:
            _self = cls(
                type_,
                group_public_ids,
                provider_public_ids,
            )

        return _self


_new = object.__new__
_ManagementCreateMailboxBodySendScopeType_by_value = (
    ManagementCreateMailboxBodySendScopeType._by_value
)
