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
        limit = _ResourceLimitSnapshot_from_dict(src_dict["limit"])

        request_id = src_dict["request_id"]
        if not (type(request_id) is str):
            raise TypeError(
                f'field "request_id": expected string, got {type(request_id).__name__}'
            )

        if cls is SendingAccountLimitRequest:
            _self = _new(cls)
            _self.limit = limit
            _self.request_id = request_id
        else:
            _self = cls(
                limit,
                request_id,
            )

        return _self


_new = object.__new__
if TYPE_CHECKING:  # bound by _import_lazy
    _ResourceLimitSnapshot_from_dict = ResourceLimitSnapshot.from_dict


_lazy_imports_pending = True


def _import_lazy() -> None:
    """Bind the models this module refers to; they may import this module back."""
    global _lazy_imports_pending
    global ResourceLimitSnapshot
    global _ResourceLimitSnapshot_from_dict
    from ..models.resource_limit_snapshot import ResourceLimitSnapshot

    _ResourceLimitSnapshot_from_dict = ResourceLimitSnapshot.from_dict

    _lazy_imports_pending = False
