from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="MailboxAttachmentUploadIntentBody")


@_attrs_define
class MailboxAttachmentUploadIntentBody:
    """
    Attributes:
        content_type (str): Content-Type that must be sent on the later PUT request. Example: application/pdf.
        filename (str): Filename to use when sending the uploaded attachment.
        size_bytes (int): Exact byte length that must be sent on the later PUT request.
    """

    content_type: str
    filename: str
    size_bytes: int

    def to_dict(self) -> dict[str, Any]:
        content_type = self.content_type

        filename = self.filename

        size_bytes = self.size_bytes

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "content_type": content_type,
                "filename": filename,
                "size_bytes": size_bytes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
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

        size_bytes = src_dict["size_bytes"]
        if not (type(size_bytes) is int):
            raise TypeError(
                f'field "size_bytes": expected integer, got {type(size_bytes).__name__}'
            )

        if cls is MailboxAttachmentUploadIntentBody:
            _self = _new(cls)
            _self.content_type = content_type
            _self.filename = filename
            _self.size_bytes = size_bytes
        else:
            _self = cls(
                content_type,
                filename,
                size_bytes,
            )

        return _self


_new = object.__new__
