from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="SharedAmazonSesLimit")


@_attrs_define
class SharedAmazonSesLimit:
    """
    Attributes:
        can_request_increase (bool):
        daily_limit (int | None):
        is_near_limit (bool):
        pending_request_id (None | str):
        provider_id (None | str):
        sent_today (int):
        threshold_usage (int | None):
        usage_ratio (float | None):
    """

    can_request_increase: bool
    daily_limit: int | None
    is_near_limit: bool
    pending_request_id: None | str
    provider_id: None | str
    sent_today: int
    threshold_usage: int | None
    usage_ratio: float | None

    def to_dict(self) -> dict[str, Any]:
        can_request_increase = self.can_request_increase

        daily_limit: int | None
        daily_limit = self.daily_limit

        is_near_limit = self.is_near_limit

        pending_request_id: None | str
        pending_request_id = self.pending_request_id

        provider_id: None | str
        provider_id = self.provider_id

        sent_today = self.sent_today

        threshold_usage: int | None
        threshold_usage = self.threshold_usage

        usage_ratio: float | None
        usage_ratio = self.usage_ratio

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "can_request_increase": can_request_increase,
                "daily_limit": daily_limit,
                "is_near_limit": is_near_limit,
                "pending_request_id": pending_request_id,
                "provider_id": provider_id,
                "sent_today": sent_today,
                "threshold_usage": threshold_usage,
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

        daily_limit = src_dict["daily_limit"]

        if not (type(daily_limit) is int or daily_limit is None):
            raise TypeError(
                f'field "daily_limit": expected integer or null, got {type(daily_limit).__name__}'
            )

        is_near_limit = src_dict["is_near_limit"]
        if not (type(is_near_limit) is bool):
            raise TypeError(
                f'field "is_near_limit": expected boolean, got {type(is_near_limit).__name__}'
            )

        pending_request_id = src_dict["pending_request_id"]

        if not (type(pending_request_id) is str or pending_request_id is None):
            raise TypeError(
                f'field "pending_request_id": expected string or null, got {type(pending_request_id).__name__}'
            )

        provider_id = src_dict["provider_id"]

        if not (type(provider_id) is str or provider_id is None):
            raise TypeError(
                f'field "provider_id": expected string or null, got {type(provider_id).__name__}'
            )

        sent_today = src_dict["sent_today"]
        if not (type(sent_today) is int):
            raise TypeError(
                f'field "sent_today": expected integer, got {type(sent_today).__name__}'
            )

        threshold_usage = src_dict["threshold_usage"]

        if not (type(threshold_usage) is int or threshold_usage is None):
            raise TypeError(
                f'field "threshold_usage": expected integer or null, got {type(threshold_usage).__name__}'
            )

        usage_ratio = src_dict["usage_ratio"]

        if not (
            (type(usage_ratio) is float or type(usage_ratio) is int)
            and -1.8e308 < usage_ratio < 1.8e308
            or usage_ratio is None
        ):
            raise TypeError(
                f'field "usage_ratio": expected number or null, got {type(usage_ratio).__name__}'
            )

        if cls is SharedAmazonSesLimit:
            _self = _new(cls)
            _self.can_request_increase = can_request_increase
            _self.daily_limit = daily_limit
            _self.is_near_limit = is_near_limit
            _self.pending_request_id = pending_request_id
            _self.provider_id = provider_id
            _self.sent_today = sent_today
            _self.threshold_usage = threshold_usage
            _self.usage_ratio = usage_ratio
        else:
            _self = cls(
                can_request_increase,
                daily_limit,
                is_near_limit,
                pending_request_id,
                provider_id,
                sent_today,
                threshold_usage,
                usage_ratio,
            )

        return _self


_new = object.__new__
