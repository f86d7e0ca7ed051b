from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.mailbox_session_capabilities_sync_query_changes_item import (
    MailboxSessionCapabilitiesSyncQueryChangesItem,
)
from ..models.mailbox_session_capabilities_sync_types_item import (
    MailboxSessionCapabilitiesSyncTypesItem,
)

T = TypeVar("T", bound="MailboxSessionCapabilitiesSync")


@_attrs_define
class MailboxSessionCapabilitiesSync:
    """
    Attributes:
        query_changes (list[MailboxSessionCapabilitiesSyncQueryChangesItem]):
        typed_changes (bool):
        types (list[MailboxSessionCapabilitiesSyncTypesItem]):
    """

    query_changes: list[MailboxSessionCapabilitiesSyncQueryChangesItem]
    typed_changes: bool
    types: list[MailboxSessionCapabilitiesSyncTypesItem]

    def to_dict(self) -> dict[str, Any]:
        query_changes = []
        for query_changes_item_data in self.query_changes:
            query_changes_item = query_changes_item_data.value
            query_changes.append(query_changes_item)

        typed_changes = self.typed_changes

        types = []
        for types_item_data in self.types:
            types_item = types_item_data.value
            types.append(types_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "query_changes": query_changes,
                "typed_changes": typed_changes,
                "types": types,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        query_changes = []
        _query_changes = src_dict["query_changes"]
        for query_changes_item_data in _query_changes:
            _query_changes_item = query_changes_item_data
            query_changes_item = (
                _MailboxSessionCapabilitiesSyncQueryChangesItem_by_value.get(
                    _query_changes_item
                )
                if _query_changes_item.__class__ is str
                else None
            ) or MailboxSessionCapabilitiesSyncQueryChangesItem(_query_changes_item)

            query_changes.append(query_changes_item)

        typed_changes = src_dict["typed_changes"]
        if not (type(typed_changes) is bool):
            raise TypeError(
                f'field "typed_changes": expected boolean, got {type(typed_changes).__name__}'
            )

        types = []
        _types = src_dict["types"]
        for types_item_data in _types:
            _types_item = types_item_data
            types_item = (
                _MailboxSessionCapabilitiesSyncTypesItem_by_value.get(_types_item)
                if _types_item.__class__ is str
                else None
            ) or MailboxSessionCapabilitiesSyncTypesItem(_types_item)

            types.append(types_item)

        if cls is MailboxSessionCapabilitiesSync:
            _self = _new(cls)
            _self.query_changes = query_changes
            _self.typed_changes = typed_changes
            _self.types = types
        else:
            _self = cls(
                query_changes,
                typed_changes,
                types,
            )

        return _self


_new = object.__new__
_MailboxSessionCapabilitiesSyncQueryChangesItem_by_value = (
    MailboxSessionCapabilitiesSyncQueryChangesItem._by_value
)
_MailboxSessionCapabilitiesSyncTypesItem_by_value = (
    MailboxSessionCapabilitiesSyncTypesItem._by_value
)
