from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="MailboxQuota")


@_attrs_define
class MailboxQuota:
    """
    Attributes:
        description (None | str):
        hard_limit (int):
        id (str): Quota ID
        name (str):
        resource_type (str):  Example: octets.
        scope (str):  Example: account.
        soft_limit (int | None):
        types (list[str]):
        used (int):
        warn_limit (int | None):
    """

    description: None | str
    hard_limit: int
    id: str
    name: str
    resource_type: str
    scope: str
    soft_limit: int | None
    types: list[str]
    used: int
    warn_limit: int | None

    def to_dict(self) -> dict[str, Any]:
        description: None | str
        description = self.description

        hard_limit = self.hard_limit

        id = self.id

        name = self.name

        resource_type = self.resource_type

        scope = self.scope

        soft_limit: int | None
        soft_limit = self.soft_limit

        types = self.types

        used = self.used

        warn_limit: int | None
        warn_limit = self.warn_limit

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "description": description,
                "hard_limit": hard_limit,
                "id": id,
                "name": name,
                "resource_type": resource_type,
                "scope": scope,
                "soft_limit": soft_limit,
                "types": types,
                "used": used,
                "warn_limit": warn_limit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        description = src_dict["description"]

        hard_limit = src_dict["hard_limit"]

        id = src_dict["id"]

        name = src_dict["name"]

        resource_type = src_dict["resource_type"]

        scope = src_dict["scope"]

        soft_limit = src_dict["soft_limit"]

        types = cast(list[str], src_dict["types"])

        used = src_dict["used"]

        warn_limit = src_dict["warn_limit"]

        mailbox_quota = cls(
            description,
            hard_limit,
            id,
            name,
            resource_type,
            scope,
            soft_limit,
            types,
            used,
            warn_limit,
        )

        return mailbox_quota
