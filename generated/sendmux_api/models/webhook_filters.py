from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="WebhookFilters")


@_attrs_define
class WebhookFilters:
    """Optional delivery scope. Empty mailbox_ids means all team mailboxes.

    Attributes:
        mailbox_ids (list[str]): Mailbox public IDs to receive events for. Empty means all mailboxes in the team.
            Example: ['mbx_clxxxxxxxxxxxxxxxxxxxxxxxxx'].
    """

    mailbox_ids: list[str]

    def to_dict(self) -> dict[str, Any]:
        mailbox_ids = self.mailbox_ids

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "mailbox_ids": mailbox_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        mailbox_ids = cast(list[str], src_dict["mailbox_ids"])

        if cls is WebhookFilters:
            _self = _new(cls)
            _self.mailbox_ids = mailbox_ids
        else:
            _self = cls(
                mailbox_ids,
            )

        return _self


_new = object.__new__
