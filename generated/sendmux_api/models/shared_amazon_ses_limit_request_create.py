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
        from ..models.shared_amazon_ses_limit import SharedAmazonSesLimit
        from ..models.shared_amazon_ses_limit_request import SharedAmazonSesLimitRequest

        d = dict(src_dict)
        limit = SharedAmazonSesLimit.from_dict(d.pop("limit"))

        request = SharedAmazonSesLimitRequest.from_dict(d.pop("request"))

        shared_amazon_ses_limit_request_create = cls(
            limit=limit,
            request=request,
        )

        return shared_amazon_ses_limit_request_create
