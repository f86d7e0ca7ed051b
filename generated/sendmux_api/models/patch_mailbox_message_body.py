from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.patch_mailbox_message_body_keywords import (
        PatchMailboxMessageBodyKeywords,
    )


T = TypeVar("T", bound="PatchMailboxMessageBody")


@_attrs_define
class PatchMailboxMessageBody:
    """
    Attributes:
        flagged (bool | Unset):
        keywords (PatchMailboxMessageBodyKeywords | Unset): Map of message keyword names to booleans. `true` sets the
            keyword; `false` clears it. Keyword names are normalised to lowercase. Lifecycle keywords such as `$draft` are
            read-only. Example: {'$answered': True, 'agent_triaged': True, 'needs_reply': False}.
        seen (bool | Unset):
    """

    flagged: bool | Unset = UNSET
    keywords: PatchMailboxMessageBodyKeywords | Unset = UNSET
    seen: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _import_lazy()
        flagged = self.flagged

        keywords: dict[str, Any] | Unset = UNSET
        if not isinstance(self.keywords, Unset):
            keywords = self.keywords.to_dict()

        seen = self.seen

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if flagged is not UNSET:
            field_dict["flagged"] = flagged
        if keywords is not UNSET:
            field_dict["keywords"] = keywords
        if seen is not UNSET:
            field_dict["seen"] = seen

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_imports_pending:
            _import_lazy()
        flagged = src_dict.get("flagged", UNSET)
        if not (flagged is UNSET or type(flagged) is bool):
            raise TypeError(
                f'field "flagged": expected boolean, got {type(flagged).__name__}'
            )

        _keywords = src_dict.get("keywords", UNSET)
        keywords: PatchMailboxMessageBodyKeywords | Unset
        if isinstance(_keywords, Unset):
            keywords = UNSET
        else:
            keywords = _PatchMailboxMessageBodyKeywords_from_dict(_keywords)

        seen = src_dict.get("seen", UNSET)
        if not (seen is UNSET or type(seen) is bool):
            raise TypeError(
                f'field "seen": expected boolean, got {type(seen).__name__}'
            )

        if cls is PatchMailboxMessageBody:
            _self = _new(cls)
            _self.flagged = flagged
            _self.keywords = keywords
            _self.seen = seen
        else:
            _self = cls(
                flagged,
                keywords,
                seen,
            )

        return _self


_new = object.__new__
if TYPE_CHECKING:  # bound by _import_lazy
    _PatchMailboxMessageBodyKeywords_from_dict = (
        PatchMailboxMessageBodyKeywords.from_dict
    )


_lazy_imports_pending = True


def _import_lazy() -> None:
    """Bind the models this module refers to; they may import this module back."""
    global _lazy_imports_pending
    global PatchMailboxMessageBodyKeywords
    global _PatchMailboxMessageBodyKeywords_from_dict
    from ..models.patch_mailbox_message_body_keywords import (
        PatchMailboxMessageBodyKeywords,
    )

    _PatchMailboxMessageBodyKeywords_from_dict = (
        PatchMailboxMessageBodyKeywords.from_dict
    )

    _lazy_imports_pending = False
