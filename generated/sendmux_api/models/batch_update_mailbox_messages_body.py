from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.batch_update_mailbox_messages_body_keywords import (
        BatchUpdateMailboxMessagesBodyKeywords,
    )


T = TypeVar("T", bound="BatchUpdateMailboxMessagesBody")


@_attrs_define
class BatchUpdateMailboxMessagesBody:
    """
    Attributes:
        ids (list[str]): Message IDs to update, maximum 100.
        flagged (bool | Unset): Set or clear the flagged marker.
        if_in_state (str | Unset): Optional message state token for stale-write protection.
        keywords (BatchUpdateMailboxMessagesBodyKeywords | Unset): Map of message keyword names to booleans. `true` sets
            the keyword; `false` clears it. Keyword names are normalised to lowercase. Lifecycle keywords such as `$draft`
            are read-only. Example: {'$answered': True, 'agent_triaged': True, 'needs_reply': False}.
        seen (bool | Unset): Set or clear the seen flag.
    """

    ids: list[str]
    flagged: bool | Unset = UNSET
    if_in_state: str | Unset = UNSET
    keywords: BatchUpdateMailboxMessagesBodyKeywords | Unset = UNSET
    seen: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        ids = self.ids

        flagged = self.flagged

        if_in_state = self.if_in_state

        keywords: dict[str, Any] | Unset = UNSET
        if not isinstance(self.keywords, Unset):
            keywords = self.keywords.to_dict()

        seen = self.seen

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "ids": ids,
            }
        )
        if flagged is not UNSET:
            field_dict["flagged"] = flagged
        if if_in_state is not UNSET:
            field_dict["if_in_state"] = if_in_state
        if keywords is not UNSET:
            field_dict["keywords"] = keywords
        if seen is not UNSET:
            field_dict["seen"] = seen

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.batch_update_mailbox_messages_body_keywords import (
            BatchUpdateMailboxMessagesBodyKeywords,
        )

        d = dict(src_dict)
        ids = cast(list[str], d.pop("ids"))

        flagged = d.pop("flagged", UNSET)

        if_in_state = d.pop("if_in_state", UNSET)

        _keywords = d.pop("keywords", UNSET)
        keywords: BatchUpdateMailboxMessagesBodyKeywords | Unset
        if isinstance(_keywords, Unset):
            keywords = UNSET
        else:
            keywords = BatchUpdateMailboxMessagesBodyKeywords.from_dict(_keywords)

        seen = d.pop("seen", UNSET)

        batch_update_mailbox_messages_body = cls(
            ids=ids,
            flagged=flagged,
            if_in_state=if_in_state,
            keywords=keywords,
            seen=seen,
        )

        return batch_update_mailbox_messages_body
