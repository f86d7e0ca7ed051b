from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.mailbox_session_capabilities_messages_update_fields_item import (
    MailboxSessionCapabilitiesMessagesUpdateFieldsItem,
)

T = TypeVar("T", bound="MailboxSessionCapabilitiesMessages")


@_attrs_define
class MailboxSessionCapabilitiesMessages:
    """
    Attributes:
        batch_get (bool):
        batch_update (bool):
        changes (bool):
        clean_content (bool):
        count (bool):
        delete (bool):
        detail (bool):
        keywords (bool):
        list_ (bool):
        permanent_delete (bool):
        query_changes (bool):
        raw_body (bool):
        search_snippets (bool):
        update_fields (list[MailboxSessionCapabilitiesMessagesUpdateFieldsItem]):
    """

    batch_get: bool
    batch_update: bool
    changes: bool
    clean_content: bool
    count: bool
    delete: bool
    detail: bool
    keywords: bool
    list_: bool
    permanent_delete: bool
    query_changes: bool
    raw_body: bool
    search_snippets: bool
    update_fields: list[MailboxSessionCapabilitiesMessagesUpdateFieldsItem]

    def to_dict(self) -> dict[str, Any]:
        batch_get = self.batch_get

        batch_update = self.batch_update

        changes = self.changes

        clean_content = self.clean_content

        count = self.count

        delete = self.delete

        detail = self.detail

        keywords = self.keywords

        list_ = self.list_

        permanent_delete = self.permanent_delete

        query_changes = self.query_changes

        raw_body = self.raw_body

        search_snippets = self.search_snippets

        update_fields = []
        for update_fields_item_data in self.update_fields:
            update_fields_item = update_fields_item_data.value
            update_fields.append(update_fields_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "batch_get": batch_get,
                "batch_update": batch_update,
                "changes": changes,
                "clean_content": clean_content,
                "count": count,
                "delete": delete,
                "detail": detail,
                "keywords": keywords,
                "list": list_,
                "permanent_delete": permanent_delete,
                "query_changes": query_changes,
                "raw_body": raw_body,
                "search_snippets": search_snippets,
                "update_fields": update_fields,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        batch_get = src_dict["batch_get"]

        batch_update = src_dict["batch_update"]

        changes = src_dict["changes"]

        clean_content = src_dict["clean_content"]

        count = src_dict["count"]

        delete = src_dict["delete"]

        detail = src_dict["detail"]

        keywords = src_dict["keywords"]

        list_ = src_dict["list"]

        permanent_delete = src_dict["permanent_delete"]

        query_changes = src_dict["query_changes"]

        raw_body = src_dict["raw_body"]

        search_snippets = src_dict["search_snippets"]

        update_fields = []
        _update_fields = src_dict["update_fields"]
        for update_fields_item_data in _update_fields:
            _update_fields_item = update_fields_item_data
            update_fields_item = (
                MailboxSessionCapabilitiesMessagesUpdateFieldsItem._by_value.get(
                    _update_fields_item
                )
                if _update_fields_item.__class__ is str
                else None
            ) or MailboxSessionCapabilitiesMessagesUpdateFieldsItem(_update_fields_item)

            update_fields.append(update_fields_item)

        mailbox_session_capabilities_messages = cls(
            batch_get,
            batch_update,
            changes,
            clean_content,
            count,
            delete,
            detail,
            keywords,
            list_,
            permanent_delete,
            query_changes,
            raw_body,
            search_snippets,
            update_fields,
        )

        return mailbox_session_capabilities_messages
