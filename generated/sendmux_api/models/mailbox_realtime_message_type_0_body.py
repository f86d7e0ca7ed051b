from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="MailboxRealtimeMessageType0Body")


@_attrs_define
class MailboxRealtimeMessageType0Body:
    """
    Attributes:
        html (None | str):
        is_truncated (bool):
        max_bytes (int):
        text (None | str):
    """

    html: None | str
    is_truncated: bool
    max_bytes: int
    text: None | str

    def to_dict(self) -> dict[str, Any]:
        html: None | str
        html = self.html

        is_truncated = self.is_truncated

        max_bytes = self.max_bytes

        text: None | str
        text = self.text

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "html": html,
                "is_truncated": is_truncated,
                "max_bytes": max_bytes,
                "text": text,
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

        max_bytes = src_dict["max_bytes"]
        if not (type(max_bytes) is int):
            raise TypeError(
                f'field "max_bytes": expected integer, got {type(max_bytes).__name__}'
            )

        text = src_dict["text"]

        if not (type(text) is str or text is None):
            raise TypeError(
                f'field "text": expected string or null, got {type(text).__name__}'
            )

        if cls is MailboxRealtimeMessageType0Body:
            _self = _new(cls)
            _self.html = html
            _self.is_truncated = is_truncated
            _self.max_bytes = max_bytes
            _self.text = text
        else:
            _self = cls(
                html,
                is_truncated,
                max_bytes,
                text,
            )

        return _self


_new = object.__new__
