from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.mailbox_address import MailboxAddress
    from ..models.mailbox_thread_content_meta_states import (
        MailboxThreadContentMetaStates,
    )


T = TypeVar("T", bound="MailboxThreadContentMeta")


@_attrs_define
class MailboxThreadContentMeta:
    """
    Attributes:
        participants (list[MailboxAddress]):
        request_id (str):
        states (MailboxThreadContentMetaStates):
        thread_id (str):
    """

    participants: list[MailboxAddress]
    request_id: str
    states: MailboxThreadContentMetaStates
    thread_id: str

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _import_lazy()
        participants = []
        for participants_item_data in self.participants:
            participants_item = participants_item_data.to_dict()
            participants.append(participants_item)

        request_id = self.request_id

        states = self.states.to_dict()

        thread_id = self.thread_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "participants": participants,
                "request_id": request_id,
                "states": states,
                "thread_id": thread_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_imports_pending:
            _import_lazy()
        participants = []
        _participants = src_dict["participants"]
        for participants_item_data in _participants:
            participants_item = MailboxAddress.from_dict(participants_item_data)

            participants.append(participants_item)

        request_id = src_dict["request_id"]
        if not (type(request_id) is str):
            raise TypeError(
                f'field "request_id": expected string, got {type(request_id).__name__}'
            )

        states = MailboxThreadContentMetaStates.from_dict(src_dict["states"])

        thread_id = src_dict["thread_id"]
        if not (type(thread_id) is str):
            raise TypeError(
                f'field "thread_id": expected string, got {type(thread_id).__name__}'
            )

        mailbox_thread_content_meta = cls(
            participants,
            request_id,
            states,
            thread_id,
        )

        return mailbox_thread_content_meta


_lazy_imports_pending = True


def _import_lazy() -> None:
    """Bind the models this module refers to; they may import this module back."""
    global _lazy_imports_pending
    global MailboxAddress
    global MailboxThreadContentMetaStates
    from ..models.mailbox_address import MailboxAddress
    from ..models.mailbox_thread_content_meta_states import (
        MailboxThreadContentMetaStates,
    )

    _lazy_imports_pending = False
