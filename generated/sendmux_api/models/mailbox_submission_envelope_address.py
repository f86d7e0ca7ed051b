from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.mailbox_submission_envelope_address_parameters_type_0 import (
        MailboxSubmissionEnvelopeAddressParametersType0,
    )


T = TypeVar("T", bound="MailboxSubmissionEnvelopeAddress")


@_attrs_define
class MailboxSubmissionEnvelopeAddress:
    """
    Attributes:
        email (str):
        parameters (MailboxSubmissionEnvelopeAddressParametersType0 | None):
    """

    email: str
    parameters: MailboxSubmissionEnvelopeAddressParametersType0 | None

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _import_lazy()
        email = self.email

        parameters: dict[str, Any] | None
        if isinstance(self.parameters, MailboxSubmissionEnvelopeAddressParametersType0):
            parameters = self.parameters.to_dict()
        else:
            parameters = self.parameters

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "email": email,
                "parameters": parameters,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_imports_pending:
            _import_lazy()
        email = src_dict["email"]
        if not (type(email) is str):
            raise TypeError(
                f'field "email": expected string, got {type(email).__name__}'
            )

        def _parse_parameters(
            data: object,
        ) -> MailboxSubmissionEnvelopeAddressParametersType0 | None:
            if data is None:
                return data
            if isinstance(data, dict):
                try:
                    parameters_type_0 = (
                        _MailboxSubmissionEnvelopeAddressParametersType0_from_dict(data)
                    )

                    return parameters_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return cast(MailboxSubmissionEnvelopeAddressParametersType0 | None, data)

        parameters = _parse_parameters(src_dict["parameters"])

        if cls is MailboxSubmissionEnvelopeAddress:
            _self = _new(cls)
            _self.email = email
            _self.parameters = parameters
        else:
            _self = cls(
                email,
                parameters,
            )

        return _self


_new = object.__new__
if TYPE_CHECKING:  # bound by _import_lazy
    _MailboxSubmissionEnvelopeAddressParametersType0_from_dict = (
        MailboxSubmissionEnvelopeAddressParametersType0.from_dict
    )


_lazy_imports_pending = True


def _import_lazy() -> None:
    """Bind the models this module refers to; they may import this module back."""
    global _lazy_imports_pending
    global MailboxSubmissionEnvelopeAddressParametersType0
    global _MailboxSubmissionEnvelopeAddressParametersType0_from_dict
    from ..models.mailbox_submission_envelope_address_parameters_type_0 import (
        MailboxSubmissionEnvelopeAddressParametersType0,
    )

    _MailboxSubmissionEnvelopeAddressParametersType0_from_dict = (
        MailboxSubmissionEnvelopeAddressParametersType0.from_dict
    )

    _lazy_imports_pending = False
