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
        credential = MailboxCredential.from_dict(src_dict["credential"])

        mailbox_app_password_result = cls(
            credential,
        )

        return mailbox_app_password_result


_lazy_imports_pending = True


def _import_lazy() -> None:
    """Bind the models this module refers to; they may import this module back."""
    global _lazy_imports_pending
    global MailboxCredential
    from ..models.mailbox_credential import MailboxCredential

    _lazy_imports_pending = False
