from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="MailboxSessionCapabilitiesFolders")


@_attrs_define
class MailboxSessionCapabilitiesFolders:
    """
    Attributes:
        changes (bool):
        create (bool):
        delete (bool):
        detail (bool):
        list_ (bool):
        query_changes (bool):
        update (bool):
    """

    changes: bool
    create: bool
    delete: bool
    detail: bool
    list_: bool
    query_changes: bool
    update: bool

    def to_dict(self) -> dict[str, Any]:
        changes = self.changes

        create = self.create

        delete = self.delete

        detail = self.detail

        list_ = self.list_

        query_changes = self.query_changes

        update = self.update

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "changes": changes,
                "create": create,
                "delete": delete,
                "detail": detail,
                "list": list_,
                "query_changes": query_changes,
                "update": update,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        changes = src_dict["changes"]
        if not (type(changes) is bool):
            raise TypeError(
                f'field "changes": expected boolean, got {type(changes).__name__}'
            )

        create = src_dict["create"]
        if not (type(create) is bool):
            raise TypeError(
                f'field "create": expected boolean, got {type(create).__name__}'
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

        list_ = src_dict["list"]
        if not (type(list_) is bool):
            raise TypeError(
                f'field "list": expected boolean, got {type(list_).__name__}'
            )

        query_changes = src_dict["query_changes"]
        if not (type(query_changes) is bool):
            raise TypeError(
                f'field "query_changes": expected boolean, got {type(query_changes).__name__}'
            )

        update = src_dict["update"]
        if not (type(update) is bool):
            raise TypeError(
                f'field "update": expected boolean, got {type(update).__name__}'
            )

        if cls is MailboxSessionCapabilitiesFolders:
            _self = _new(cls)
            _self.changes = changes
            _self.create = create
            _self.delete = delete
            _self.detail = detail
            _self.list_ = list_
            _self.query_changes = query_changes
            _self.update = update
        else:
            _self = cls(
                changes,
                create,
                delete,
                detail,
                list_,
                query_changes,
                update,
            )

        return _self


_new = object.__new__
