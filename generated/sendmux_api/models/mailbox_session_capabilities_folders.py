from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="MailboxSessionCapabilitiesFolders")


@_attrs_define
class MailboxSessionCapabilitiesFolders:
    """
    Attributes:
        changes (bool):
        create (bool):
        delete (bool):
        detail (bool):
        list_ (bool):
        query_changes (bool):
        update (bool):
    """

    changes: bool
    create: bool
    delete: bool
    detail: bool
    list_: bool
    query_changes: bool
    update: bool

    def to_dict(self) -> dict[str, Any]:
        changes = self.changes

        create = self.create

        delete = self.delete

        detail = self.detail

        list_ = self.list_

        query_changes = self.query_changes

        update = self.update

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "changes": changes,
                "create": create,
                "delete": delete,
                "detail": detail,
                "list": list_,
                "query_changes": query_changes,
                "update": update,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        changes = src_dict["changes"]

        create = src_dict["create"]

        delete = src_dict["delete"]

        detail = src_dict["detail"]

        list_ = src_dict["list"]

        query_changes = src_dict["query_changes"]

        update = src_dict["update"]

        mailbox_session_capabilities_folders = cls(
            changes,
            create,
            delete,
            detail,
            list_,
            query_changes,
            update,
        )

        return mailbox_session_capabilities_folders
