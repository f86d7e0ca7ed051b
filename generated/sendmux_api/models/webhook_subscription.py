from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.webhook_subscription_event_types_item import (
    WebhookSubscriptionEventTypesItem,
)

if TYPE_CHECKING:
    from ..models.webhook_filters import WebhookFilters


T = TypeVar("T", bound="WebhookSubscription")


@_attrs_define
class WebhookSubscription:
    """
    Attributes:
        created_at (datetime.datetime): ISO 8601 creation timestamp Example: 2026-04-23T09:12:00Z.
        enabled (bool): When false, no events are delivered to this subscription. Example: True.
        event_types (list[WebhookSubscriptionEventTypesItem]): Event types this subscription receives. Example:
            ['message.bounced', 'message.received'].
        failing (bool): True when the 24-hour retry window has been exhausted for this subscription. Reset by updating
            the subscription (e.g. fixing the URL) and re-enabling. Example: False.
        filters (WebhookFilters): Optional delivery scope. Empty mailbox_ids means all team mailboxes.
        id (str): Webhook public ID Example: whk_clxxxxxxxxxxxxxxxxxxxxxxxxx.
        name (None | str): Optional human-friendly label used in dashboard list/detail pages. May be `null` for
            subscriptions created without a name. Example: Acme inbound forwarder.
        updated_at (datetime.datetime): ISO 8601 last-modified timestamp Example: 2026-04-23T09:12:00Z.
        url (str): HTTPS endpoint that receives signed event POSTs. Example: https://hooks.acme.com/sendmux.
    """

    created_at: datetime.datetime
    enabled: bool
    event_types: list[WebhookSubscriptionEventTypesItem]
    failing: bool
    filters: WebhookFilters
    id: str
    name: None | str
    updated_at: datetime.datetime
    url: str

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _import_lazy()
        created_at = self.created_at.isoformat()

        enabled = self.enabled

        event_types = []
        for event_types_item_data in self.event_types:
            event_types_item = event_types_item_data.value
            event_types.append(event_types_item)

        failing = self.failing

        filters = self.filters.to_dict()

        id = self.id

        name: None | str
        name = self.name

        updated_at = self.updated_at.isoformat()

        url = self.url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "created_at": created_at,
                "enabled": enabled,
                "event_types": event_types,
                "failing": failing,
                "filters": filters,
                "id": id,
                "name": name,
                "updated_at": updated_at,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_imports_pending:
            _import_lazy()
        created_at: datetime.datetime
        _created_at = src_dict["created_at"]
        if type(_created_at) is str:
            try:
                created_at = _fromisoformat(_created_at)
            except ValueError as error:
                raise ValueError(f'field "created_at": {error}') from None
        else:
            raise TypeError(
                f'field "created_at": expected a date-time string, got {type(_created_at).__name__}'
            )

        enabled = src_dict["enabled"]
        if not (type(enabled) is bool):
            raise TypeError(
                f'field "enabled": expected boolean, got {type(enabled).__name__}'
            )

        event_types = []
        _event_types = src_dict["event_types"]
        for event_types_item_data in _event_types:
            _event_types_item = event_types_item_data
            event_types_item = (
                _WebhookSubscriptionEventTypesItem_by_value.get(_event_types_item)
                if _event_types_item.__class__ is str
                else None
            ) or WebhookSubscriptionEventTypesItem(_event_types_item)

            event_types.append(event_types_item)

        failing = src_dict["failing"]
        if not (type(failing) is bool):
            raise TypeError(
                f'field "failing": expected boolean, got {type(failing).__name__}'
            )

        filters = _WebhookFilters_from_dict(src_dict["filters"])

        id = src_dict["id"]
        if not (type(id) is str):
            raise TypeError(f'field "id": expected string, got {type(id).__name__}')

        name = src_dict["name"]

        if not (type(name) is str or name is None):
            raise TypeError(
                f'field "name": expected string or null, got {type(name).__name__}'
            )

        updated_at: datetime.datetime
        _updated_at = src_dict["updated_at"]
        if type(_updated_at) is str:
            try:
                updated_at = _fromisoformat(_updated_at)
            except ValueError as error:
                raise ValueError(f'field "updated_at": {error}') from None
        else:
            raise TypeError(
                f'field "updated_at": expected a date-time string, got {type(_updated_at).__name__}'
            )

        url = src_dict["url"]
        if not (type(url) is str):
            raise TypeError(f'field "url": expected string, got {type(url).__name__}')

        if cls is WebhookSubscription:
            _self = _new(cls)
            _self.created_at = created_at
            _self.enabled = enabled
            _self.event_types = event_types
            _self.failing = failing
            _self.filters = filters
            _self.id = id
            _self.name = name
            _self.updated_at = updated_at
            _self.url = url
        else:
            _self = cls(
                created_at,
                enabled,
                event_types,
                failing,
                filters,
                id,
                name,
                updated_at,
                url,
            )

        return _self


_new = object.__new__
_fromisoformat = datetime.datetime.fromisoformat
_WebhookSubscriptionEventTypesItem_by_value = (
    WebhookSubscriptionEventTypesItem._by_value
)
if TYPE_CHECKING:  # bound by _import_lazy
    _WebhookFilters_from_dict = WebhookFilters.from_dict


_lazy_imports_pending = True


def _import_lazy() -> None:
    """Bind the models this module refers to; they may import this module back."""
    global _lazy_imports_pending
    global WebhookFilters
    global _WebhookFilters_from_dict
    from ..models.webhook_filters import WebhookFilters

    _WebhookFilters_from_dict = WebhookFilters.from_dict

    _lazy_imports_pending = False
