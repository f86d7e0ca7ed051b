from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="MailboxUsageStates")


@_attrs_define
class MailboxUsageStates:
    """
    Attributes:
        quota_state (None | str):
    """

    quota_state: None | str

    def to_dict(self) -> dict[str, Any]:
        quota_state: None | str
        quota_state = self.quota_state

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "quota_state": quota_state,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        quota_state = src_dict["quota_state"]

        if not (type(quota_state) is str or quota_state is None):
            raise TypeError(
                f'field "quota_state": expected string or null, got {type(quota_state).__name__}'
            )

        if cls is MailboxUsageStates:
            _self = _new(cls)
            _self.quota_state = quota_state
        else:
            _self = cls(
                quota_state,
            )

        return _self


_new = object.__new__
