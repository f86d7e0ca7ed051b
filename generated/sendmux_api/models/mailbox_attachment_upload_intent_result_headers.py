from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="MailboxAttachmentUploadIntentResultHeaders")


@_attrs_define
class MailboxAttachmentUploadIntentResultHeaders:
    """Headers that must be sent exactly with the PUT request.

    Attributes:
        content_length (str):
        content_type (str):
    """

    content_length: str
    content_type: str

    def to_dict(self) -> dict[str, Any]:
        content_length = self.content_length

        content_type = self.content_type

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "Content-Length": content_length,
                "Content-Type": content_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        content_length = src_dict["Content-Length"]
        if not (type(content_length) is str):
            raise TypeError(
                f'field "Content-Length": expected string, got {type(content_length).__name__}'
            )

        content_type = src_dict["Content-Type"]
        if not (type(content_type) is str):
            raise TypeError(
                f'field "Content-Type": expected string, got {type(content_type).__name__}'
            )

        if cls is MailboxAttachmentUploadIntentResultHeaders:
            _self = _new(cls)
            _self.content_length = content_length
            _self.content_type = content_type
        else:
            _self = cls(
                content_length,
                content_type,
            )

        return _self


_new = object.__new__
