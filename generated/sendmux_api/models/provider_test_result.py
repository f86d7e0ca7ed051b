from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ProviderTestResult")


@_attrs_define
class ProviderTestResult:
    """
    Attributes:
        latency_ms (int):  Example: 182.
        message (str):  Example: Connection verified..
        success (bool):  Example: True.
        tested_at (datetime.datetime):  Example: 2026-05-25T02:18:00Z.
    """

    latency_ms: int
    message: str
    success: bool
    tested_at: datetime.datetime

    def to_dict(self) -> dict[str, Any]:
        latency_ms = self.latency_ms

        message = self.message

        success = self.success

        tested_at = self.tested_at.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "latency_ms": latency_ms,
                "message": message,
                "success": success,
                "tested_at": tested_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        latency_ms = src_dict["latency_ms"]
        if not (type(latency_ms) is int):
            raise TypeError(
                f'field "latency_ms": expected integer, got {type(latency_ms).__name__}'
            )

        message = src_dict["message"]
        if not (type(message) is str):
            raise TypeError(
                f'field "message": expected string, got {type(message).__name__}'
            )

        success = src_dict["success"]
        if not (type(success) is bool):
            raise TypeError(
                f'field "success": expected boolean, got {type(success).__name__}'
            )

        tested_at: datetime.datetime
        _tested_at = src_dict["tested_at"]
        if type(_tested_at) is str:
            try:
                tested_at = _fromisoformat(_tested_at)
            except ValueError as error:
                raise ValueError(f'field "tested_at": {error}') from None
        else:
            raise TypeError(
                f'field "tested_at": expected a date-time string, got {type(_tested_at).__name__}'
            )

        if cls is ProviderTestResult:
            _self = _new(cls)
            _self.latency_ms = latency_ms
            _self.message = message
            _self.success = success
            _self.tested_at = tested_at
        else:
            _self = cls(
                latency_ms,
                message,
                success,
                tested_at,
            )

        return _self


_new = object.__new__
_fromisoformat = datetime.datetime.fromisoformat
