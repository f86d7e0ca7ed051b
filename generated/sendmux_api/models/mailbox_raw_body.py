from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

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
        if _lazy_imports_pending:
            _import_lazy()
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
        if _lazy_imports_pending:
            _import_lazy()
        body = _MailboxRawBodyBody_from_dict(src_dict["body"])

        id = src_dict["id"]
        if not (type(id) is str):
            raise TypeError(f'field "id": expected string, got {type(id).__name__}')

        _part = src_dict["part"]
        part = (
            _MailboxRawBodyPart_by_value.get(_part) if _part.__class__ is str else None
        ) or MailboxRawBodyPart(_part)

        states = _MailboxRawBodyStates_from_dict(src_dict["states"])

        thread_id = src_dict["thread_id"]

        if not (type(thread_id) is str or thread_id is None):
            raise TypeError(
                f'field "thread_id": expected string or null, got {type(thread_id).__name__}'
            )

        if cls is MailboxRawBody:
            _self = _new(cls)
            _self.body = body
            _self.id = id
            _self.part = part
            _self.states = states
            _self.thread_id = thread_id
        else:
            _self = cls(
                body,
                id,
                part,
                states,
                thread_id,
            )

        return _self


_new = object.__new__
_MailboxRawBodyPart_by_value = MailboxRawBodyPart._by_value
if TYPE_CHECKING:  # bound by _import_lazy
    _MailboxRawBodyBody_from_dict = MailboxRawBodyBody.from_dict
    _MailboxRawBodyStates_from_dict = MailboxRawBodyStates.from_dict


_lazy_imports_pending = True


def _import_lazy() -> None:
    """Bind the models this module refers to; they may import this module back."""
    global _lazy_imports_pending
    global MailboxRawBodyBody
    global MailboxRawBodyStates
    global _MailboxRawBodyBody_from_dict
    global _MailboxRawBodyStates_from_dict
    from ..models.mailbox_raw_body_body import MailboxRawBodyBody
    from ..models.mailbox_raw_body_states import MailboxRawBodyStates

    _MailboxRawBodyBody_from_dict = MailboxRawBodyBody.from_dict
    _MailboxRawBodyStates_from_dict = MailboxRawBodyStates.from_dict

    _lazy_imports_pending = False
