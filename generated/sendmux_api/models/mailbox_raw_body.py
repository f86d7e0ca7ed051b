from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.mailbox_raw_body_part import MailboxRawBodyPart

if TYPE_CHECKING:
    from ..models.mailbox_raw_body_body import MailboxRawBodyBody
    from ..models.mailbox_raw_body_states import MailboxRawBodyStates


T = TypeVar("T", bound="MailboxRawBody")


@_attrs_define
class MailboxRawBody:
    """
    Attributes:
        body (MailboxRawBodyBody):
        id (str): Message ID
        part (MailboxRawBodyPart):
        states (MailboxRawBodyStates):
        thread_id (None | str):
    """

    body: MailboxRawBodyBody
    id: str
    part: MailboxRawBodyPart
    states: MailboxRawBodyStates
    thread_id: None | str

    def to_dict(self) -> dict[str, Any]:
        body = self.body.to_dict()

        id = self.id

        part = self.part.value

        states = self.states.to_dict()

        thread_id: None | str
        thread_id = self.thread_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "body": body,
                "id": id,
                "part": part,
                "states": states,
                "thread_id": thread_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.mailbox_raw_body_body import MailboxRawBodyBody
        from ..models.mailbox_raw_body_states import MailboxRawBodyStates

        d = dict(src_dict)
        body = MailboxRawBodyBody.from_dict(d.pop("body"))

        id = d.pop("id")

        part = MailboxRawBodyPart(d.pop("part"))

        states = MailboxRawBodyStates.from_dict(d.pop("states"))

        def _parse_thread_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        thread_id = _parse_thread_id(d.pop("thread_id"))

        mailbox_raw_body = cls(
            body=body,
            id=id,
            part=part,
            states=states,
            thread_id=thread_id,
        )

        return mailbox_raw_body
