from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.mailbox_domain_verify_result_status import MailboxDomainVerifyResultStatus

if TYPE_CHECKING:
    from ..models.mailbox_domain_verify_checks import MailboxDomainVerifyChecks


T = TypeVar("T", bound="MailboxDomainVerifyResult")


@_attrs_define
class MailboxDomainVerifyResult:
    """
    Attributes:
        checks (MailboxDomainVerifyChecks):
        ses_dkim_signing_enabled (bool): Whether Amazon SES DKIM signing is enabled
        ses_dkim_status (str): Latest Amazon SES DKIM status
        ses_identity_checked_at (datetime.datetime): ISO 8601 time of this SES identity check
        ses_identity_verification_status (str): Latest Amazon SES identity status
        ses_mail_from_status (str): Latest Amazon SES MAIL FROM status
        ses_verified_for_sending (bool): Whether Amazon SES permits identity sending
        status (MailboxDomainVerifyResultStatus): Post-check verification status
    """

    checks: MailboxDomainVerifyChecks
    ses_dkim_signing_enabled: bool
    ses_dkim_status: str
    ses_identity_checked_at: datetime.datetime
    ses_identity_verification_status: str
    ses_mail_from_status: str
    ses_verified_for_sending: bool
    status: MailboxDomainVerifyResultStatus

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _import_lazy()
        checks = self.checks.to_dict()

        ses_dkim_signing_enabled = self.ses_dkim_signing_enabled

        ses_dkim_status = self.ses_dkim_status

        ses_identity_checked_at = self.ses_identity_checked_at.isoformat()

        ses_identity_verification_status = self.ses_identity_verification_status

        ses_mail_from_status = self.ses_mail_from_status

        ses_verified_for_sending = self.ses_verified_for_sending

        status = self.status.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "checks": checks,
                "ses_dkim_signing_enabled": ses_dkim_signing_enabled,
                "ses_dkim_status": ses_dkim_status,
                "ses_identity_checked_at": ses_identity_checked_at,
                "ses_identity_verification_status": ses_identity_verification_status,
                "ses_mail_from_status": ses_mail_from_status,
                "ses_verified_for_sending": ses_verified_for_sending,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_imports_pending:
            _import_lazy()
        checks = _MailboxDomainVerifyChecks_from_dict(src_dict["checks"])

        ses_dkim_signing_enabled = src_dict["ses_dkim_signing_enabled"]
        if not (type(ses_dkim_signing_enabled) is bool):
            raise TypeError(
                f'field "ses_dkim_signing_enabled": expected boolean, got {type(ses_dkim_signing_enabled).__name__}'
            )

        ses_dkim_status = src_dict["ses_dkim_status"]
        if not (type(ses_dkim_status) is str):
            raise TypeError(
                f'field "ses_dkim_status": expected string, got {type(ses_dkim_status).__name__}'
            )

        ses_identity_checked_at: datetime.datetime
        _ses_identity_checked_at = src_dict["ses_identity_checked_at"]
        if type(_ses_identity_checked_at) is str:
            try:
                ses_identity_checked_at = _fromisoformat(_ses_identity_checked_at)
            except ValueError as error:
                raise ValueError(f'field "ses_identity_checked_at": {error}') from None
        else:
            raise TypeError(
                f'field "ses_identity_checked_at": expected a date-time string, got {type(_ses_identity_checked_at).__name__}'
            )

        ses_identity_verification_status = src_dict["ses_identity_verification_status"]
        if not (type(ses_identity_verification_status) is str):
            raise TypeError(
                f'field "ses_identity_verification_status": expected string, got {type(ses_identity_verification_status).__name__}'
            )

        ses_mail_from_status = src_dict["ses_mail_from_status"]
        if not (type(ses_mail_from_status) is str):
            raise TypeError(
                f'field "ses_mail_from_status": expected string, got {type(ses_mail_from_status).__name__}'
            )

        ses_verified_for_sending = src_dict["ses_verified_for_sending"]
        if not (type(ses_verified_for_sending) is bool):
            raise TypeError(
                f'field "ses_verified_for_sending": expected boolean, got {type(ses_verified_for_sending).__name__}'
            )

        _status = src_dict["status"]
        status = (
            _MailboxDomainVerifyResultStatus_by_value.get(_status)
            if _status.__class__ is str
            else None
        ) or MailboxDomainVerifyResultStatus(_status)

        if cls is MailboxDomainVerifyResult:
            _self = _new(cls)
            _self.checks = checks
            _self.ses_dkim_signing_enabled = ses_dkim_signing_enabled
            _self.ses_dkim_status = ses_dkim_status
            _self.ses_identity_checked_at = ses_identity_checked_at
            _self.ses_identity_verification_status = ses_identity_verification_status
            _self.ses_mail_from_status = ses_mail_from_status
            _self.ses_verified_for_sending = ses_verified_for_sending
            _self.status = status
        else:
            _self = cls(
                checks,
                ses_dkim_signing_enabled,
                ses_dkim_status,
                ses_identity_checked_at,
                ses_identity_verification_status,
                ses_mail_from_status,
                ses_verified_for_sending,
                status,
            )

        return _self


_new = object.__new__
_fromisoformat = datetime.datetime.fromisoformat
_MailboxDomainVerifyResultStatus_by_value = MailboxDomainVerifyResultStatus._by_value
if TYPE_CHECKING:  # bound by _import_lazy
    _MailboxDomainVerifyChecks_from_dict = MailboxDomainVerifyChecks.from_dict


_lazy_imports_pending = True


def _import_lazy() -> None:
    """Bind the models this module refers to; they may import this module back."""
    global _lazy_imports_pending
    global MailboxDomainVerifyChecks
    global _MailboxDomainVerifyChecks_from_dict
    from ..models.mailbox_domain_verify_checks import MailboxDomainVerifyChecks

    _MailboxDomainVerifyChecks_from_dict = MailboxDomainVerifyChecks.from_dict

    _lazy_imports_pending = False
