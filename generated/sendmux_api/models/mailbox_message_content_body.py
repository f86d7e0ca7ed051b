from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.mailbox_message_content_body_format_type_0 import (
    MailboxMessageContentBodyFormatType0,
)

T = TypeVar("T", bound="MailboxMessageContentBody")


@_attrs_define
class MailboxMessageContentBody:
    """
    Attributes:
        extracted_links (list[str]):
        format_ (MailboxMessageContentBodyFormatType0 | None):
        html (None | str): HTML body when requested. Returned as a JSON string and not as rendered content.
        is_truncated (bool):
        quotes_stripped (bool):
        signature_stripped (bool):
        text (None | str):
        truncated_at_chars (int | None):
    """

    extracted_links: list[str]
    format_: MailboxMessageContentBodyFormatType0 | None
    html: None | str
    is_truncated: bool
    quotes_stripped: bool
    signature_stripped: bool
    text: None | str
    truncated_at_chars: int | None

    def to_dict(self) -> dict[str, Any]:
        extracted_links = self.extracted_links

        format_: None | str
        if isinstance(self.format_, MailboxMessageContentBodyFormatType0):
            format_ = self.format_.value
        else:
            format_ = self.format_

        html: None | str
        html = self.html

        is_truncated = self.is_truncated

        quotes_stripped = self.quotes_stripped

        signature_stripped = self.signature_stripped

        text: None | str
        text = self.text

        truncated_at_chars: int | None
        truncated_at_chars = self.truncated_at_chars

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "extracted_links": extracted_links,
                "format": format_,
                "html": html,
                "is_truncated": is_truncated,
                "quotes_stripped": quotes_stripped,
                "signature_stripped": signature_stripped,
                "text": text,
                "truncated_at_chars": truncated_at_chars,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        extracted_links = cast(list[str], src_dict["extracted_links"])

        def _parse_format_(data: object) -> MailboxMessageContentBodyFormatType0 | None:
            if data is None:
                return data
            if isinstance(data, str):
                try:
                    _format_type_0 = data
                    format_type_0 = (
                        _MailboxMessageContentBodyFormatType0_by_value.get(
                            _format_type_0
                        )
                        if _format_type_0.__class__ is str
                        else None
                    ) or MailboxMessageContentBodyFormatType0(_format_type_0)

                    return format_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return cast(MailboxMessageContentBodyFormatType0 | None, data)

        format_ = _parse_format_(src_dict["format"])

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

        quotes_stripped = src_dict["quotes_stripped"]
        if not (type(quotes_stripped) is bool):
            raise TypeError(
                f'field "quotes_stripped": expected boolean, got {type(quotes_stripped).__name__}'
            )

        signature_stripped = src_dict["signature_stripped"]
        if not (type(signature_stripped) is bool):
            raise TypeError(
                f'field "signature_stripped": expected boolean, got {type(signature_stripped).__name__}'
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

        if cls is MailboxMessageContentBody:
            _self = _new(cls)
            _self.extracted_links = extracted_links
            _self.format_ = format_
            _self.html = html
            _self.is_truncated = is_truncated
            _self.quotes_stripped = quotes_stripped
            _self.signature_stripped = signature_stripped
            _self.text = text
            _self.truncated_at_chars = truncated_at_chars
        else:
            _self = cls(
                extracted_links,
                format_,
                html,
                is_truncated,
                quotes_stripped,
                signature_stripped,
                text,
                truncated_at_chars,
            )

        return _self


_new = object.__new__
_MailboxMessageContentBodyFormatType0_by_value = (
    MailboxMessageContentBodyFormatType0._by_value
)
