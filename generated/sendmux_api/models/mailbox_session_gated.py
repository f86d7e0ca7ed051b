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
        if not (type(attachment_parsing) is bool):
            raise TypeError(
                f'field "attachment_parsing": expected boolean, got {type(attachment_parsing).__name__}'
            )

        blob_copy = src_dict["blob_copy"]
        if not (type(blob_copy) is bool):
            raise TypeError(
                f'field "blob_copy": expected boolean, got {type(blob_copy).__name__}'
            )

        blob_lookup = src_dict["blob_lookup"]
        if not (type(blob_lookup) is bool):
            raise TypeError(
                f'field "blob_lookup": expected boolean, got {type(blob_lookup).__name__}'
            )

        events = src_dict["events"]
        if not (type(events) is bool):
            raise TypeError(
                f'field "events": expected boolean, got {type(events).__name__}'
            )

        filter_script_writes = src_dict["filter_script_writes"]
        if not (type(filter_script_writes) is bool):
            raise TypeError(
                f'field "filter_script_writes": expected boolean, got {type(filter_script_writes).__name__}'
            )

        identity_mutation = src_dict["identity_mutation"]
        if not (type(identity_mutation) is bool):
            raise TypeError(
                f'field "identity_mutation": expected boolean, got {type(identity_mutation).__name__}'
            )

        message_copy = src_dict["message_copy"]
        if not (type(message_copy) is bool):
            raise TypeError(
                f'field "message_copy": expected boolean, got {type(message_copy).__name__}'
            )

        message_import = src_dict["message_import"]
        if not (type(message_import) is bool):
            raise TypeError(
                f'field "message_import": expected boolean, got {type(message_import).__name__}'
            )

        message_parse = src_dict["message_parse"]
        if not (type(message_parse) is bool):
            raise TypeError(
                f'field "message_parse": expected boolean, got {type(message_parse).__name__}'
            )

        quota_mutation = src_dict["quota_mutation"]
        if not (type(quota_mutation) is bool):
            raise TypeError(
                f'field "quota_mutation": expected boolean, got {type(quota_mutation).__name__}'
            )

        raw_protocol = src_dict["raw_protocol"]
        if not (type(raw_protocol) is bool):
            raise TypeError(
                f'field "raw_protocol": expected boolean, got {type(raw_protocol).__name__}'
            )

        vacation_response = src_dict["vacation_response"]
        if not (type(vacation_response) is bool):
            raise TypeError(
                f'field "vacation_response": expected boolean, got {type(vacation_response).__name__}'
            )

        if cls is MailboxSessionGated:
            _self = _new(cls)
            _self.attachment_parsing = attachment_parsing
            _self.blob_copy = blob_copy
            _self.blob_lookup = blob_lookup
            _self.events = events
            _self.filter_script_writes = filter_script_writes
            _self.identity_mutation = identity_mutation
            _self.message_copy = message_copy
            _self.message_import = message_import
            _self.message_parse = message_parse
            _self.quota_mutation = quota_mutation
            _self.raw_protocol = raw_protocol
            _self.vacation_response = vacation_response
        else:
            _self = cls(
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

        return _self


_new = object.__new__
