from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.shared_amazon_ses_limit import SharedAmazonSesLimit
    from ..models.shared_amazon_ses_limit_request import SharedAmazonSesLimitRequest


T = TypeVar("T", bound="SharedAmazonSesLimitRequestCreate")


@_attrs_define
class SharedAmazonSesLimitRequestCreate:
    """
    Attributes:
        limit (SharedAmazonSesLimit):
        request (SharedAmazonSesLimitRequest):
    """

    limit: SharedAmazonSesLimit
    request: SharedAmazonSesLimitRequest

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _import_lazy()
        limit = self.limit.to_dict()

        request = self.request.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "limit": limit,
                "request": request,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_imports_pending:
            _import_lazy()
        limit = SharedAmazonSesLimit.from_dict(src_dict["limit"])

        request = SharedAmazonSesLimitRequest.from_dict(src_dict["request"])

        shared_amazon_ses_limit_request_create = cls(
            limit,
            request,
        )

        return shared_amazon_ses_limit_request_create


_lazy_imports_pending = True


def _import_lazy() -> None:
    """Bind the models this module refers to; they may import this module back."""
    global _lazy_imports_pending
    global SharedAmazonSesLimit
    global SharedAmazonSesLimitRequest
    from ..models.shared_amazon_ses_limit import SharedAmazonSesLimit
    from ..models.shared_amazon_ses_limit_request import SharedAmazonSesLimitRequest

    _lazy_imports_pending = False
