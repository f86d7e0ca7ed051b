from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="MailboxSessionEndpoints")


@_attrs_define
class MailboxSessionEndpoints:
    """
    Attributes:
        folders (list[str]):
        mailbox (list[str]):
        messages (list[str]):
        submissions (list[str]):
        sync (list[str]):
        threads (list[str]):
        usage (list[str]):
    """

    folders: list[str]
    mailbox: list[str]
    messages: list[str]
    submissions: list[str]
    sync: list[str]
    threads: list[str]
    usage: list[str]

    def to_dict(self) -> dict[str, Any]:
        folders = self.folders

        mailbox = self.mailbox

        messages = self.messages

        submissions = self.submissions

        sync = self.sync

        threads = self.threads

        usage = self.usage

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "folders": folders,
                "mailbox": mailbox,
                "messages": messages,
                "submissions": submissions,
                "sync": sync,
                "threads": threads,
                "usage": usage,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        folders = cast(list[str], src_dict["folders"])

        mailbox = cast(list[str], src_dict["mailbox"])

        messages = cast(list[str], src_dict["messages"])

        submissions = cast(list[str], src_dict["submissions"])

        sync = cast(list[str], src_dict["sync"])

        threads = cast(list[str], src_dict["threads"])

        usage = cast(list[str], src_dict["usage"])

        if cls is MailboxSessionEndpoints:
            _self = _new(cls)
            _self.folders = folders
            _self.mailbox = mailbox
            _self.messages = messages
            _self.submissions = submissions
            _self.sync = sync
            _self.threads = threads
            _self.usage = usage
        else:
            _self = cls(
                folders,
                mailbox,
                messages,
                submissions,
                sync,
                threads,
                usage,
            )

        return _self


_new = object.__new__
