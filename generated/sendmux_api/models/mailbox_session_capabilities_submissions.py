from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="MailboxSessionCapabilitiesSubmissions")


@_attrs_define
class MailboxSessionCapabilitiesSubmissions:
    """
    Attributes:
        changes (bool):
        detail (bool):
        list_ (bool):
        send (bool):
    """

    changes: bool
    detail: bool
    list_: bool
    send: bool

    def to_dict(self) -> dict[str, Any]:
        changes = self.changes

        detail = self.detail

        list_ = self.list_

        send = self.send

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "changes": changes,
                "detail": detail,
                "list": list_,
                "send": send,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        changes = src_dict["changes"]

        detail = src_dict["detail"]

        list_ = src_dict["list"]

        send = src_dict["send"]

        mailbox_session_capabilities_submissions = cls(
            changes,
            detail,
            list_,
            send,
        )

        return mailbox_session_capabilities_submissions
