from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="MailboxSearchSnippet")


@_attrs_define
class MailboxSearchSnippet:
    """
    Attributes:
        message_id (str):
        preview (None | str): Body preview snippet. May include mark tags.
        subject (None | str): Subject snippet. May include mark tags.
    """

    message_id: str
    preview: None | str
    subject: None | str

    def to_dict(self) -> dict[str, Any]:
        message_id = self.message_id

        preview: None | str
        preview = self.preview

        subject: None | str
        subject = self.subject

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "message_id": message_id,
                "preview": preview,
                "subject": subject,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        message_id = src_dict["message_id"]
        if not (type(message_id) is str):
            raise TypeError(
                f'field "message_id": expected string, got {type(message_id).__name__}'
            )

        preview = src_dict["preview"]

        if not (type(preview) is str or preview is None):
            raise TypeError(
                f'field "preview": expected string or null, got {type(preview).__name__}'
            )

        subject = src_dict["subject"]

        if not (type(subject) is str or subject is None):
            raise TypeError(
                f'field "subject": expected string or null, got {type(subject).__name__}'
            )

        if cls is MailboxSearchSnippet:
            _self = _new(cls)
            _self.message_id = message_id
            _self.preview = preview
            _self.subject = subject
        else:
            _self = cls(
                message_id,
                preview,
                subject,
            )

        return _self


_new = object.__new__
