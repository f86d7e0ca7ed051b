from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

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
        from ..models.mailbox_attachment import MailboxAttachment
        from ..models.mailbox_content_headers import MailboxContentHeaders
        from ..models.mailbox_message_content_body import MailboxMessageContentBody
        from ..models.mailbox_message_content_dates import MailboxMessageContentDates
        from ..models.mailbox_message_content_participants import (
            MailboxMessageContentParticipants,
        )
        from ..models.mailbox_message_content_states import MailboxMessageContentStates

        d = dict(src_dict)
        attachments = []
        _attachments = d.pop("attachments")
        for attachments_item_data in _attachments:
            attachments_item = MailboxAttachment.from_dict(attachments_item_data)

            attachments.append(attachments_item)

        body = MailboxMessageContentBody.from_dict(d.pop("body"))

        dates = MailboxMessageContentDates.from_dict(d.pop("dates"))

        headers = MailboxContentHeaders.from_dict(d.pop("headers"))

        id = d.pop("id")

        participants = MailboxMessageContentParticipants.from_dict(
            d.pop("participants")
        )

        states = MailboxMessageContentStates.from_dict(d.pop("states"))

        def _parse_subject(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        subject = _parse_subject(d.pop("subject"))

        def _parse_thread_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        thread_id = _parse_thread_id(d.pop("thread_id"))

        mailbox_message_content = cls(
            attachments=attachments,
            body=body,
            dates=dates,
            headers=headers,
            id=id,
            participants=participants,
            states=states,
            subject=subject,
            thread_id=thread_id,
        )

        return mailbox_message_content
