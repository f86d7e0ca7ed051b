from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="MailboxSessionCapabilitiesThreads")


@_attrs_define
class MailboxSessionCapabilitiesThreads:
    """
    Attributes:
        changes (bool):
        clean_content (bool):
        detail (bool):
        list_ (bool):
        messages (bool):
    """

    changes: bool
    clean_content: bool
    detail: bool
    list_: bool
    messages: bool

    def to_dict(self) -> dict[str, Any]:
        changes = self.changes

        clean_content = self.clean_content

        detail = self.detail

        list_ = self.list_

        messages = self.messages

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "changes": changes,
                "clean_content": clean_content,
                "detail": detail,
                "list": list_,
                "messages": messages,
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

        clean_content = src_dict["clean_content"]
        if not (type(clean_content) is bool):
            raise TypeError(
                f'field "clean_content": expected boolean, got {type(clean_content).__name__}'
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

        messages = src_dict["messages"]
        if not (type(messages) is bool):
            raise TypeError(
                f'field "messages": expected boolean, got {type(messages).__name__}'
            )

        if cls is MailboxSessionCapabilitiesThreads:
            _self = _new(cls)
            _self.changes = changes
            _self.clean_content = clean_content
            _self.detail = detail
            _self.list_ = list_
            _self.messages = messages
        else:
            _self = cls(
                changes,
                clean_content,
                detail,
                list_,
                messages,
            )

        return _self


_new = object.__new__
