from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="MailboxDomainVerifyChecks")


@_attrs_define
class MailboxDomainVerifyChecks:
    """
    Attributes:
        dmarc (bool): A DMARC record containing v=DMARC1 is present.
        mail_from_mx (bool): Custom MAIL FROM MX record matches expected value
        mail_from_spf (bool): Custom MAIL FROM SPF policy is compatible with the required Amazon SES sender
            authorisation.
        mx (bool): MX record present when the domain is configured for receiving. Always true for send-only domains.
        spf (bool): Published SPF policy is compatible with the required Amazon SES sender authorisation.
        verification_txt (bool): Ownership TXT record present with correct value
    """

    dmarc: bool
    mail_from_mx: bool
    mail_from_spf: bool
    mx: bool
    spf: bool
    verification_txt: bool

    def to_dict(self) -> dict[str, Any]:
        dmarc = self.dmarc

        mail_from_mx = self.mail_from_mx

        mail_from_spf = self.mail_from_spf

        mx = self.mx

        spf = self.spf

        verification_txt = self.verification_txt

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "dmarc": dmarc,
                "mail_from_mx": mail_from_mx,
                "mail_from_spf": mail_from_spf,
                "mx": mx,
                "spf": spf,
                "verification_txt": verification_txt,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        dmarc = src_dict["dmarc"]

        mail_from_mx = src_dict["mail_from_mx"]

        mail_from_spf = src_dict["mail_from_spf"]

        mx = src_dict["mx"]

        spf = src_dict["spf"]

        verification_txt = src_dict["verification_txt"]

        mailbox_domain_verify_checks = cls(
            dmarc,
            mail_from_mx,
            mail_from_spf,
            mx,
            spf,
            verification_txt,
        )

        return mailbox_domain_verify_checks
