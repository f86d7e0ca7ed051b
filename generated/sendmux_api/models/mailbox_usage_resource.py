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

        _limit_status = src_dict["limit_status"]
        limit_status = (
            MailboxUsageResourceLimitStatus._by_value.get(_limit_status)
            if _limit_status.__class__ is str
            else None
        ) or MailboxUsageResourceLimitStatus(_limit_status)

        name = src_dict["name"]

        percent_used = src_dict["percent_used"]

        quota_id = src_dict["quota_id"]

        resource_type = src_dict["resource_type"]

        scope = src_dict["scope"]

        soft_limit = src_dict["soft_limit"]

        types = cast(list[str], src_dict["types"])

        used = src_dict["used"]

        warn_limit = src_dict["warn_limit"]

        mailbox_usage_resource = cls(
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

        return mailbox_usage_resource
