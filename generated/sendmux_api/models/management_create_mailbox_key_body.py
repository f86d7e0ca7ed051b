from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ManagementCreateMailboxKeyBody")


@_attrs_define
class ManagementCreateMailboxKeyBody:
    """
    Attributes:
        app_name (str): Human-friendly label for the new API key.
    """

    app_name: str

    def to_dict(self) -> dict[str, Any]:
        app_name = self.app_name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "app_name": app_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        app_name = src_dict["app_name"]
        if not (type(app_name) is str):
            raise TypeError(
                f'field "app_name": expected string, got {type(app_name).__name__}'
            )

        if cls is ManagementCreateMailboxKeyBody:
            _self = _new(cls)
            _self.app_name = app_name
        else:
            _self = cls(
                app_name,
            )

        return _self


_new = object.__new__
