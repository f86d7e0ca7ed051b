from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.mailbox_thread import MailboxThread
    from ..models.response_meta import ResponseMeta


T = TypeVar("T", bound="MailboxThreadDetailResponse")


@_attrs_define
class MailboxThreadDetailResponse:
    """
    Attributes:
        meta (ResponseMeta):
        ok (bool):
        data (MailboxThread):
    """

    meta: ResponseMeta
    ok: bool
    data: MailboxThread
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        from ..models.mailbox_thread import MailboxThread
        from ..models.response_meta import ResponseMeta

        d = dict(src_dict)
        meta = ResponseMeta.from_dict(d.pop("meta"))

        ok = d.pop("ok")

        data = MailboxThread.from_dict(d.pop("data"))

        mailbox_thread_detail_response = cls(
            meta=meta,
            ok=ok,
            data=data,
        )

        mailbox_thread_detail_response.additional_properties = d
        return mailbox_thread_detail_response

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
