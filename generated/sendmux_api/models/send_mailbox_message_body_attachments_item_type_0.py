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
        d = dict(src_dict)
        content = d.pop("content")

        content_type = d.pop("content_type")

        filename = d.pop("filename")

        send_mailbox_message_body_attachments_item_type_0 = cls(
            content=content,
            content_type=content_type,
            filename=filename,
        )

        return send_mailbox_message_body_attachments_item_type_0
