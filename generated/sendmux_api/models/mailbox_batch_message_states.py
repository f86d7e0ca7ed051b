from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="MailboxBatchMessageStates")


@_attrs_define
class MailboxBatchMessageStates:
    """
    Attributes:
        new_state (None | str):
        old_state (None | str):
    """

    new_state: None | str
    old_state: None | str

    def to_dict(self) -> dict[str, Any]:
        new_state: None | str
        new_state = self.new_state

        old_state: None | str
        old_state = self.old_state

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "new_state": new_state,
                "old_state": old_state,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        new_state = src_dict["new_state"]

        if not (type(new_state) is str or new_state is None):
            raise TypeError(
                f'field "new_state": expected string or null, got {type(new_state).__name__}'
            )

        old_state = src_dict["old_state"]

        if not (type(old_state) is str or old_state is None):
            raise TypeError(
                f'field "old_state": expected string or null, got {type(old_state).__name__}'
            )

        if cls is MailboxBatchMessageStates:
            _self = _new(cls)
            _self.new_state = new_state
            _self.old_state = old_state
        else:
            _self = cls(
                new_state,
                old_state,
            )

        return _self


_new = object.__new__
