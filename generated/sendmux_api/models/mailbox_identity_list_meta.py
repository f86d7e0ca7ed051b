from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="MailboxIdentityListMeta")


@_attrs_define
class MailboxIdentityListMeta:
    """
    Attributes:
        request_id (str):
        identity_state (str | Unset):
    """

    request_id: str
    identity_state: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        identity_state = self.identity_state

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "request_id": request_id,
            }
        )
        if identity_state is not UNSET:
            field_dict["identity_state"] = identity_state

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        request_id = src_dict["request_id"]
        if not (type(request_id) is str):
            raise TypeError(
                f'field "request_id": expected string, got {type(request_id).__name__}'
            )

        identity_state = src_dict.get("identity_state", UNSET)
        if not (identity_state is UNSET or type(identity_state) is str):
            raise TypeError(
                f'field "identity_state": expected string, got {type(identity_state).__name__}'
            )

        if cls is MailboxIdentityListMeta:
            _self = _new(cls)
            _self.request_id = request_id
            _self.identity_state = identity_state
        else:
            _self = cls(
                request_id,
                identity_state,
            )

        return _self


_new = object.__new__
