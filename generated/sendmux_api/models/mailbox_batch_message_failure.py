from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="MailboxBatchMessageFailure")


@_attrs_define
class MailboxBatchMessageFailure:
    """
    Attributes:
        code (str):
        id (str):
        message (str):
    """

    code: str
    id: str
    message: str

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        id = self.id

        message = self.message

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "id": id,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        code = src_dict["code"]
        if not (type(code) is str):
            raise TypeError(f'field "code": expected string, got {type(code).__name__}')

        id = src_dict["id"]
        if not (type(id) is str):
            raise TypeError(f'field "id": expected string, got {type(id).__name__}')

        message = src_dict["message"]
        if not (type(message) is str):
            raise TypeError(
                f'field "message": expected string, got {type(message).__name__}'
            )

        if cls is MailboxBatchMessageFailure:
            _self = _new(cls)
            _self.code = code
            _self.id = id
            _self.message = message
        else:
            _self = cls(
                code,
                id,
                message,
            )

        return _self


_new = object.__new__
