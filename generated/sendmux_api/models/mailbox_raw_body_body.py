from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="MailboxRawBodyBody")


@_attrs_define
class MailboxRawBodyBody:
    """
    Attributes:
        html (None | str):
        is_truncated (bool):
        text (None | str):
        truncated_at_chars (int | None):
    """

    html: None | str
    is_truncated: bool
    text: None | str
    truncated_at_chars: int | None

    def to_dict(self) -> dict[str, Any]:
        html: None | str
        html = self.html

        is_truncated = self.is_truncated

        text: None | str
        text = self.text

        truncated_at_chars: int | None
        truncated_at_chars = self.truncated_at_chars

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "html": html,
                "is_truncated": is_truncated,
                "text": text,
                "truncated_at_chars": truncated_at_chars,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        html = src_dict["html"]

        is_truncated = src_dict["is_truncated"]

        text = src_dict["text"]

        truncated_at_chars = src_dict["truncated_at_chars"]

        mailbox_raw_body_body = cls(
            html,
            is_truncated,
            text,
            truncated_at_chars,
        )

        return mailbox_raw_body_body
