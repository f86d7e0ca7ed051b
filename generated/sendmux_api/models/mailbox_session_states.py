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
        folders = src_dict["folders"]

        identities = src_dict["identities"]

        messages = src_dict["messages"]

        quotas = src_dict["quotas"]

        submissions = src_dict["submissions"]

        threads = src_dict["threads"]

        mailbox_session_states = cls(
            folders,
            identities,
            messages,
            quotas,
            submissions,
            threads,
        )

        return mailbox_session_states
