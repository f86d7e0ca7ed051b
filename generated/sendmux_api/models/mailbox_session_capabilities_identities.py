from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="MailboxSessionCapabilitiesIdentities")


@_attrs_define
class MailboxSessionCapabilitiesIdentities:
    """
    Attributes:
        changes (bool):
        create (bool):
        delete (bool):
        list_ (bool):
        update (bool):
    """

    changes: bool
    create: bool
    delete: bool
    list_: bool
    update: bool

    def to_dict(self) -> dict[str, Any]:
        changes = self.changes

        create = self.create

        delete = self.delete

        list_ = self.list_

        update = self.update

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "changes": changes,
                "create": create,
                "delete": delete,
                "list": list_,
                "update": update,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        changes = src_dict["changes"]

        create = src_dict["create"]

        delete = src_dict["delete"]

        list_ = src_dict["list"]

        update = src_dict["update"]

        mailbox_session_capabilities_identities = cls(
            changes,
            create,
            delete,
            list_,
            update,
        )

        return mailbox_session_capabilities_identities
