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

        if not (type(description) is str or description is None):
            raise TypeError(
                f'field "description": expected string or null, got {type(description).__name__}'
            )

        hard_limit = src_dict["hard_limit"]
        if not (type(hard_limit) is int):
            raise TypeError(
                f'field "hard_limit": expected integer, got {type(hard_limit).__name__}'
            )

        id = src_dict["id"]
        if not (type(id) is str):
            raise TypeError(f'field "id": expected string, got {type(id).__name__}')

        name = src_dict["name"]
        if not (type(name) is str):
            raise TypeError(f'field "name": expected string, got {type(name).__name__}')

        resource_type = src_dict["resource_type"]
        if not (type(resource_type) is str):
            raise TypeError(
                f'field "resource_type": expected string, got {type(resource_type).__name__}'
            )

        scope = src_dict["scope"]
        if not (type(scope) is str):
            raise TypeError(
                f'field "scope": expected string, got {type(scope).__name__}'
            )

        soft_limit = src_dict["soft_limit"]

        if not (type(soft_limit) is int or soft_limit is None):
            raise TypeError(
                f'field "soft_limit": expected integer or null, got {type(soft_limit).__name__}'
            )

        types = cast(list[str], src_dict["types"])

        used = src_dict["used"]
        if not (type(used) is int):
            raise TypeError(
                f'field "used": expected integer, got {type(used).__name__}'
            )

        warn_limit = src_dict["warn_limit"]

        if not (type(warn_limit) is int or warn_limit is None):
            raise TypeError(
                f'field "warn_limit": expected integer or null, got {type(warn_limit).__name__}'
            )

        if cls is MailboxQuota:
            _self = _new(cls)
            _self.description = description
            _self.hard_limit = hard_limit
            _self.id = id
            _self.name = name
            _self.resource_type = resource_type
            _self.scope = scope
            _self.soft_limit = soft_limit
            _self.types = types
            _self.used = used
            _self.warn_limit = warn_limit
        else:
            _self = cls(
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

        return _self


_new = object.__new__
