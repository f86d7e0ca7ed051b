from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="MailboxSessionCapabilitiesAttachments")


@_attrs_define
class MailboxSessionCapabilitiesAttachments:
    """
    Attributes:
        download (bool):
        metadata (bool):
        parsing (bool):
        range_download (bool):
        send_with_uploaded_blob (bool):
        upload (bool):
    """

    download: bool
    metadata: bool
    parsing: bool
    range_download: bool
    send_with_uploaded_blob: bool
    upload: bool

    def to_dict(self) -> dict[str, Any]:
        download = self.download

        metadata = self.metadata

        parsing = self.parsing

        range_download = self.range_download

        send_with_uploaded_blob = self.send_with_uploaded_blob

        upload = self.upload

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "download": download,
                "metadata": metadata,
                "parsing": parsing,
                "range_download": range_download,
                "send_with_uploaded_blob": send_with_uploaded_blob,
                "upload": upload,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        download = src_dict["download"]

        metadata = src_dict["metadata"]

        parsing = src_dict["parsing"]

        range_download = src_dict["range_download"]

        send_with_uploaded_blob = src_dict["send_with_uploaded_blob"]

        upload = src_dict["upload"]

        mailbox_session_capabilities_attachments = cls(
            download,
            metadata,
            parsing,
            range_download,
            send_with_uploaded_blob,
            upload,
        )

        return mailbox_session_capabilities_attachments
