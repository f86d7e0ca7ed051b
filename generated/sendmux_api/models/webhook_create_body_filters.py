from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookCreateBodyFilters")


@_attrs_define
class WebhookCreateBodyFilters:
    """
    Attributes:
        mailbox_ids (list[str]): Mailbox public IDs to receive events for. Empty means all mailboxes in the team.
            Example: ['mbx_clxxxxxxxxxxxxxxxxxxxxxxxxx'].
    """

    mailbox_ids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mailbox_ids = self.mailbox_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mailbox_ids": mailbox_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        mailbox_ids = cast(list[str], src_dict["mailbox_ids"])

        if cls is WebhookCreateBodyFilters:
            _self = _new(cls)
            _self.mailbox_ids = mailbox_ids
            _self.additional_properties = {}
        else:
            _self = cls(
                mailbox_ids,
            )

        if len(src_dict) > 1:
            _self.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in {"mailbox_ids"}
            }
        return _self

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_new = object.__new__
