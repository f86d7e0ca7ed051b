from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.mailbox_batch_message_failure import MailboxBatchMessageFailure
    from ..models.mailbox_batch_message_states import MailboxBatchMessageStates


T = TypeVar("T", bound="MailboxBatchDeleteMessagesResult")


@_attrs_define
class MailboxBatchDeleteMessagesResult:
    """
    Attributes:
        deleted (list[str]):
        failed (list[MailboxBatchMessageFailure]):
        not_found (list[str]):
        states (MailboxBatchMessageStates):
    """

    deleted: list[str]
    failed: list[MailboxBatchMessageFailure]
    not_found: list[str]
    states: MailboxBatchMessageStates

    def to_dict(self) -> dict[str, Any]:
        deleted = self.deleted

        failed = []
        for failed_item_data in self.failed:
            failed_item = failed_item_data.to_dict()
            failed.append(failed_item)

        not_found = self.not_found

        states = self.states.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "deleted": deleted,
                "failed": failed,
                "not_found": not_found,
                "states": states,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.mailbox_batch_message_failure import MailboxBatchMessageFailure
        from ..models.mailbox_batch_message_states import MailboxBatchMessageStates

        d = dict(src_dict)
        deleted = cast(list[str], d.pop("deleted"))

        failed = []
        _failed = d.pop("failed")
        for failed_item_data in _failed:
            failed_item = MailboxBatchMessageFailure.from_dict(failed_item_data)

            failed.append(failed_item)

        not_found = cast(list[str], d.pop("not_found"))

        states = MailboxBatchMessageStates.from_dict(d.pop("states"))

        mailbox_batch_delete_messages_result = cls(
            deleted=deleted,
            failed=failed,
            not_found=not_found,
            states=states,
        )

        return mailbox_batch_delete_messages_result
