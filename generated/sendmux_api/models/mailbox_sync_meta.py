from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="MailboxSyncMeta")


@_attrs_define
class MailboxSyncMeta:
    """
    Attributes:
        request_id (str):
        sync_state (str | Unset):
    """

    request_id: str
    sync_state: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        sync_state = self.sync_state

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "request_id": request_id,
            }
        )
        if sync_state is not UNSET:
            field_dict["sync_state"] = sync_state

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        request_id = src_dict["request_id"]
        if not (type(request_id) is str):
            raise TypeError(
                f'field "request_id": expected string, got {type(request_id).__name__}'
            )

        sync_state = src_dict.get("sync_state", UNSET)
        if not (sync_state is UNSET or type(sync_state) is str):
            raise TypeError(
                f'field "sync_state": expected string, got {type(sync_state).__name__}'
            )

        if cls is MailboxSyncMeta:
            _self = _new(cls)
            _self.request_id = request_id
            _self.sync_state = sync_state
        else:
            _self = cls(
                request_id,
                sync_state,
            )

        return _self


_new = object.__new__
