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
        limit = _SharedAmazonSesLimit_from_dict(src_dict["limit"])

        request = _SharedAmazonSesLimitRequest_from_dict(src_dict["request"])

        if cls is SharedAmazonSesLimitRequestCreate:
            _self = _new(cls)
            _self.limit = limit
            _self.request = request
        else:
            _self = cls(
                limit,
                request,
            )

        return _self


_new = object.__new__
if TYPE_CHECKING:  # bound by _import_lazy
    _SharedAmazonSesLimit_from_dict = SharedAmazonSesLimit.from_dict
    _SharedAmazonSesLimitRequest_from_dict = SharedAmazonSesLimitRequest.from_dict


_lazy_imports_pending = True


def _import_lazy() -> None:
    """Bind the models this module refers to; they may import this module back."""
    global _lazy_imports_pending
    global SharedAmazonSesLimit
    global SharedAmazonSesLimitRequest
    global _SharedAmazonSesLimit_from_dict
    global _SharedAmazonSesLimitRequest_from_dict
    from ..models.shared_amazon_ses_limit import SharedAmazonSesLimit
    from ..models.shared_amazon_ses_limit_request import SharedAmazonSesLimitRequest

    _SharedAmazonSesLimit_from_dict = SharedAmazonSesLimit.from_dict
    _SharedAmazonSesLimitRequest_from_dict = SharedAmazonSesLimitRequest.from_dict

    _lazy_imports_pending = False
