from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.mailbox_content_headers_mode import MailboxContentHeadersMode

if TYPE_CHECKING:
    from ..models.mailbox_content_headers_full_type_0_item import (
        MailboxContentHeadersFullType0Item,
    )
    from ..models.mailbox_content_headers_selected_type_0 import (
        MailboxContentHeadersSelectedType0,
    )


T = TypeVar("T", bound="MailboxContentHeaders")


@_attrs_define
class MailboxContentHeaders:
    """
    Attributes:
        full (list[MailboxContentHeadersFullType0Item] | None):
        mode (MailboxContentHeadersMode):
        selected (MailboxContentHeadersSelectedType0 | None):
    """

    full: list[MailboxContentHeadersFullType0Item] | None
    mode: MailboxContentHeadersMode
    selected: MailboxContentHeadersSelectedType0 | None

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _import_lazy()
        full: list[dict[str, Any]] | None
        if isinstance(self.full, list):
            full = []
            for full_type_0_item_data in self.full:
                full_type_0_item = full_type_0_item_data.to_dict()
                full.append(full_type_0_item)

        else:
            full = self.full

        mode = self.mode.value

        selected: dict[str, Any] | None
        if isinstance(self.selected, MailboxContentHeadersSelectedType0):
            selected = self.selected.to_dict()
        else:
            selected = self.selected

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "full": full,
                "mode": mode,
                "selected": selected,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_imports_pending:
            _import_lazy()

        def _parse_full(
            data: object,
        ) -> list[MailboxContentHeadersFullType0Item] | None:
            if data is None:
                return data
            if isinstance(data, list):
                try:
                    full_type_0 = []
                    _full_type_0 = data
                    for full_type_0_item_data in _full_type_0:
                        full_type_0_item = (
                            _MailboxContentHeadersFullType0Item_from_dict(
                                full_type_0_item_data
                            )
                        )

                        full_type_0.append(full_type_0_item)

                    return full_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return cast(list[MailboxContentHeadersFullType0Item] | None, data)

        full = _parse_full(src_dict["full"])

        _mode = src_dict["mode"]
        mode = (
            _MailboxContentHeadersMode_by_value.get(_mode)
            if _mode.__class__ is str
            else None
        ) or MailboxContentHeadersMode(_mode)

        def _parse_selected(data: object) -> MailboxContentHeadersSelectedType0 | None:
            if data is None:
                return data
            if isinstance(data, dict):
                try:
                    selected_type_0 = _MailboxContentHeadersSelectedType0_from_dict(
                        data
                    )

                    return selected_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return cast(MailboxContentHeadersSelectedType0 | None, data)

        selected = _parse_selected(src_dict["selected"])

        if cls is MailboxContentHeaders:
            _self = _new(cls)
            _self.full = full
            _self.mode = mode
            _self.selected = selected
        else:
            _self = cls(
                full,
                mode,
                selected,
            )

        return _self


_new = object.__new__
_MailboxContentHeadersMode_by_value = MailboxContentHeadersMode._by_value
if TYPE_CHECKING:  # bound by _import_lazy
    _MailboxContentHeadersFullType0Item_from_dict = (
        MailboxContentHeadersFullType0Item.from_dict
    )
    _MailboxContentHeadersSelectedType0_from_dict = (
        MailboxContentHeadersSelectedType0.from_dict
    )


_lazy_imports_pending = True


def _import_lazy() -> None:
    """Bind the models this module refers to; they may import this module back."""
    global _lazy_imports_pending
    global MailboxContentHeadersFullType0Item
    global MailboxContentHeadersSelectedType0
    global _MailboxContentHeadersFullType0Item_from_dict
    global _MailboxContentHeadersSelectedType0_from_dict
    from ..models.mailbox_content_headers_full_type_0_item import (
        MailboxContentHeadersFullType0Item,
    )
    from ..models.mailbox_content_headers_selected_type_0 import (
        MailboxContentHeadersSelectedType0,
    )

    _MailboxContentHeadersFullType0Item_from_dict = (
        MailboxContentHeadersFullType0Item.from_dict
    )
    _MailboxContentHeadersSelectedType0_from_dict = (
        MailboxContentHeadersSelectedType0.from_dict
    )

    _lazy_imports_pending = False
