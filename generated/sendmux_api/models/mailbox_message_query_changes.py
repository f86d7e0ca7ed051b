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
        if _lazy_imports_pending:
            _import_lazy()
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
        if _lazy_imports_pending:
            _import_lazy()
        added = []
        _added = src_dict["added"]
        for added_item_data in _added:
            added_item = _MailboxMessageQueryChangesAddedItem_from_dict(added_item_data)

            added.append(added_item)

        has_more = src_dict["has_more"]
        if not (type(has_more) is bool):
            raise TypeError(
                f'field "has_more": expected boolean, got {type(has_more).__name__}'
            )

        new_query_state = src_dict["new_query_state"]
        if not (type(new_query_state) is str):
            raise TypeError(
                f'field "new_query_state": expected string, got {type(new_query_state).__name__}'
            )

        old_query_state = src_dict["old_query_state"]

        if not (type(old_query_state) is str or old_query_state is None):
            raise TypeError(
                f'field "old_query_state": expected string or null, got {type(old_query_state).__name__}'
            )

        removed = cast(list[str], src_dict["removed"])

        total = src_dict["total"]

        if not (type(total) is int or total is None):
            raise TypeError(
                f'field "total": expected integer or null, got {type(total).__name__}'
            )

        if cls is MailboxMessageQueryChanges:
            _self = _new(cls)
            _self.added = added
            _self.has_more = has_more
            _self.new_query_state = new_query_state
            _self.old_query_state = old_query_state
            _self.removed = removed
            _self.total = total
        else:
            _self = cls(
                added,
                has_more,
                new_query_state,
                old_query_state,
                removed,
                total,
            )

        return _self


_new = object.__new__
if TYPE_CHECKING:  # bound by _import_lazy
    _MailboxMessageQueryChangesAddedItem_from_dict = (
        MailboxMessageQueryChangesAddedItem.from_dict
    )


_lazy_imports_pending = True


def _import_lazy() -> None:
    """Bind the models this module refers to; they may import this module back."""
    global _lazy_imports_pending
    global MailboxMessageQueryChangesAddedItem
    global _MailboxMessageQueryChangesAddedItem_from_dict
    from ..models.mailbox_message_query_changes_added_item import (
        MailboxMessageQueryChangesAddedItem,
    )

    _MailboxMessageQueryChangesAddedItem_from_dict = (
        MailboxMessageQueryChangesAddedItem.from_dict
    )

    _lazy_imports_pending = False
