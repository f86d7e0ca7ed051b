from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="MailboxSessionLimits")


@_attrs_define
class MailboxSessionLimits:
    """
    Attributes:
        attachment_upload_bytes_max (int):
        batch_ids_max (int):
        body_chars_max (int):
        changes_limit_max (int):
        inline_attachment_bytes_max (int):
        keywords_per_update_max (int):
        list_limit_max (int):
        message_body_chars_default (int):
        outbound_raw_message_bytes_max (int):
        thread_body_chars_default (int):
    """

    attachment_upload_bytes_max: int
    batch_ids_max: int
    body_chars_max: int
    changes_limit_max: int
    inline_attachment_bytes_max: int
    keywords_per_update_max: int
    list_limit_max: int
    message_body_chars_default: int
    outbound_raw_message_bytes_max: int
    thread_body_chars_default: int

    def to_dict(self) -> dict[str, Any]:
        attachment_upload_bytes_max = self.attachment_upload_bytes_max

        batch_ids_max = self.batch_ids_max

        body_chars_max = self.body_chars_max

        changes_limit_max = self.changes_limit_max

        inline_attachment_bytes_max = self.inline_attachment_bytes_max

        keywords_per_update_max = self.keywords_per_update_max

        list_limit_max = self.list_limit_max

        message_body_chars_default = self.message_body_chars_default

        outbound_raw_message_bytes_max = self.outbound_raw_message_bytes_max

        thread_body_chars_default = self.thread_body_chars_default

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "attachment_upload_bytes_max": attachment_upload_bytes_max,
                "batch_ids_max": batch_ids_max,
                "body_chars_max": body_chars_max,
                "changes_limit_max": changes_limit_max,
                "inline_attachment_bytes_max": inline_attachment_bytes_max,
                "keywords_per_update_max": keywords_per_update_max,
                "list_limit_max": list_limit_max,
                "message_body_chars_default": message_body_chars_default,
                "outbound_raw_message_bytes_max": outbound_raw_message_bytes_max,
                "thread_body_chars_default": thread_body_chars_default,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        attachment_upload_bytes_max = src_dict["attachment_upload_bytes_max"]
        if not (type(attachment_upload_bytes_max) is int):
            raise TypeError(
                f'field "attachment_upload_bytes_max": expected integer, got {type(attachment_upload_bytes_max).__name__}'
            )

        batch_ids_max = src_dict["batch_ids_max"]
        if not (type(batch_ids_max) is int):
            raise TypeError(
                f'field "batch_ids_max": expected integer, got {type(batch_ids_max).__name__}'
            )

        body_chars_max = src_dict["body_chars_max"]
        if not (type(body_chars_max) is int):
            raise TypeError(
                f'field "body_chars_max": expected integer, got {type(body_chars_max).__name__}'
            )

        changes_limit_max = src_dict["changes_limit_max"]
        if not (type(changes_limit_max) is int):
            raise TypeError(
                f'field "changes_limit_max": expected integer, got {type(changes_limit_max).__name__}'
            )

        inline_attachment_bytes_max = src_dict["inline_attachment_bytes_max"]
        if not (type(inline_attachment_bytes_max) is int):
            raise TypeError(
                f'field "inline_attachment_bytes_max": expected integer, got {type(inline_attachment_bytes_max).__name__}'
            )

        keywords_per_update_max = src_dict["keywords_per_update_max"]
        if not (type(keywords_per_update_max) is int):
            raise TypeError(
                f'field "keywords_per_update_max": expected integer, got {type(keywords_per_update_max).__name__}'
            )

        list_limit_max = src_dict["list_limit_max"]
        if not (type(list_limit_max) is int):
            raise TypeError(
                f'field "list_limit_max": expected integer, got {type(list_limit_max).__name__}'
            )

        message_body_chars_default = src_dict["message_body_chars_default"]
        if not (type(message_body_chars_default) is int):
            raise TypeError(
                f'field "message_body_chars_default": expected integer, got {type(message_body_chars_default).__name__}'
            )

        outbound_raw_message_bytes_max = src_dict["outbound_raw_message_bytes_max"]
        if not (type(outbound_raw_message_bytes_max) is int):
            raise TypeError(
                f'field "outbound_raw_message_bytes_max": expected integer, got {type(outbound_raw_message_bytes_max).__name__}'
            )

        thread_body_chars_default = src_dict["thread_body_chars_default"]
        if not (type(thread_body_chars_default) is int):
            raise TypeError(
                f'field "thread_body_chars_default": expected integer, got {type(thread_body_chars_default).__name__}'
            )

        if cls is MailboxSessionLimits:
            _self = _new(cls)
            _self.attachment_upload_bytes_max = attachment_upload_bytes_max
            _self.batch_ids_max = batch_ids_max
            _self.body_chars_max = body_chars_max
            _self.changes_limit_max = changes_limit_max
            _self.inline_attachment_bytes_max = inline_attachment_bytes_max
            _self.keywords_per_update_max = keywords_per_update_max
            _self.list_limit_max = list_limit_max
            _self.message_body_chars_default = message_body_chars_default
            _self.outbound_raw_message_bytes_max = outbound_raw_message_bytes_max
            _self.thread_body_chars_default = thread_body_chars_default
        else:
            _self = cls(
                attachment_upload_bytes_max,
                batch_ids_max,
                body_chars_max,
                changes_limit_max,
                inline_attachment_bytes_max,
                keywords_per_update_max,
                list_limit_max,
                message_body_chars_default,
                outbound_raw_message_bytes_max,
                thread_body_chars_default,
            )

        return _self


_new = object.__new__
