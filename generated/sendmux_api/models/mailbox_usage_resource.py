from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.mailbox_usage_resource_limit_status import MailboxUsageResourceLimitStatus

T = TypeVar("T", bound="MailboxUsageResource")


@_attrs_define
class MailboxUsageResource:
    """
    Attributes:
        hard_limit (int):
        limit_status (MailboxUsageResourceLimitStatus):
        name (str):
        percent_used (float | None):
        quota_id (str):
        resource_type (str):
        scope (str):
        soft_limit (int | None):
        types (list[str]):
        used (int):
        warn_limit (int | None):
    """

    hard_limit: int
    limit_status: MailboxUsageResourceLimitStatus
    name: str
    percent_used: float | None
    quota_id: str
    resource_type: str
    scope: str
    soft_limit: int | None
    types: list[str]
    used: int
    warn_limit: int | None

    def to_dict(self) -> dict[str, Any]:
        hard_limit = self.hard_limit

        limit_status = self.limit_status.value

        name = self.name

        percent_used: float | None
        percent_used = self.percent_used

        quota_id = self.quota_id

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
                "hard_limit": hard_limit,
                "limit_status": limit_status,
                "name": name,
                "percent_used": percent_used,
                "quota_id": quota_id,
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
        hard_limit = src_dict["hard_limit"]
        if not (type(hard_limit) is int):
            raise TypeError(
                f'field "hard_limit": expected integer, got {type(hard_limit).__name__}'
            )

        _limit_status = src_dict["limit_status"]
        limit_status = (
            _MailboxUsageResourceLimitStatus_by_value.get(_limit_status)
            if _limit_status.__class__ is str
            else None
        ) or MailboxUsageResourceLimitStatus(_limit_status)

        name = src_dict["name"]
        if not (type(name) is str):
            raise TypeError(f'field "name": expected string, got {type(name).__name__}')

        percent_used = src_dict["percent_used"]

        if not (
            (type(percent_used) is float or type(percent_used) is int)
            and -1.8e308 < percent_used < 1.8e308
            or percent_used is None
        ):
            raise TypeError(
                f'field "percent_used": expected number or null, got {type(percent_used).__name__}'
            )

        quota_id = src_dict["quota_id"]
        if not (type(quota_id) is str):
            raise TypeError(
                f'field "quota_id": expected string, got {type(quota_id).__name__}'
            )

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

        if cls is MailboxUsageResource:
            _self = _new(cls)
            _self.hard_limit = hard_limit
            _self.limit_status = limit_status
            _self.name = name
            _self.percent_used = percent_used
            _self.quota_id = quota_id
            _self.resource_type = resource_type
            _self.scope = scope
            _self.soft_limit = soft_limit
            _self.types = types
            _self.used = used
            _self.warn_limit = warn_limit
        else:
            _self = cls(
                hard_limit,
                limit_status,
                name,
                percent_used,
                quota_id,
                resource_type,
                scope,
                soft_limit,
                types,
                used,
                warn_limit,
            )

        return _self


_new = object.__new__
_MailboxUsageResourceLimitStatus_by_value = MailboxUsageResourceLimitStatus._by_value
