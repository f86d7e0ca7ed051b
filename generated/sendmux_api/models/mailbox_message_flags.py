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

        draft = src_dict["draft"]

        flagged = src_dict["flagged"]

        seen = src_dict["seen"]

        mailbox_message_flags = cls(
            answered,
            draft,
            flagged,
            seen,
        )

        return mailbox_message_flags
