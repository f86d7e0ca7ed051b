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
        if not (type(activate) is bool):
            raise TypeError(
                f'field "activate": expected boolean, got {type(activate).__name__}'
            )

        deactivate = src_dict["deactivate"]
        if not (type(deactivate) is bool):
            raise TypeError(
                f'field "deactivate": expected boolean, got {type(deactivate).__name__}'
            )

        delete = src_dict["delete"]
        if not (type(delete) is bool):
            raise TypeError(
                f'field "delete": expected boolean, got {type(delete).__name__}'
            )

        test = src_dict["test"]
        if not (type(test) is bool):
            raise TypeError(
                f'field "test": expected boolean, got {type(test).__name__}'
            )

        update = src_dict["update"]
        if not (type(update) is bool):
            raise TypeError(
                f'field "update": expected boolean, got {type(update).__name__}'
            )

        update_variables = src_dict["update_variables"]
        if not (type(update_variables) is bool):
            raise TypeError(
                f'field "update_variables": expected boolean, got {type(update_variables).__name__}'
            )

        if cls is ProviderAllowedActions:
            _self = _new(cls)
            _self.activate = activate
            _self.deactivate = deactivate
            _self.delete = delete
            _self.test = test
            _self.update = update
            _self.update_variables = update_variables
        else:
            _self = cls(
                activate,
                deactivate,
                delete,
                test,
                update,
                update_variables,
            )

        return _self


_new = object.__new__
