from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mailbox_address import MailboxAddress
    from ..models.send_mailbox_message_body_attachments_item_type_0 import (
        SendMailboxMessageBodyAttachmentsItemType0,
    )
    from ..models.send_mailbox_message_body_attachments_item_type_1 import (
        SendMailboxMessageBodyAttachmentsItemType1,
    )
    from ..models.send_mailbox_message_body_custom_headers import (
        SendMailboxMessageBodyCustomHeaders,
    )
    from ..models.send_mailbox_message_body_from import SendMailboxMessageBodyFrom


T = TypeVar("T", bound="SendMailboxMessageBody")


@_attrs_define
class SendMailboxMessageBody:
    """
    Attributes:
        subject (str): Subject line for the outgoing email.
        to (list[MailboxAddress]): Primary recipients.
        attachments (list[SendMailboxMessageBodyAttachmentsItemType0 | SendMailboxMessageBodyAttachmentsItemType1] |
            Unset): Attachments to send with the message.
        bcc (list[MailboxAddress] | Unset): BCC recipients.
        cc (list[MailboxAddress] | Unset): CC recipients.
        custom_headers (SendMailboxMessageBodyCustomHeaders | Unset): Custom headers to include.
        from_ (SendMailboxMessageBodyFrom | Unset):
        html_body (str | Unset): HTML body.
        reply_to (list[MailboxAddress] | Unset): Reply-To recipients.
        text_body (str | Unset): Plain text body.
    """

    subject: str
    to: list[MailboxAddress]
    attachments: (
        list[
            SendMailboxMessageBodyAttachmentsItemType0
            | SendMailboxMessageBodyAttachmentsItemType1
        ]
        | Unset
    ) = UNSET
    bcc: list[MailboxAddress] | Unset = UNSET
    cc: list[MailboxAddress] | Unset = UNSET
    custom_headers: SendMailboxMessageBodyCustomHeaders | Unset = UNSET
    from_: SendMailboxMessageBodyFrom | Unset = UNSET
    html_body: str | Unset = UNSET
    reply_to: list[MailboxAddress] | Unset = UNSET
    text_body: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _import_lazy()
        subject = self.subject

        to = []
        for to_item_data in self.to:
            to_item = to_item_data.to_dict()
            to.append(to_item)

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item: dict[str, Any]
                if isinstance(
                    attachments_item_data, SendMailboxMessageBodyAttachmentsItemType0
                ):
                    attachments_item = attachments_item_data.to_dict()
                else:
                    attachments_item = attachments_item_data.to_dict()

                attachments.append(attachments_item)

        bcc: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.bcc, Unset):
            bcc = []
            for bcc_item_data in self.bcc:
                bcc_item = bcc_item_data.to_dict()
                bcc.append(bcc_item)

        cc: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cc, Unset):
            cc = []
            for cc_item_data in self.cc:
                cc_item = cc_item_data.to_dict()
                cc.append(cc_item)

        custom_headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_headers, Unset):
            custom_headers = self.custom_headers.to_dict()

        from_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.from_, Unset):
            from_ = self.from_.to_dict()

        html_body = self.html_body

        reply_to: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.reply_to, Unset):
            reply_to = []
            for reply_to_item_data in self.reply_to:
                reply_to_item = reply_to_item_data.to_dict()
                reply_to.append(reply_to_item)

        text_body = self.text_body

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "subject": subject,
                "to": to,
            }
        )
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if bcc is not UNSET:
            field_dict["bcc"] = bcc
        if cc is not UNSET:
            field_dict["cc"] = cc
        if custom_headers is not UNSET:
            field_dict["custom_headers"] = custom_headers
        if from_ is not UNSET:
            field_dict["from"] = from_
        if html_body is not UNSET:
            field_dict["html_body"] = html_body
        if reply_to is not UNSET:
            field_dict["reply_to"] = reply_to
        if text_body is not UNSET:
            field_dict["text_body"] = text_body

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_imports_pending:
            _import_lazy()
        subject = src_dict["subject"]
        if not (type(subject) is str):
            raise TypeError(
                f'field "subject": expected string, got {type(subject).__name__}'
            )

        to = []
        _to = src_dict["to"]
        for to_item_data in _to:
            to_item = _MailboxAddress_from_dict(to_item_data)

            to.append(to_item)

        _attachments = src_dict.get("attachments", UNSET)
        attachments: (
            list[
                SendMailboxMessageBodyAttachmentsItemType0
                | SendMailboxMessageBodyAttachmentsItemType1
            ]
            | Unset
        ) = UNSET
        if _attachments is not UNSET:
            attachments = []
            for attachments_item_data in _attachments:

                def _parse_attachments_item(
                    data: object,
                ) -> (
                    SendMailboxMessageBodyAttachmentsItemType0
                    | SendMailboxMessageBodyAttachmentsItemType1
                ):
                    if isinstance(data, dict):
                        try:
                            attachments_item_type_0 = (
                                _SendMailboxMessageBodyAttachmentsItemType0_from_dict(
                                    data
                                )
                            )

                            return attachments_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    attachments_item_type_1 = (
                        _SendMailboxMessageBodyAttachmentsItemType1_from_dict(data)
                    )

                    return attachments_item_type_1

                attachments_item = _parse_attachments_item(attachments_item_data)

                attachments.append(attachments_item)

        _bcc = src_dict.get("bcc", UNSET)
        bcc: list[MailboxAddress] | Unset = UNSET
        if _bcc is not UNSET:
            bcc = []
            for bcc_item_data in _bcc:
                bcc_item = _MailboxAddress_from_dict(bcc_item_data)

                bcc.append(bcc_item)

        _cc = src_dict.get("cc", UNSET)
        cc: list[MailboxAddress] | Unset = UNSET
        if _cc is not UNSET:
            cc = []
            for cc_item_data in _cc:
                cc_item = _MailboxAddress_from_dict(cc_item_data)

                cc.append(cc_item)

        _custom_headers = src_dict.get("custom_headers", UNSET)
        custom_headers: SendMailboxMessageBodyCustomHeaders | Unset
        if isinstance(_custom_headers, Unset):
            custom_headers = UNSET
        else:
            custom_headers = _SendMailboxMessageBodyCustomHeaders_from_dict(
                _custom_headers
            )

        _from_ = src_dict.get("from", UNSET)
        from_: SendMailboxMessageBodyFrom | Unset
        if isinstance(_from_, Unset):
            from_ = UNSET
        else:
            from_ = _SendMailboxMessageBodyFrom_from_dict(_from_)

        html_body = src_dict.get("html_body", UNSET)
        if not (html_body is UNSET or type(html_body) is str):
            raise TypeError(
                f'field "html_body": expected string, got {type(html_body).__name__}'
            )

        _reply_to = src_dict.get("reply_to", UNSET)
        reply_to: list[MailboxAddress] | Unset = UNSET
        if _reply_to is not UNSET:
            reply_to = []
            for reply_to_item_data in _reply_to:
                reply_to_item = _MailboxAddress_from_dict(reply_to_item_data)

                reply_to.append(reply_to_item)

        text_body = src_dict.get("text_body", UNSET)
        if not (text_body is UNSET or type(text_body) is str):
            raise TypeError(
                f'field "text_body": expected string, got {type(text_body).__name__}'
            )

        if cls is SendMailboxMessageBody:
            _self = _new(cls)
            _self.subject = subject
            _self.to = to
            _self.attachments = attachments
            _self.bcc = bcc
            _self.cc = cc
            _self.custom_headers = custom_headers
            _self.from_ = from_
            _self.html_body = html_body
            _self.reply_to = reply_to
            _self.text_body = text_body
        else:
            _self = cls(
                subject,
                to,
                attachments,
                bcc,
                cc,
                custom_headers,
                from_,
                html_body,
                reply_to,
                text_body,
            )

        return _self


