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
        if _lazy_imports_pending:
            _import_lazy()
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
        if _lazy_imports_pending:
            _import_lazy()
        mx = _MailboxDomainNamedMxRecord_from_dict(src_dict["mx"])

        spf = _MailboxDomainNameValueRecord_from_dict(src_dict["spf"])

        if cls is MailboxDomainMailFromRecords:
            _self = _new(cls)
            _self.mx = mx
            _self.spf = spf
        else:
            _self = cls(
                mx,
                spf,
            )

        return _self


_new = object.__new__
if TYPE_CHECKING:  # bound by _import_lazy
    _MailboxDomainNameValueRecord_from_dict = MailboxDomainNameValueRecord.from_dict
    _MailboxDomainNamedMxRecord_from_dict = MailboxDomainNamedMxRecord.from_dict


_lazy_imports_pending = True


def _import_lazy() -> None:
    """Bind the models this module refers to; they may import this module back."""
    global _lazy_imports_pending
    global MailboxDomainNameValueRecord
    global MailboxDomainNamedMxRecord
    global _MailboxDomainNameValueRecord_from_dict
    global _MailboxDomainNamedMxRecord_from_dict
    from ..models.mailbox_domain_name_value_record import MailboxDomainNameValueRecord
    from ..models.mailbox_domain_named_mx_record import MailboxDomainNamedMxRecord

    _MailboxDomainNameValueRecord_from_dict = MailboxDomainNameValueRecord.from_dict
    _MailboxDomainNamedMxRecord_from_dict = MailboxDomainNamedMxRecord.from_dict

    _lazy_imports_pending = False
