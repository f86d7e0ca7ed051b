from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.mailbox import Mailbox
    from ..models.mailbox_credential import MailboxCredential


T = TypeVar("T", bound="MailboxCreateResult")


@_attrs_define
class MailboxCreateResult:
    """
    Attributes:
        credential (MailboxCredential | None): Initial credential for the mailbox. `null` if credential generation
            failed — call POST /mailboxes/{id}/keys to retry.
        mailbox (Mailbox):
        warning (None | str): Optional warning string when the mailbox was created without an initial credential
    """

    credential: MailboxCredential | None
    mailbox: Mailbox
    warning: None | str

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _import_lazy()
        credential: dict[str, Any] | None
        if isinstance(self.credential, MailboxCredential):
            credential = self.credential.to_dict()
        else:
            credential = self.credential

        mailbox = self.mailbox.to_dict()

        warning: None | str
        warning = self.warning

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "credential": credential,
                "mailbox": mailbox,
                "warning": warning,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_imports_pending:
            _import_lazy()

        def _parse_credential(data: object) -> MailboxCredential | None:
            if data is None:
                return data
            if isinstance(data, dict):
                try:
                    credential_type_0 = MailboxCredential.from_dict(data)

                    return credential_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return cast(MailboxCredential | None, data)

        credential = _parse_credential(src_dict["credential"])

        mailbox = Mailbox.from_dict(src_dict["mailbox"])

        warning = src_dict["warning"]

        if not (type(warning) is str or warning is None):
            raise TypeError(
                f'field "warning": expected string or null, got {type(warning).__name__}'
            )

        mailbox_create_result = cls(
            credential,
            mailbox,
            warning,
        )

        return mailbox_create_result


_lazy_imports_pending = True


def _import_lazy() -> None:
    """Bind the models this module refers to; they may import this module back."""
    global _lazy_imports_pending
    global Mailbox
    global MailboxCredential
    from ..models.mailbox import Mailbox
    from ..models.mailbox_credential import MailboxCredential

    _lazy_imports_pending = False
