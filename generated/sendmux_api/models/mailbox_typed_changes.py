from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.mailbox_typed_changes_types import MailboxTypedChangesTypes


T = TypeVar("T", bound="MailboxTypedChanges")


@_attrs_define
class MailboxTypedChanges:
    """
    Attributes:
        types (MailboxTypedChangesTypes):
    """

    types: MailboxTypedChangesTypes

    def to_dict(self) -> dict[str, Any]:
        types = self.types.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "types": types,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.mailbox_typed_changes_types import MailboxTypedChangesTypes

        d = dict(src_dict)
        types = MailboxTypedChangesTypes.from_dict(d.pop("types"))

        mailbox_typed_changes = cls(
            types=types,
        )

        return mailbox_typed_changes
