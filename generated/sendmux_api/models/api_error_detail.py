from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ApiErrorDetail")


@_attrs_define
class ApiErrorDetail:
    """
    Attributes:
        code (str): Machine-readable issue code from the validator (e.g. zod issue code). Example: invalid_string.
        field (str): Dot-path of the offending request field. Example: recipient.email.
        message (str): Human-readable issue description.
    """

    code: str
    field: str
    message: str

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        field = self.field

        message = self.message

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "field": field,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        code = src_dict["code"]
        if not (type(code) is str):
            raise TypeError(f'field "code": expected string, got {type(code).__name__}')

        field = src_dict["field"]
        if not (type(field) is str):
            raise TypeError(
                f'field "field": expected string, got {type(field).__name__}'
            )

        message = src_dict["message"]
        if not (type(message) is str):
            raise TypeError(
                f'field "message": expected string, got {type(message).__name__}'
            )

        if cls is ApiErrorDetail:
            _self = _new(cls)
            _self.code = code
            _self.field = field
            _self.message = message
        else:
            _self = cls(
                code,
                field,
                message,
            )

        return _self


_new = object.__new__
