from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="MailboxSessionStates")


@_attrs_define
class MailboxSessionStates:
    """
    Attributes:
        folders (str):
        identities (str):
        messages (str):
        quotas (str):
        submissions (str):
        threads (str):
    """

    folders: str
    identities: str
    messages: str
    quotas: str
    submissions: str
    threads: str

    def to_dict(self) -> dict[str, Any]:
        folders = self.folders

        identities = self.identities

        messages = self.messages

        quotas = self.quotas

        submissions = self.submissions

        threads = self.threads

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "folders": folders,
                "identities": identities,
                "messages": messages,
                "quotas": quotas,
                "submissions": submissions,
                "threads": threads,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        folders = d.pop("folders")

        identities = d.pop("identities")

        messages = d.pop("messages")

        quotas = d.pop("quotas")

        submissions = d.pop("submissions")

        threads = d.pop("threads")

        mailbox_session_states = cls(
            folders=folders,
            identities=identities,
            messages=messages,
            quotas=quotas,
            submissions=submissions,
            threads=threads,
        )

        return mailbox_session_states
