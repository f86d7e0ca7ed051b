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
        from ..models.mailbox_credential import MailboxCredential

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
        from ..models.mailbox import Mailbox
        from ..models.mailbox_credential import MailboxCredential

        d = dict(src_dict)

        def _parse_credential(data: object) -> MailboxCredential | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                credential_type_0 = MailboxCredential.from_dict(data)

                return credential_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MailboxCredential | None, data)

        credential = _parse_credential(d.pop("credential"))

        mailbox = Mailbox.from_dict(d.pop("mailbox"))

        def _parse_warning(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        warning = _parse_warning(d.pop("warning"))

        mailbox_create_result = cls(
            credential=credential,
            mailbox=mailbox,
            warning=warning,
        )

        return mailbox_create_result
