from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.provider_quota_range import ProviderQuotaRange


T = TypeVar("T", bound="ProviderQuotas")


@_attrs_define
class ProviderQuotas:
    """
    Attributes:
        per_day (None | ProviderQuotaRange):
        per_hour (None | ProviderQuotaRange):
        per_minute (None | ProviderQuotaRange):
        per_second (None | ProviderQuotaRange):
    """

    per_day: None | ProviderQuotaRange
    per_hour: None | ProviderQuotaRange
    per_minute: None | ProviderQuotaRange
    per_second: None | ProviderQuotaRange

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _import_lazy()
        per_day: dict[str, Any] | None
        if isinstance(self.per_day, ProviderQuotaRange):
            per_day = self.per_day.to_dict()
        else:
            per_day = self.per_day

        per_hour: dict[str, Any] | None
        if isinstance(self.per_hour, ProviderQuotaRange):
            per_hour = self.per_hour.to_dict()
        else:
            per_hour = self.per_hour

        per_minute: dict[str, Any] | None
        if isinstance(self.per_minute, ProviderQuotaRange):
            per_minute = self.per_minute.to_dict()
        else:
            per_minute = self.per_minute

        per_second: dict[str, Any] | None
        if isinstance(self.per_second, ProviderQuotaRange):
            per_second = self.per_second.to_dict()
        else:
            per_second = self.per_second

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "per_day": per_day,
                "per_hour": per_hour,
                "per_minute": per_minute,
                "per_second": per_second,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_imports_pending:
            _import_lazy()

        def _parse_per_day(data: object) -> None | ProviderQuotaRange:
            if data is None:
                return data
            if isinstance(data, dict):
                try:
                    per_day_type_0 = _ProviderQuotaRange_from_dict(data)

                    return per_day_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return cast(None | ProviderQuotaRange, data)

        per_day = _parse_per_day(src_dict["per_day"])

        def _parse_per_hour(data: object) -> None | ProviderQuotaRange:
            if data is None:
                return data
            if isinstance(data, dict):
                try:
                    per_hour_type_0 = _ProviderQuotaRange_from_dict(data)

                    return per_hour_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return cast(None | ProviderQuotaRange, data)

        per_hour = _parse_per_hour(src_dict["per_hour"])

        def _parse_per_minute(data: object) -> None | ProviderQuotaRange:
            if data is None:
                return data
            if isinstance(data, dict):
                try:
                    per_minute_type_0 = _ProviderQuotaRange_from_dict(data)

                    return per_minute_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return cast(None | ProviderQuotaRange, data)

        per_minute = _parse_per_minute(src_dict["per_minute"])

        def _parse_per_second(data: object) -> None | ProviderQuotaRange:
            if data is None:
                return data
            if isinstance(data, dict):
                try:
                    per_second_type_0 = _ProviderQuotaRange_from_dict(data)

                    return per_second_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return cast(None | ProviderQuotaRange, data)

        per_second = _parse_per_second(src_dict["per_second"])

        if cls is ProviderQuotas:
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
