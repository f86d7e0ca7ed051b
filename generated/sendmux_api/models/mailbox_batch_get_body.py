from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.mailbox_batch_get_body_body_mode import MailboxBatchGetBodyBodyMode
from ..models.mailbox_batch_get_body_include_attachments import (
    MailboxBatchGetBodyIncludeAttachments,
)
from ..models.mailbox_batch_get_body_include_headers import (
    MailboxBatchGetBodyIncludeHeaders,
)
from ..models.mailbox_batch_get_body_part import MailboxBatchGetBodyPart
from ..types import UNSET, Unset

T = TypeVar("T", bound="MailboxBatchGetBody")


@_attrs_define
class MailboxBatchGetBody:
    """
    Attributes:
        ids (list[str]): Message IDs to fetch, maximum 100.
        body_mode (MailboxBatchGetBodyBodyMode | Unset): Body shape to include for each message.
        include_attachments (MailboxBatchGetBodyIncludeAttachments | Unset): Attachment detail to include. Contents are
            not returned.
        include_headers (MailboxBatchGetBodyIncludeHeaders | Unset): Header detail to include in each message.
        include_html (bool | Unset): When true, include HTML content when available.
        include_links (bool | Unset): When true, include links extracted from the body.
        max_body_chars (int | Unset): Maximum body characters per message before truncation.
        part (MailboxBatchGetBodyPart | Unset): Body part to return when body_mode is not `none`.
        strip_quotes (bool | Unset): When true, remove quoted reply text.
        strip_signature (bool | Unset): When true, remove detected email signatures.
    """

    ids: list[str]
    body_mode: MailboxBatchGetBodyBodyMode | Unset = UNSET
    include_attachments: MailboxBatchGetBodyIncludeAttachments | Unset = UNSET
    include_headers: MailboxBatchGetBodyIncludeHeaders | Unset = UNSET
    include_html: bool | Unset = UNSET
    include_links: bool | Unset = UNSET
    max_body_chars: int | Unset = UNSET
    part: MailboxBatchGetBodyPart | Unset = UNSET
    strip_quotes: bool | Unset = UNSET
    strip_signature: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        ids = self.ids

        body_mode: str | Unset = UNSET
        if not isinstance(self.body_mode, Unset):
            body_mode = self.body_mode.value

        include_attachments: str | Unset = UNSET
        if not isinstance(self.include_attachments, Unset):
            include_attachments = self.include_attachments.value

        include_headers: str | Unset = UNSET
        if not isinstance(self.include_headers, Unset):
            include_headers = self.include_headers.value

        include_html = self.include_html

        include_links = self.include_links

        max_body_chars = self.max_body_chars

        part: str | Unset = UNSET
        if not isinstance(self.part, Unset):
            part = self.part.value

        strip_quotes = self.strip_quotes

        strip_signature = self.strip_signature

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "ids": ids,
            }
        )
        if body_mode is not UNSET:
            field_dict["body_mode"] = body_mode
        if include_attachments is not UNSET:
            field_dict["include_attachments"] = include_attachments
        if include_headers is not UNSET:
            field_dict["include_headers"] = include_headers
        if include_html is not UNSET:
            field_dict["include_html"] = include_html
        if include_links is not UNSET:
            field_dict["include_links"] = include_links
        if max_body_chars is not UNSET:
            field_dict["max_body_chars"] = max_body_chars
        if part is not UNSET:
            field_dict["part"] = part
        if strip_quotes is not UNSET:
            field_dict["strip_quotes"] = strip_quotes
        if strip_signature is not UNSET:
            field_dict["strip_signature"] = strip_signature

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        ids = cast(list[str], src_dict["ids"])

        _body_mode = src_dict.get("body_mode", UNSET)
        body_mode: MailboxBatchGetBodyBodyMode | Unset
        if isinstance(_body_mode, Unset):
            body_mode = UNSET
        else:
            body_mode = (
                _MailboxBatchGetBodyBodyMode_by_value.get(_body_mode)
                if _body_mode.__class__ is str
                else None
            ) or MailboxBatchGetBodyBodyMode(_body_mode)

        _include_attachments = src_dict.get("include_attachments", UNSET)
        include_attachments: MailboxBatchGetBodyIncludeAttachments | Unset
        if isinstance(_include_attachments, Unset):
            include_attachments = UNSET
        else:
            include_attachments = (
                _MailboxBatchGetBodyIncludeAttachments_by_value.get(
                    _include_attachments
                )
                if _include_attachments.__class__ is str
                else None
            ) or MailboxBatchGetBodyIncludeAttachments(_include_attachments)

        _include_headers = src_dict.get("include_headers", UNSET)
        include_headers: MailboxBatchGetBodyIncludeHeaders | Unset
        if isinstance(_include_headers, Unset):
            include_headers = UNSET
        else:
            include_headers = (
                _MailboxBatchGetBodyIncludeHeaders_by_value.get(_include_headers)
                if _include_headers.__class__ is str
                else None
            ) or MailboxBatchGetBodyIncludeHeaders(_include_headers)

        include_html = src_dict.get("include_html", UNSET)
        if not (include_html is UNSET or type(include_html) is bool):
            raise TypeError(
                f'field "include_html": expected boolean, got {type(include_html).__name__}'
            )

        include_links = src_dict.get("include_links", UNSET)
        if not (include_links is UNSET or type(include_links) is bool):
            raise TypeError(
                f'field "include_links": expected boolean, got {type(include_links).__name__}'
            )

        max_body_chars = src_dict.get("max_body_chars", UNSET)
        if not (max_body_chars is UNSET or type(max_body_chars) is int):
            raise TypeError(
                f'field "max_body_chars": expected integer, got {type(max_body_chars).__name__}'
            )

        _part = src_dict.get("part", UNSET)
        part: MailboxBatchGetBodyPart | Unset
        if isinstance(_part, Unset):
            part = UNSET
        else:
            part = (
                _MailboxBatchGetBodyPart_by_value.get(_part)
                if _part.__class__ is str
                else None
            ) or MailboxBatchGetBodyPart(_part)

        strip_quotes = src_dict.get("strip_quotes", UNSET)
        if not (strip_quotes is UNSET or type(strip_quotes) is bool):
            raise TypeError(
                f'field "strip_quotes": expected boolean, got {type(strip_quotes).__name__}'
            )

        strip_signature = src_dict.get("strip_signature", UNSET)
        if not (strip_signature is UNSET or type(strip_signature) is bool):
            raise TypeError(
                f'field "strip_signature": expected boolean, got {type(strip_signature).__name__}'
            )

        if cls is MailboxBatchGetBody:
            _self = _new(cls)
            _self.ids = ids
            _self.body_mode = body_mode
            _self.include_attachments = include_attachments
            _self.include_headers = include_headers
            _self.include_html = include_html
            _self.include_links = include_links
            _self.max_body_chars = max_body_chars
            _self.part = part
            _self.strip_quotes = strip_quotes
            _self.strip_signature = strip_signature
        else:
            _self = cls(
                ids,
                body_mode,
                include_attachments,
                include_headers,
                include_html,
                include_links,
                max_body_chars,
                part,
                strip_quotes,
                strip_signature,
            )

        return _self


_new = object.__new__
_MailboxBatchGetBodyBodyMode_by_value = MailboxBatchGetBodyBodyMode._by_value
_MailboxBatchGetBodyIncludeAttachments_by_value = (
    MailboxBatchGetBodyIncludeAttachments._by_value
)
_MailboxBatchGetBodyIncludeHeaders_by_value = (
    MailboxBatchGetBodyIncludeHeaders._by_value
)
_MailboxBatchGetBodyPart_by_value = MailboxBatchGetBodyPart._by_value
