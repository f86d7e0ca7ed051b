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
        if not (type(dmarc) is bool):
            raise TypeError(
                f'field "dmarc": expected boolean, got {type(dmarc).__name__}'
            )

        mail_from_mx = src_dict["mail_from_mx"]
        if not (type(mail_from_mx) is bool):
            raise TypeError(
                f'field "mail_from_mx": expected boolean, got {type(mail_from_mx).__name__}'
            )

        mail_from_spf = src_dict["mail_from_spf"]
        if not (type(mail_from_spf) is bool):
            raise TypeError(
                f'field "mail_from_spf": expected boolean, got {type(mail_from_spf).__name__}'
            )

        mx = src_dict["mx"]
        if not (type(mx) is bool):
            raise TypeError(f'field "mx": expected boolean, got {type(mx).__name__}')

        spf = src_dict["spf"]
        if not (type(spf) is bool):
            raise TypeError(f'field "spf": expected boolean, got {type(spf).__name__}')

        verification_txt = src_dict["verification_txt"]
        if not (type(verification_txt) is bool):
            raise TypeError(
                f'field "verification_txt": expected boolean, got {type(verification_txt).__name__}'
            )

        if cls is MailboxDomainVerifyChecks:
            _self = _new(cls)
            _self.dmarc = dmarc
            _self.mail_from_mx = mail_from_mx
            _self.mail_from_spf = mail_from_spf
            _self.mx = mx
            _self.spf = spf
            _self.verification_txt = verification_txt
        else:
            _self = cls(
                dmarc,
                mail_from_mx,
                mail_from_spf,
                mx,
                spf,
                verification_txt,
            )

        return _self


_new = object.__new__
