from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="MailboxSessionMailbox")


@_attrs_define
class MailboxSessionMailbox:
    """
    Attributes:
        display_name (None | str):
        email (str):  Example: agent@example.com.
        id (str): Mailbox public ID Example: mbx_clxxxxxxxxxxxxxxxxxxxxxxxxx.
    """

    display_name: None | str
    email: str
    id: str

    def to_dict(self) -> dict[str, Any]:
        display_name: None | str
        display_name = self.display_name

        email = self.email

        id = self.id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "display_name": display_name,
                "email": email,
                "id": id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        display_name = src_dict["display_name"]

        email = src_dict["email"]

        id = src_dict["id"]

        mailbox_session_mailbox = cls(
            display_name,
            email,
            id,
        )

        return mailbox_session_mailbox
