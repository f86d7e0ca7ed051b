from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

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
        from ..models.webhook_update_body_filters import WebhookUpdateBodyFilters

        d = dict(src_dict)
        enabled = d.pop("enabled", UNSET)

        _event_types = d.pop("event_types", UNSET)
        event_types: list[WebhookUpdateBodyEventTypesItem] | Unset = UNSET
        if _event_types is not UNSET:
            event_types = []
            for event_types_item_data in _event_types:
                event_types_item = WebhookUpdateBodyEventTypesItem(
                    event_types_item_data
                )

                event_types.append(event_types_item)

        _filters = d.pop("filters", UNSET)
        filters: WebhookUpdateBodyFilters | Unset
        if isinstance(_filters, Unset):
            filters = UNSET
        else:
            filters = WebhookUpdateBodyFilters.from_dict(_filters)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        url = d.pop("url", UNSET)

        webhook_update_body = cls(
            enabled=enabled,
            event_types=event_types,
            filters=filters,
            name=name,
            url=url,
        )

        return webhook_update_body
