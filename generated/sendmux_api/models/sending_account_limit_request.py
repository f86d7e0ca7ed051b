from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.resource_limit_snapshot import ResourceLimitSnapshot


T = TypeVar("T", bound="SendingAccountLimitRequest")


@_attrs_define
class SendingAccountLimitRequest:
    """
    Attributes:
        limit (ResourceLimitSnapshot):
        request_id (str):  Example: trir_clxxxxxxxxxxxxxxxxxxxxxxxxx.
    """

    limit: ResourceLimitSnapshot
    request_id: str

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _import_lazy()
        limit = self.limit.to_dict()

        request_id = self.request_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "limit": limit,
                "request_id": request_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_imports_pending:
            _import_lazy()
        limit = ResourceLimitSnapshot.from_dict(src_dict["limit"])

        request_id = src_dict["request_id"]
        if not (type(request_id) is str):
            raise TypeError(
                f'field "request_id": expected string, got {type(request_id).__name__}'
            )

        sending_account_limit_request = cls(
            limit,
            request_id,
        )

        return sending_account_limit_request


_lazy_imports_pending = True


def _import_lazy() -> None:
    """Bind the models this module refers to; they may import this module back."""
    global _lazy_imports_pending
    global ResourceLimitSnapshot
    from ..models.resource_limit_snapshot import ResourceLimitSnapshot

    _lazy_imports_pending = False
