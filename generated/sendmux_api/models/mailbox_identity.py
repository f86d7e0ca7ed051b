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
        if _lazy_imports_pending:
            _import_lazy()
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
        if _lazy_imports_pending:
            _import_lazy()
        bcc = []
        _bcc = src_dict["bcc"]
        for bcc_item_data in _bcc:
            bcc_item = _MailboxAddress_from_dict(bcc_item_data)

            bcc.append(bcc_item)

        email = src_dict["email"]
        if not (type(email) is str):
            raise TypeError(
                f'field "email": expected string, got {type(email).__name__}'
            )

        html_signature = src_dict["html_signature"]
        if not (type(html_signature) is str):
            raise TypeError(
                f'field "html_signature": expected string, got {type(html_signature).__name__}'
            )

        id = src_dict["id"]
        if not (type(id) is str):
            raise TypeError(f'field "id": expected string, got {type(id).__name__}')

        may_delete = src_dict["may_delete"]
        if not (type(may_delete) is bool):
            raise TypeError(
                f'field "may_delete": expected boolean, got {type(may_delete).__name__}'
            )

        name = src_dict["name"]
        if not (type(name) is str):
            raise TypeError(f'field "name": expected string, got {type(name).__name__}')

        reply_to = []
        _reply_to = src_dict["reply_to"]
        for reply_to_item_data in _reply_to:
            reply_to_item = _MailboxAddress_from_dict(reply_to_item_data)

            reply_to.append(reply_to_item)

        text_signature = src_dict["text_signature"]
        if not (type(text_signature) is str):
            raise TypeError(
                f'field "text_signature": expected string, got {type(text_signature).__name__}'
            )

        if cls is MailboxIdentity:
            _self = _new(cls)
            _self.bcc = bcc
            _self.email = email
            _self.html_signature = html_signature
            _self.id = id
            _self.may_delete = may_delete
            _self.name = name
            _self.reply_to = reply_to
            _self.text_signature = text_signature
        else:
            _self = cls(
                bcc,
                email,
                html_signature,
                id,
                may_delete,
                name,
                reply_to,
                text_signature,
            )

        return _self


_new = object.__new__
if TYPE_CHECKING:  # bound by _import_lazy
    _MailboxAddress_from_dict = MailboxAddress.from_dict


_lazy_imports_pending = True


def _import_lazy() -> None:
    """Bind the models this module refers to; they may import this module back."""
    global _lazy_imports_pending
    global MailboxAddress
    global _MailboxAddress_from_dict
    from ..models.mailbox_address import MailboxAddress

    _MailboxAddress_from_dict = MailboxAddress.from_dict

    _lazy_imports_pending = False
