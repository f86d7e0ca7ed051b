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
        if not (type(download) is bool):
            raise TypeError(
                f'field "download": expected boolean, got {type(download).__name__}'
            )

        metadata = src_dict["metadata"]
        if not (type(metadata) is bool):
            raise TypeError(
                f'field "metadata": expected boolean, got {type(metadata).__name__}'
            )

        parsing = src_dict["parsing"]
        if not (type(parsing) is bool):
            raise TypeError(
                f'field "parsing": expected boolean, got {type(parsing).__name__}'
            )

        range_download = src_dict["range_download"]
        if not (type(range_download) is bool):
            raise TypeError(
                f'field "range_download": expected boolean, got {type(range_download).__name__}'
            )

        send_with_uploaded_blob = src_dict["send_with_uploaded_blob"]
        if not (type(send_with_uploaded_blob) is bool):
            raise TypeError(
                f'field "send_with_uploaded_blob": expected boolean, got {type(send_with_uploaded_blob).__name__}'
            )

        upload = src_dict["upload"]
        if not (type(upload) is bool):
            raise TypeError(
                f'field "upload": expected boolean, got {type(upload).__name__}'
            )

        if cls is MailboxSessionCapabilitiesAttachments:
            _self = _new(cls)
            _self.download = download
            _self.metadata = metadata
            _self.parsing = parsing
            _self.range_download = range_download
            _self.send_with_uploaded_blob = send_with_uploaded_blob
            _self.upload = upload
        else:
            _self = cls(
                download,
                metadata,
                parsing,
                range_download,
                send_with_uploaded_blob,
                upload,
            )

        return _self


_new = object.__new__
