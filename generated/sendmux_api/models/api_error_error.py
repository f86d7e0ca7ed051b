from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.api_error_error_code import ApiErrorErrorCode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_error_detail import ApiErrorDetail


T = TypeVar("T", bound="ApiErrorError")


@_attrs_define
class ApiErrorError:
    """
    Attributes:
        code (ApiErrorErrorCode): Machine-readable error code Example: invalid_parameter.
        message (str): Human-readable error description
        retryable (bool): Whether the caller may safely retry this request. 4xx are typically false (except 429); 5xx
            are typically true. Example: False.
        doc_url (str | Unset): Link to relevant documentation
        errors (list[ApiErrorDetail] | Unset): Accumulated per-field issues for validation errors. Only present on
            400/422 responses.
        param (str | Unset): The parameter that caused the error
    """

    code: ApiErrorErrorCode
    message: str
    retryable: bool
    doc_url: str | Unset = UNSET
    errors: list[ApiErrorDetail] | Unset = UNSET
    param: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _import_lazy()
        code = self.code.value

        message = self.message

        retryable = self.retryable

        doc_url = self.doc_url

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        param = self.param

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "message": message,
                "retryable": retryable,
            }
        )
        if doc_url is not UNSET:
            field_dict["doc_url"] = doc_url
        if errors is not UNSET:
            field_dict["errors"] = errors
        if param is not UNSET:
            field_dict["param"] = param

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_imports_pending:
            _import_lazy()
        _code = src_dict["code"]
        code = (
            _ApiErrorErrorCode_by_value.get(_code) if _code.__class__ is str else None
        ) or ApiErrorErrorCode(_code)

        message = src_dict["message"]
        if not (type(message) is str):
            raise TypeError(
                f'field "message": expected string, got {type(message).__name__}'
            )

        retryable = src_dict["retryable"]
        if not (type(retryable) is bool):
            raise TypeError(
                f'field "retryable": expected boolean, got {type(retryable).__name__}'
            )

        doc_url = src_dict.get("doc_url", UNSET)
        if not (doc_url is UNSET or type(doc_url) is str):
            raise TypeError(
                f'field "doc_url": expected string, got {type(doc_url).__name__}'
            )

        _errors = src_dict.get("errors", UNSET)
        errors: list[ApiErrorDetail] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = _ApiErrorDetail_from_dict(errors_item_data)

                errors.append(errors_item)

        param = src_dict.get("param", UNSET)
        if not (param is UNSET or type(param) is str):
            raise TypeError(
                f'field "param": expected string, got {type(param).__name__}'
            )

        if cls is ApiErrorError:
            _self = _new(cls)
            _self.code = code
            _self.message = message
            _self.retryable = retryable
            _self.doc_url = doc_url
            _self.errors = errors
            _self.param = param
        else:
            _self = cls(
                code,
                message,
                retryable,
                doc_url,
                errors,
                param,
            )

        return _self


_new = object.__new__
_ApiErrorErrorCode_by_value = ApiErrorErrorCode._by_value
if TYPE_CHECKING:  # bound by _import_lazy
    _ApiErrorDetail_from_dict = ApiErrorDetail.from_dict


_lazy_imports_pending = True


def _import_lazy() -> None:
    """Bind the models this module refers to; they may import this module back."""
    global _lazy_imports_pending
    global ApiErrorDetail
    global _ApiErrorDetail_from_dict
    from ..models.api_error_detail import ApiErrorDetail

    _ApiErrorDetail_from_dict = ApiErrorDetail.from_dict

    _lazy_imports_pending = False
