from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.webhook_update_body_event_types_item import (
    WebhookUpdateBodyEventTypesItem,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_update_body_filters import WebhookUpdateBodyFilters


T = TypeVar("T", bound="WebhookUpdateBody")


@_attrs_define
class WebhookUpdateBody:
    """
    Attributes:
        enabled (bool | Unset): When toggled from false to true, also clears the `failing` flag — retry deliveries
            resume on the next matching event.
        event_types (list[WebhookUpdateBodyEventTypesItem] | Unset): Replaces the full event-type list. At least one
            must be provided.
        filters (WebhookUpdateBodyFilters | Unset):
        name (None | str | Unset): Replace the human-friendly label. Send `null` to clear it; omit to leave unchanged.
        url (str | Unset): New HTTPS endpoint. Must be https://.
    """

    enabled: bool | Unset = UNSET
    event_types: list[WebhookUpdateBodyEventTypesItem] | Unset = UNSET
    filters: WebhookUpdateBodyFilters | Unset = UNSET
    name: None | str | Unset = UNSET
    url: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _import_lazy()
        enabled = self.enabled

        event_types: list[str] | Unset = UNSET
        if not isinstance(self.event_types, Unset):
            event_types = []
            for event_types_item_data in self.event_types:
                event_types_item = event_types_item_data.value
                event_types.append(event_types_item)

        filters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = self.filters.to_dict()

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        url = self.url

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if event_types is not UNSET:
            field_dict["event_types"] = event_types
        if filters is not UNSET:
            field_dict["filters"] = filters
        if name is not UNSET:
            field_dict["name"] = name
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_imports_pending:
            _import_lazy()
        enabled = src_dict.get("enabled", UNSET)
        if not (enabled is UNSET or type(enabled) is bool):
            raise TypeError(
                f'field "enabled": expected boolean, got {type(enabled).__name__}'
            )

        _event_types = src_dict.get("event_types", UNSET)
        event_types: list[WebhookUpdateBodyEventTypesItem] | Unset = UNSET
        if _event_types is not UNSET:
            event_types = []
            for event_types_item_data in _event_types:
                _event_types_item = event_types_item_data
                event_types_item = (
                    _WebhookUpdateBodyEventTypesItem_by_value.get(_event_types_item)
                    if _event_types_item.__class__ is str
                    else None
                ) or WebhookUpdateBodyEventTypesItem(_event_types_item)

                event_types.append(event_types_item)

        _filters = src_dict.get("filters", UNSET)
        filters: WebhookUpdateBodyFilters | Unset
        if isinstance(_filters, Unset):
            filters = UNSET
        else:
            filters = _WebhookUpdateBodyFilters_from_dict(_filters)

        name = src_dict.get("name", UNSET)

        if not (name is UNSET or type(name) is str or name is None):
            raise TypeError(
                f'field "name": expected string or null, got {type(name).__name__}'
            )

        url = src_dict.get("url", UNSET)
        if not (url is UNSET or type(url) is str):
            raise TypeError(f'field "url": expected string, got {type(url).__name__}')

        if cls is WebhookUpdateBody:
            _self = _new(cls)
            _self.enabled = enabled
            _self.event_types = event_types
            _self.filters = filters
            _self.name = name
            _self.url = url
        else:
            _self = cls(
                enabled,
                event_types,
                filters,
                name,
                url,
            )

        return _self


_new = object.__new__
_WebhookUpdateBodyEventTypesItem_by_value = WebhookUpdateBodyEventTypesItem._by_value
if TYPE_CHECKING:  # bound by _import_lazy
    _WebhookUpdateBodyFilters_from_dict = WebhookUpdateBodyFilters.from_dict


_lazy_imports_pending = True


def _import_lazy() -> None:
    """Bind the models this module refers to; they may import this module back."""
    global _lazy_imports_pending
    global WebhookUpdateBodyFilters
    global _WebhookUpdateBodyFilters_from_dict
    from ..models.webhook_update_body_filters import WebhookUpdateBodyFilters

    _WebhookUpdateBodyFilters_from_dict = WebhookUpdateBodyFilters.from_dict

    _lazy_imports_pending = False
