from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="WebhookTestResponse")


@_attrs_define
class WebhookTestResponse:
    """
    Attributes:
        event_id (str): The event_id attached to the X-Sendmux-Event-Id header of the test delivery. Example:
            evt_clxxxxxxxxxxxxxxxxxxxxxxxxx.
    """

    event_id: str

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "event_id": event_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        event_id = src_dict["event_id"]
        if not (type(event_id) is str):
            raise TypeError(
                f'field "event_id": expected string, got {type(event_id).__name__}'
            )

        if cls is WebhookTestResponse:
            _self = _new(cls)
            _self.event_id = event_id
        else:
            _self = cls(
                event_id,
            )

        return _self


_new = object.__new__
