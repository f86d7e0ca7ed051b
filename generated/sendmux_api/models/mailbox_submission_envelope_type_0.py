from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.mailbox_submission_envelope_address import (
        MailboxSubmissionEnvelopeAddress,
    )


T = TypeVar("T", bound="MailboxSubmissionEnvelopeType0")


@_attrs_define
class MailboxSubmissionEnvelopeType0:
    """
    Attributes:
        mail_from (MailboxSubmissionEnvelopeAddress | None):
        rcpt_to (list[MailboxSubmissionEnvelopeAddress]):
    """

    mail_from: MailboxSubmissionEnvelopeAddress | None
    rcpt_to: list[MailboxSubmissionEnvelopeAddress]

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _import_lazy()
        mail_from: dict[str, Any] | None
        if isinstance(self.mail_from, MailboxSubmissionEnvelopeAddress):
            mail_from = self.mail_from.to_dict()
        else:
            mail_from = self.mail_from

        rcpt_to = []
        for rcpt_to_item_data in self.rcpt_to:
            rcpt_to_item = rcpt_to_item_data.to_dict()
            rcpt_to.append(rcpt_to_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "mail_from": mail_from,
                "rcpt_to": rcpt_to,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_imports_pending:
            _import_lazy()

        def _parse_mail_from(data: object) -> MailboxSubmissionEnvelopeAddress | None:
            if data is None:
                return data
            if isinstance(data, dict):
                try:
                    mail_from_type_0 = _MailboxSubmissionEnvelopeAddress_from_dict(data)

                    return mail_from_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return cast(MailboxSubmissionEnvelopeAddress | None, data)

        mail_from = _parse_mail_from(src_dict["mail_from"])

        rcpt_to = []
        _rcpt_to = src_dict["rcpt_to"]
        for rcpt_to_item_data in _rcpt_to:
            rcpt_to_item = _MailboxSubmissionEnvelopeAddress_from_dict(
                rcpt_to_item_data
            )

            rcpt_to.append(rcpt_to_item)

        if cls is MailboxSubmissionEnvelopeType0:
            _self = _new(cls)
            _self.mail_from = mail_from
            _self.rcpt_to = rcpt_to
        else:
            _self = cls(
                mail_from,
                rcpt_to,
            )

        return _self


_new = object.__new__
if TYPE_CHECKING:  # bound by _import_lazy
    _MailboxSubmissionEnvelopeAddress_from_dict = (
        MailboxSubmissionEnvelopeAddress.from_dict
    )


_lazy_imports_pending = True


def _import_lazy() -> None:
    """Bind the models this module refers to; they may import this module back."""
    global _lazy_imports_pending
    global MailboxSubmissionEnvelopeAddress
    global _MailboxSubmissionEnvelopeAddress_from_dict
    from ..models.mailbox_submission_envelope_address import (
        MailboxSubmissionEnvelopeAddress,
    )

    _MailboxSubmissionEnvelopeAddress_from_dict = (
        MailboxSubmissionEnvelopeAddress.from_dict
    )

    _lazy_imports_pending = False
