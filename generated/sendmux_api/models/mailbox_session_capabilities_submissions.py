from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="MailboxSessionCapabilitiesSubmissions")


@_attrs_define
class MailboxSessionCapabilitiesSubmissions:
    """
    Attributes:
        changes (bool):
        detail (bool):
        list_ (bool):
        send (bool):
    """

    changes: bool
    detail: bool
    list_: bool
    send: bool

    def to_dict(self) -> dict[str, Any]:
        changes = self.changes

        detail = self.detail

        list_ = self.list_

        send = self.send

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "changes": changes,
                "detail": detail,
                "list": list_,
                "send": send,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        changes = src_dict["changes"]
        if not (type(changes) is bool):
            raise TypeError(
                f'field "changes": expected boolean, got {type(changes).__name__}'
            )

        detail = src_dict["detail"]
        if not (type(detail) is bool):
            raise TypeError(
                f'field "detail": expected boolean, got {type(detail).__name__}'
            )

        list_ = src_dict["list"]
        if not (type(list_) is bool):
            raise TypeError(
                f'field "list": expected boolean, got {type(list_).__name__}'
            )

        send = src_dict["send"]
        if not (type(send) is bool):
            raise TypeError(
                f'field "send": expected boolean, got {type(send).__name__}'
            )

        if cls is MailboxSessionCapabilitiesSubmissions:
            _self = _new(cls)
            _self.changes = changes
            _self.detail = detail
            _self.list_ = list_
            _self.send = send
        else:
            _self = cls(
                changes,
                detail,
                list_,
                send,
            )

        return _self


_new = object.__new__
