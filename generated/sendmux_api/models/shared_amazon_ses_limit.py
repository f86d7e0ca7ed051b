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

        daily_limit = src_dict["daily_limit"]

        is_near_limit = src_dict["is_near_limit"]

        pending_request_id = src_dict["pending_request_id"]

        provider_id = src_dict["provider_id"]

        sent_today = src_dict["sent_today"]

        threshold_usage = src_dict["threshold_usage"]

        usage_ratio = src_dict["usage_ratio"]

        shared_amazon_ses_limit = cls(
            can_request_increase,
            daily_limit,
            is_near_limit,
            pending_request_id,
            provider_id,
            sent_today,
            threshold_usage,
            usage_ratio,
        )

        return shared_amazon_ses_limit
