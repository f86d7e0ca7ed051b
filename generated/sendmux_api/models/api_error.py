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
        error = _ApiErrorError_from_dict(src_dict["error"])

        meta = _ApiErrorMeta_from_dict(src_dict["meta"])

        ok = src_dict["ok"]
        if not (type(ok) is bool):
            raise TypeError(f'field "ok": expected boolean, got {type(ok).__name__}')

        if cls is ApiError:
            _self = _new(cls)
            _self.error = error
            _self.meta = meta
            _self.ok = ok
        else:
            _self = cls(
                error,
                meta,
                ok,
            )

        return _self


_new = object.__new__
if TYPE_CHECKING:  # bound by _import_lazy
    _ApiErrorError_from_dict = ApiErrorError.from_dict
    _ApiErrorMeta_from_dict = ApiErrorMeta.from_dict


_lazy_imports_pending = True


def _import_lazy() -> None:
    """Bind the models this module refers to; they may import this module back."""
    global _lazy_imports_pending
    global ApiErrorError
    global ApiErrorMeta
    global _ApiErrorError_from_dict
    global _ApiErrorMeta_from_dict
    from ..models.api_error_error import ApiErrorError
    from ..models.api_error_meta import ApiErrorMeta

    _ApiErrorError_from_dict = ApiErrorError.from_dict
    _ApiErrorMeta_from_dict = ApiErrorMeta.from_dict

    _lazy_imports_pending = False
