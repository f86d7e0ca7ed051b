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
        if _lazy_imports_pending:
            _import_lazy()
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
        if _lazy_imports_pending:
            _import_lazy()
        ids = cast(list[str], src_dict["ids"])

        flagged = src_dict.get("flagged", UNSET)
        if not (flagged is UNSET or type(flagged) is bool):
            raise TypeError(
                f'field "flagged": expected boolean, got {type(flagged).__name__}'
            )

        if_in_state = src_dict.get("if_in_state", UNSET)
        if not (if_in_state is UNSET or type(if_in_state) is str):
            raise TypeError(
                f'field "if_in_state": expected string, got {type(if_in_state).__name__}'
            )

        _keywords = src_dict.get("keywords", UNSET)
        keywords: BatchUpdateMailboxMessagesBodyKeywords | Unset
        if isinstance(_keywords, Unset):
            keywords = UNSET
        else:
            keywords = _BatchUpdateMailboxMessagesBodyKeywords_from_dict(_keywords)

        seen = src_dict.get("seen", UNSET)
        if not (seen is UNSET or type(seen) is bool):
            raise TypeError(
                f'field "seen": expected boolean, got {type(seen).__name__}'
            )

        if cls is BatchUpdateMailboxMessagesBody:
            _self = _new(cls)
            _self.ids = ids
            _self.flagged = flagged
            _self.if_in_state = if_in_state
            _self.keywords = keywords
            _self.seen = seen
        else:
            _self = cls(
                ids,
                flagged,
                if_in_state,
                keywords,
                seen,
            )

        return _self


_new = object.__new__
if TYPE_CHECKING:  # bound by _import_lazy
    _BatchUpdateMailboxMessagesBodyKeywords_from_dict = (
        BatchUpdateMailboxMessagesBodyKeywords.from_dict
    )


_lazy_imports_pending = True


def _import_lazy() -> None:
    """Bind the models this module refers to; they may import this module back."""
    global _lazy_imports_pending
    global BatchUpdateMailboxMessagesBodyKeywords
    global _BatchUpdateMailboxMessagesBodyKeywords_from_dict
    from ..models.batch_update_mailbox_messages_body_keywords import (
        BatchUpdateMailboxMessagesBodyKeywords,
    )

    _BatchUpdateMailboxMessagesBodyKeywords_from_dict = (
        BatchUpdateMailboxMessagesBodyKeywords.from_dict
    )

    _lazy_imports_pending = False
