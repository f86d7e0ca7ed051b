from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="MailboxSessionGated")


@_attrs_define
class MailboxSessionGated:
    """Flags are true when a feature is intentionally unavailable through the mailbox API.

    Attributes:
        attachment_parsing (bool):
        blob_copy (bool):
        blob_lookup (bool):
        events (bool):
        filter_script_writes (bool):
        identity_mutation (bool):
        message_copy (bool):
        message_import (bool):
        message_parse (bool):
        quota_mutation (bool):
        raw_protocol (bool):
        vacation_response (bool):
    """

    attachment_parsing: bool
    blob_copy: bool
    blob_lookup: bool
    events: bool
    filter_script_writes: bool
    identity_mutation: bool
    message_copy: bool
    message_import: bool
    message_parse: bool
    quota_mutation: bool
    raw_protocol: bool
    vacation_response: bool

    def to_dict(self) -> dict[str, Any]:
        attachment_parsing = self.attachment_parsing

        blob_copy = self.blob_copy

        blob_lookup = self.blob_lookup

        events = self.events

        filter_script_writes = self.filter_script_writes

        identity_mutation = self.identity_mutation

        message_copy = self.message_copy

        message_import = self.message_import

        message_parse = self.message_parse

        quota_mutation = self.quota_mutation

        raw_protocol = self.raw_protocol

        vacation_response = self.vacation_response

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "attachment_parsing": attachment_parsing,
                "blob_copy": blob_copy,
                "blob_lookup": blob_lookup,
                "events": events,
                "filter_script_writes": filter_script_writes,
                "identity_mutation": identity_mutation,
                "message_copy": message_copy,
                "message_import": message_import,
                "message_parse": message_parse,
                "quota_mutation": quota_mutation,
                "raw_protocol": raw_protocol,
                "vacation_response": vacation_response,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        attachment_parsing = src_dict["attachment_parsing"]

        blob_copy = src_dict["blob_copy"]

        blob_lookup = src_dict["blob_lookup"]

        events = src_dict["events"]

        filter_script_writes = src_dict["filter_script_writes"]

        identity_mutation = src_dict["identity_mutation"]

        message_copy = src_dict["message_copy"]

        message_import = src_dict["message_import"]

        message_parse = src_dict["message_parse"]

        quota_mutation = src_dict["quota_mutation"]

        raw_protocol = src_dict["raw_protocol"]

        vacation_response = src_dict["vacation_response"]

        mailbox_session_gated = cls(
            attachment_parsing,
            blob_copy,
            blob_lookup,
            events,
            filter_script_writes,
            identity_mutation,
            message_copy,
            message_import,
            message_parse,
            quota_mutation,
            raw_protocol,
            vacation_response,
        )

        return mailbox_session_gated
