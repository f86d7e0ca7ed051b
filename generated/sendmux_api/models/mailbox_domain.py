from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.mailbox_domain_mode import MailboxDomainMode
from ..models.mailbox_domain_verification_status import MailboxDomainVerificationStatus

if TYPE_CHECKING:
    from ..models.mailbox_domain_dns_records import MailboxDomainDnsRecords


T = TypeVar("T", bound="MailboxDomain")


@_attrs_define
class MailboxDomain:
    """
    Attributes:
        created_at (datetime.datetime): ISO 8601 creation timestamp
        dns_records (MailboxDomainDnsRecords):
        domain (str): Fully qualified domain name Example: mail.acme.com.
        id (str): Public ID Example: mdom_clxxxxxxxxxxxxxxxxxxxxxxxxx.
        mailbox_count (int): Active mailboxes currently using this domain Example: 14.
        mode (MailboxDomainMode): `send_only` verifies outbound DNS only. `send_receive` also verifies MX records and
            can host mailboxes. Example: send_receive.
        ses_dkim_signing_enabled (bool | None): Whether Amazon SES DKIM signing is currently enabled for this identity
        ses_dkim_status (None | str): Amazon SES DKIM status (pending/success/failed/temporary_failure/not_started)
        ses_identity_checked_at (datetime.datetime | None): ISO 8601 timestamp of the latest complete Amazon SES
            identity check
        ses_identity_verification_status (None | str): Latest Amazon SES identity verification status
        ses_mail_from_status (None | str): Amazon SES MAIL FROM status
            (pending/success/failed/temporary_failure/not_started)
        ses_verified_for_sending (bool | None): Whether Amazon SES currently permits sending for this identity
        verification_status (MailboxDomainVerificationStatus): Current verification state
        verified_at (datetime.datetime | None): ISO 8601 timestamp of last successful verification
    """

    created_at: datetime.datetime
    dns_records: MailboxDomainDnsRecords
    domain: str
    id: str
    mailbox_count: int
    mode: MailboxDomainMode
    ses_dkim_signing_enabled: bool | None
    ses_dkim_status: None | str
    ses_identity_checked_at: datetime.datetime | None
    ses_identity_verification_status: None | str
    ses_mail_from_status: None | str
    ses_verified_for_sending: bool | None
    verification_status: MailboxDomainVerificationStatus
    verified_at: datetime.datetime | None

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _import_lazy()
        created_at = self.created_at.isoformat()

        dns_records = self.dns_records.to_dict()

        domain = self.domain

        id = self.id

        mailbox_count = self.mailbox_count

        mode = self.mode.value

        ses_dkim_signing_enabled: bool | None
        ses_dkim_signing_enabled = self.ses_dkim_signing_enabled

        ses_dkim_status: None | str
        ses_dkim_status = self.ses_dkim_status

        ses_identity_checked_at: None | str
        if isinstance(self.ses_identity_checked_at, datetime.datetime):
            ses_identity_checked_at = self.ses_identity_checked_at.isoformat()
        else:
            ses_identity_checked_at = self.ses_identity_checked_at

        ses_identity_verification_status: None | str
        ses_identity_verification_status = self.ses_identity_verification_status

        ses_mail_from_status: None | str
        ses_mail_from_status = self.ses_mail_from_status

        ses_verified_for_sending: bool | None
        ses_verified_for_sending = self.ses_verified_for_sending

        verification_status = self.verification_status.value

        verified_at: None | str
        if isinstance(self.verified_at, datetime.datetime):
            verified_at = self.verified_at.isoformat()
        else:
            verified_at = self.verified_at

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "created_at": created_at,
                "dns_records": dns_records,
                "domain": domain,
                "id": id,
                "mailbox_count": mailbox_count,
                "mode": mode,
                "ses_dkim_signing_enabled": ses_dkim_signing_enabled,
                "ses_dkim_status": ses_dkim_status,
                "ses_identity_checked_at": ses_identity_checked_at,
                "ses_identity_verification_status": ses_identity_verification_status,
                "ses_mail_from_status": ses_mail_from_status,
                "ses_verified_for_sending": ses_verified_for_sending,
                "verification_status": verification_status,
                "verified_at": verified_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_imports_pending:
            _import_lazy()
        created_at: datetime.datetime
        _created_at = src_dict["created_at"]
        if type(_created_at) is str:
            try:
                created_at = _fromisoformat(_created_at)
            except ValueError as error:
                raise ValueError(f'field "created_at": {error}') from None
        else:
            raise TypeError(
                f'field "created_at": expected a date-time string, got {type(_created_at).__name__}'
            )

        dns_records = _MailboxDomainDnsRecords_from_dict(src_dict["dns_records"])

        domain = src_dict["domain"]
        if not (type(domain) is str):
            raise TypeError(
                f'field "domain": expected string, got {type(domain).__name__}'
            )

        id = src_dict["id"]
        if not (type(id) is str):
            raise TypeError(f'field "id": expected string, got {type(id).__name__}')

        mailbox_count = src_dict["mailbox_count"]
        if not (type(mailbox_count) is int):
            raise TypeError(
                f'field "mailbox_count": expected integer, got {type(mailbox_count).__name__}'
            )

        _mode = src_dict["mode"]
        mode = (
            _MailboxDomainMode_by_value.get(_mode) if _mode.__class__ is str else None
        ) or MailboxDomainMode(_mode)

        ses_dkim_signing_enabled = src_dict["ses_dkim_signing_enabled"]

        if not (
            type(ses_dkim_signing_enabled) is bool or ses_dkim_signing_enabled is None
        ):
            raise TypeError(
                f'field "ses_dkim_signing_enabled": expected boolean or null, got {type(ses_dkim_signing_enabled).__name__}'
            )

        ses_dkim_status = src_dict["ses_dkim_status"]

        if not (type(ses_dkim_status) is str or ses_dkim_status is None):
            raise TypeError(
                f'field "ses_dkim_status": expected string or null, got {type(ses_dkim_status).__name__}'
            )

        ses_identity_checked_at: datetime.datetime | None
        _ses_identity_checked_at = src_dict["ses_identity_checked_at"]
        if type(_ses_identity_checked_at) is str:
            try:
                ses_identity_checked_at = _fromisoformat(_ses_identity_checked_at)
            except ValueError as error:
                raise ValueError(f'field "ses_identity_checked_at": {error}') from None
        elif _ses_identity_checked_at is None:
            ses_identity_checked_at = None
        else:
            raise TypeError(
                f'field "ses_identity_checked_at": expected a date-time string or null, got {type(_ses_identity_checked_at).__name__}'
            )

        ses_identity_verification_status = src_dict["ses_identity_verification_status"]

        if not (
            type(ses_identity_verification_status) is str
            or ses_identity_verification_status is None
        ):
            raise TypeError(
                f'field "ses_identity_verification_status": expected string or null, got {type(ses_identity_verification_status).__name__}'
            )

        ses_mail_from_status = src_dict["ses_mail_from_status"]

        if not (type(ses_mail_from_status) is str or ses_mail_from_status is None):
            raise TypeError(
                f'field "ses_mail_from_status": expected string or null, got {type(ses_mail_from_status).__name__}'
            )

        ses_verified_for_sending = src_dict["ses_verified_for_sending"]

        if not (
            type(ses_verified_for_sending) is bool or ses_verified_for_sending is None
        ):
            raise TypeError(
                f'field "ses_verified_for_sending": expected boolean or null, got {type(ses_verified_for_sending).__name__}'
            )

        _verification_status = src_dict["verification_status"]
        verification_status = (
            _MailboxDomainVerificationStatus_by_value.get(_verification_status)
            if _verification_status.__class__ is str
            else None
        ) or MailboxDomainVerificationStatus(_verification_status)

        verified_at: datetime.datetime | None
        _verified_at = src_dict["verified_at"]
        if type(_verified_at) is str:
            try:
                verified_at = _fromisoformat(_verified_at)
            except ValueError as error:
                raise ValueError(f'field "verified_at": {error}') from None
        elif _verified_at is None:
            verified_at = None
        else:
            raise TypeError(
                f'field "verified_at": expected a date-time string or null, got {type(_verified_at).__name__}'
            )

        if cls is MailboxDomain:
            _self = _new(cls)
            _self.created_at = created_at
            _self.dns_records = dns_records
            _self.domain = domain
            _self.id = id
            _self.mailbox_count = mailbox_count
            _self.mode = mode
            _self.ses_dkim_signing_enabled = ses_dkim_signing_enabled
            _self.ses_dkim_status = ses_dkim_status
            _self.ses_identity_checked_at = ses_identity_checked_at
            _self.ses_identity_verification_status = ses_identity_verification_status
            _self.ses_mail_from_status = ses_mail_from_status
            _self.ses_verified_for_sending = ses_verified_for_sending
            _self.verification_status = verification_status
            _self.verified_at = verified_at
        else:
            _self = cls(
                created_at,
                dns_records,
                domain,
                id,
                mailbox_count,
                mode,
                ses_dkim_signing_enabled,
                ses_dkim_status,
                ses_identity_checked_at,
                ses_identity_verification_status,
                ses_mail_from_status,
                ses_verified_for_sending,
                verification_status,
                verified_at,
            )

        return _self


_new = object.__new__
_fromisoformat = datetime.datetime.fromisoformat
_MailboxDomainMode_by_value = MailboxDomainMode._by_value
_MailboxDomainVerificationStatus_by_value = MailboxDomainVerificationStatus._by_value
if TYPE_CHECKING:  # bound by _import_lazy
    _MailboxDomainDnsRecords_from_dict = MailboxDomainDnsRecords.from_dict


_lazy_imports_pending = True


def _import_lazy() -> None:
    """Bind the models this module refers to; they may import this module back."""
    global _lazy_imports_pending
    global MailboxDomainDnsRecords
    global _MailboxDomainDnsRecords_from_dict
    from ..models.mailbox_domain_dns_records import MailboxDomainDnsRecords

    _MailboxDomainDnsRecords_from_dict = MailboxDomainDnsRecords.from_dict

    _lazy_imports_pending = False
