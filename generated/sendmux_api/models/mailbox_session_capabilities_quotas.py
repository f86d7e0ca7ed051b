from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="MailboxSessionCapabilitiesQuotas")


@_attrs_define
class MailboxSessionCapabilitiesQuotas:
    """
    Attributes:
        changes (bool):
        list_ (bool):
        update (bool):
        usage (bool):
    """

    changes: bool
    list_: bool
    update: bool
    usage: bool

    def to_dict(self) -> dict[str, Any]:
        changes = self.changes

        list_ = self.list_

        update = self.update

        usage = self.usage

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "changes": changes,
                "list": list_,
                "update": update,
                "usage": usage,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        changes = src_dict["changes"]

        list_ = src_dict["list"]

        update = src_dict["update"]

        usage = src_dict["usage"]

        mailbox_session_capabilities_quotas = cls(
            changes,
            list_,
            update,
            usage,
        )

        return mailbox_session_capabilities_quotas
