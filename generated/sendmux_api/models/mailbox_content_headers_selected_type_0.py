from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.mailbox_address import MailboxAddress


T = TypeVar("T", bound="MailboxContentHeadersSelectedType0")


@_attrs_define
class MailboxContentHeadersSelectedType0:
    """
    Attributes:
        in_reply_to (None | str):
        message_id (list[str]):
        references (list[str]):
        reply_to (list[MailboxAddress]):
    """

    in_reply_to: None | str
    message_id: list[str]
    references: list[str]
    reply_to: list[MailboxAddress]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _import_lazy()
        in_reply_to: None | str
        in_reply_to = self.in_reply_to

        message_id = self.message_id

        references = self.references

        reply_to = []
        for reply_to_item_data in self.reply_to:
            reply_to_item = reply_to_item_data.to_dict()
            reply_to.append(reply_to_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "in_reply_to": in_reply_to,
                "message_id": message_id,
                "references": references,
                "reply_to": reply_to,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_imports_pending:
            _import_lazy()
        in_reply_to = src_dict["in_reply_to"]

        if not (type(in_reply_to) is str or in_reply_to is None):
            raise TypeError(
                f'field "in_reply_to": expected string or null, got {type(in_reply_to).__name__}'
            )

        message_id = cast(list[str], src_dict["message_id"])

        references = cast(list[str], src_dict["references"])

        reply_to = []
        _reply_to = src_dict["reply_to"]
        for reply_to_item_data in _reply_to:
            reply_to_item = _MailboxAddress_from_dict(reply_to_item_data)

            reply_to.append(reply_to_item)

        if cls is MailboxContentHeadersSelectedType0:
            _self = _new(cls)
            _self.in_reply_to = in_reply_to
            _self.message_id = message_id
            _self.references = references
            _self.reply_to = reply_to
            _self.additional_properties = {}
        else:
            _self = cls(
                in_reply_to,
                message_id,
                references,
                reply_to,
            )

        if len(src_dict) > 4:
            _self.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in {"in_reply_to", "message_id", "references", "reply_to"}
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
if TYPE_CHECKING:  # bound by _import_lazy
    _MailboxAddress_from_dict = MailboxAddress.from_dict


_lazy_imports_pending = True


def _import_lazy() -> None:
    """Bind the models this module refers to; they may import this module back."""
    global _lazy_imports_pending
    global MailboxAddress
    global _MailboxAddress_from_dict
    from ..models.mailbox_address import MailboxAddress

    _MailboxAddress_from_dict = MailboxAddress.from_dict

    _lazy_imports_pending = False
