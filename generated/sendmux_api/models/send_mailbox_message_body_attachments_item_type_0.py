from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="SendMailboxMessageBodyAttachmentsItemType0")


@_attrs_define
class SendMailboxMessageBodyAttachmentsItemType0:
    """
    Attributes:
        content (str): Base64-encoded content for small inline attachments. Use /mailbox/attachments:upload for larger
            files.
        content_type (str):
        filename (str):
    """

    content: str
    content_type: str
    filename: str

    def to_dict(self) -> dict[str, Any]:
        content = self.content

        content_type = self.content_type

        filename = self.filename

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "content": content,
                "content_type": content_type,
                "filename": filename,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        content = src_dict["content"]
        if not (type(content) is str):
            raise TypeError(
                f'field "content": expected string, got {type(content).__name__}'
            )

        content_type = src_dict["content_type"]
        if not (type(content_type) is str):
            raise TypeError(
                f'field "content_type": expected string, got {type(content_type).__name__}'
            )

        filename = src_dict["filename"]
        if not (type(filename) is str):
            raise TypeError(
                f'field "filename": expected string, got {type(filename).__name__}'
            )

        if cls is SendMailboxMessageBodyAttachmentsItemType0:
            _self = _new(cls)
            _self.content = content
            _self.content_type = content_type
            _self.filename = filename
        else:
            _self = cls(
                content,
                content_type,
                filename,
            )

        return _self


_new = object.__new__
