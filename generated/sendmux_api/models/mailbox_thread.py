from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.mailbox_address import MailboxAddress
    from ..models.mailbox_message_summary import MailboxMessageSummary
    from ..models.mailbox_thread_states import MailboxThreadStates


T = TypeVar("T", bound="MailboxThread")


@_attrs_define
class MailboxThread:
    """
    Attributes:
        folder_ids (list[str]):
        has_attachments (bool):
        id (str): Thread ID
        last_message (MailboxMessageSummary | None):
        message_count (int):
        message_ids (list[str]):
        participants (list[MailboxAddress]):
        states (MailboxThreadStates):
        subject (None | str):
        unread_count (int):
    """

    folder_ids: list[str]
    has_attachments: bool
    id: str
    last_message: MailboxMessageSummary | None
    message_count: int
    message_ids: list[str]
    participants: list[MailboxAddress]
    states: MailboxThreadStates
    subject: None | str
    unread_count: int

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _import_lazy()
        folder_ids = self.folder_ids

        has_attachments = self.has_attachments

        id = self.id

        last_message: dict[str, Any] | None
        if isinstance(self.last_message, MailboxMessageSummary):
            last_message = self.last_message.to_dict()
        else:
            last_message = self.last_message

        message_count = self.message_count

        message_ids = self.message_ids

        participants = []
        for participants_item_data in self.participants:
            participants_item = participants_item_data.to_dict()
            participants.append(participants_item)

        states = self.states.to_dict()

        subject: None | str
        subject = self.subject

        unread_count = self.unread_count

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "folder_ids": folder_ids,
                "has_attachments": has_attachments,
                "id": id,
                "last_message": last_message,
                "message_count": message_count,
                "message_ids": message_ids,
                "participants": participants,
                "states": states,
                "subject": subject,
                "unread_count": unread_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_imports_pending:
            _import_lazy()
        folder_ids = cast(list[str], src_dict["folder_ids"])

        has_attachments = src_dict["has_attachments"]
        if not (type(has_attachments) is bool):
            raise TypeError(
                f'field "has_attachments": expected boolean, got {type(has_attachments).__name__}'
            )

        id = src_dict["id"]
        if not (type(id) is str):
            raise TypeError(f'field "id": expected string, got {type(id).__name__}')

        def _parse_last_message(data: object) -> MailboxMessageSummary | None:
            if data is None:
                return data
            if isinstance(data, dict):
                try:
                    last_message_type_0 = _MailboxMessageSummary_from_dict(data)

                    return last_message_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return cast(MailboxMessageSummary | None, data)

        last_message = _parse_last_message(src_dict["last_message"])

        message_count = src_dict["message_count"]
        if not (type(message_count) is int):
            raise TypeError(
                f'field "message_count": expected integer, got {type(message_count).__name__}'
            )

        message_ids = cast(list[str], src_dict["message_ids"])

        participants = []
        _participants = src_dict["participants"]
        for participants_item_data in _participants:
            participants_item = _MailboxAddress_from_dict(participants_item_data)

            participants.append(participants_item)

        states = _MailboxThreadStates_from_dict(src_dict["states"])

        subject = src_dict["subject"]

        if not (type(subject) is str or subject is None):
            raise TypeError(
                f'field "subject": expected string or null, got {type(subject).__name__}'
            )

        unread_count = src_dict["unread_count"]
        if not (type(unread_count) is int):
            raise TypeError(
                f'field "unread_count": expected integer, got {type(unread_count).__name__}'
            )

        if cls is MailboxThread:
            _self = _new(cls)
            _self.folder_ids = folder_ids
            _self.has_attachments = has_attachments
            _self.id = id
            _self.last_message = last_message
            _self.message_count = message_count
            _self.message_ids = message_ids
            _self.participants = participants
            _self.states = states
            _self.subject = subject
            _self.unread_count = unread_count
        else:
            _self = cls(
                folder_ids,
                has_attachments,
                id,
                last_message,
                message_count,
                message_ids,
                participants,
                states,
                subject,
                unread_count,
            )

        return _self


_new = object.__new__
if TYPE_CHECKING:  # bound by _import_lazy
    _MailboxAddress_from_dict = MailboxAddress.from_dict
    _MailboxMessageSummary_from_dict = MailboxMessageSummary.from_dict
    _MailboxThreadStates_from_dict = MailboxThreadStates.from_dict


_lazy_imports_pending = True


def _import_lazy() -> None:
    """Bind the models this module refers to; they may import this module back."""
    global _lazy_imports_pending
    global MailboxAddress
    global MailboxMessageSummary
    global MailboxThreadStates
    global _MailboxAddress_from_dict
    global _MailboxMessageSummary_from_dict
    global _MailboxThreadStates_from_dict
    from ..models.mailbox_address import MailboxAddress
    from ..models.mailbox_message_summary import MailboxMessageSummary
    from ..models.mailbox_thread_states import MailboxThreadStates

    _MailboxAddress_from_dict = MailboxAddress.from_dict
    _MailboxMessageSummary_from_dict = MailboxMessageSummary.from_dict
    _MailboxThreadStates_from_dict = MailboxThreadStates.from_dict

    _lazy_imports_pending = False
