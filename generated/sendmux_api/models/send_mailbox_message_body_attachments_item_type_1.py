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

        content_type = src_dict["content_type"]

        filename = src_dict["filename"]

        send_mailbox_message_body_attachments_item_type_1 = cls(
            blob_id,
            content_type,
            filename,
        )

        return send_mailbox_message_body_attachments_item_type_1
