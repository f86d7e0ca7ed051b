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
            dkim_item = MailboxDomainNameValueRecord.from_dict(dkim_item_data)

            dkim.append(dkim_item)

        dmarc = MailboxDomainDnsRecordsDmarc.from_dict(src_dict["dmarc"])

        mail_from = MailboxDomainMailFromRecords.from_dict(src_dict["mail_from"])

        mx = []
        _mx = src_dict["mx"]
        for mx_item_data in _mx:
            mx_item = MailboxDomainMxRecord.from_dict(mx_item_data)

            mx.append(mx_item)

        spf = MailboxDomainDnsRecordsSpf.from_dict(src_dict["spf"])

        verification = MailboxDomainDnsRecordsVerification.from_dict(
            src_dict["verification"]
        )

        mailbox_domain_dns_records = cls(
            dkim,
            dmarc,
            mail_from,
            mx,
            spf,
            verification,
        )

        return mailbox_domain_dns_records


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
    from ..models.mailbox_domain_dns_records_dmarc import MailboxDomainDnsRecordsDmarc
    from ..models.mailbox_domain_dns_records_spf import MailboxDomainDnsRecordsSpf
    from ..models.mailbox_domain_dns_records_verification import (
        MailboxDomainDnsRecordsVerification,
    )
    from ..models.mailbox_domain_mail_from_records import MailboxDomainMailFromRecords
    from ..models.mailbox_domain_mx_record import MailboxDomainMxRecord
    from ..models.mailbox_domain_name_value_record import MailboxDomainNameValueRecord

    _lazy_imports_pending = False
