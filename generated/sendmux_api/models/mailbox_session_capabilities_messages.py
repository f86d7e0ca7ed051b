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
        if not (type(batch_get) is bool):
            raise TypeError(
                f'field "batch_get": expected boolean, got {type(batch_get).__name__}'
            )

        batch_update = src_dict["batch_update"]
        if not (type(batch_update) is bool):
            raise TypeError(
                f'field "batch_update": expected boolean, got {type(batch_update).__name__}'
            )

        changes = src_dict["changes"]
        if not (type(changes) is bool):
            raise TypeError(
                f'field "changes": expected boolean, got {type(changes).__name__}'
            )

        clean_content = src_dict["clean_content"]
        if not (type(clean_content) is bool):
            raise TypeError(
                f'field "clean_content": expected boolean, got {type(clean_content).__name__}'
            )

        count = src_dict["count"]
        if not (type(count) is bool):
            raise TypeError(
                f'field "count": expected boolean, got {type(count).__name__}'
            )

        delete = src_dict["delete"]
        if not (type(delete) is bool):
            raise TypeError(
                f'field "delete": expected boolean, got {type(delete).__name__}'
            )

        detail = src_dict["detail"]
        if not (type(detail) is bool):
            raise TypeError(
                f'field "detail": expected boolean, got {type(detail).__name__}'
            )

        keywords = src_dict["keywords"]
        if not (type(keywords) is bool):
            raise TypeError(
                f'field "keywords": expected boolean, got {type(keywords).__name__}'
            )

        list_ = src_dict["list"]
        if not (type(list_) is bool):
            raise TypeError(
                f'field "list": expected boolean, got {type(list_).__name__}'
            )

        permanent_delete = src_dict["permanent_delete"]
        if not (type(permanent_delete) is bool):
            raise TypeError(
                f'field "permanent_delete": expected boolean, got {type(permanent_delete).__name__}'
            )

        query_changes = src_dict["query_changes"]
        if not (type(query_changes) is bool):
            raise TypeError(
                f'field "query_changes": expected boolean, got {type(query_changes).__name__}'
            )

        raw_body = src_dict["raw_body"]
        if not (type(raw_body) is bool):
            raise TypeError(
                f'field "raw_body": expected boolean, got {type(raw_body).__name__}'
            )

        search_snippets = src_dict["search_snippets"]
        if not (type(search_snippets) is bool):
            raise TypeError(
                f'field "search_snippets": expected boolean, got {type(search_snippets).__name__}'
            )

        update_fields = []
        _update_fields = src_dict["update_fields"]
        for update_fields_item_data in _update_fields:
            _update_fields_item = update_fields_item_data
            update_fields_item = (
                _MailboxSessionCapabilitiesMessagesUpdateFieldsItem_by_value.get(
                    _update_fields_item
                )
                if _update_fields_item.__class__ is str
                else None
            ) or MailboxSessionCapabilitiesMessagesUpdateFieldsItem(_update_fields_item)

            update_fields.append(update_fields_item)

        if cls is MailboxSessionCapabilitiesMessages:
            _self = _new(cls)
            _self.batch_get = batch_get
            _self.batch_update = batch_update
            _self.changes = changes
            _self.clean_content = clean_content
            _self.count = count
            _self.delete = delete
            _self.detail = detail
            _self.keywords = keywords
            _self.list_ = list_
            _self.permanent_delete = permanent_delete
            _self.query_changes = query_changes
            _self.raw_body = raw_body
            _self.search_snippets = search_snippets
            _self.update_fields = update_fields
        else:
            _self = cls(
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

        return _self


_new = object.__new__
_MailboxSessionCapabilitiesMessagesUpdateFieldsItem_by_value = (
    MailboxSessionCapabilitiesMessagesUpdateFieldsItem._by_value
)
