from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.mailbox_submission_delivery_status import (
        MailboxSubmissionDeliveryStatus,
    )
    from ..models.mailbox_submission_envelope_type_0 import (
        MailboxSubmissionEnvelopeType0,
    )


T = TypeVar("T", bound="MailboxSubmission")


@_attrs_define
class MailboxSubmission:
    """
    Attributes:
        delivery_status (list[MailboxSubmissionDeliveryStatus]):
        dsn_blob_ids (list[str]):
        email_id (None | str):
        envelope (MailboxSubmissionEnvelopeType0 | None):
        id (str): Submission ID
        identity_id (None | str):
        mdn_blob_ids (list[str]):
        send_at (datetime.datetime | None):
        thread_id (None | str):
        undo_status (None | str):
    """

    delivery_status: list[MailboxSubmissionDeliveryStatus]
    dsn_blob_ids: list[str]
    email_id: None | str
    envelope: MailboxSubmissionEnvelopeType0 | None
    id: str
    identity_id: None | str
    mdn_blob_ids: list[str]
    send_at: datetime.datetime | None
    thread_id: None | str
    undo_status: None | str

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _import_lazy()
        delivery_status = []
        for delivery_status_item_data in self.delivery_status:
            delivery_status_item = delivery_status_item_data.to_dict()
            delivery_status.append(delivery_status_item)

        dsn_blob_ids = self.dsn_blob_ids

        email_id: None | str
        email_id = self.email_id

        envelope: dict[str, Any] | None
        if isinstance(self.envelope, MailboxSubmissionEnvelopeType0):
            envelope = self.envelope.to_dict()
        else:
            envelope = self.envelope

        id = self.id

        identity_id: None | str
        identity_id = self.identity_id

        mdn_blob_ids = self.mdn_blob_ids

        send_at: None | str
        if isinstance(self.send_at, datetime.datetime):
            send_at = self.send_at.isoformat()
        else:
            send_at = self.send_at

        thread_id: None | str
        thread_id = self.thread_id

        undo_status: None | str
        undo_status = self.undo_status

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "delivery_status": delivery_status,
                "dsn_blob_ids": dsn_blob_ids,
                "email_id": email_id,
                "envelope": envelope,
                "id": id,
                "identity_id": identity_id,
                "mdn_blob_ids": mdn_blob_ids,
                "send_at": send_at,
                "thread_id": thread_id,
                "undo_status": undo_status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_imports_pending:
            _import_lazy()
        delivery_status = []
        _delivery_status = src_dict["delivery_status"]
        for delivery_status_item_data in _delivery_status:
            delivery_status_item = _MailboxSubmissionDeliveryStatus_from_dict(
                delivery_status_item_data
            )

            delivery_status.append(delivery_status_item)

        dsn_blob_ids = cast(list[str], src_dict["dsn_blob_ids"])

        email_id = src_dict["email_id"]

        if not (type(email_id) is str or email_id is None):
            raise TypeError(
                f'field "email_id": expected string or null, got {type(email_id).__name__}'
            )

        def _parse_envelope(data: object) -> MailboxSubmissionEnvelopeType0 | None:
            if data is None:
                return data
            if isinstance(data, dict):
                try:
                    componentsschemas_mailbox_submission_envelope_type_0 = (
                        _MailboxSubmissionEnvelopeType0_from_dict(data)
                    )

                    return componentsschemas_mailbox_submission_envelope_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return cast(MailboxSubmissionEnvelopeType0 | None, data)

        envelope = _parse_envelope(src_dict["envelope"])

        id = src_dict["id"]
        if not (type(id) is str):
            raise TypeError(f'field "id": expected string, got {type(id).__name__}')

        identity_id = src_dict["identity_id"]

        if not (type(identity_id) is str or identity_id is None):
            raise TypeError(
                f'field "identity_id": expected string or null, got {type(identity_id).__name__}'
            )

        mdn_blob_ids = cast(list[str], src_dict["mdn_blob_ids"])

        send_at: datetime.datetime | None
        _send_at = src_dict["send_at"]
        if type(_send_at) is str:
            try:
                send_at = _fromisoformat(_send_at)
            except ValueError as error:
                raise ValueError(f'field "send_at": {error}') from None
        elif _send_at is None:
            send_at = None
        else:
            raise TypeError(
                f'field "send_at": expected a date-time string or null, got {type(_send_at).__name__}'
            )

        thread_id = src_dict["thread_id"]

        if not (type(thread_id) is str or thread_id is None):
            raise TypeError(
                f'field "thread_id": expected string or null, got {type(thread_id).__name__}'
            )

        undo_status = src_dict["undo_status"]

        if not (type(undo_status) is str or undo_status is None):
            raise TypeError(
                f'field "undo_status": expected string or null, got {type(undo_status).__name__}'
            )

        if cls is MailboxSubmission:
            _self = _new(cls)
            _self.delivery_status = delivery_status
            _self.dsn_blob_ids = dsn_blob_ids
            _self.email_id = email_id
            _self.envelope = envelope
            _self.id = id
            _self.identity_id = identity_id
            _self.mdn_blob_ids = mdn_blob_ids
            _self.send_at = send_at
            _self.thread_id = thread_id
            _self.undo_status = undo_status
        else:
            _self = cls(
                delivery_status,
                dsn_blob_ids,
                email_id,
                envelope,
                id,
                identity_id,
                mdn_blob_ids,
                send_at,
                thread_id,
                undo_status,
            )

        return _self


_new = object.__new__
_fromisoformat = datetime.datetime.fromisoformat
if TYPE_CHECKING:  # bound by _import_lazy
    _MailboxSubmissionDeliveryStatus_from_dict = (
        MailboxSubmissionDeliveryStatus.from_dict
    )
    _MailboxSubmissionEnvelopeType0_from_dict = MailboxSubmissionEnvelopeType0.from_dict


_lazy_imports_pending = True


def _import_lazy() -> None:
    """Bind the models this module refers to; they may import this module back."""
    global _lazy_imports_pending
    global MailboxSubmissionDeliveryStatus
    global MailboxSubmissionEnvelopeType0
    global _MailboxSubmissionDeliveryStatus_from_dict
    global _MailboxSubmissionEnvelopeType0_from_dict
    from ..models.mailbox_submission_delivery_status import (
        MailboxSubmissionDeliveryStatus,
    )
    from ..models.mailbox_submission_envelope_type_0 import (
        MailboxSubmissionEnvelopeType0,
    )

    _MailboxSubmissionDeliveryStatus_from_dict = (
        MailboxSubmissionDeliveryStatus.from_dict
    )
    _MailboxSubmissionEnvelopeType0_from_dict = MailboxSubmissionEnvelopeType0.from_dict

    _lazy_imports_pending = False
