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

        if not (type(content_id) is str or content_id is None):
            raise TypeError(
                f'field "content_id": expected string or null, got {type(content_id).__name__}'
            )

        content_type = src_dict["content_type"]
        if not (type(content_type) is str):
            raise TypeError(
                f'field "content_type": expected string, got {type(content_type).__name__}'
            )

        disposition = src_dict["disposition"]

        if not (type(disposition) is str or disposition is None):
            raise TypeError(
                f'field "disposition": expected string or null, got {type(disposition).__name__}'
            )

        filename = src_dict["filename"]

        if not (type(filename) is str or filename is None):
            raise TypeError(
                f'field "filename": expected string or null, got {type(filename).__name__}'
            )

        id = src_dict["id"]
        if not (type(id) is str):
            raise TypeError(f'field "id": expected string, got {type(id).__name__}')

        size_bytes = src_dict["size_bytes"]

        if not (type(size_bytes) is int or size_bytes is None):
            raise TypeError(
                f'field "size_bytes": expected integer or null, got {type(size_bytes).__name__}'
            )

        download_url = src_dict.get("download_url", UNSET)
        if not (download_url is UNSET or type(download_url) is str):
            raise TypeError(
                f'field "download_url": expected string, got {type(download_url).__name__}'
            )

        if cls is MailboxAttachment:
            _self = _new(cls)
            _self.content_id = content_id
            _self.content_type = content_type
            _self.disposition = disposition
            _self.filename = filename
            _self.id = id
            _self.size_bytes = size_bytes
            _self.download_url = download_url
        else:
            _self = cls(
                content_id,
                content_type,
                disposition,
                filename,
                id,
                size_bytes,
                download_url,
            )

        return _self


_new = object.__new__