_new = object.__new__
if TYPE_CHECKING:  # bound by _import_lazy
    _MailboxAddress_from_dict = MailboxAddress.from_dict
    _SendMailboxMessageBodyAttachmentsItemType0_from_dict = (
        SendMailboxMessageBodyAttachmentsItemType0.from_dict
    )
    _SendMailboxMessageBodyAttachmentsItemType1_from_dict = (
        SendMailboxMessageBodyAttachmentsItemType1.from_dict
    )
    _SendMailboxMessageBodyCustomHeaders_from_dict = (
        SendMailboxMessageBodyCustomHeaders.from_dict
    )
    _SendMailboxMessageBodyFrom_from_dict = SendMailboxMessageBodyFrom.from_dict


_lazy_imports_pending = True


def _import_lazy() -> None:
    """Bind the models this module refers to; they may import this module back."""
    global _lazy_imports_pending
    global MailboxAddress
    global SendMailboxMessageBodyAttachmentsItemType0
    global SendMailboxMessageBodyAttachmentsItemType1
    global SendMailboxMessageBodyCustomHeaders
    global SendMailboxMessageBodyFrom
    global _MailboxAddress_from_dict
    global _SendMailboxMessageBodyAttachmentsItemType0_from_dict
    global _SendMailboxMessageBodyAttachmentsItemType1_from_dict
    global _SendMailboxMessageBodyCustomHeaders_from_dict
    global _SendMailboxMessageBodyFrom_from_dict
    from ..models.mailbox_address import MailboxAddress
    from ..models.send_mailbox_message_body_attachments_item_type_0 import (
        SendMailboxMessageBodyAttachmentsItemType0,
    )
    from ..models.send_mailbox_message_body_attachments_item_type_1 import (
        SendMailboxMessageBodyAttachmentsItemType1,
    )
    from ..models.send_mailbox_message_body_custom_headers import (
        SendMailboxMessageBodyCustomHeaders,
    )
    from ..models.send_mailbox_message_body_from import SendMailboxMessageBodyFrom

    _MailboxAddress_from_dict = MailboxAddress.from_dict
    _SendMailboxMessageBodyAttachmentsItemType0_from_dict = (
        SendMailboxMessageBodyAttachmentsItemType0.from_dict
    )
    _SendMailboxMessageBodyAttachmentsItemType1_from_dict = (
        SendMailboxMessageBodyAttachmentsItemType1.from_dict
    )
    _SendMailboxMessageBodyCustomHeaders_from_dict = (
        SendMailboxMessageBodyCustomHeaders.from_dict
    )
    _SendMailboxMessageBodyFrom_from_dict = SendMailboxMessageBodyFrom.from_dict

    _lazy_imports_pending = False
