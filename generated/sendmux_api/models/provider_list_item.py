from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.provider_list_item_status import ProviderListItemStatus
from ..models.provider_list_item_type import ProviderListItemType

if TYPE_CHECKING:
    from ..models.provider_allowed_actions import ProviderAllowedActions
    from ..models.provider_quotas import ProviderQuotas


T = TypeVar("T", bound="ProviderListItem")


@_attrs_define
class ProviderListItem:
    """
    Attributes:
        allowed_actions (ProviderAllowedActions):
        created_at (datetime.datetime): ISO 8601 creation timestamp Example: 2026-05-25T02:18:00Z.
        from_email (None | str): Default From email address. Connected Google and Microsoft accounts always use their
            authorised account address.
        from_name (None | str): Default From display name.
        has_refresh_token (bool): Whether an OAuth account has an active connection token.
        has_smtp_password (bool): Whether a custom SMTP password is stored.
        id (str): Sending account public ID Example: dprov_clxxxxxxxxxxxxxxxxxxxxxxxxx.
        is_active (bool): Whether this account is enabled for sending.
        is_editable (bool): False when the account is platform-managed.
        is_shared (bool): True for the team's shared Amazon SES account.
        last_tested_at (datetime.datetime | None): Last connection test timestamp.
        last_used_at (datetime.datetime | None): Last send timestamp.
        name (str): Display name Example: Transactional SMTP.
        oauth_email (None | str): Connected account email for OAuth accounts.
        percentage (int | None): Routing weight percentage. Example: 100.
        quotas (ProviderQuotas):
        reply_to_email (None | str): Default Reply-To email address.
        reply_to_name (None | str): Default Reply-To display name.
        smtp_host (None | str): SMTP host for custom SMTP accounts.
        smtp_port (int | None): SMTP port for custom SMTP accounts.
        smtp_protocol (None | str): SMTP security mode.
        smtp_username (None | str): SMTP username for custom SMTP accounts.
        status (ProviderListItemStatus): Current sending account status. Example: active.
        status_reason (None | str): Public-safe reason for the current status.
        tracking_domain (None | str): Custom tracking hostname.
        type_ (ProviderListItemType): Sending account type. `amazon_ses` is the shared managed account. Example: smtp.
        updated_at (datetime.datetime): ISO 8601 last update timestamp Example: 2026-05-25T02:18:00Z.
    """

    allowed_actions: ProviderAllowedActions
    created_at: datetime.datetime
    from_email: None | str
    from_name: None | str
    has_refresh_token: bool
    has_smtp_password: bool
    id: str
    is_active: bool
    is_editable: bool
    is_shared: bool
    last_tested_at: datetime.datetime | None
    last_used_at: datetime.datetime | None
    name: str
    oauth_email: None | str
    percentage: int | None
    quotas: ProviderQuotas
    reply_to_email: None | str
    reply_to_name: None | str
    smtp_host: None | str
    smtp_port: int | None
    smtp_protocol: None | str
    smtp_username: None | str
    status: ProviderListItemStatus
    status_reason: None | str
    tracking_domain: None | str
    type_: ProviderListItemType
    updated_at: datetime.datetime

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _import_lazy()
        allowed_actions = self.allowed_actions.to_dict()

        created_at = self.created_at.isoformat()

        from_email: None | str
        from_email = self.from_email

        from_name: None | str
        from_name = self.from_name

        has_refresh_token = self.has_refresh_token

        has_smtp_password = self.has_smtp_password

        id = self.id

        is_active = self.is_active

        is_editable = self.is_editable

        is_shared = self.is_shared

        last_tested_at: None | str
        if isinstance(self.last_tested_at, datetime.datetime):
            last_tested_at = self.last_tested_at.isoformat()
        else:
            last_tested_at = self.last_tested_at

        last_used_at: None | str
        if isinstance(self.last_used_at, datetime.datetime):
            last_used_at = self.last_used_at.isoformat()
        else:
            last_used_at = self.last_used_at

        name = self.name

        oauth_email: None | str
        oauth_email = self.oauth_email

        percentage: int | None
        percentage = self.percentage

        quotas = self.quotas.to_dict()

        reply_to_email: None | str
        reply_to_email = self.reply_to_email

        reply_to_name: None | str
        reply_to_name = self.reply_to_name

        smtp_host: None | str
        smtp_host = self.smtp_host

        smtp_port: int | None
        smtp_port = self.smtp_port

        smtp_protocol: None | str
        smtp_protocol = self.smtp_protocol

        smtp_username: None | str
        smtp_username = self.smtp_username

        status = self.status.value

        status_reason: None | str
        status_reason = self.status_reason

        tracking_domain: None | str
        tracking_domain = self.tracking_domain

        type_ = self.type_.value

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "allowed_actions": allowed_actions,
                "created_at": created_at,
                "from_email": from_email,
                "from_name": from_name,
                "has_refresh_token": has_refresh_token,
                "has_smtp_password": has_smtp_password,
                "id": id,
                "is_active": is_active,
                "is_editable": is_editable,
                "is_shared": is_shared,
                "last_tested_at": last_tested_at,
                "last_used_at": last_used_at,
                "name": name,
                "oauth_email": oauth_email,
                "percentage": percentage,
                "quotas": quotas,
                "reply_to_email": reply_to_email,
                "reply_to_name": reply_to_name,
                "smtp_host": smtp_host,
                "smtp_port": smtp_port,
                "smtp_protocol": smtp_protocol,
                "smtp_username": smtp_username,
                "status": status,
                "status_reason": status_reason,
                "tracking_domain": tracking_domain,
                "type": type_,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_imports_pending:
            _import_lazy()
        allowed_actions = _ProviderAllowedActions_from_dict(src_dict["allowed_actions"])

        created_at: datetime.datetime
        _created_at = src_dict["created_at"]
        if type(_created_at) is str:
            try:
                created_at = _fromisoformat(_created_at)
            except ValueError as error:
                raise ValueError(f'field "created_at": {error}') from None
        else:
            raise TypeError(
                f'field "created_at": expected a date-time string, got {type(_created_at).__name__}'
            )

        from_email = src_dict["from_email"]

        if not (type(from_email) is str or from_email is None):
            raise TypeError(
                f'field "from_email": expected string or null, got {type(from_email).__name__}'
            )

        from_name = src_dict["from_name"]

        if not (type(from_name) is str or from_name is None):
            raise TypeError(
                f'field "from_name": expected string or null, got {type(from_name).__name__}'
            )

        has_refresh_token = src_dict["has_refresh_token"]
        if not (type(has_refresh_token) is bool):
            raise TypeError(
                f'field "has_refresh_token": expected boolean, got {type(has_refresh_token).__name__}'
            )

        has_smtp_password = src_dict["has_smtp_password"]
        if not (type(has_smtp_password) is bool):
            raise TypeError(
                f'field "has_smtp_password": expected boolean, got {type(has_smtp_password).__name__}'
            )

        id = src_dict["id"]
        if not (type(id) is str):
            raise TypeError(f'field "id": expected string, got {type(id).__name__}')

        is_active = src_dict["is_active"]
        if not (type(is_active) is bool):
            raise TypeError(
                f'field "is_active": expected boolean, got {type(is_active).__name__}'
            )

        is_editable = src_dict["is_editable"]
        if not (type(is_editable) is bool):
            raise TypeError(
                f'field "is_editable": expected boolean, got {type(is_editable).__name__}'
            )

        is_shared = src_dict["is_shared"]
        if not (type(is_shared) is bool):
            raise TypeError(
                f'field "is_shared": expected boolean, got {type(is_shared).__name__}'
            )

        last_tested_at: datetime.datetime | None
        _last_tested_at = src_dict["last_tested_at"]
        if type(_last_tested_at) is str:
            try:
                last_tested_at = _fromisoformat(_last_tested_at)
            except ValueError as error:
                raise ValueError(f'field "last_tested_at": {error}') from None
        elif _last_tested_at is None:
            last_tested_at = None
        else:
            raise TypeError(
                f'field "last_tested_at": expected a date-time string or null, got {type(_last_tested_at).__name__}'
            )

        last_used_at: datetime.datetime | None
        _last_used_at = src_dict["last_used_at"]
        if type(_last_used_at) is str:
            try:
                last_used_at = _fromisoformat(_last_used_at)
            except ValueError as error:
                raise ValueError(f'field "last_used_at": {error}') from None
        elif _last_used_at is None:
            last_used_at = None
        else:
            raise TypeError(
                f'field "last_used_at": expected a date-time string or null, got {type(_last_used_at).__name__}'
            )

        name = src_dict["name"]
        if not (type(name) is str):
            raise TypeError(f'field "name": expected string, got {type(name).__name__}')

        oauth_email = src_dict["oauth_email"]

        if not (type(oauth_email) is str or oauth_email is None):
            raise TypeError(
                f'field "oauth_email": expected string or null, got {type(oauth_email).__name__}'
            )

        percentage = src_dict["percentage"]

        if not (type(percentage) is int or percentage is None):
            raise TypeError(
                f'field "percentage": expected integer or null, got {type(percentage).__name__}'
            )

        quotas = _ProviderQuotas_from_dict(src_dict["quotas"])

        reply_to_email = src_dict["reply_to_email"]

        if not (type(reply_to_email) is str or reply_to_email is None):
            raise TypeError(
                f'field "reply_to_email": expected string or null, got {type(reply_to_email).__name__}'
            )

        reply_to_name = src_dict["reply_to_name"]

        if not (type(reply_to_name) is str or reply_to_name is None):
            raise TypeError(
                f'field "reply_to_name": expected string or null, got {type(reply_to_name).__name__}'
            )

        smtp_host = src_dict["smtp_host"]

        if not (type(smtp_host) is str or smtp_host is None):
            raise TypeError(
                f'field "smtp_host": expected string or null, got {type(smtp_host).__name__}'
            )

        smtp_port = src_dict["smtp_port"]

        if not (type(smtp_port) is int or smtp_port is None):
            raise TypeError(
                f'field "smtp_port": expected integer or null, got {type(smtp_port).__name__}'
            )

        smtp_protocol = src_dict["smtp_protocol"]

        if not (type(smtp_protocol) is str or smtp_protocol is None):
            raise TypeError(
                f'field "smtp_protocol": expected string or null, got {type(smtp_protocol).__name__}'
            )

        smtp_username = src_dict["smtp_username"]

        if not (type(smtp_username) is str or smtp_username is None):
            raise TypeError(
                f'field "smtp_username": expected string or null, got {type(smtp_username).__name__}'
            )

        _status = src_dict["status"]
        status = (
            _ProviderListItemStatus_by_value.get(_status)
            if _status.__class__ is str
            else None
        ) or ProviderListItemStatus(_status)

        status_reason = src_dict["status_reason"]

        if not (type(status_reason) is str or status_reason is None):
            raise TypeError(
                f'field "status_reason": expected string or null, got {type(status_reason).__name__}'
            )

        tracking_domain = src_dict["tracking_domain"]

        if not (type(tracking_domain) is str or tracking_domain is None):
            raise TypeError(
                f'field "tracking_domain": expected string or null, got {type(tracking_domain).__name__}'
            )

        _type_ = src_dict["type"]
        type_ = (
            _ProviderListItemType_by_value.get(_type_)
            if _type_.__class__ is str
            else None
        ) or ProviderListItemType(_type_)

        updated_at: datetime.datetime
        _updated_at = src_dict["updated_at"]
        if type(_updated_at) is str:
            try:
                updated_at = _fromisoformat(_updated_at)
            except ValueError as error:
                raise ValueError(f'field "updated_at": {error}') from None
        else:
            raise TypeError(
                f'field "updated_at": expected a date-time string, got {type(_updated_at).__name__}'
            )

        if cls is ProviderListItem:
            _self = _new(cls)
            _self.allowed_actions = allowed_actions
            _self.created_at = created_at
            _self.from_email = from_email
            _self.from_name = from_name
            _self.has_refresh_token = has_refresh_token
            _self.has_smtp_password = has_smtp_password
            _self.id = id
            _self.is_active = is_active
            _self.is_editable = is_editable
            _self.is_shared = is_shared
            _self.last_tested_at = last_tested_at
            _self.last_used_at = last_used_at
            _self.name = name
            _self.oauth_email = oauth_email
            _self.percentage = percentage
            _self.quotas = quotas
            _self.reply_to_email = reply_to_email
            _self.reply_to_name = reply_to_name
            _self.smtp_host = smtp_host
            _self.smtp_port = smtp_port
            _self.smtp_protocol = smtp_protocol
            _self.smtp_username = smtp_username
            _self.status = status
            _self.status_reason = status_reason
            _self.tracking_domain = tracking_domain
            _self.type_ = type_
            _self.updated_at = updated_at
        else:
            _self = cls(
                allowed_actions,
                created_at,
                from_email,
                from_name,
                has_refresh_token,
                has_smtp_password,
                id,
                is_active,
                is_editable,
                is_shared,
                last_tested_at,
                last_used_at,
                name,
                oauth_email,
                percentage,
                quotas,
                reply_to_email,
                reply_to_name,
                smtp_host,
                smtp_port,
                smtp_protocol,
                smtp_username,
                status,
                status_reason,
                tracking_domain,
                type_,
                updated_at,
            )

        return _self


_new = object.__new__
_fromisoformat = datetime.datetime.fromisoformat
_ProviderListItemStatus_by_value = ProviderListItemStatus._by_value
_ProviderListItemType_by_value = ProviderListItemType._by_value
if TYPE_CHECKING:  # bound by _import_lazy
    _ProviderAllowedActions_from_dict = ProviderAllowedActions.from_dict
    _ProviderQuotas_from_dict = ProviderQuotas.from_dict


_lazy_imports_pending = True


def _import_lazy() -> None:
    """Bind the models this module refers to; they may import this module back."""
    global _lazy_imports_pending
    global ProviderAllowedActions
    global ProviderQuotas
    global _ProviderAllowedActions_from_dict
    global _ProviderQuotas_from_dict
    from ..models.provider_allowed_actions import ProviderAllowedActions
    from ..models.provider_quotas import ProviderQuotas

    _ProviderAllowedActions_from_dict = ProviderAllowedActions.from_dict
    _ProviderQuotas_from_dict = ProviderQuotas.from_dict

    _lazy_imports_pending = False
