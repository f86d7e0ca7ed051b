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

        id = src_dict["id"]

        name = src_dict["name"]

        parent_id = src_dict["parent_id"]

        role = src_dict["role"]

        sort_order = src_dict["sort_order"]

        total_messages = src_dict["total_messages"]

        unread_messages = src_dict["unread_messages"]

        mailbox_folder = cls(
            can_add_items,
            id,
            name,
            parent_id,
            role,
            sort_order,
            total_messages,
            unread_messages,
        )

        return mailbox_folder
