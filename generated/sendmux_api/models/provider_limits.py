from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.resource_limit_snapshot import ResourceLimitSnapshot
    from ..models.shared_amazon_ses_limit import SharedAmazonSesLimit


T = TypeVar("T", bound="ProviderLimits")


@_attrs_define
class ProviderLimits:
    """
    Attributes:
        sending_accounts (ResourceLimitSnapshot):
        shared_amazon_ses (SharedAmazonSesLimit):
    """

    sending_accounts: ResourceLimitSnapshot
    shared_amazon_ses: SharedAmazonSesLimit

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _import_lazy()
        sending_accounts = self.sending_accounts.to_dict()

        shared_amazon_ses = self.shared_amazon_ses.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "sending_accounts": sending_accounts,
                "shared_amazon_ses": shared_amazon_ses,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_imports_pending:
            _import_lazy()
        sending_accounts = _ResourceLimitSnapshot_from_dict(
            src_dict["sending_accounts"]
        )

        shared_amazon_ses = _SharedAmazonSesLimit_from_dict(
            src_dict["shared_amazon_ses"]
        )

        if cls is ProviderLimits:
            _self = _new(cls)
            _self.sending_accounts = sending_accounts
            _self.shared_amazon_ses = shared_amazon_ses
        else:
            _self = cls(
                sending_accounts,
                shared_amazon_ses,
            )

        return _self


_new = object.__new__
if TYPE_CHECKING:  # bound by _import_lazy
    _ResourceLimitSnapshot_from_dict = ResourceLimitSnapshot.from_dict
    _SharedAmazonSesLimit_from_dict = SharedAmazonSesLimit.from_dict


_lazy_imports_pending = True


def _import_lazy() -> None:
    """Bind the models this module refers to; they may import this module back."""
    global _lazy_imports_pending
    global ResourceLimitSnapshot
    global SharedAmazonSesLimit
    global _ResourceLimitSnapshot_from_dict
    global _SharedAmazonSesLimit_from_dict
    from ..models.resource_limit_snapshot import ResourceLimitSnapshot
    from ..models.shared_amazon_ses_limit import SharedAmazonSesLimit

    _ResourceLimitSnapshot_from_dict = ResourceLimitSnapshot.from_dict
    _SharedAmazonSesLimit_from_dict = SharedAmazonSesLimit.from_dict

    _lazy_imports_pending = False
