from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.management_update_domain_body_mode import ManagementUpdateDomainBodyMode

T = TypeVar("T", bound="ManagementUpdateDomainBody")


@_attrs_define
class ManagementUpdateDomainBody:
    """
    Attributes:
        mode (ManagementUpdateDomainBodyMode): The only supported update is upgrading to `send_receive`. Example:
            send_receive.
    """

    mode: ManagementUpdateDomainBodyMode

    def to_dict(self) -> dict[str, Any]:
        mode = self.mode.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "mode": mode,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _mode = src_dict["mode"]
        mode = (
            _ManagementUpdateDomainBodyMode_by_value.get(_mode)
            if _mode.__class__ is str
            else None
        ) or ManagementUpdateDomainBodyMode(_mode)

        if cls is ManagementUpdateDomainBody:
            _self = _new(cls)
            _self.mode = mode
        else:
            _self = cls(
                mode,
            )

        return _self


_new = object.__new__
_ManagementUpdateDomainBodyMode_by_value = ManagementUpdateDomainBodyMode._by_value
