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
        types = _MailboxTypedChangesTypes_from_dict(src_dict["types"])

        if cls is MailboxTypedChanges:
            _self = _new(cls)
            _self.types = types
        else:
            _self = cls(
                types,
            )

        return _self


_new = object.__new__
if TYPE_CHECKING:  # bound by _import_lazy
    _MailboxTypedChangesTypes_from_dict = MailboxTypedChangesTypes.from_dict


_lazy_imports_pending = True


def _import_lazy() -> None:
    """Bind the models this module refers to; they may import this module back."""
    global _lazy_imports_pending
    global MailboxTypedChangesTypes
    global _MailboxTypedChangesTypes_from_dict
    from ..models.mailbox_typed_changes_types import MailboxTypedChangesTypes

    _MailboxTypedChangesTypes_from_dict = MailboxTypedChangesTypes.from_dict

    _lazy_imports_pending = False
