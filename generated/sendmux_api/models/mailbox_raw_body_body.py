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

        if not (type(html) is str or html is None):
            raise TypeError(
                f'field "html": expected string or null, got {type(html).__name__}'
            )

        is_truncated = src_dict["is_truncated"]
        if not (type(is_truncated) is bool):
            raise TypeError(
                f'field "is_truncated": expected boolean, got {type(is_truncated).__name__}'
            )

        text = src_dict["text"]

        if not (type(text) is str or text is None):
            raise TypeError(
                f'field "text": expected string or null, got {type(text).__name__}'
            )

        truncated_at_chars = src_dict["truncated_at_chars"]

        if not (type(truncated_at_chars) is int or truncated_at_chars is None):
            raise TypeError(
                f'field "truncated_at_chars": expected integer or null, got {type(truncated_at_chars).__name__}'
            )

        if cls is MailboxRawBodyBody:
            _self = _new(cls)
            _self.html = html
            _self.is_truncated = is_truncated
            _self.text = text
            _self.truncated_at_chars = truncated_at_chars
        else:
            _self = cls(
                html,
                is_truncated,
                text,
                truncated_at_chars,
            )

        return _self


_new = object.__new__
