from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

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
        d = dict(src_dict)
        can_add_items = d.pop("can_add_items")

        id = d.pop("id")

        name = d.pop("name")

        def _parse_parent_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        parent_id = _parse_parent_id(d.pop("parent_id"))

        def _parse_role(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        role = _parse_role(d.pop("role"))

        def _parse_sort_order(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        sort_order = _parse_sort_order(d.pop("sort_order"))

        total_messages = d.pop("total_messages")

        unread_messages = d.pop("unread_messages")

        mailbox_folder = cls(
            can_add_items=can_add_items,
            id=id,
            name=name,
            parent_id=parent_id,
            role=role,
            sort_order=sort_order,
            total_messages=total_messages,
            unread_messages=unread_messages,
        )

        return mailbox_folder
