from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.cursor_pagination import CursorPagination
    from ..models.provider_list_item import ProviderListItem
    from ..models.response_meta import ResponseMeta


T = TypeVar("T", bound="ProviderItemCursorListResponse")


@_attrs_define
class ProviderItemCursorListResponse:
    """
    Attributes:
        meta (ResponseMeta):
        ok (bool):
        data (list[ProviderListItem]):
        pagination (CursorPagination):
    """

    meta: ResponseMeta
    ok: bool
    data: list[ProviderListItem]
    pagination: CursorPagination
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _import_lazy()
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
        if _lazy_imports_pending:
            _import_lazy()
        meta = _ResponseMeta_from_dict(src_dict["meta"])

        ok = src_dict["ok"]
        if not (type(ok) is bool):
            raise TypeError(f'field "ok": expected boolean, got {type(ok).__name__}')

        data = []
        _data = src_dict["data"]
        for data_item_data in _data:
            data_item = _ProviderListItem_from_dict(data_item_data)

            data.append(data_item)

        pagination = _CursorPagination_from_dict(src_dict["pagination"])

        if cls is ProviderItemCursorListResponse:
            _self = _new(cls)
            _self.meta = meta
            _self.ok = ok
            _self.data = data
            _self.pagination = pagination
            _self.additional_properties = {}
        else:
            _self = cls(
                meta,
                ok,
                data,
                pagination,
            )

        if len(src_dict) > 4:
            _self.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in {"meta", "ok", "data", "pagination"}
            }
        return _self

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


_new = object.__new__
if TYPE_CHECKING:  # bound by _import_lazy
    _CursorPagination_from_dict = CursorPagination.from_dict
    _ProviderListItem_from_dict = ProviderListItem.from_dict
    _ResponseMeta_from_dict = ResponseMeta.from_dict


_lazy_imports_pending = True


def _import_lazy() -> None:
    """Bind the models this module refers to; they may import this module back."""
    global _lazy_imports_pending
    global CursorPagination
    global ProviderListItem
    global ResponseMeta
    global _CursorPagination_from_dict
    global _ProviderListItem_from_dict
    global _ResponseMeta_from_dict
    from ..models.cursor_pagination import CursorPagination
    from ..models.provider_list_item import ProviderListItem
    from ..models.response_meta import ResponseMeta

    _CursorPagination_from_dict = CursorPagination.from_dict
    _ProviderListItem_from_dict = ProviderListItem.from_dict
    _ResponseMeta_from_dict = ResponseMeta.from_dict

    _lazy_imports_pending = False
