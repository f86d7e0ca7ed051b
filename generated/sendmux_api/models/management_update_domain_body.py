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
            ManagementUpdateDomainBodyMode._by_value.get(_mode)
            if _mode.__class__ is str
            else None
        ) or ManagementUpdateDomainBodyMode(_mode)

        management_update_domain_body = cls(
            mode,
        )

        return management_update_domain_body
