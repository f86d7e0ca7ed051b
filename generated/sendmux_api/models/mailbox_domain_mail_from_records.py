from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.mailbox_domain_name_value_record import MailboxDomainNameValueRecord
    from ..models.mailbox_domain_named_mx_record import MailboxDomainNamedMxRecord


T = TypeVar("T", bound="MailboxDomainMailFromRecords")


@_attrs_define
class MailboxDomainMailFromRecords:
    """Custom MAIL FROM records for Amazon SES bounce handling

    Attributes:
        mx (MailboxDomainNamedMxRecord): MX record for Amazon SES bounce handling
        spf (MailboxDomainNameValueRecord): SPF TXT record for the custom MAIL FROM subdomain
    """

    mx: MailboxDomainNamedMxRecord
    spf: MailboxDomainNameValueRecord

    def to_dict(self) -> dict[str, Any]:
        mx = self.mx.to_dict()

        spf = self.spf.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "mx": mx,
                "spf": spf,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.mailbox_domain_name_value_record import (
            MailboxDomainNameValueRecord,
        )
        from ..models.mailbox_domain_named_mx_record import MailboxDomainNamedMxRecord

        d = dict(src_dict)
        mx = MailboxDomainNamedMxRecord.from_dict(d.pop("mx"))

        spf = MailboxDomainNameValueRecord.from_dict(d.pop("spf"))

        mailbox_domain_mail_from_records = cls(
            mx=mx,
            spf=spf,
        )

        return mailbox_domain_mail_from_records
