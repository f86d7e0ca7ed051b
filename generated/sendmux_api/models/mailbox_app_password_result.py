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
        from ..models.mailbox_credential import MailboxCredential

        d = dict(src_dict)
        credential = MailboxCredential.from_dict(d.pop("credential"))

        mailbox_app_password_result = cls(
            credential=credential,
        )

        return mailbox_app_password_result
