from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.management_create_domain_body_mode import ManagementCreateDomainBodyMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="ManagementCreateDomainBody")


@_attrs_define
class ManagementCreateDomainBody:
    """
    Attributes:
        domain (str): Fully qualified domain name. Must be lowercased and domain-only (no scheme). Example:
            mail.acme.com.
        mode (ManagementCreateDomainBodyMode | Unset): Domain usage mode. Defaults to `send_receive` when omitted.
            Example: send_only.
    """

    domain: str
    mode: ManagementCreateDomainBodyMode | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        domain = self.domain

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "domain": domain,
            }
        )
        if mode is not UNSET:
            field_dict["mode"] = mode

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        domain = src_dict["domain"]
        if not (type(domain) is str):
            raise TypeError(
                f'field "domain": expected string, got {type(domain).__name__}'
            )

        _mode = src_dict.get("mode", UNSET)
        mode: ManagementCreateDomainBodyMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = (
                _ManagementCreateDomainBodyMode_by_value.get(_mode)
                if _mode.__class__ is str
                else None
            ) or ManagementCreateDomainBodyMode(_mode)

        if cls is ManagementCreateDomainBody:
            _self = _new(cls)
            _self.domain = domain
            _self.mode = mode
        else:
            _self = cls(
                domain,
                mode,
            )

        return _self


_new = object.__new__
_ManagementCreateDomainBodyMode_by_value = ManagementCreateDomainBodyMode._by_value
