from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.mailbox_batch_message_failure import MailboxBatchMessageFailure
    from ..models.mailbox_batch_message_states import MailboxBatchMessageStates


T = TypeVar("T", bound="MailboxBatchUpdateMessagesResult")


@_attrs_define
class MailboxBatchUpdateMessagesResult:
    """
    Attributes:
        failed (list[MailboxBatchMessageFailure]):
        not_found (list[str]):
        states (MailboxBatchMessageStates):
        updated (list[str]):
    """

    failed: list[MailboxBatchMessageFailure]
    not_found: list[str]
    states: MailboxBatchMessageStates
    updated: list[str]

    def to_dict(self) -> dict[str, Any]:
        failed = []
        for failed_item_data in self.failed:
            failed_item = failed_item_data.to_dict()
            failed.append(failed_item)

        not_found = self.not_found

        states = self.states.to_dict()

        updated = self.updated

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "failed": failed,
                "not_found": not_found,
                "states": states,
                "updated": updated,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.mailbox_batch_message_failure import MailboxBatchMessageFailure
        from ..models.mailbox_batch_message_states import MailboxBatchMessageStates

        d = dict(src_dict)
        failed = []
        _failed = d.pop("failed")
        for failed_item_data in _failed:
            failed_item = MailboxBatchMessageFailure.from_dict(failed_item_data)

            failed.append(failed_item)

        not_found = cast(list[str], d.pop("not_found"))

        states = MailboxBatchMessageStates.from_dict(d.pop("states"))

        updated = cast(list[str], d.pop("updated"))

        mailbox_batch_update_messages_result = cls(
            failed=failed,
            not_found=not_found,
            states=states,
            updated=updated,
        )

        return mailbox_batch_update_messages_result
