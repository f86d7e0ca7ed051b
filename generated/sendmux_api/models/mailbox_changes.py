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
        d = dict(src_dict)
        created = cast(list[str], d.pop("created"))

        destroyed = cast(list[str], d.pop("destroyed"))

        has_more = d.pop("has_more")

        new_state = d.pop("new_state")

        def _parse_old_state(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        old_state = _parse_old_state(d.pop("old_state"))

        updated = cast(list[str], d.pop("updated"))

        sync_required = d.pop("sync_required", UNSET)

        updated_properties = cast(list[str], d.pop("updated_properties", UNSET))

        mailbox_changes = cls(
            created=created,
            destroyed=destroyed,
            has_more=has_more,
            new_state=new_state,
            old_state=old_state,
            updated=updated,
            sync_required=sync_required,
            updated_properties=updated_properties,
        )

        return mailbox_changes
