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
        if _lazy_imports_pending:
            _import_lazy()
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
        if _lazy_imports_pending:
            _import_lazy()
        error = ApiErrorError.from_dict(src_dict["error"])

        meta = ApiErrorMeta.from_dict(src_dict["meta"])

        ok = src_dict["ok"]
        if not (type(ok) is bool):
            raise TypeError(f'field "ok": expected boolean, got {type(ok).__name__}')

        api_error = cls(
            error,
            meta,
            ok,
        )

        return api_error


_lazy_imports_pending = True


def _import_lazy() -> None:
    """Bind the models this module refers to; they may import this module back."""
    global _lazy_imports_pending
    global ApiErrorError
    global ApiErrorMeta
    from ..models.api_error_error import ApiErrorError
    from ..models.api_error_meta import ApiErrorMeta

    _lazy_imports_pending = False
