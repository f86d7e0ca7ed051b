from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.api_error_error import ApiErrorError
    from ..models.api_error_meta import ApiErrorMeta


T = TypeVar("T", bound="ApiError")


@_attrs_define
class ApiError:
    """
    Attributes:
        error (ApiErrorError):
        meta (ApiErrorMeta):
        ok (bool):
    """

    error: ApiErrorError
    meta: ApiErrorMeta
    ok: bool

    def to_dict(self) -> dict[str, Any]:
        error = self.error.to_dict()

        meta = self.meta.to_dict()

        ok = self.ok

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "error": error,
                "meta": meta,
                "ok": ok,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_error_error import ApiErrorError
        from ..models.api_error_meta import ApiErrorMeta

        d = dict(src_dict)
        error = ApiErrorError.from_dict(d.pop("error"))

        meta = ApiErrorMeta.from_dict(d.pop("meta"))

        ok = d.pop("ok")

        api_error = cls(
            error=error,
            meta=meta,
            ok=ok,
        )

        return api_error
