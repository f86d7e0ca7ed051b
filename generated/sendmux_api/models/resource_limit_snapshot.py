from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ResourceLimitSnapshot")


@_attrs_define
class ResourceLimitSnapshot:
    """
    Attributes:
        can_request_increase (bool):
        is_at_limit (bool):
        is_near_limit (bool):
        max_allowed (int):
        pending_request_id (None | str):
        reserved (int):
        resource_type (str):  Example: sending_accounts.
        threshold_usage (int):
        usage (int):
        usage_ratio (float):
    """

    can_request_increase: bool
    is_at_limit: bool
    is_near_limit: bool
    max_allowed: int
    pending_request_id: None | str
    reserved: int
    resource_type: str
    threshold_usage: int
    usage: int
    usage_ratio: float

    def to_dict(self) -> dict[str, Any]:
        can_request_increase = self.can_request_increase

        is_at_limit = self.is_at_limit

        is_near_limit = self.is_near_limit

        max_allowed = self.max_allowed

        pending_request_id: None | str
        pending_request_id = self.pending_request_id

        reserved = self.reserved

        resource_type = self.resource_type

        threshold_usage = self.threshold_usage

        usage = self.usage

        usage_ratio = self.usage_ratio

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "can_request_increase": can_request_increase,
                "is_at_limit": is_at_limit,
                "is_near_limit": is_near_limit,
                "max_allowed": max_allowed,
                "pending_request_id": pending_request_id,
                "reserved": reserved,
                "resource_type": resource_type,
                "threshold_usage": threshold_usage,
                "usage": usage,
                "usage_ratio": usage_ratio,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        can_request_increase = src_dict["can_request_increase"]

        is_at_limit = src_dict["is_at_limit"]

        is_near_limit = src_dict["is_near_limit"]

        max_allowed = src_dict["max_allowed"]

        pending_request_id = src_dict["pending_request_id"]

        reserved = src_dict["reserved"]

        resource_type = src_dict["resource_type"]

        threshold_usage = src_dict["threshold_usage"]

        usage = src_dict["usage"]

        usage_ratio = src_dict["usage_ratio"]

        resource_limit_snapshot = cls(
            can_request_increase,
            is_at_limit,
            is_near_limit,
            max_allowed,
            pending_request_id,
            reserved,
            resource_type,
            threshold_usage,
            usage,
            usage_ratio,
        )

        return resource_limit_snapshot
