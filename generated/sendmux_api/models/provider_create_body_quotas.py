from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.provider_quota_range import ProviderQuotaRange


T = TypeVar("T", bound="ProviderCreateBodyQuotas")


@_attrs_define
class ProviderCreateBodyQuotas:
    """
    Attributes:
        per_day (int | None | ProviderQuotaRange | Unset): Quota value. Use a number for a fixed cap, a min/max range,
            or null to clear on PATCH.
        per_hour (int | None | ProviderQuotaRange | Unset): Quota value. Use a number for a fixed cap, a min/max range,
            or null to clear on PATCH.
        per_minute (int | None | ProviderQuotaRange | Unset): Quota value. Use a number for a fixed cap, a min/max
            range, or null to clear on PATCH.
        per_second (int | None | ProviderQuotaRange | Unset): Quota value. Use a number for a fixed cap, a min/max
            range, or null to clear on PATCH.
    """

    per_day: int | None | ProviderQuotaRange | Unset = UNSET
    per_hour: int | None | ProviderQuotaRange | Unset = UNSET
    per_minute: int | None | ProviderQuotaRange | Unset = UNSET
    per_second: int | None | ProviderQuotaRange | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _import_lazy()
        per_day: dict[str, Any] | int | None | Unset
        if isinstance(self.per_day, Unset):
            per_day = UNSET
        elif isinstance(self.per_day, ProviderQuotaRange):
            per_day = self.per_day.to_dict()
        else:
            per_day = self.per_day

        per_hour: dict[str, Any] | int | None | Unset
        if isinstance(self.per_hour, Unset):
            per_hour = UNSET
        elif isinstance(self.per_hour, ProviderQuotaRange):
            per_hour = self.per_hour.to_dict()
        else:
            per_hour = self.per_hour

        per_minute: dict[str, Any] | int | None | Unset
        if isinstance(self.per_minute, Unset):
            per_minute = UNSET
        elif isinstance(self.per_minute, ProviderQuotaRange):
            per_minute = self.per_minute.to_dict()
        else:
            per_minute = self.per_minute

        per_second: dict[str, Any] | int | None | Unset
        if isinstance(self.per_second, Unset):
            per_second = UNSET
        elif isinstance(self.per_second, ProviderQuotaRange):
            per_second = self.per_second.to_dict()
        else:
            per_second = self.per_second

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if per_day is not UNSET:
            field_dict["per_day"] = per_day
        if per_hour is not UNSET:
            field_dict["per_hour"] = per_hour
        if per_minute is not UNSET:
            field_dict["per_minute"] = per_minute
        if per_second is not UNSET:
            field_dict["per_second"] = per_second

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_imports_pending:
            _import_lazy()

        def _parse_per_day(data: object) -> int | None | ProviderQuotaRange | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                try:
                    per_day_type_1 = _ProviderQuotaRange_from_dict(data)

                    return per_day_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return cast(int | None | ProviderQuotaRange | Unset, data)

        per_day = _parse_per_day(src_dict.get("per_day", UNSET))

        def _parse_per_hour(data: object) -> int | None | ProviderQuotaRange | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                try:
                    per_hour_type_1 = _ProviderQuotaRange_from_dict(data)

                    return per_hour_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return cast(int | None | ProviderQuotaRange | Unset, data)

        per_hour = _parse_per_hour(src_dict.get("per_hour", UNSET))

        def _parse_per_minute(data: object) -> int | None | ProviderQuotaRange | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                try:
                    per_minute_type_1 = _ProviderQuotaRange_from_dict(data)

                    return per_minute_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return cast(int | None | ProviderQuotaRange | Unset, data)

        per_minute = _parse_per_minute(src_dict.get("per_minute", UNSET))

        def _parse_per_second(data: object) -> int | None | ProviderQuotaRange | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                try:
                    per_second_type_1 = _ProviderQuotaRange_from_dict(data)

                    return per_second_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return cast(int | None | ProviderQuotaRange | Unset, data)

        per_second = _parse_per_second(src_dict.get("per_second", UNSET))

        if cls is ProviderCreateBodyQuotas:
            _self = _new(cls)
            _self.per_day = per_day
            _self.per_hour = per_hour
            _self.per_minute = per_minute
            _self.per_second = per_second
        else:
            _self = cls(
                per_day,
                per_hour,
                per_minute,
                per_second,
            )

        return _self


_new = object.__new__
if TYPE_CHECKING:  # bound by _import_lazy
    _ProviderQuotaRange_from_dict = ProviderQuotaRange.from_dict


_lazy_imports_pending = True


def _import_lazy() -> None:
    """Bind the models this module refers to; they may import this module back."""
    global _lazy_imports_pending
    global ProviderQuotaRange
    global _ProviderQuotaRange_from_dict
    from ..models.provider_quota_range import ProviderQuotaRange

    _ProviderQuotaRange_from_dict = ProviderQuotaRange.from_dict

    _lazy_imports_pending = False
