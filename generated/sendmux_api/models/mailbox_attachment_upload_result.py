from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="MailboxAttachmentUploadResult")


@_attrs_define
class MailboxAttachmentUploadResult:
    """
    Attributes:
        blob_id (str): Uploaded attachment blob ID for a later send request.
        content_type (str):  Example: application/pdf.
        filename (str):  Example: invoice.pdf.
        size_bytes (int):  Example: 12345.
    """

    blob_id: str
    content_type: str
    filename: str
    size_bytes: int

    def to_dict(self) -> dict[str, Any]:
        blob_id = self.blob_id

        content_type = self.content_type

        filename = self.filename

        size_bytes = self.size_bytes

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "blob_id": blob_id,
                "content_type": content_type,
                "filename": filename,
                "size_bytes": size_bytes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        blob_id = src_dict["blob_id"]

        content_type = src_dict["content_type"]

        filename = src_dict["filename"]

        size_bytes = src_dict["size_bytes"]

        mailbox_attachment_upload_result = cls(
            blob_id,
            content_type,
            filename,
            size_bytes,
        )

        return mailbox_attachment_upload_result
