from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.mailbox_usage_resource import MailboxUsageResource
    from ..models.mailbox_usage_states import MailboxUsageStates


T = TypeVar("T", bound="MailboxUsage")


@_attrs_define
class MailboxUsage:
    """
    Attributes:
        resources (list[MailboxUsageResource]):
        states (MailboxUsageStates):
    """

    resources: list[MailboxUsageResource]
    states: MailboxUsageStates

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _import_lazy()
        resources = []
        for resources_item_data in self.resources:
            resources_item = resources_item_data.to_dict()
            resources.append(resources_item)

        states = self.states.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "resources": resources,
                "states": states,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_imports_pending:
            _import_lazy()
        resources = []
        _resources = src_dict["resources"]
        for resources_item_data in _resources:
            resources_item = _MailboxUsageResource_from_dict(resources_item_data)

            resources.append(resources_item)

        states = _MailboxUsageStates_from_dict(src_dict["states"])

        if cls is MailboxUsage:
            _self = _new(cls)
            _self.resources = resources
            _self.states = states
        else:
            _self = cls(
                resources,
                states,
            )

        return _self


_new = object.__new__
if TYPE_CHECKING:  # bound by _import_lazy
    _MailboxUsageResource_from_dict = MailboxUsageResource.from_dict
    _MailboxUsageStates_from_dict = MailboxUsageStates.from_dict


_lazy_imports_pending = True


def _import_lazy() -> None:
    """Bind the models this module refers to; they may import this module back."""
    global _lazy_imports_pending
    global MailboxUsageResource
    global MailboxUsageStates
    global _MailboxUsageResource_from_dict
    global _MailboxUsageStates_from_dict
    from ..models.mailbox_usage_resource import MailboxUsageResource
    from ..models.mailbox_usage_states import MailboxUsageStates

    _MailboxUsageResource_from_dict = MailboxUsageResource.from_dict
    _MailboxUsageStates_from_dict = MailboxUsageStates.from_dict

    _lazy_imports_pending = False
