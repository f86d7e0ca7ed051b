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
        d = dict(src_dict)

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        hard_limit = d.pop("hard_limit")

        id = d.pop("id")

        name = d.pop("name")

        resource_type = d.pop("resource_type")

        scope = d.pop("scope")

        def _parse_soft_limit(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        soft_limit = _parse_soft_limit(d.pop("soft_limit"))

        types = cast(list[str], d.pop("types"))

        used = d.pop("used")

        def _parse_warn_limit(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        warn_limit = _parse_warn_limit(d.pop("warn_limit"))

        mailbox_quota = cls(
            description=description,
            hard_limit=hard_limit,
            id=id,
            name=name,
            resource_type=resource_type,
            scope=scope,
            soft_limit=soft_limit,
            types=types,
            used=used,
            warn_limit=warn_limit,
        )

        return mailbox_quota
