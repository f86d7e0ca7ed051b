from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.mailbox_submission import MailboxSubmission
    from ..models.response_meta import ResponseMeta


T = TypeVar("T", bound="MailboxSubmissionResponse")


@_attrs_define
class MailboxSubmissionResponse:
    """
    Attributes:
        meta (ResponseMeta):
        ok (bool):
        data (MailboxSubmission):
    """

    meta: ResponseMeta
    ok: bool
    data: MailboxSubmission
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _import_lazy()
        meta = self.meta.to_dict()

        ok = self.ok

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "meta": meta,
                "ok": ok,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_imports_pending:
            _import_lazy()
        meta = _ResponseMeta_from_dict(src_dict["meta"])

        ok = src_dict["ok"]
        if not (type(ok) is bool):
            raise TypeError(f'field "ok": expected boolean, got {type(ok).__name__}')

        data = _MailboxSubmission_from_dict(src_dict["data"])

        if cls is MailboxSubmissionResponse:
            _self = _new(cls)
            _self.meta = meta
            _self.ok = ok
            _self.data = data
            _self.additional_properties = {}
        else:
            _self = cls(
                meta,
                ok,
                data,
            )

        if len(src_dict) > 3:
            _self.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in {"meta", "ok", "data"}
            }
        return _self

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_new = object.__new__
if TYPE_CHECKING:  # bound by _import_lazy
    _MailboxSubmission_from_dict = MailboxSubmission.from_dict
    _ResponseMeta_from_dict = ResponseMeta.from_dict


_lazy_imports_pending = True


def _import_lazy() -> None:
    """Bind the models this module refers to; they may import this module back."""
    global _lazy_imports_pending
    global MailboxSubmission
    global ResponseMeta
    global _MailboxSubmission_from_dict
    global _ResponseMeta_from_dict
    from ..models.mailbox_submission import MailboxSubmission
    from ..models.response_meta import ResponseMeta

    _MailboxSubmission_from_dict = MailboxSubmission.from_dict
    _ResponseMeta_from_dict = ResponseMeta.from_dict

    _lazy_imports_pending = False
