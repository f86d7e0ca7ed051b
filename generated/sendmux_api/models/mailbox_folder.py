from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="MailboxFolder")


@_attrs_define
class MailboxFolder:
    """
    Attributes:
        can_add_items (bool): Whether messages can be moved into this folder.
        id (str): Folder ID
        name (str):
        parent_id (None | str):
        role (None | str): System role when the folder is a built-in folder.
        sort_order (int | None):
        total_messages (int):
        unread_messages (int):
    """

    can_add_items: bool
    id: str
    name: str
    parent_id: None | str
    role: None | str
    sort_order: int | None
    total_messages: int
    unread_messages: int

    def to_dict(self) -> dict[str, Any]:
        can_add_items = self.can_add_items

        id = self.id

        name = self.name

        parent_id: None | str
        parent_id = self.parent_id

        role: None | str
        role = self.role

        sort_order: int | None
        sort_order = self.sort_order

        total_messages = self.total_messages

        unread_messages = self.unread_messages

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "can_add_items": can_add_items,
                "id": id,
                "name": name,
                "parent_id": parent_id,
                "role": role,
                "sort_order": sort_order,
                "total_messages": total_messages,
                "unread_messages": unread_messages,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        can_add_items = src_dict["can_add_items"]
        if not (type(can_add_items) is bool):
            raise TypeError(
                f'field "can_add_items": expected boolean, got {type(can_add_items).__name__}'
            )

        id = src_dict["id"]
        if not (type(id) is str):
            raise TypeError(f'field "id": expected string, got {type(id).__name__}')

        name = src_dict["name"]
        if not (type(name) is str):
            raise TypeError(f'field "name": expected string, got {type(name).__name__}')

        parent_id = src_dict["parent_id"]

        if not (type(parent_id) is str or parent_id is None):
            raise TypeError(
                f'field "parent_id": expected string or null, got {type(parent_id).__name__}'
            )

        role = src_dict["role"]

        if not (type(role) is str or role is None):
            raise TypeError(
                f'field "role": expected string or null, got {type(role).__name__}'
            )

        sort_order = src_dict["sort_order"]

        if not (type(sort_order) is int or sort_order is None):
            raise TypeError(
                f'field "sort_order": expected integer or null, got {type(sort_order).__name__}'
            )

        total_messages = src_dict["total_messages"]
        if not (type(total_messages) is int):
            raise TypeError(
                f'field "total_messages": expected integer, got {type(total_messages).__name__}'
            )

        unread_messages = src_dict["unread_messages"]
        if not (type(unread_messages) is int):
            raise TypeError(
                f'field "unread_messages": expected integer, got {type(unread_messages).__name__}'
            )

        if cls is MailboxFolder:
            _self = _new(cls)
            _self.can_add_items = can_add_items
            _self.id = id
            _self.name = name
            _self.parent_id = parent_id
            _self.role = role
            _self.sort_order = sort_order
            _self.total_messages = total_messages
            _self.unread_messages = unread_messages
        else:
            _self = cls(
                can_add_items,
                id,
                name,
                parent_id,
                role,
                sort_order,
                total_messages,
                unread_messages,
            )

        return _self


_new = object.__new__
