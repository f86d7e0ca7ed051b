from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.mailbox_attachment import MailboxAttachment
    from ..models.mailbox_content_headers import MailboxContentHeaders
    from ..models.mailbox_message_content_body import MailboxMessageContentBody
    from ..models.mailbox_message_content_dates import MailboxMessageContentDates
    from ..models.mailbox_message_content_participants import (
        MailboxMessageContentParticipants,
    )
    from ..models.mailbox_message_content_states import MailboxMessageContentStates


T = TypeVar("T", bound="MailboxMessageContent")


@_attrs_define
class MailboxMessageContent:
    """
    Attributes:
        attachments (list[MailboxAttachment]): Attachment metadata only. Attachment contents are not parsed by this
            endpoint.
        body (MailboxMessageContentBody):
        dates (MailboxMessageContentDates):
        headers (MailboxContentHeaders):
        id (str): Message ID
        participants (MailboxMessageContentParticipants):
        states (MailboxMessageContentStates):
        subject (None | str):
        thread_id (None | str):
    """

    attachments: list[MailboxAttachment]
    body: MailboxMessageContentBody
    dates: MailboxMessageContentDates
    headers: MailboxContentHeaders
    id: str
    participants: MailboxMessageContentParticipants
    states: MailboxMessageContentStates
    subject: None | str
    thread_id: None | str

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _import_lazy()
        attachments = []
        for attachments_item_data in self.attachments:
            attachments_item = attachments_item_data.to_dict()
            attachments.append(attachments_item)

        body = self.body.to_dict()

        dates = self.dates.to_dict()

        headers = self.headers.to_dict()

        id = self.id

        participants = self.participants.to_dict()

        states = self.states.to_dict()

        subject: None | str
        subject = self.subject

        thread_id: None | str
        thread_id = self.thread_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "attachments": attachments,
                "body": body,
                "dates": dates,
                "headers": headers,
                "id": id,
                "participants": participants,
                "states": states,
                "subject": subject,
                "thread_id": thread_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_imports_pending:
            _import_lazy()
        attachments = []
        _attachments = src_dict["attachments"]
        for attachments_item_data in _attachments:
            attachments_item = _MailboxAttachment_from_dict(attachments_item_data)

            attachments.append(attachments_item)

        body = _MailboxMessageContentBody_from_dict(src_dict["body"])

        dates = _MailboxMessageContentDates_from_dict(src_dict["dates"])

        headers = _MailboxContentHeaders_from_dict(src_dict["headers"])

        id = src_dict["id"]
        if not (type(id) is str):
            raise TypeError(f'field "id": expected string, got {type(id).__name__}')

        participants = _MailboxMessageContentParticipants_from_dict(
            src_dict["participants"]
        )

        states = _MailboxMessageContentStates_from_dict(src_dict["states"])

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

        if cls is MailboxMessageContent:
            _self = _new(cls)
            _self.attachments = attachments
            _self.body = body
            _self.dates = dates
            _self.headers = headers
            _self.id = id
            _self.participants = participants
            _self.states = states
            _self.subject = subject
            _self.thread_id = thread_id
        else:
            _self = cls(
                attachments,
                body,
                dates,
                headers,
                id,
                participants,
                states,
                subject,
                thread_id,
            )

        return _self


_new = object.__new__
if TYPE_CHECKING:  # bound by _import_lazy
    _MailboxAttachment_from_dict = MailboxAttachment.from_dict
    _MailboxContentHeaders_from_dict = MailboxContentHeaders.from_dict
    _MailboxMessageContentBody_from_dict = MailboxMessageContentBody.from_dict
    _MailboxMessageContentDates_from_dict = MailboxMessageContentDates.from_dict
    _MailboxMessageContentParticipants_from_dict = (
        MailboxMessageContentParticipants.from_dict
    )
    _MailboxMessageContentStates_from_dict = MailboxMessageContentStates.from_dict


_lazy_imports_pending = True


def _import_lazy() -> None:
    """Bind the models this module refers to; they may import this module back."""
    global _lazy_imports_pending
    global MailboxAttachment
    global MailboxContentHeaders
    global MailboxMessageContentBody
    global MailboxMessageContentDates
    global MailboxMessageContentParticipants
    global MailboxMessageContentStates
    global _MailboxAttachment_from_dict
    global _MailboxContentHeaders_from_dict
    global _MailboxMessageContentBody_from_dict
    global _MailboxMessageContentDates_from_dict
    global _MailboxMessageContentParticipants_from_dict
    global _MailboxMessageContentStates_from_dict
    from ..models.mailbox_attachment import MailboxAttachment
    from ..models.mailbox_content_headers import MailboxContentHeaders
    from ..models.mailbox_message_content_body import MailboxMessageContentBody
    from ..models.mailbox_message_content_dates import MailboxMessageContentDates
    from ..models.mailbox_message_content_participants import (
        MailboxMessageContentParticipants,
    )
    from ..models.mailbox_message_content_states import MailboxMessageContentStates

    _MailboxAttachment_from_dict = MailboxAttachment.from_dict
    _MailboxContentHeaders_from_dict = MailboxContentHeaders.from_dict
    _MailboxMessageContentBody_from_dict = MailboxMessageContentBody.from_dict
    _MailboxMessageContentDates_from_dict = MailboxMessageContentDates.from_dict
    _MailboxMessageContentParticipants_from_dict = (
        MailboxMessageContentParticipants.from_dict
    )
    _MailboxMessageContentStates_from_dict = MailboxMessageContentStates.from_dict

    _lazy_imports_pending = False
