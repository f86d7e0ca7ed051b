from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.filter_rule_type import FilterRuleType
from ..types import UNSET, Unset

T = TypeVar("T", bound="FilterRule")


@_attrs_define
class FilterRule:
    """
    Attributes:
        pattern (str): Email address or bare domain name. Validated against RFC 5321/1035 regexes. The `*@domain`
            wildcard spelling is accepted and normalised to the bare domain (matching is by exact address or sender domain).
            Example: partner.com.
        type_ (FilterRuleType): Rule type
        note (None | str | Unset): Free-form caption for the rule (≤255 chars). UI-only metadata — never consulted at
            match time. `null` when absent. Example: billing webhooks.
    """

    pattern: str
    type_: FilterRuleType
    note: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        pattern = self.pattern

        type_ = self.type_.value

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "pattern": pattern,
                "type": type_,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        pattern = src_dict["pattern"]
        if not (type(pattern) is str):
            raise TypeError(
                f'field "pattern": expected string, got {type(pattern).__name__}'
            )

        _type_ = src_dict["type"]
        type_ = (
            _FilterRuleType_by_value.get(_type_) if _type_.__class__ is str else None
        ) or FilterRuleType(_type_)

        note = src_dict.get("note", UNSET)

        if not (note is UNSET or type(note) is str or note is None):
            raise TypeError(
                f'field "note": expected string or null, got {type(note).__name__}'
            )

        if cls is FilterRule:
            _self = _new(cls)
            _self.pattern = pattern
            _self.type_ = type_
            _self.note = note
        else:
            _self = cls(
                pattern,
                type_,
                note,
            )

        return _self


_new = object.__new__
_FilterRuleType_by_value = FilterRuleType._by_value
