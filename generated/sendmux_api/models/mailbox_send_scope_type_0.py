from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.mailbox_send_scope_type_0_type import MailboxSendScopeType0Type
from ..types import UNSET, Unset

T = TypeVar("T", bound="MailboxSendScopeType0")


@_attrs_define
class MailboxSendScopeType0:
    """
    Attributes:
        type_ (MailboxSendScopeType0Type): Outbound routing strategy. `all` lets the mailbox use any team-configured
            provider; `providers` restricts to the listed provider IDs; `group` routes via a delivery group.
        group_public_ids (list[str] | Unset): Delivery group public IDs (only when type=group)
        provider_public_ids (list[str] | Unset): Provider public IDs (only when type=providers)
    """

    type_: MailboxSendScopeType0Type
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
            _MailboxSendScopeType0Type_by_value.get(_type_)
            if _type_.__class__ is str
            else None
        ) or MailboxSendScopeType0Type(_type_)

        group_public_ids = cast(list[str], src_dict.get("group_public_ids", UNSET))

        provider_public_ids = cast(
            list[str], src_dict.get("provider_public_ids", UNSET)
        )

        if cls is MailboxSendScopeType0:
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
_MailboxSendScopeType0Type_by_value = MailboxSendScopeType0Type._by_value
