from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.webhook_create_body_event_types_item import (
    WebhookCreateBodyEventTypesItem,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_create_body_filters import WebhookCreateBodyFilters


T = TypeVar("T", bound="WebhookCreateBody")


@_attrs_define
class WebhookCreateBody:
    """
    Attributes:
        event_types (list[WebhookCreateBodyEventTypesItem]): At least one event type must be provided. Example:
            ['message.bounced', 'message.received'].
        url (str): HTTPS endpoint that will receive event POSTs. Must be https:// — plain HTTP is rejected. Example:
            https://hooks.acme.com/sendmux.
        enabled (bool | Unset): Defaults to true. Example: True.
        filters (WebhookCreateBodyFilters | Unset):
        name (str | Unset): Optional human-friendly label (max 255 chars). Surfaced in dashboard list/detail views.
            Example: Acme inbound forwarder.
    """

    event_types: list[WebhookCreateBodyEventTypesItem]
    url: str
    enabled: bool | Unset = UNSET
    filters: WebhookCreateBodyFilters | Unset = UNSET
    name: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _import_lazy()
        event_types = []
        for event_types_item_data in self.event_types:
            event_types_item = event_types_item_data.value
            event_types.append(event_types_item)

        url = self.url

        enabled = self.enabled

        filters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = self.filters.to_dict()

        name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "event_types": event_types,
                "url": url,
            }
        )
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if filters is not UNSET:
            field_dict["filters"] = filters
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_imports_pending:
            _import_lazy()
        event_types = []
        _event_types = src_dict["event_types"]
        for event_types_item_data in _event_types:
            _event_types_item = event_types_item_data
            event_types_item = (
                _WebhookCreateBodyEventTypesItem_by_value.get(_event_types_item)
                if _event_types_item.__class__ is str
                else None
            ) or WebhookCreateBodyEventTypesItem(_event_types_item)

            event_types.append(event_types_item)

        url = src_dict["url"]
        if not (type(url) is str):
            raise TypeError(f'field "url": expected string, got {type(url).__name__}')

        enabled = src_dict.get("enabled", UNSET)
        if not (enabled is UNSET or type(enabled) is bool):
            raise TypeError(
                f'field "enabled": expected boolean, got {type(enabled).__name__}'
            )

        _filters = src_dict.get("filters", UNSET)
        filters: WebhookCreateBodyFilters | Unset
        if isinstance(_filters, Unset):
            filters = UNSET
        else:
            filters = _WebhookCreateBodyFilters_from_dict(_filters)

        name = src_dict.get("name", UNSET)
        if not (name is UNSET or type(name) is str):
            raise TypeError(f'field "name": expected string, got {type(name).__name__}')

        if cls is WebhookCreateBody:
            _self = _new(cls)
            _self.event_types = event_types
            _self.url = url
            _self.enabled = enabled
            _self.filters = filters
            _self.name = name
        else:
            _self = cls(
                event_types,
                url,
                enabled,
                filters,
                name,
            )

        return _self


_new = object.__new__
_WebhookCreateBodyEventTypesItem_by_value = WebhookCreateBodyEventTypesItem._by_value
if TYPE_CHECKING:  # bound by _import_lazy
    _WebhookCreateBodyFilters_from_dict = WebhookCreateBodyFilters.from_dict


_lazy_imports_pending = True


def _import_lazy() -> None:
    """Bind the models this module refers to; they may import this module back."""
    global _lazy_imports_pending
    global WebhookCreateBodyFilters
    global _WebhookCreateBodyFilters_from_dict
    from ..models.webhook_create_body_filters import WebhookCreateBodyFilters

    _WebhookCreateBodyFilters_from_dict = WebhookCreateBodyFilters.from_dict

    _lazy_imports_pending = False
