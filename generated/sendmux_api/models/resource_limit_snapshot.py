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
        if not (type(can_request_increase) is bool):
            raise TypeError(
                f'field "can_request_increase": expected boolean, got {type(can_request_increase).__name__}'
            )

        is_at_limit = src_dict["is_at_limit"]
        if not (type(is_at_limit) is bool):
            raise TypeError(
                f'field "is_at_limit": expected boolean, got {type(is_at_limit).__name__}'
            )

        is_near_limit = src_dict["is_near_limit"]
        if not (type(is_near_limit) is bool):
            raise TypeError(
                f'field "is_near_limit": expected boolean, got {type(is_near_limit).__name__}'
            )

        max_allowed = src_dict["max_allowed"]
        if not (type(max_allowed) is int):
            raise TypeError(
                f'field "max_allowed": expected integer, got {type(max_allowed).__name__}'
            )

        pending_request_id = src_dict["pending_request_id"]

        if not (type(pending_request_id) is str or pending_request_id is None):
            raise TypeError(
                f'field "pending_request_id": expected string or null, got {type(pending_request_id).__name__}'
            )

        reserved = src_dict["reserved"]
        if not (type(reserved) is int):
            raise TypeError(
                f'field "reserved": expected integer, got {type(reserved).__name__}'
            )

        resource_type = src_dict["resource_type"]
        if not (type(resource_type) is str):
            raise TypeError(
                f'field "resource_type": expected string, got {type(resource_type).__name__}'
            )

        threshold_usage = src_dict["threshold_usage"]
        if not (type(threshold_usage) is int):
            raise TypeError(
                f'field "threshold_usage": expected integer, got {type(threshold_usage).__name__}'
            )

        usage = src_dict["usage"]
        if not (type(usage) is int):
            raise TypeError(
                f'field "usage": expected integer, got {type(usage).__name__}'
            )

        usage_ratio = src_dict["usage_ratio"]
        if not (
            (type(usage_ratio) is float or type(usage_ratio) is int)
            and -1.8e308 < usage_ratio < 1.8e308
        ):
            raise TypeError(
                f'field "usage_ratio": expected number, got {type(usage_ratio).__name__}'
            )

        if cls is ResourceLimitSnapshot:
            _self = _new(cls)
            _self.can_request_increase = can_request_increase
            _self.is_at_limit = is_at_limit
            _self.is_near_limit = is_near_limit
            _self.max_allowed = max_allowed
            _self.pending_request_id = pending_request_id
            _self.reserved = reserved
            _self.resource_type = resource_type
            _self.threshold_usage = threshold_usage
            _self.usage = usage
            _self.usage_ratio = usage_ratio
        else:
            _self = cls(
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

        return _self


_new = object.__new__
