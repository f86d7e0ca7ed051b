from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

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
        created_at (str): ISO 8601 creation timestamp Example: 2026-05-25T02:18:00Z.
        from_email (None | str): Default From email address. Connected Google and Microsoft accounts always use their
            authorised account address.
        from_name (None | str): Default From display name.
        has_refresh_token (bool): Whether an OAuth account has an active connection token.
        has_smtp_password (bool): Whether a custom SMTP password is stored.
        id (str): Sending account public ID Example: dprov_clxxxxxxxxxxxxxxxxxxxxxxxxx.
        is_active (bool): Whether this account is enabled for sending.
        is_editable (bool): False when the account is platform-managed.
        is_shared (bool): True for the team's shared Amazon SES account.
        last_tested_at (None | str): Last connection test timestamp.
        last_used_at (None | str): Last send timestamp.
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
        updated_at (str): ISO 8601 last update timestamp Example: 2026-05-25T02:18:00Z.
    """

    allowed_actions: ProviderAllowedActions
    created_at: str
    from_email: None | str
    from_name: None | str
    has_refresh_token: bool
    has_smtp_password: bool
    id: str
    is_active: bool
    is_editable: bool
    is_shared: bool
    last_tested_at: None | str
    last_used_at: None | str
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
    updated_at: str

    def to_dict(self) -> dict[str, Any]:
        allowed_actions = self.allowed_actions.to_dict()

        created_at = self.created_at

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
        last_tested_at = self.last_tested_at

        last_used_at: None | str
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

        updated_at = self.updated_at

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
        from ..models.provider_allowed_actions import ProviderAllowedActions
        from ..models.provider_quotas import ProviderQuotas

        d = dict(src_dict)
        allowed_actions = ProviderAllowedActions.from_dict(d.pop("allowed_actions"))

        created_at = d.pop("created_at")

        def _parse_from_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        from_email = _parse_from_email(d.pop("from_email"))

        def _parse_from_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        from_name = _parse_from_name(d.pop("from_name"))

        has_refresh_token = d.pop("has_refresh_token")

        has_smtp_password = d.pop("has_smtp_password")

        id = d.pop("id")

        is_active = d.pop("is_active")

        is_editable = d.pop("is_editable")

        is_shared = d.pop("is_shared")

        def _parse_last_tested_at(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        last_tested_at = _parse_last_tested_at(d.pop("last_tested_at"))

        def _parse_last_used_at(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        last_used_at = _parse_last_used_at(d.pop("last_used_at"))

        name = d.pop("name")

        def _parse_oauth_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        oauth_email = _parse_oauth_email(d.pop("oauth_email"))

        def _parse_percentage(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        percentage = _parse_percentage(d.pop("percentage"))

        quotas = ProviderQuotas.from_dict(d.pop("quotas"))

        def _parse_reply_to_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reply_to_email = _parse_reply_to_email(d.pop("reply_to_email"))

        def _parse_reply_to_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reply_to_name = _parse_reply_to_name(d.pop("reply_to_name"))

        def _parse_smtp_host(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        smtp_host = _parse_smtp_host(d.pop("smtp_host"))

        def _parse_smtp_port(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        smtp_port = _parse_smtp_port(d.pop("smtp_port"))

        def _parse_smtp_protocol(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        smtp_protocol = _parse_smtp_protocol(d.pop("smtp_protocol"))

        def _parse_smtp_username(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        smtp_username = _parse_smtp_username(d.pop("smtp_username"))

        status = ProviderListItemStatus(d.pop("status"))

        def _parse_status_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        status_reason = _parse_status_reason(d.pop("status_reason"))

        def _parse_tracking_domain(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        tracking_domain = _parse_tracking_domain(d.pop("tracking_domain"))

        type_ = ProviderListItemType(d.pop("type"))

        updated_at = d.pop("updated_at")

        provider_list_item = cls(
            allowed_actions=allowed_actions,
            created_at=created_at,
            from_email=from_email,
            from_name=from_name,
            has_refresh_token=has_refresh_token,
            has_smtp_password=has_smtp_password,
            id=id,
            is_active=is_active,
            is_editable=is_editable,
            is_shared=is_shared,
            last_tested_at=last_tested_at,
            last_used_at=last_used_at,
            name=name,
            oauth_email=oauth_email,
            percentage=percentage,
            quotas=quotas,
            reply_to_email=reply_to_email,
            reply_to_name=reply_to_name,
            smtp_host=smtp_host,
            smtp_port=smtp_port,
            smtp_protocol=smtp_protocol,
            smtp_username=smtp_username,
            status=status,
            status_reason=status_reason,
            tracking_domain=tracking_domain,
            type_=type_,
            updated_at=updated_at,
        )

        return provider_list_item
