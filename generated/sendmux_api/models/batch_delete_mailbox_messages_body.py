from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="BatchDeleteMailboxMessagesBody")


@_attrs_define
class BatchDeleteMailboxMessagesBody:
    """
    Attributes:
        ids (list[str]): Message IDs to delete, maximum 100.
        if_in_state (str | Unset): Optional message state token for stale-write protection.
        permanent (bool | Unset): When true, permanently deletes instead of moving to Trash.
    """

    ids: list[str]
    if_in_state: str | Unset = UNSET
    permanent: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        ids = self.ids

        if_in_state = self.if_in_state

        permanent = self.permanent

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "ids": ids,
            }
        )
        if if_in_state is not UNSET:
            field_dict["if_in_state"] = if_in_state
        if permanent is not UNSET:
            field_dict["permanent"] = permanent

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        ids = cast(list[str], src_dict["ids"])

        if_in_state = src_dict.get("if_in_state", UNSET)
        if not (if_in_state is UNSET or type(if_in_state) is str):
            raise TypeError(
                f'field "if_in_state": expected string, got {type(if_in_state).__name__}'
            )

        permanent = src_dict.get("permanent", UNSET)
        if not (permanent is UNSET or type(permanent) is bool):
            raise TypeError(
                f'field "permanent": expected boolean, got {type(permanent).__name__}'
            )

        if cls is BatchDeleteMailboxMessagesBody:
            _self = _new(cls)
            _self.ids = ids
            _self.if_in_state = if_in_state
            _self.permanent = permanent
        else:
            _self = cls(
                ids,
                if_in_state,
                permanent,
            )

        return _self


_new = object.__new__
