from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.mailbox_attachment_upload_intent_result_method import (
    MailboxAttachmentUploadIntentResultMethod,
)

if TYPE_CHECKING:
    from ..models.mailbox_attachment_upload_intent_result_headers import (
        MailboxAttachmentUploadIntentResultHeaders,
    )


T = TypeVar("T", bound="MailboxAttachmentUploadIntentResult")


@_attrs_define
class MailboxAttachmentUploadIntentResult:
    """
    Attributes:
        expires_at (datetime.datetime): Upload URL expiry time.
        headers (MailboxAttachmentUploadIntentResultHeaders): Headers that must be sent exactly with the PUT request.
        max_size_bytes (int): Maximum accepted attachment size in bytes.
        method (MailboxAttachmentUploadIntentResultMethod): HTTP method to use with `upload_url`.
        upload_id (str): Short-lived upload intent ID.
        upload_url (str): Short-lived signed PUT URL for this exact attachment. Upload promptly; if it expires, create a
            new upload URL. Example: https://app.sendmux.ai/api/v1/mailbox/attachment-uploads/upl_123?upload_token=....
    """

    expires_at: datetime.datetime
    headers: MailboxAttachmentUploadIntentResultHeaders
    max_size_bytes: int
    method: MailboxAttachmentUploadIntentResultMethod
    upload_id: str
    upload_url: str

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _import_lazy()
        expires_at = self.expires_at.isoformat()

        headers = self.headers.to_dict()

        max_size_bytes = self.max_size_bytes

        method = self.method.value

        upload_id = self.upload_id

        upload_url = self.upload_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "expires_at": expires_at,
                "headers": headers,
                "max_size_bytes": max_size_bytes,
                "method": method,
                "upload_id": upload_id,
                "upload_url": upload_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_imports_pending:
            _import_lazy()
        expires_at: datetime.datetime
        _expires_at = src_dict["expires_at"]
        if type(_expires_at) is str:
            try:
                expires_at = _fromisoformat(_expires_at)
            except ValueError as error:
                raise ValueError(f'field "expires_at": {error}') from None
        else:
            raise TypeError(
                f'field "expires_at": expected a date-time string, got {type(_expires_at).__name__}'
            )

        headers = _MailboxAttachmentUploadIntentResultHeaders_from_dict(
            src_dict["headers"]
        )

        max_size_bytes = src_dict["max_size_bytes"]
        if not (type(max_size_bytes) is int):
            raise TypeError(
                f'field "max_size_bytes": expected integer, got {type(max_size_bytes).__name__}'
            )

        _method = src_dict["method"]
        method = (
            _MailboxAttachmentUploadIntentResultMethod_by_value.get(_method)
            if _method.__class__ is str
            else None
        ) or MailboxAttachmentUploadIntentResultMethod(_method)

        upload_id = src_dict["upload_id"]
        if not (type(upload_id) is str):
            raise TypeError(
                f'field "upload_id": expected string, got {type(upload_id).__name__}'
            )

        upload_url = src_dict["upload_url"]
        if not (type(upload_url) is str):
            raise TypeError(
                f'field "upload_url": expected string, got {type(upload_url).__name__}'
            )

        if cls is MailboxAttachmentUploadIntentResult:
            _self = _new(cls)
            _self.expires_at = expires_at
            _self.headers = headers
            _self.max_size_bytes = max_size_bytes
            _self.method = method
            _self.upload_id = upload_id
            _self.upload_url = upload_url
        else:
            _self = cls(
                expires_at,
                headers,
                max_size_bytes,
                method,
                upload_id,
                upload_url,
            )

        return _self


_new = object.__new__
_fromisoformat = datetime.datetime.fromisoformat
_MailboxAttachmentUploadIntentResultMethod_by_value = (
    MailboxAttachmentUploadIntentResultMethod._by_value
)
if TYPE_CHECKING:  # bound by _import_lazy
    _MailboxAttachmentUploadIntentResultHeaders_from_dict = (
        MailboxAttachmentUploadIntentResultHeaders.from_dict
    )


_lazy_imports_pending = True


def _import_lazy() -> None:
    """Bind the models this module refers to; they may import this module back."""
    global _lazy_imports_pending
    global MailboxAttachmentUploadIntentResultHeaders
    global _MailboxAttachmentUploadIntentResultHeaders_from_dict
    from ..models.mailbox_attachment_upload_intent_result_headers import (
        MailboxAttachmentUploadIntentResultHeaders,
    )

    _MailboxAttachmentUploadIntentResultHeaders_from_dict = (
        MailboxAttachmentUploadIntentResultHeaders.from_dict
    )

    _lazy_imports_pending = False
