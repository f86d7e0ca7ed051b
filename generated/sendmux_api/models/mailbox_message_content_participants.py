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
        if _lazy_imports_pending:
            _import_lazy()
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
        if _lazy_imports_pending:
            _import_lazy()
        bcc = []
        _bcc = src_dict["bcc"]
        for bcc_item_data in _bcc:
            bcc_item = _MailboxAddress_from_dict(bcc_item_data)

            bcc.append(bcc_item)

        cc = []
        _cc = src_dict["cc"]
        for cc_item_data in _cc:
            cc_item = _MailboxAddress_from_dict(cc_item_data)

            cc.append(cc_item)

        def _parse_from_(data: object) -> MailboxAddress | None:
            if data is None:
                return data
            if isinstance(data, dict):
                try:
                    from_type_0 = _MailboxAddress_from_dict(data)

                    return from_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return cast(MailboxAddress | None, data)

        from_ = _parse_from_(src_dict["from"])

        reply_to = []
        _reply_to = src_dict["reply_to"]
        for reply_to_item_data in _reply_to:
            reply_to_item = _MailboxAddress_from_dict(reply_to_item_data)

            reply_to.append(reply_to_item)

        to = []
        _to = src_dict["to"]
        for to_item_data in _to:
            to_item = _MailboxAddress_from_dict(to_item_data)

            to.append(to_item)

        if cls is MailboxMessageContentParticipants:
            _self = _new(cls)
            _self.bcc = bcc
            _self.cc = cc
            _self.from_ = from_
            _self.reply_to = reply_to
            _self.to = to
        else:
            _self = cls(
                bcc,
                cc,
                from_,
                reply_to,
                to,
            )

        return _self


_new = object.__new__
if TYPE_CHECKING:  # bound by _import_lazy
    _MailboxAddress_from_dict = MailboxAddress.from_dict


_lazy_imports_pending = True


def _import_lazy() -> None:
    """Bind the models this module refers to; they may import this module back."""
    global _lazy_imports_pending
    global MailboxAddress
    global _MailboxAddress_from_dict
    from ..models.mailbox_address import MailboxAddress

    _MailboxAddress_from_dict = MailboxAddress.from_dict

    _lazy_imports_pending = False
