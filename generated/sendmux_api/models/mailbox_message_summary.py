from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mailbox_address import MailboxAddress
    from ..models.mailbox_attachment import MailboxAttachment
    from ..models.mailbox_message_flags import MailboxMessageFlags


T = TypeVar("T", bound="MailboxMessageSummary")


@_attrs_define
class MailboxMessageSummary:
    """
    Attributes:
        bcc (list[MailboxAddress]):
        cc (list[MailboxAddress]):
        flags (MailboxMessageFlags):
        folder_ids (list[str]):
        from_ (MailboxAddress | None):
        has_attachments (bool):
        id (str): Message ID
        keywords (list[str]): Active message keywords, including system flags and custom labels. Example: ['$seen',
            '$flagged', 'agent_triaged'].
        preview (None | str):
        received_at (datetime.datetime | None):
        sent_at (datetime.datetime | None):
        size_bytes (int | None):
        subject (None | str):
        thread_id (None | str):
        to (list[MailboxAddress]):
        attachments (list[MailboxAttachment] | Unset): Attachment metadata for this message. Each item includes a short-
            lived `download_url`; if it expires, fetch message metadata again.
    """

    bcc: list[MailboxAddress]
    cc: list[MailboxAddress]
    flags: MailboxMessageFlags
    folder_ids: list[str]
    from_: MailboxAddress | None
    has_attachments: bool
    id: str
    keywords: list[str]
    preview: None | str
    received_at: datetime.datetime | None
    sent_at: datetime.datetime | None
    size_bytes: int | None
    subject: None | str
    thread_id: None | str
    to: list[MailboxAddress]
    attachments: list[MailboxAttachment] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _import_lazy()
        bcc = []
        for bcc_item_data in self.bcc:
            bcc_item = bcc_item_data.to_dict()
            bcc.append(bcc_item)

        cc = []
        for cc_item_data in self.cc:
            cc_item = cc_item_data.to_dict()
            cc.append(cc_item)

        flags = self.flags.to_dict()

        folder_ids = self.folder_ids

        from_: dict[str, Any] | None
        if isinstance(self.from_, MailboxAddress):
            from_ = self.from_.to_dict()
        else:
            from_ = self.from_

        has_attachments = self.has_attachments

        id = self.id

        keywords = self.keywords

        preview: None | str
        preview = self.preview

        received_at: None | str
        if isinstance(self.received_at, datetime.datetime):
            received_at = self.received_at.isoformat()
        else:
            received_at = self.received_at

        sent_at: None | str
        if isinstance(self.sent_at, datetime.datetime):
            sent_at = self.sent_at.isoformat()
        else:
            sent_at = self.sent_at

        size_bytes: int | None
        size_bytes = self.size_bytes

        subject: None | str
        subject = self.subject

        thread_id: None | str
        thread_id = self.thread_id

        to = []
        for to_item_data in self.to:
            to_item = to_item_data.to_dict()
            to.append(to_item)

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "bcc": bcc,
                "cc": cc,
                "flags": flags,
                "folder_ids": folder_ids,
                "from": from_,
                "has_attachments": has_attachments,
                "id": id,
                "keywords": keywords,
                "preview": preview,
                "received_at": received_at,
                "sent_at": sent_at,
                "size_bytes": size_bytes,
                "subject": subject,
                "thread_id": thread_id,
                "to": to,
            }
        )
        if attachments is not UNSET:
            field_dict["attachments"] = attachments

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_imports_pending:
            _import_lazy()
        bcc = []
        _bcc = src_dict["bcc"]
        for bcc_item_data in _bcc:
            bcc_item = _MailboxAddress_from_dict(bcc_item_data)

            bcc.append(bcc_item)

        cc = []
        _cc = src_dict["cc"]
        for cc_item_data in _cc:
            cc_item = _MailboxAddress_from_dict(cc_item_data)

            cc.append(cc_item)

        flags = _MailboxMessageFlags_from_dict(src_dict["flags"])

        folder_ids = cast(list[str], src_dict["folder_ids"])

        def _parse_from_(data: object) -> MailboxAddress | None:
            if data is None:
                return data
            if isinstance(data, dict):
                try:
                    from_type_0 = _MailboxAddress_from_dict(data)

                    return from_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return cast(MailboxAddress | None, data)

        from_ = _parse_from_(src_dict["from"])

        has_attachments = src_dict["has_attachments"]
        if not (type(has_attachments) is bool):
            raise TypeError(
                f'field "has_attachments": expected boolean, got {type(has_attachments).__name__}'
            )

        id = src_dict["id"]
        if not (type(id) is str):
            raise TypeError(f'field "id": expected string, got {type(id).__name__}')

        keywords = cast(list[str], src_dict["keywords"])

        preview = src_dict["preview"]

        if not (type(preview) is str or preview is None):
            raise TypeError(
                f'field "preview": expected string or null, got {type(preview).__name__}'
            )

        received_at: datetime.datetime | None
        _received_at = src_dict["received_at"]
        if type(_received_at) is str:
            try:
                received_at = _fromisoformat(_received_at)
            except ValueError as error:
                raise ValueError(f'field "received_at": {error}') from None
        elif _received_at is None:
            received_at = None
        else:
            raise TypeError(
                f'field "received_at": expected a date-time string or null, got {type(_received_at).__name__}'
            )

        sent_at: datetime.datetime | None
        _sent_at = src_dict["sent_at"]
        if type(_sent_at) is str:
            try:
                sent_at = _fromisoformat(_sent_at)
            except ValueError as error:
                raise ValueError(f'field "sent_at": {error}') from None
        elif _sent_at is None:
            sent_at = None
        else:
            raise TypeError(
                f'field "sent_at": expected a date-time string or null, got {type(_sent_at).__name__}'
            )

        size_bytes = src_dict["size_bytes"]

        if not (type(size_bytes) is int or size_bytes is None):
            raise TypeError(
                f'field "size_bytes": expected integer or null, got {type(size_bytes).__name__}'
            )

        subject = src_dict["subject"]

        if not (type(subject) is str or subject is None):
            raise TypeError(
                f'field "subject": expected string or null, got {type(subject).__name__}'
            )

        thread_id = src_dict["thread_id"]

        if not (type(thread_id) is str or thread_id is None):
            raise TypeError(
                f'field "thread_id": expected string or null, got {type(thread_id).__name__}'
            )

        to = []
        _to = src_dict["to"]
        for to_item_data in _to:
            to_item = _MailboxAddress_from_dict(to_item_data)

            to.append(to_item)

        _attachments = src_dict.get("attachments", UNSET)
        attachments: list[MailboxAttachment] | Unset = UNSET
        if _attachments is not UNSET:
            attachments = []
            for attachments_item_data in _attachments:
                attachments_item = _MailboxAttachment_from_dict(attachments_item_data)

                attachments.append(attachments_item)

        if cls is MailboxMessageSummary:
            _self = _new(cls)
            _self.bcc = bcc
            _self.cc = cc
            _self.flags = flags
            _self.folder_ids = folder_ids
            _self.from_ = from_
            _self.has_attachments = has_attachments
            _self.id = id
            _self.keywords = keywords
            _self.preview = preview
            _self.received_at = received_at
            _self.sent_at = sent_at
            _self.size_bytes = size_bytes
            _self.subject = subject
            _self.thread_id = thread_id
            _self.to = to
            _self.attachments = attachments
        else:
            _self = cls(
                bcc,
                cc,
                flags,
                folder_ids,
                from_,
                has_attachments,
                id,
                keywords,
                preview,
                received_at,
                sent_at,
                size_bytes,
                subject,
                thread_id,
                to,
                attachments,
            )

        return _self


_new = object.__new__
_fromisoformat = datetime.datetime.fromisoformat
if TYPE_CHECKING:  # bound by _import_lazy
    _MailboxAddress_from_dict = MailboxAddress.from_dict
    _MailboxAttachment_from_dict = MailboxAttachment.from_dict
    _MailboxMessageFlags_from_dict = MailboxMessageFlags.from_dict


_lazy_imports_pending = True


def _import_lazy() -> None:
    """Bind the models this module refers to; they may import this module back."""
    global _lazy_imports_pending
    global MailboxAddress
    global MailboxAttachment
    global MailboxMessageFlags
    global _MailboxAddress_from_dict
    global _MailboxAttachment_from_dict
    global _MailboxMessageFlags_from_dict
    from ..models.mailbox_address import MailboxAddress
    from ..models.mailbox_attachment import MailboxAttachment
    from ..models.mailbox_message_flags import MailboxMessageFlags

    _MailboxAddress_from_dict = MailboxAddress.from_dict
    _MailboxAttachment_from_dict = MailboxAttachment.from_dict
    _MailboxMessageFlags_from_dict = MailboxMessageFlags.from_dict

    _lazy_imports_pending = False
