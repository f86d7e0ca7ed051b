from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.provider_usage_window_days import ProviderUsageWindowDays

if TYPE_CHECKING:
    from ..models.provider_usage_item import ProviderUsageItem


T = TypeVar("T", bound="ProviderUsage")


@_attrs_define
class ProviderUsage:
    """
    Attributes:
        providers (list[ProviderUsageItem]):
        window_days (ProviderUsageWindowDays):
    """

    providers: list[ProviderUsageItem]
    window_days: ProviderUsageWindowDays

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _import_lazy()
        providers = []
        for providers_item_data in self.providers:
            providers_item = providers_item_data.to_dict()
            providers.append(providers_item)

        window_days = self.window_days.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "providers": providers,
                "window_days": window_days,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_imports_pending:
            _import_lazy()
        providers = []
        _providers = src_dict["providers"]
        for providers_item_data in _providers:
            providers_item = _ProviderUsageItem_from_dict(providers_item_data)

            providers.append(providers_item)

        _window_days = src_dict["window_days"]
        window_days = (
            _ProviderUsageWindowDays_by_value.get(_window_days)
            if _window_days.__class__ is int
            else None
        ) or ProviderUsageWindowDays(_window_days)

        if cls is ProviderUsage:
            _self = _new(cls)
            _self.providers = providers
            _self.window_days = window_days
        else:
            _self = cls(
                providers,
                window_days,
            )

        return _self


_new = object.__new__
_ProviderUsageWindowDays_by_value = ProviderUsageWindowDays._by_value
if TYPE_CHECKING:  # bound by _import_lazy
    _ProviderUsageItem_from_dict = ProviderUsageItem.from_dict


_lazy_imports_pending = True


def _import_lazy() -> None:
    """Bind the models this module refers to; they may import this module back."""
    global _lazy_imports_pending
    global ProviderUsageItem
    global _ProviderUsageItem_from_dict
    from ..models.provider_usage_item import ProviderUsageItem

    _ProviderUsageItem_from_dict = ProviderUsageItem.from_dict

    _lazy_imports_pending = False
