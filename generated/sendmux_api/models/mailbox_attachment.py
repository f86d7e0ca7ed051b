from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="MailboxAttachment")


@_attrs_define
class MailboxAttachment:
    """
    Attributes:
        content_id (None | str): Content ID for inline attachments, when present.
        content_type (str):  Example: application/pdf.
        disposition (None | str):  Example: attachment.
        filename (None | str):  Example: invoice.pdf.
        id (str): Attachment blob ID.
        size_bytes (int | None):  Example: 12345.
        download_url (str | Unset): Short-lived URL for this exact attachment. Fetch it promptly; if it expires, call
            the message or attachment metadata endpoint again to receive a fresh URL. Example:
            https://app.sendmux.ai/api/v1/mailbox/messages/msg_123/attachment-downloads/attref_abc123?download_token=....
    """

    content_id: None | str
    content_type: str
    disposition: None | str
    filename: None | str
    id: str
    size_bytes: int | None
    download_url: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        content_id: None | str
        content_id = self.content_id

        content_type = self.content_type

        disposition: None | str
        disposition = self.disposition

        filename: None | str
        filename = self.filename

        id = self.id

        size_bytes: int | None
        size_bytes = self.size_bytes

        download_url = self.download_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "content_id": content_id,
                "content_type": content_type,
                "disposition": disposition,
                "filename": filename,
                "id": id,
                "size_bytes": size_bytes,
            }
        )
        if download_url is not UNSET:
            field_dict["download_url"] = download_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        content_id = src_dict["content_id"]

        content_type = src_dict["content_type"]

        disposition = src_dict["disposition"]

        filename = src_dict["filename"]

        id = src_dict["id"]

        size_bytes = src_dict["size_bytes"]

        download_url = src_dict.get("download_url", UNSET)

        mailbox_attachment = cls(
            content_id,
            content_type,
            disposition,
            filename,
            id,
            size_bytes,
            download_url,
        )

        return mailbox_attachment
