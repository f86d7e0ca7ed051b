from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateMailboxIdentityBody")


@_attrs_define
class UpdateMailboxIdentityBody:
    """
    Attributes:
        html_signature (None | str | Unset): HTML signature appended to Mailbox API sends that include html_body.
        name (None | str | Unset): Default sender name. Send null or an empty string to clear it.
        text_signature (None | str | Unset): Plain text signature appended to Mailbox API sends that include text_body.
    """

    html_signature: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    text_signature: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        html_signature: None | str | Unset
        if isinstance(self.html_signature, Unset):
            html_signature = UNSET
        else:
            html_signature = self.html_signature

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        text_signature: None | str | Unset
        if isinstance(self.text_signature, Unset):
            text_signature = UNSET
        else:
            text_signature = self.text_signature

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if html_signature is not UNSET:
            field_dict["html_signature"] = html_signature
        if name is not UNSET:
            field_dict["name"] = name
        if text_signature is not UNSET:
            field_dict["text_signature"] = text_signature

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        html_signature = src_dict.get("html_signature", UNSET)

        if not (
            html_signature is UNSET
            or type(html_signature) is str
            or html_signature is None
        ):
            raise TypeError(
                f'field "html_signature": expected string or null, got {type(html_signature).__name__}'
            )

        name = src_dict.get("name", UNSET)

        if not (name is UNSET or type(name) is str or name is None):
            raise TypeError(
                f'field "name": expected string or null, got {type(name).__name__}'
            )

        text_signature = src_dict.get("text_signature", UNSET)

        if not (
            text_signature is UNSET
            or type(text_signature) is str
            or text_signature is None
        ):
            raise TypeError(
                f'field "text_signature": expected string or null, got {type(text_signature).__name__}'
            )

        if cls is UpdateMailboxIdentityBody:
            _self = _new(cls)
            _self.html_signature = html_signature
            _self.name = name
            _self.text_signature = text_signature
        else:
            _self = cls(
                html_signature,
                name,
                text_signature,
            )

        return _self


_new = object.__new__
