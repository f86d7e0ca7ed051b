from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.mailbox_domain_dns_records_dmarc import MailboxDomainDnsRecordsDmarc
    from ..models.mailbox_domain_dns_records_spf import MailboxDomainDnsRecordsSpf
    from ..models.mailbox_domain_dns_records_verification import (
        MailboxDomainDnsRecordsVerification,
    )
    from ..models.mailbox_domain_mail_from_records import MailboxDomainMailFromRecords
    from ..models.mailbox_domain_mx_record import MailboxDomainMxRecord
    from ..models.mailbox_domain_name_value_record import MailboxDomainNameValueRecord


T = TypeVar("T", bound="MailboxDomainDnsRecords")


@_attrs_define
class MailboxDomainDnsRecords:
    """
    Attributes:
        dkim (list[MailboxDomainNameValueRecord]): Three Amazon SES DKIM CNAME records
        dmarc (MailboxDomainDnsRecordsDmarc):
        mail_from (MailboxDomainMailFromRecords): Custom MAIL FROM records for Amazon SES bounce handling
        mx (list[MailboxDomainMxRecord]): MX records the customer must place. All point at Sendmux's inbound mail
            servers.
        spf (MailboxDomainDnsRecordsSpf):
        verification (MailboxDomainDnsRecordsVerification):
    """

    dkim: list[MailboxDomainNameValueRecord]
    dmarc: MailboxDomainDnsRecordsDmarc
    mail_from: MailboxDomainMailFromRecords
    mx: list[MailboxDomainMxRecord]
    spf: MailboxDomainDnsRecordsSpf
    verification: MailboxDomainDnsRecordsVerification

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _import_lazy()
        dkim = []
        for dkim_item_data in self.dkim:
            dkim_item = dkim_item_data.to_dict()
            dkim.append(dkim_item)

        dmarc = self.dmarc.to_dict()

        mail_from = self.mail_from.to_dict()

        mx = []
        for mx_item_data in self.mx:
            mx_item = mx_item_data.to_dict()
            mx.append(mx_item)

        spf = self.spf.to_dict()

        verification = self.verification.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "dkim": dkim,
                "dmarc": dmarc,
                "mail_from": mail_from,
                "mx": mx,
                "spf": spf,
                "verification": verification,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_imports_pending:
            _import_lazy()
        dkim = []
        _dkim = src_dict["dkim"]
        for dkim_item_data in _dkim:
            dkim_item = _MailboxDomainNameValueRecord_from_dict(dkim_item_data)

            dkim.append(dkim_item)

        dmarc = _MailboxDomainDnsRecordsDmarc_from_dict(src_dict["dmarc"])

        mail_from = _MailboxDomainMailFromRecords_from_dict(src_dict["mail_from"])

        mx = []
        _mx = src_dict["mx"]
        for mx_item_data in _mx:
            mx_item = _MailboxDomainMxRecord_from_dict(mx_item_data)

            mx.append(mx_item)

        spf = _MailboxDomainDnsRecordsSpf_from_dict(src_dict["spf"])

        verification = _MailboxDomainDnsRecordsVerification_from_dict(
            src_dict["verification"]
        )

        if cls is MailboxDomainDnsRecords:
            _self = _new(cls)
            _self.dkim = dkim
            _self.dmarc = dmarc
            _self.mail_from = mail_from
            _self.mx = mx
            _self.spf = spf
            _self.verification = verification
        else:
            _self = cls(
                dkim,
                dmarc,
                mail_from,
                mx,
                spf,
                verification,
            )

        return _self


_new = object.__new__
if TYPE_CHECKING:  # bound by _import_lazy
    _MailboxDomainDnsRecordsDmarc_from_dict = MailboxDomainDnsRecordsDmarc.from_dict
    _MailboxDomainDnsRecordsSpf_from_dict = MailboxDomainDnsRecordsSpf.from_dict
    _MailboxDomainDnsRecordsVerification_from_dict = (
        MailboxDomainDnsRecordsVerification.from_dict
    )
    _MailboxDomainMailFromRecords_from_dict = MailboxDomainMailFromRecords.from_dict
    _MailboxDomainMxRecord_from_dict = MailboxDomainMxRecord.from_dict
    _MailboxDomainNameValueRecord_from_dict = MailboxDomainNameValueRecord.from_dict


_lazy_imports_pending = True


def _import_lazy() -> None:
    """Bind the models this module refers to; they may import this module back."""
    global _lazy_imports_pending
    global MailboxDomainDnsRecordsDmarc
    global MailboxDomainDnsRecordsSpf
    global MailboxDomainDnsRecordsVerification
    global MailboxDomainMailFromRecords
    global MailboxDomainMxRecord
    global MailboxDomainNameValueRecord
    global _MailboxDomainDnsRecordsDmarc_from_dict
    global _MailboxDomainDnsRecordsSpf_from_dict
    global _MailboxDomainDnsRecordsVerification_from_dict
    global _MailboxDomainMailFromRecords_from_dict
    global _MailboxDomainMxRecord_from_dict
    global _MailboxDomainNameValueRecord_from_dict
    from ..models.mailbox_domain_dns_records_dmarc import MailboxDomainDnsRecordsDmarc
    from ..models.mailbox_domain_dns_records_spf import MailboxDomainDnsRecordsSpf
    from ..models.mailbox_domain_dns_records_verification import (
        MailboxDomainDnsRecordsVerification,
    )
    from ..models.mailbox_domain_mail_from_records import MailboxDomainMailFromRecords
    from ..models.mailbox_domain_mx_record import MailboxDomainMxRecord
    from ..models.mailbox_domain_name_value_record import MailboxDomainNameValueRecord

    _MailboxDomainDnsRecordsDmarc_from_dict = MailboxDomainDnsRecordsDmarc.from_dict
    _MailboxDomainDnsRecordsSpf_from_dict = MailboxDomainDnsRecordsSpf.from_dict
    _MailboxDomainDnsRecordsVerification_from_dict = (
        MailboxDomainDnsRecordsVerification.from_dict
    )
    _MailboxDomainMailFromRecords_from_dict = MailboxDomainMailFromRecords.from_dict
    _MailboxDomainMxRecord_from_dict = MailboxDomainMxRecord.from_dict
    _MailboxDomainNameValueRecord_from_dict = MailboxDomainNameValueRecord.from_dict

    _lazy_imports_pending = False
