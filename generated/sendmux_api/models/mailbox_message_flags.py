from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="MailboxMessageFlags")


@_attrs_define
class MailboxMessageFlags:
    """
    Attributes:
        answered (bool):
        draft (bool):
        flagged (bool):
        seen (bool):
    """

    answered: bool
    draft: bool
    flagged: bool
    seen: bool

    def to_dict(self) -> dict[str, Any]:
        answered = self.answered

        draft = self.draft

        flagged = self.flagged

        seen = self.seen

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "answered": answered,
                "draft": draft,
                "flagged": flagged,
                "seen": seen,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        answered = src_dict["answered"]
        if not (type(answered) is bool):
            raise TypeError(
                f'field "answered": expected boolean, got {type(answered).__name__}'
            )

        draft = src_dict["draft"]
        if not (type(draft) is bool):
            raise TypeError(
                f'field "draft": expected boolean, got {type(draft).__name__}'
            )

        flagged = src_dict["flagged"]
        if not (type(flagged) is bool):
            raise TypeError(
                f'field "flagged": expected boolean, got {type(flagged).__name__}'
            )

        seen = src_dict["seen"]
        if not (type(seen) is bool):
            raise TypeError(
                f'field "seen": expected boolean, got {type(seen).__name__}'
            )

        if cls is MailboxMessageFlags:
            _self = _new(cls)
            _self.answered = answered
            _self.draft = draft
            _self.flagged = flagged
            _self.seen = seen
        else:
            _self = cls(
                answered,
                draft,
                flagged,
                seen,
            )

        return _self


_new = object.__new__
