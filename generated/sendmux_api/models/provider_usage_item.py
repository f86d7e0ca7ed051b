from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ProviderUsageItem")


@_attrs_define
class ProviderUsageItem:
    """
    Attributes:
        failed_7d (int):
        pending_7d (int):
        provider_id (str):
        rejected_7d (int):
        sent_7d (int):
        sent_today (int):
        total_7d (int):
    """

    failed_7d: int
    pending_7d: int
    provider_id: str
    rejected_7d: int
    sent_7d: int
    sent_today: int
    total_7d: int

    def to_dict(self) -> dict[str, Any]:
        failed_7d = self.failed_7d

        pending_7d = self.pending_7d

        provider_id = self.provider_id

        rejected_7d = self.rejected_7d

        sent_7d = self.sent_7d

        sent_today = self.sent_today

        total_7d = self.total_7d

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "failed_7d": failed_7d,
                "pending_7d": pending_7d,
                "provider_id": provider_id,
                "rejected_7d": rejected_7d,
                "sent_7d": sent_7d,
                "sent_today": sent_today,
                "total_7d": total_7d,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        failed_7d = src_dict["failed_7d"]
        if not (type(failed_7d) is int):
            raise TypeError(
                f'field "failed_7d": expected integer, got {type(failed_7d).__name__}'
            )

        pending_7d = src_dict["pending_7d"]
        if not (type(pending_7d) is int):
            raise TypeError(
                f'field "pending_7d": expected integer, got {type(pending_7d).__name__}'
            )

        provider_id = src_dict["provider_id"]
        if not (type(provider_id) is str):
            raise TypeError(
                f'field "provider_id": expected string, got {type(provider_id).__name__}'
            )

        rejected_7d = src_dict["rejected_7d"]
        if not (type(rejected_7d) is int):
            raise TypeError(
                f'field "rejected_7d": expected integer, got {type(rejected_7d).__name__}'
            )

        sent_7d = src_dict["sent_7d"]
        if not (type(sent_7d) is int):
            raise TypeError(
                f'field "sent_7d": expected integer, got {type(sent_7d).__name__}'
            )

        sent_today = src_dict["sent_today"]
        if not (type(sent_today) is int):
            raise TypeError(
                f'field "sent_today": expected integer, got {type(sent_today).__name__}'
            )

        total_7d = src_dict["total_7d"]
        if not (type(total_7d) is int):
            raise TypeError(
                f'field "total_7d": expected integer, got {type(total_7d).__name__}'
            )

        if cls is ProviderUsageItem:
            _self = _new(cls)
            _self.failed_7d = failed_7d
            _self.pending_7d = pending_7d
            _self.provider_id = provider_id
            _self.rejected_7d = rejected_7d
            _self.sent_7d = sent_7d
            _self.sent_today = sent_today
            _self.total_7d = total_7d
        else:
            _self = cls(
                failed_7d,
                pending_7d,
                provider_id,
                rejected_7d,
                sent_7d,
                sent_today,
                total_7d,
            )

        return _self


_new = object.__new__
