from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.mailbox_search_snippet import MailboxSearchSnippet


T = TypeVar("T", bound="MailboxSearchSnippetsResult")


@_attrs_define
class MailboxSearchSnippetsResult:
    """
    Attributes:
        not_found (list[str]):
        snippets (list[MailboxSearchSnippet]):
        sync_state (None | str):
    """

    not_found: list[str]
    snippets: list[MailboxSearchSnippet]
    sync_state: None | str

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _import_lazy()
        not_found = self.not_found

        snippets = []
        for snippets_item_data in self.snippets:
            snippets_item = snippets_item_data.to_dict()
            snippets.append(snippets_item)

        sync_state: None | str
        sync_state = self.sync_state

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "not_found": not_found,
                "snippets": snippets,
                "sync_state": sync_state,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_imports_pending:
            _import_lazy()
        not_found = cast(list[str], src_dict["not_found"])

        snippets = []
        _snippets = src_dict["snippets"]
        for snippets_item_data in _snippets:
            snippets_item = _MailboxSearchSnippet_from_dict(snippets_item_data)

            snippets.append(snippets_item)

        sync_state = src_dict["sync_state"]

        if not (type(sync_state) is str or sync_state is None):
            raise TypeError(
                f'field "sync_state": expected string or null, got {type(sync_state).__name__}'
            )

        if cls is MailboxSearchSnippetsResult:
            _self = _new(cls)
            _self.not_found = not_found
            _self.snippets = snippets
            _self.sync_state = sync_state
        else:
            _self = cls(
                not_found,
                snippets,
                sync_state,
            )

        return _self


_new = object.__new__
if TYPE_CHECKING:  # bound by _import_lazy
    _MailboxSearchSnippet_from_dict = MailboxSearchSnippet.from_dict


_lazy_imports_pending = True


def _import_lazy() -> None:
    """Bind the models this module refers to; they may import this module back."""
    global _lazy_imports_pending
    global MailboxSearchSnippet
    global _MailboxSearchSnippet_from_dict
    from ..models.mailbox_search_snippet import MailboxSearchSnippet

    _MailboxSearchSnippet_from_dict = MailboxSearchSnippet.from_dict

    _lazy_imports_pending = False
