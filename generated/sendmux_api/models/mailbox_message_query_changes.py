from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.mailbox_message_query_changes_added_item import (
        MailboxMessageQueryChangesAddedItem,
    )


T = TypeVar("T", bound="MailboxMessageQueryChanges")


@_attrs_define
class MailboxMessageQueryChanges:
    """
    Attributes:
        added (list[MailboxMessageQueryChangesAddedItem]):
        has_more (bool):
        new_query_state (str):
        old_query_state (None | str):
        removed (list[str]):
        total (int | None):
    """

    added: list[MailboxMessageQueryChangesAddedItem]
    has_more: bool
    new_query_state: str
    old_query_state: None | str
    removed: list[str]
    total: int | None

    def to_dict(self) -> dict[str, Any]:
        added = []
        for added_item_data in self.added:
            added_item = added_item_data.to_dict()
            added.append(added_item)

        has_more = self.has_more

        new_query_state = self.new_query_state

        old_query_state: None | str
        old_query_state = self.old_query_state

        removed = self.removed

        total: int | None
        total = self.total

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "added": added,
                "has_more": has_more,
                "new_query_state": new_query_state,
                "old_query_state": old_query_state,
                "removed": removed,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.mailbox_message_query_changes_added_item import (
            MailboxMessageQueryChangesAddedItem,
        )

        d = dict(src_dict)
        added = []
        _added = d.pop("added")
        for added_item_data in _added:
            added_item = MailboxMessageQueryChangesAddedItem.from_dict(added_item_data)

            added.append(added_item)

        has_more = d.pop("has_more")

        new_query_state = d.pop("new_query_state")

        def _parse_old_query_state(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        old_query_state = _parse_old_query_state(d.pop("old_query_state"))

        removed = cast(list[str], d.pop("removed"))

        def _parse_total(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        total = _parse_total(d.pop("total"))

        mailbox_message_query_changes = cls(
            added=added,
            has_more=has_more,
            new_query_state=new_query_state,
            old_query_state=old_query_state,
            removed=removed,
            total=total,
        )

        return mailbox_message_query_changes
