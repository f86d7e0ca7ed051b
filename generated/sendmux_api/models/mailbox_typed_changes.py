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
        if _lazy_imports_pending:
            _import_lazy()
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
        if _lazy_imports_pending:
            _import_lazy()
        types = MailboxTypedChangesTypes.from_dict(src_dict["types"])

        mailbox_typed_changes = cls(
            types,
        )

        return mailbox_typed_changes


_lazy_imports_pending = True


def _import_lazy() -> None:
    """Bind the models this module refers to; they may import this module back."""
    global _lazy_imports_pending
    global MailboxTypedChangesTypes
    from ..models.mailbox_typed_changes_types import MailboxTypedChangesTypes

    _lazy_imports_pending = False
