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
            participants_item = _MailboxAddress_from_dict(participants_item_data)

            participants.append(participants_item)

        request_id = src_dict["request_id"]
        if not (type(request_id) is str):
            raise TypeError(
                f'field "request_id": expected string, got {type(request_id).__name__}'
            )

        states = _MailboxThreadContentMetaStates_from_dict(src_dict["states"])

        thread_id = src_dict["thread_id"]
        if not (type(thread_id) is str):
            raise TypeError(
                f'field "thread_id": expected string, got {type(thread_id).__name__}'
            )

        if cls is MailboxThreadContentMeta:
            _self = _new(cls)
            _self.participants = participants
            _self.request_id = request_id
            _self.states = states
            _self.thread_id = thread_id
        else:
            _self = cls(
                participants,
                request_id,
                states,
                thread_id,
            )

        return _self


_new = object.__new__
if TYPE_CHECKING:  # bound by _import_lazy
    _MailboxAddress_from_dict = MailboxAddress.from_dict
    _MailboxThreadContentMetaStates_from_dict = MailboxThreadContentMetaStates.from_dict


_lazy_imports_pending = True


def _import_lazy() -> None:
    """Bind the models this module refers to; they may import this module back."""
    global _lazy_imports_pending
    global MailboxAddress
    global MailboxThreadContentMetaStates
    global _MailboxAddress_from_dict
    global _MailboxThreadContentMetaStates_from_dict
    from ..models.mailbox_address import MailboxAddress
    from ..models.mailbox_thread_content_meta_states import (
        MailboxThreadContentMetaStates,
    )

    _MailboxAddress_from_dict = MailboxAddress.from_dict
    _MailboxThreadContentMetaStates_from_dict = MailboxThreadContentMetaStates.from_dict

    _lazy_imports_pending = False
