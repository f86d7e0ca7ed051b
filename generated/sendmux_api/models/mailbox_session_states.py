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
        if not (type(folders) is str):
            raise TypeError(
                f'field "folders": expected string, got {type(folders).__name__}'
            )

        identities = src_dict["identities"]
        if not (type(identities) is str):
            raise TypeError(
                f'field "identities": expected string, got {type(identities).__name__}'
            )

        messages = src_dict["messages"]
        if not (type(messages) is str):
            raise TypeError(
                f'field "messages": expected string, got {type(messages).__name__}'
            )

        quotas = src_dict["quotas"]
        if not (type(quotas) is str):
            raise TypeError(
                f'field "quotas": expected string, got {type(quotas).__name__}'
            )

        submissions = src_dict["submissions"]
        if not (type(submissions) is str):
            raise TypeError(
                f'field "submissions": expected string, got {type(submissions).__name__}'
            )

        threads = src_dict["threads"]
        if not (type(threads) is str):
            raise TypeError(
                f'field "threads": expected string, got {type(threads).__name__}'
            )

        if cls is MailboxSessionStates:
            _self = _new(cls)
            _self.folders = folders
            _self.identities = identities
            _self.messages = messages
            _self.quotas = quotas
            _self.submissions = submissions
            _self.threads = threads
        else:
            _self = cls(
                folders,
                identities,
                messages,
                quotas,
                submissions,
                threads,
            )

        return _self


_new = object.__new__
