from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.provider_create_body_smtp_protocol import ProviderCreateBodySmtpProtocol
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.provider_create_body_quotas import ProviderCreateBodyQuotas
    from ..models.provider_variables import ProviderVariables


T = TypeVar("T", bound="ProviderCreateBody")


def _masked(value: object) -> str:
    """repr() of a secret field: whether it is set, never its value."""
    return repr(value) if value is None or isinstance(value, Unset) else "'[redacted]'"


@_attrs_define
class ProviderCreateBody:
    """
    Attributes:
        name (str):  Example: Transactional SMTP.
        smtp_host (str):  Example: smtp.example.com.
        smtp_password (str):  Example: smtp-password.
        smtp_port (int):  Example: 587.
        smtp_protocol (ProviderCreateBodySmtpProtocol):  Example: starttls.
        smtp_username (str):  Example: api-user.
        from_email (None | str | Unset): Default From email address for an SMTP account. Example: sender@example.com.
        from_name (None | str | Unset):  Example: Acme.
        percentage (int | Unset):  Example: 100.
        quotas (ProviderCreateBodyQuotas | Unset):
        reply_to_email (None | str | Unset):  Example: support@example.com.
        reply_to_name (None | str | Unset):  Example: Support.
        tracking_domain (None | str | Unset):  Example: click.example.com.
        variables (ProviderVariables | Unset): Per-account string variables. PATCH omission preserves the current map, a
            supplied map replaces it, and an empty map clears it. Detail responses return an empty map when no variables are
            set. Example: {'signature_url': 'https://example.com/signature'}.
    """

    name: str
    smtp_host: str
    smtp_password: str = _attrs_field(repr=_masked)
    smtp_port: int
    smtp_protocol: ProviderCreateBodySmtpProtocol
    smtp_username: str
    from_email: None | str | Unset = UNSET
    from_name: None | str | Unset = UNSET
    percentage: int | Unset = UNSET
    quotas: ProviderCreateBodyQuotas | Unset = UNSET
    reply_to_email: None | str | Unset = UNSET
    reply_to_name: None | str | Unset = UNSET
    tracking_domain: None | str | Unset = UNSET
    variables: ProviderVariables | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _import_lazy()
        name = self.name

        smtp_host = self.smtp_host

        smtp_password = self.smtp_password

        smtp_port = self.smtp_port

        smtp_protocol = self.smtp_protocol.value

        smtp_username = self.smtp_username

        from_email: None | str | Unset
        if isinstance(self.from_email, Unset):
            from_email = UNSET
        else:
            from_email = self.from_email

        from_name: None | str | Unset
        if isinstance(self.from_name, Unset):
            from_name = UNSET
        else:
            from_name = self.from_name

        percentage = self.percentage

        quotas: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quotas, Unset):
            quotas = self.quotas.to_dict()

        reply_to_email: None | str | Unset
        if isinstance(self.reply_to_email, Unset):
            reply_to_email = UNSET
        else:
            reply_to_email = self.reply_to_email

        reply_to_name: None | str | Unset
        if isinstance(self.reply_to_name, Unset):
            reply_to_name = UNSET
        else:
            reply_to_name = self.reply_to_name

        tracking_domain: None | str | Unset
        if isinstance(self.tracking_domain, Unset):
            tracking_domain = UNSET
        else:
            tracking_domain = self.tracking_domain

        variables: dict[str, Any] | Unset = UNSET
        if not isinstance(self.variables, Unset):
            variables = self.variables.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "smtp_host": smtp_host,
                "smtp_password": smtp_password,
                "smtp_port": smtp_port,
                "smtp_protocol": smtp_protocol,
                "smtp_username": smtp_username,
            }
        )
        if from_email is not UNSET:
            field_dict["from_email"] = from_email
        if from_name is not UNSET:
            field_dict["from_name"] = from_name
        if percentage is not UNSET:
            field_dict["percentage"] = percentage
        if quotas is not UNSET:
            field_dict["quotas"] = quotas
        if reply_to_email is not UNSET:
            field_dict["reply_to_email"] = reply_to_email
        if reply_to_name is not UNSET:
            field_dict["reply_to_name"] = reply_to_name
        if tracking_domain is not UNSET:
            field_dict["tracking_domain"] = tracking_domain
        if variables is not UNSET:
            field_dict["variables"] = variables

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_imports_pending:
            _import_lazy()
        name = src_dict["name"]
        if not (type(name) is str):
            raise TypeError(f'field "name": expected string, got {type(name).__name__}')

        smtp_host = src_dict["smtp_host"]
        if not (type(smtp_host) is str):
            raise TypeError(
                f'field "smtp_host": expected string, got {type(smtp_host).__name__}'
            )

        smtp_password = src_dict["smtp_password"]
        if not (type(smtp_password) is str):
            raise TypeError(
                f'field "smtp_password": expected string, got {type(smtp_password).__name__}'
            )

        smtp_port = src_dict["smtp_port"]
        if not (type(smtp_port) is int):
            raise TypeError(
                f'field "smtp_port": expected integer, got {type(smtp_port).__name__}'
            )

        _smtp_protocol = src_dict["smtp_protocol"]
        smtp_protocol = (
            _ProviderCreateBodySmtpProtocol_by_value.get(_smtp_protocol)
            if _smtp_protocol.__class__ is str
            else None
        ) or ProviderCreateBodySmtpProtocol(_smtp_protocol)

        smtp_username = src_dict["smtp_username"]
        if not (type(smtp_username) is str):
            raise TypeError(
                f'field "smtp_username": expected string, got {type(smtp_username).__name__}'
            )

        from_email = src_dict.get("from_email", UNSET)

        if not (from_email is UNSET or type(from_email) is str or from_email is None):
            raise TypeError(
                f'field "from_email": expected string or null, got {type(from_email).__name__}'
            )

        from_name = src_dict.get("from_name", UNSET)

        if not (from_name is UNSET or type(from_name) is str or from_name is None):
            raise TypeError(
                f'field "from_name": expected string or null, got {type(from_name).__name__}'
            )

        percentage = src_dict.get("percentage", UNSET)
        if not (percentage is UNSET or type(percentage) is int):
            raise TypeError(
                f'field "percentage": expected integer, got {type(percentage).__name__}'
            )

        _quotas = src_dict.get("quotas", UNSET)
        quotas: ProviderCreateBodyQuotas | Unset
        if isinstance(_quotas, Unset):
            quotas = UNSET
        else:
            quotas = _ProviderCreateBodyQuotas_from_dict(_quotas)

        reply_to_email = src_dict.get("reply_to_email", UNSET)

        if not (
            reply_to_email is UNSET
            or type(reply_to_email) is str
            or reply_to_email is None
        ):
            raise TypeError(
                f'field "reply_to_email": expected string or null, got {type(reply_to_email).__name__}'
            )

        reply_to_name = src_dict.get("reply_to_name", UNSET)

        if not (
            reply_to_name is UNSET
            or type(reply_to_name) is str
            or reply_to_name is None
        ):
            raise TypeError(
                f'field "reply_to_name": expected string or null, got {type(reply_to_name).__name__}'
            )

        tracking_domain = src_dict.get("tracking_domain", UNSET)

        if not (
            tracking_domain is UNSET
            or type(tracking_domain) is str
            or tracking_domain is None
        ):
            raise TypeError(
                f'field "tracking_domain": expected string or null, got {type(tracking_domain).__name__}'
            )

        _variables = src_dict.get("variables", UNSET)
        variables: ProviderVariables | Unset
        if isinstance(_variables, Unset):
            variables = UNSET
        else:
            variables = _ProviderVariables_from_dict(_variables)

        if cls is ProviderCreateBody:
            _self = _new(cls)
            _self.name = name
            _self.smtp_host = smtp_host
            _self.smtp_password = smtp_password
            _self.smtp_port = smtp_port
            _self.smtp_protocol = smtp_protocol
            _self.smtp_username = smtp_username
            _self.from_email = from_email
            _self.from_name = from_name
            _self.percentage = percentage
            _self.quotas = quotas
            _self.reply_to_email = reply_to_email
            _self.reply_to_name = reply_to_name
            _self.tracking_domain = tracking_domain
            _self.variables = variables
        else:
            _self = cls(
                name,
                smtp_host,
                smtp_password,
                smtp_port,
                smtp_protocol,
                smtp_username,
                from_email,
                from_name,
                percentage,
                quotas,
                reply_to_email,
                reply_to_name,
                tracking_domain,
                variables,
            )

        return _self


_new = object.__new__
_ProviderCreateBodySmtpProtocol_by_value = ProviderCreateBodySmtpProtocol._by_value
if TYPE_CHECKING:  # bound by _import_lazy
    _ProviderCreateBodyQuotas_from_dict = ProviderCreateBodyQuotas.from_dict
    _ProviderVariables_from_dict = ProviderVariables.from_dict


_lazy_imports_pending = True


def _import_lazy() -> None:
    """Bind the models this module refers to; they may import this module back."""
    global _lazy_imports_pending
    global ProviderCreateBodyQuotas
    global ProviderVariables
    global _ProviderCreateBodyQuotas_from_dict
    global _ProviderVariables_from_dict
    from ..models.provider_create_body_quotas import ProviderCreateBodyQuotas
    from ..models.provider_variables import ProviderVariables

    _ProviderCreateBodyQuotas_from_dict = ProviderCreateBodyQuotas.from_dict
    _ProviderVariables_from_dict = ProviderVariables.from_dict

    _lazy_imports_pending = False
