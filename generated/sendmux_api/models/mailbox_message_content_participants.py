from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.mailbox_address import MailboxAddress


T = TypeVar("T", bound="MailboxMessageContentParticipants")


@_attrs_define
class MailboxMessageContentParticipants:
    """
    Attributes:
        bcc (list[MailboxAddress]):
        cc (list[MailboxAddress]):
        from_ (MailboxAddress | None):
        reply_to (list[MailboxAddress]):
        to (list[MailboxAddress]):
    """

    bcc: list[MailboxAddress]
    cc: list[MailboxAddress]
    from_: MailboxAddress | None
    reply_to: list[MailboxAddress]
    to: list[MailboxAddress]

    def to_dict(self) -> dict[str, Any]:
        from ..models.mailbox_address import MailboxAddress

        bcc = []
        for bcc_item_data in self.bcc:
            bcc_item = bcc_item_data.to_dict()
            bcc.append(bcc_item)

        cc = []
        for cc_item_data in self.cc:
            cc_item = cc_item_data.to_dict()
            cc.append(cc_item)

        from_: dict[str, Any] | None
        if isinstance(self.from_, MailboxAddress):
            from_ = self.from_.to_dict()
        else:
            from_ = self.from_

        reply_to = []
        for reply_to_item_data in self.reply_to:
            reply_to_item = reply_to_item_data.to_dict()
            reply_to.append(reply_to_item)

        to = []
        for to_item_data in self.to:
            to_item = to_item_data.to_dict()
            to.append(to_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "bcc": bcc,
                "cc": cc,
                "from": from_,
                "reply_to": reply_to,
                "to": to,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.mailbox_address import MailboxAddress

        d = dict(src_dict)
        bcc = []
        _bcc = d.pop("bcc")
        for bcc_item_data in _bcc:
            bcc_item = MailboxAddress.from_dict(bcc_item_data)

            bcc.append(bcc_item)

        cc = []
        _cc = d.pop("cc")
        for cc_item_data in _cc:
            cc_item = MailboxAddress.from_dict(cc_item_data)

            cc.append(cc_item)

        def _parse_from_(data: object) -> MailboxAddress | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                from_type_0 = MailboxAddress.from_dict(data)

                return from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MailboxAddress | None, data)

        from_ = _parse_from_(d.pop("from"))

        reply_to = []
        _reply_to = d.pop("reply_to")
        for reply_to_item_data in _reply_to:
            reply_to_item = MailboxAddress.from_dict(reply_to_item_data)

            reply_to.append(reply_to_item)

        to = []
        _to = d.pop("to")
        for to_item_data in _to:
            to_item = MailboxAddress.from_dict(to_item_data)

            to.append(to_item)

        mailbox_message_content_participants = cls(
            bcc=bcc,
            cc=cc,
            from_=from_,
            reply_to=reply_to,
            to=to,
        )

        return mailbox_message_content_participants
