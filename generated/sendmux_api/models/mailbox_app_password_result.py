from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.mailbox_credential import MailboxCredential


T = TypeVar("T", bound="MailboxAppPasswordResult")


@_attrs_define
class MailboxAppPasswordResult:
    """
    Attributes:
        credential (MailboxCredential):
    """

    credential: MailboxCredential

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _import_lazy()
        credential = self.credential.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "credential": credential,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_imports_pending:
            _import_lazy()
        credential = _MailboxCredential_from_dict(src_dict["credential"])

        if cls is MailboxAppPasswordResult:
            _self = _new(cls)
            _self.credential = credential
        else:
            _self = cls(
                credential,
            )

        return _self


_new = object.__new__
if TYPE_CHECKING:  # bound by _import_lazy
    _MailboxCredential_from_dict = MailboxCredential.from_dict


_lazy_imports_pending = True


def _import_lazy() -> None:
    """Bind the models this module refers to; they may import this module back."""
    global _lazy_imports_pending
    global MailboxCredential
    global _MailboxCredential_from_dict
    from ..models.mailbox_credential import MailboxCredential

    _MailboxCredential_from_dict = MailboxCredential.from_dict

    _lazy_imports_pending = False
