from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="MailboxChanges")


@_attrs_define
class MailboxChanges:
    """
    Attributes:
        created (list[str]):
        destroyed (list[str]):
        has_more (bool):
        new_state (str):
        old_state (None | str):
        updated (list[str]):
        sync_required (bool | Unset): When true, refetch this resource list instead of applying the incremental arrays.
        updated_properties (list[str] | Unset):
    """

    created: list[str]
    destroyed: list[str]
    has_more: bool
    new_state: str
    old_state: None | str
    updated: list[str]
    sync_required: bool | Unset = UNSET
    updated_properties: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        created = self.created

        destroyed = self.destroyed

        has_more = self.has_more

        new_state = self.new_state

        old_state: None | str
        old_state = self.old_state

        updated = self.updated

        sync_required = self.sync_required

        updated_properties: list[str] | Unset = UNSET
        if not isinstance(self.updated_properties, Unset):
            updated_properties = self.updated_properties

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "created": created,
                "destroyed": destroyed,
                "has_more": has_more,
                "new_state": new_state,
                "old_state": old_state,
                "updated": updated,
            }
        )
        if sync_required is not UNSET:
            field_dict["sync_required"] = sync_required
        if updated_properties is not UNSET:
            field_dict["updated_properties"] = updated_properties

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        created = cast(list[str], src_dict["created"])

        destroyed = cast(list[str], src_dict["destroyed"])

        has_more = src_dict["has_more"]
        if not (type(has_more) is bool):
            raise TypeError(
                f'field "has_more": expected boolean, got {type(has_more).__name__}'
            )

        new_state = src_dict["new_state"]
        if not (type(new_state) is str):
            raise TypeError(
                f'field "new_state": expected string, got {type(new_state).__name__}'
            )

        old_state = src_dict["old_state"]

        if not (type(old_state) is str or old_state is None):
            raise TypeError(
                f'field "old_state": expected string or null, got {type(old_state).__name__}'
            )

        updated = cast(list[str], src_dict["updated"])

        sync_required = src_dict.get("sync_required", UNSET)
        if not (sync_required is UNSET or type(sync_required) is bool):
            raise TypeError(
                f'field "sync_required": expected boolean, got {type(sync_required).__name__}'
            )

        updated_properties = cast(list[str], src_dict.get("updated_properties", UNSET))

        if cls is MailboxChanges:
            _self = _new(cls)
            _self.created = created
            _self.destroyed = destroyed
            _self.has_more = has_more
            _self.new_state = new_state
            _self.old_state = old_state
            _self.updated = updated
            _self.sync_required = sync_required
            _self.updated_properties = updated_properties
        else:
            _self = cls(
                created,
                destroyed,
                has_more,
                new_state,
                old_state,
                updated,
                sync_required,
                updated_properties,
            )

        return _self


_new = object.__new__
