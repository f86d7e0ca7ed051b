from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.mailbox_message_content import MailboxMessageContent
    from ..models.mailbox_message_summary import MailboxMessageSummary
    from ..models.mailbox_raw_body import MailboxRawBody


T = TypeVar("T", bound="MailboxBatchGetItem")


@_attrs_define
class MailboxBatchGetItem:
    """
    Attributes:
        content (MailboxMessageContent | None):
        message (MailboxMessageSummary):
        raw_body (MailboxRawBody | None):
    """

    content: MailboxMessageContent | None
    message: MailboxMessageSummary
    raw_body: MailboxRawBody | None

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _import_lazy()
        content: dict[str, Any] | None
        if isinstance(self.content, MailboxMessageContent):
            content = self.content.to_dict()
        else:
            content = self.content

        message = self.message.to_dict()

        raw_body: dict[str, Any] | None
        if isinstance(self.raw_body, MailboxRawBody):
            raw_body = self.raw_body.to_dict()
        else:
            raw_body = self.raw_body

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "content": content,
                "message": message,
                "raw_body": raw_body,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_imports_pending:
            _import_lazy()

        def _parse_content(data: object) -> MailboxMessageContent | None:
            if data is None:
                return data
            if isinstance(data, dict):
                try:
                    content_type_0 = _MailboxMessageContent_from_dict(data)

                    return content_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return cast(MailboxMessageContent | None, data)

        content = _parse_content(src_dict["content"])

        message = _MailboxMessageSummary_from_dict(src_dict["message"])

        def _parse_raw_body(data: object) -> MailboxRawBody | None:
            if data is None:
                return data
            if isinstance(data, dict):
                try:
                    raw_body_type_0 = _MailboxRawBody_from_dict(data)

                    return raw_body_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return cast(MailboxRawBody | None, data)

        raw_body = _parse_raw_body(src_dict["raw_body"])

        if cls is MailboxBatchGetItem:
            _self = _new(cls)
            _self.content = content
            _self.message = message
            _self.raw_body = raw_body
        else:
            _self = cls(
                content,
                message,
                raw_body,
            )

        return _self


_new = object.__new__
if TYPE_CHECKING:  # bound by _import_lazy
    _MailboxMessageContent_from_dict = MailboxMessageContent.from_dict
    _MailboxMessageSummary_from_dict = MailboxMessageSummary.from_dict
    _MailboxRawBody_from_dict = MailboxRawBody.from_dict


_lazy_imports_pending = True


def _import_lazy() -> None:
    """Bind the models this module refers to; they may import this module back."""
    global _lazy_imports_pending
    global MailboxMessageContent
    global MailboxMessageSummary
    global MailboxRawBody
    global _MailboxMessageContent_from_dict
    global _MailboxMessageSummary_from_dict
    global _MailboxRawBody_from_dict
    from ..models.mailbox_message_content import MailboxMessageContent
    from ..models.mailbox_message_summary import MailboxMessageSummary
    from ..models.mailbox_raw_body import MailboxRawBody

    _MailboxMessageContent_from_dict = MailboxMessageContent.from_dict
    _MailboxMessageSummary_from_dict = MailboxMessageSummary.from_dict
    _MailboxRawBody_from_dict = MailboxRawBody.from_dict

    _lazy_imports_pending = False
