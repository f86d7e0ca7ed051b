from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="SendMailboxMessageBodyAttachmentsItemType1")


@_attrs_define
class SendMailboxMessageBodyAttachmentsItemType1:
    """
    Attributes:
        blob_id (str): Blob ID returned by /mailbox/attachments:upload.
        content_type (str):
        filename (str):
    """

    blob_id: str
    content_type: str
    filename: str

    def to_dict(self) -> dict[str, Any]:
        blob_id = self.blob_id

        content_type = self.content_type

        filename = self.filename

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "blob_id": blob_id,
                "content_type": content_type,
                "filename": filename,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        blob_id = src_dict["blob_id"]
        if not (type(blob_id) is str):
            raise TypeError(
                f'field "blob_id": expected string, got {type(blob_id).__name__}'
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

        if cls is SendMailboxMessageBodyAttachmentsItemType1:
            _self = _new(cls)
            _self.blob_id = blob_id
            _self.content_type = content_type
            _self.filename = filename
        else:
            _self = cls(
                blob_id,
                content_type,
                filename,
            )

        return _self


_new = object.__new__
