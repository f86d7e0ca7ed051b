from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.shared_amazon_ses_limit import SharedAmazonSesLimit
    from ..models.shared_amazon_ses_limit_request import SharedAmazonSesLimitRequest


T = TypeVar("T", bound="SharedAmazonSesLimitRequestPage")


@_attrs_define
class SharedAmazonSesLimitRequestPage:
    """
    Attributes:
        limit (SharedAmazonSesLimit):
        pending_request (None | SharedAmazonSesLimitRequest):
    """

    limit: SharedAmazonSesLimit
    pending_request: None | SharedAmazonSesLimitRequest

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _import_lazy()
        limit = self.limit.to_dict()

        pending_request: dict[str, Any] | None
        if isinstance(self.pending_request, SharedAmazonSesLimitRequest):
            pending_request = self.pending_request.to_dict()
        else:
            pending_request = self.pending_request

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "limit": limit,
                "pending_request": pending_request,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_imports_pending:
            _import_lazy()
        limit = _SharedAmazonSesLimit_from_dict(src_dict["limit"])

        def _parse_pending_request(data: object) -> None | SharedAmazonSesLimitRequest:
            if data is None:
                return data
            if isinstance(data, dict):
                try:
                    pending_request_type_0 = _SharedAmazonSesLimitRequest_from_dict(
                        data
                    )

                    return pending_request_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return cast(None | SharedAmazonSesLimitRequest, data)

        pending_request = _parse_pending_request(src_dict["pending_request"])

        if cls is SharedAmazonSesLimitRequestPage:
            _self = _new(cls)
            _self.limit = limit
            _self.pending_request = pending_request
        else:
            _self = cls(
                limit,
                pending_request,
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
