from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.cursor_pagination import CursorPagination
    from ..models.response_meta import ResponseMeta
    from ..models.webhook_delivery_attempt import WebhookDeliveryAttempt


T = TypeVar("T", bound="WebhookDeliveryAttemptCursorListResponse")


@_attrs_define
class WebhookDeliveryAttemptCursorListResponse:
    """
    Attributes:
        meta (ResponseMeta):
        ok (bool):
        data (list[WebhookDeliveryAttempt]):
        pagination (CursorPagination):
    """

    meta: ResponseMeta
    ok: bool
    data: list[WebhookDeliveryAttempt]
    pagination: CursorPagination
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meta = self.meta.to_dict()

        ok = self.ok

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "meta": meta,
                "ok": ok,
                "data": data,
                "pagination": pagination,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.cursor_pagination import CursorPagination
        from ..models.response_meta import ResponseMeta
        from ..models.webhook_delivery_attempt import WebhookDeliveryAttempt

        d = dict(src_dict)
        meta = ResponseMeta.from_dict(d.pop("meta"))

        ok = d.pop("ok")

        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = WebhookDeliveryAttempt.from_dict(data_item_data)

            data.append(data_item)

        pagination = CursorPagination.from_dict(d.pop("pagination"))

        webhook_delivery_attempt_cursor_list_response = cls(
            meta=meta,
            ok=ok,
            data=data,
            pagination=pagination,
        )

        webhook_delivery_attempt_cursor_list_response.additional_properties = d
        return webhook_delivery_attempt_cursor_list_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
