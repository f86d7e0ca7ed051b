from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MailboxSubmissionEnvelopeAddressParametersType0")


@_attrs_define
class MailboxSubmissionEnvelopeAddressParametersType0:
    additional_properties: dict[str, None | str] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if cls is MailboxSubmissionEnvelopeAddressParametersType0:
            _self = _new(cls)
            _self.additional_properties = {}
        else:
            _self = cls()

        if len(src_dict) > 0:
            additional_properties = {}
            for prop_name, prop_dict in src_dict.items():
                additional_property = prop_dict

                additional_properties[prop_name] = additional_property

            _self.additional_properties = additional_properties
        return _self

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> None | str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: None | str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_new = object.__new__
