from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="MailboxQueryMeta")


@_attrs_define
class MailboxQueryMeta:
    """
    Attributes:
        request_id (str):
        query_state (str | Unset):
    """

    request_id: str
    query_state: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        query_state = self.query_state

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "request_id": request_id,
            }
        )
        if query_state is not UNSET:
            field_dict["query_state"] = query_state

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        request_id = src_dict["request_id"]
        if not (type(request_id) is str):
            raise TypeError(
                f'field "request_id": expected string, got {type(request_id).__name__}'
            )

        query_state = src_dict.get("query_state", UNSET)
        if not (query_state is UNSET or type(query_state) is str):
            raise TypeError(
                f'field "query_state": expected string, got {type(query_state).__name__}'
            )

        if cls is MailboxQueryMeta:
            _self = _new(cls)
            _self.request_id = request_id
            _self.query_state = query_state
        else:
            _self = cls(
                request_id,
                query_state,
            )

        return _self


_new = object.__new__
