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
                    credential_type_0 = _MailboxCredential_from_dict(data)

                    return credential_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return cast(MailboxCredential | None, data)

        credential = _parse_credential(src_dict["credential"])

        mailbox = _Mailbox_from_dict(src_dict["mailbox"])

        warning = src_dict["warning"]

        if not (type(warning) is str or warning is None):
            raise TypeError(
                f'field "warning": expected string or null, got {type(warning).__name__}'
            )

        if cls is MailboxCreateResult:
            _self = _new(cls)
            _self.credential = credential
            _self.mailbox = mailbox
            _self.warning = warning
        else:
            _self = cls(
                credential,
                mailbox,
                warning,
            )

        return _self


_new = object.__new__
if TYPE_CHECKING:  # bound by _import_lazy
    _Mailbox_from_dict = Mailbox.from_dict
    _MailboxCredential_from_dict = MailboxCredential.from_dict


_lazy_imports_pending = True


def _import_lazy() -> None:
    """Bind the models this module refers to; they may import this module back."""
    global _lazy_imports_pending
    global Mailbox
    global MailboxCredential
    global _Mailbox_from_dict
    global _MailboxCredential_from_dict
    from ..models.mailbox import Mailbox
    from ..models.mailbox_credential import MailboxCredential

    _Mailbox_from_dict = Mailbox.from_dict
    _MailboxCredential_from_dict = MailboxCredential.from_dict

    _lazy_imports_pending = False
