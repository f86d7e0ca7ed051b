from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.mailbox_address import MailboxAddress


T = TypeVar("T", bound="MailboxIdentity")


@_attrs_define
class MailboxIdentity:
    """
    Attributes:
        bcc (list[MailboxAddress]):
        email (str):
        html_signature (str):
        id (str): Identity ID
        may_delete (bool): Whether the mailbox service allows this identity to be deleted.
        name (str):
        reply_to (list[MailboxAddress]):
        text_signature (str):
    """

    bcc: list[MailboxAddress]
    email: str
    html_signature: str
    id: str
    may_delete: bool
    name: str
    reply_to: list[MailboxAddress]
    text_signature: str

    def to_dict(self) -> dict[str, Any]:
        bcc = []
        for bcc_item_data in self.bcc:
            bcc_item = bcc_item_data.to_dict()
            bcc.append(bcc_item)

        email = self.email

        html_signature = self.html_signature

        id = self.id

        may_delete = self.may_delete

        name = self.name

        reply_to = []
        for reply_to_item_data in self.reply_to:
            reply_to_item = reply_to_item_data.to_dict()
            reply_to.append(reply_to_item)

        text_signature = self.text_signature

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "bcc": bcc,
                "email": email,
                "html_signature": html_signature,
                "id": id,
                "may_delete": may_delete,
                "name": name,
                "reply_to": reply_to,
                "text_signature": text_signature,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.mailbox_address import MailboxAddress

        d = dict(src_dict)
        bcc = []
        _bcc = d.pop("bcc")
        for bcc_item_data in _bcc:
            bcc_item = MailboxAddress.from_dict(bcc_item_data)

            bcc.append(bcc_item)

        email = d.pop("email")

        html_signature = d.pop("html_signature")

        id = d.pop("id")

        may_delete = d.pop("may_delete")

        name = d.pop("name")

        reply_to = []
        _reply_to = d.pop("reply_to")
        for reply_to_item_data in _reply_to:
            reply_to_item = MailboxAddress.from_dict(reply_to_item_data)

            reply_to.append(reply_to_item)

        text_signature = d.pop("text_signature")

        mailbox_identity = cls(
            bcc=bcc,
            email=email,
            html_signature=html_signature,
            id=id,
            may_delete=may_delete,
            name=name,
            reply_to=reply_to,
            text_signature=text_signature,
        )

        return mailbox_identity
