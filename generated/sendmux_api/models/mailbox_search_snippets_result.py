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
        from ..models.mailbox_search_snippet import MailboxSearchSnippet

        d = dict(src_dict)
        not_found = cast(list[str], d.pop("not_found"))

        snippets = []
        _snippets = d.pop("snippets")
        for snippets_item_data in _snippets:
            snippets_item = MailboxSearchSnippet.from_dict(snippets_item_data)

            snippets.append(snippets_item)

        def _parse_sync_state(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        sync_state = _parse_sync_state(d.pop("sync_state"))

        mailbox_search_snippets_result = cls(
            not_found=not_found,
            snippets=snippets,
            sync_state=sync_state,
        )

        return mailbox_search_snippets_result
