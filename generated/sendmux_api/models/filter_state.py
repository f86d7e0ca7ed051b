from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.filter_state_mode import FilterStateMode

if TYPE_CHECKING:
    from ..models.filter_rule import FilterRule


T = TypeVar("T", bound="FilterState")


@_attrs_define
class FilterState:
    """
    Attributes:
        mode (FilterStateMode): Active filtering mode. `off` disables filtering (all senders accepted). `allowlist` only
            accepts senders matching a rule. `denylist` blocks senders matching a rule.
        rules (list[FilterRule]): Current rules, sorted by pattern ascending
    """

    mode: FilterStateMode
    rules: list[FilterRule]

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _import_lazy()
        mode = self.mode.value

        rules = []
        for rules_item_data in self.rules:
            rules_item = rules_item_data.to_dict()
            rules.append(rules_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "mode": mode,
                "rules": rules,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_imports_pending:
            _import_lazy()
        _mode = src_dict["mode"]
        mode = (
            _FilterStateMode_by_value.get(_mode) if _mode.__class__ is str else None
        ) or FilterStateMode(_mode)

        rules = []
        _rules = src_dict["rules"]
        for rules_item_data in _rules:
            rules_item = _FilterRule_from_dict(rules_item_data)

            rules.append(rules_item)

        if cls is FilterState:
            _self = _new(cls)
            _self.mode = mode
            _self.rules = rules
        else:
            _self = cls(
                mode,
                rules,
            )

        return _self


_new = object.__new__
_FilterStateMode_by_value = FilterStateMode._by_value
if TYPE_CHECKING:  # bound by _import_lazy
    _FilterRule_from_dict = FilterRule.from_dict


_lazy_imports_pending = True


def _import_lazy() -> None:
    """Bind the models this module refers to; they may import this module back."""
    global _lazy_imports_pending
    global FilterRule
    global _FilterRule_from_dict
    from ..models.filter_rule import FilterRule

    _FilterRule_from_dict = FilterRule.from_dict

    _lazy_imports_pending = False
