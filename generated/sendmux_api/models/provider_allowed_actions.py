from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ProviderAllowedActions")


@_attrs_define
class ProviderAllowedActions:
    """
    Attributes:
        activate (bool):
        deactivate (bool):
        delete (bool):
        test (bool):
        update (bool):
        update_variables (bool):
    """

    activate: bool
    deactivate: bool
    delete: bool
    test: bool
    update: bool
    update_variables: bool

    def to_dict(self) -> dict[str, Any]:
        activate = self.activate

        deactivate = self.deactivate

        delete = self.delete

        test = self.test

        update = self.update

        update_variables = self.update_variables

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "activate": activate,
                "deactivate": deactivate,
                "delete": delete,
                "test": test,
                "update": update,
                "update_variables": update_variables,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        activate = src_dict["activate"]

        deactivate = src_dict["deactivate"]

        delete = src_dict["delete"]

        test = src_dict["test"]

        update = src_dict["update"]

        update_variables = src_dict["update_variables"]

        provider_allowed_actions = cls(
            activate,
            deactivate,
            delete,
            test,
            update,
            update_variables,
        )

        return provider_allowed_actions
