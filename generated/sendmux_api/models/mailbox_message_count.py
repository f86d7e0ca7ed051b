from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="MailboxMessageCount")


@_attrs_define
class MailboxMessageCount:
    """
    Attributes:
        sync_state (None | str):
        total (int):
    """

    sync_state: None | str
    total: int

    def to_dict(self) -> dict[str, Any]:
        sync_state: None | str
        sync_state = self.sync_state

        total = self.total

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "sync_state": sync_state,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_sync_state(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        sync_state = _parse_sync_state(d.pop("sync_state"))

        total = d.pop("total")

        mailbox_message_count = cls(
            sync_state=sync_state,
            total=total,
        )

        return mailbox_message_count
