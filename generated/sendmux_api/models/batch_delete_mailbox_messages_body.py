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
        d = dict(src_dict)
        ids = cast(list[str], d.pop("ids"))

        if_in_state = d.pop("if_in_state", UNSET)

        permanent = d.pop("permanent", UNSET)

        batch_delete_mailbox_messages_body = cls(
            ids=ids,
            if_in_state=if_in_state,
            permanent=permanent,
        )

        return batch_delete_mailbox_messages_body
