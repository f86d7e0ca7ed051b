# Emitted by `make regen` (scripts/emit_resources.py) from openapi.json: do not edit.
"""``client.providers``: sync, async, and their ``with_response`` twins."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Required, TypedDict, Unpack, overload

import httpx

from .._pagination import AsyncPaginator, Page, Paginator
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import APIResponse

# Models are named here only: each loads on first use (typing.get_type_hints and
# sendmux_ext._hints resolve them through sendmux_api.models).
if TYPE_CHECKING:
    from sendmux_api.models import (
        ManagementListProvidersStatus,
        ManagementListProvidersType,
        ProviderCreateBody,
        ProviderCreateBodyQuotas,
        ProviderCreateBodySmtpProtocol,
        ProviderDeleted,
        ProviderItem,
        ProviderLimits,
        ProviderListItem,
        ProviderStats,
        ProviderTestResult,
        ProviderUpdateBody,
        ProviderUpdateBodyQuotas,
        ProviderUpdateBodySmtpProtocol,
        ProviderUsage,
        ProviderVariables,
        SendingAccountLimitRequest,
        SharedAmazonSesLimitRequestCancel,
        SharedAmazonSesLimitRequestCreate,
        SharedAmazonSesLimitRequestPage,
    )

    from .._client import AsyncSendmux, Sendmux

__all__ = [
    "AsyncProviders",
    "AsyncProvidersSesLimitRequests",
    "AsyncProvidersSesLimitRequestsWithResponse",
    "AsyncProvidersWithResponse",
    "Providers",
    "ProvidersSesLimitRequests",
    "ProvidersSesLimitRequestsWithResponse",
    "ProvidersWithResponse",
]


class ProvidersCreateFields(TypedDict, total=False):
    """The body fields of ``providers.create()`` (ProviderCreateBody)."""

    name: Required[str]
    smtp_host: Required[str]
    smtp_password: Required[str]
    smtp_port: Required[int]
    smtp_protocol: Required[
        Literal["none", "ssl", "starttls", "tls"] | ProviderCreateBodySmtpProtocol
    ]
    smtp_username: Required[str]
    from_email: str | None
    from_name: str | None
    percentage: int
    quotas: ProviderCreateBodyQuotas | Mapping[str, Any]
    reply_to_email: str | None
    reply_to_name: str | None
    tracking_domain: str | None
    variables: ProviderVariables | Mapping[str, Any]


class ProvidersUpdateFields(TypedDict, total=False):
    """The body fields of ``providers.update()`` (ProviderUpdateBody)."""

    from_email: str | None
    from_name: str | None
    name: str
    percentage: int
    quotas: ProviderUpdateBodyQuotas | Mapping[str, Any]
    reply_to_email: str | None
    reply_to_name: str | None
    smtp_host: str
    smtp_password: str
    smtp_port: int
    smtp_protocol: Literal["none", "ssl", "starttls", "tls"] | ProviderUpdateBodySmtpProtocol
    smtp_username: str
    tracking_domain: str | None
    variables: ProviderVariables | Mapping[str, Any]


class Providers(SyncAPIResource):
    """``client.providers``."""

    ses_limit_requests: ProvidersSesLimitRequests

    def __init__(self, client: Sendmux) -> None:
        super().__init__(client)
        self.ses_limit_requests = ProvidersSesLimitRequests(client)

    @property
    def with_response(self) -> ProvidersWithResponse:
        """The same methods, each returning an ``APIResponse`` (status, headers, request id)."""
        return ProvidersWithResponse(self._client)

    def list(
        self,
        *,
        status: Literal["active", "error", "inactive", "pending"]
        | ManagementListProvidersStatus
        | None = None,
        type: Literal["amazon_ses", "gmail_api", "outlook_api", "smtp"]
        | ManagementListProvidersType
        | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Paginator[ProviderListItem]:
        """List sending accounts.

        Returns a cursor-paginated list of sending accounts. Credentials are never returned.
        The shared Amazon SES account is included and marked with `is_shared: true`.

        ``GET /providers`` (managementListProviders).

        Args:
            status: One of: 'active', 'inactive', 'error', 'pending'.
            type: One of: 'smtp', 'gmail_api', 'outlook_api', 'amazon_ses'.
            limit: Maximum results (default 50, max 100)
            cursor: Pagination cursor — the `next_cursor` from the previous response.
            max_items: stop after this many items (all pages).
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                401, 403).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return self._list(
            "managementListProviders",
            (),
            {
                "status": status,
                "type": type,
                "limit": limit,
                "cursor": cursor,
                "max_items": max_items,
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    @overload
    def create(
        self,
        body: ProviderCreateBody,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ProviderItem: ...

    @overload
    def create(
        self,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Unpack[ProvidersCreateFields],
    ) -> ProviderItem: ...

    def create(
        self,
        body: ProviderCreateBody | None = None,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> ProviderItem:
        """Create an SMTP sending account.

        Creates a custom SMTP sending account. Supply an `Idempotency-Key` header to safely
        retry on network errors. The SMTP password is stored securely and is never returned.

        ``POST /providers`` (managementCreateProvider).

        Args:
            name: (required) -
            smtp_host: (required) -
            smtp_password: (required) -
            smtp_port: (required) -
            smtp_protocol: (required) One of: 'tls', 'ssl', 'none', 'starttls'.
            smtp_username: (required) -
            from_email: Default From email address for an SMTP account.
            from_name: -
            percentage: -
            quotas: -
            reply_to_email: -
            reply_to_name: -
            tracking_domain: -
            variables: Per-account string variables. PATCH omission preserves the current
                map, a supplied map replaces it, and an empty map clears it. Detail responses
                return an empty map when no variables are set.
            idempotency_key: Client-chosen unique key to safely retry the request. Cached
                for 24h per (team, endpoint, key). Different body with same key returns 409
                idempotency_conflict. Left out, the client makes one per call and reuses it on
                every retry.
            body: the whole body as a ``ProviderCreateBody``, instead of the field keywords
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                400, 409, 413).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return self._call(
            "managementCreateProvider",
            (),
            {
                "body": body,
                "fields": fields,
                "idempotency_key": idempotency_key,
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    def get(
        self,
        public_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ProviderItem:
        """Get a sending account.

        Returns one sending account. Responses include an ETag for conditional GET and
        optimistic PATCH.

        ``GET /providers/{public_id}`` (managementGetProvider).

        Args:
            public_id: (required) Sending account public ID
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                404).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return self._call(
            "managementGetProvider",
            (public_id,),
            {
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    @overload
    def update(
        self,
        public_id: str,
        body: ProviderUpdateBody,
        *,
        if_match: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ProviderItem: ...

    @overload
    def update(
        self,
        public_id: str,
        *,
        if_match: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Unpack[ProvidersUpdateFields],
    ) -> ProviderItem: ...

    def update(
        self,
        public_id: str,
        body: ProviderUpdateBody | None = None,
        *,
        if_match: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> ProviderItem:
        """Update a sending account.

        Updates a custom sending account or replaces variables on the shared Amazon SES
        account. Shared-account connection settings cannot be edited; use
        activate/deactivate and the limit-request endpoint for its other allowed actions.

        ``PATCH /providers/{public_id}`` (managementUpdateProvider).

        Args:
            public_id: (required) Sending account public ID
            from_email: Default From email address for an SMTP account. Connected Google and
                Microsoft accounts keep their authorised account address.
            from_name: -
            name: -
            percentage: -
            quotas: -
            reply_to_email: -
            reply_to_name: -
            smtp_host: -
            smtp_password: -
            smtp_port: -
            smtp_protocol: One of: 'tls', 'ssl', 'none', 'starttls'.
            smtp_username: -
            tracking_domain: -
            variables: Per-account string variables. PATCH omission preserves the current
                map, a supplied map replaces it, and an empty map clears it. Detail responses
                return an empty map when no variables are set.
            if_match: Weak ETag from a prior GET. Reject with 409 conflict when the server's
                current ETag differs.
            body: the whole body as a ``ProviderUpdateBody``, instead of the field keywords
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                400, 404, 409, 413, 422).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return self._call(
            "managementUpdateProvider",
            (public_id,),
            {
                "body": body,
                "fields": fields,
                "if_match": if_match,
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    def delete(
        self,
        public_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ProviderDeleted:
        """Delete a sending account.

        Deletes a custom or connected sending account. The shared Amazon SES account cannot
        be deleted.

        ``DELETE /providers/{public_id}`` (managementDeleteProvider).

        Args:
            public_id: (required) Sending account public ID
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                404, 422).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return self._call(
            "managementDeleteProvider",
            (public_id,),
            {
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    def activate(
        self,
        public_id: str,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ProviderItem:
        """Activate a sending account.

        Enables a sending account. OAuth accounts without an active connection are moved to
        pending until reconnected in the dashboard. The shared Amazon SES account can be
        activated.

        ``POST /providers/{public_id}/activate`` (managementActivateProvider).

        Args:
            public_id: (required) Sending account public ID
            idempotency_key: Client-chosen unique key to safely retry the request. Cached
                for 24h per (team, endpoint, key). Different body with same key returns 409
                idempotency_conflict. Left out, the client makes one per call and reuses it on
                every retry.
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                404, 409).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return self._call(
            "managementActivateProvider",
            (public_id,),
            {
                "idempotency_key": idempotency_key,
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    def deactivate(
        self,
        public_id: str,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ProviderItem:
        """Deactivate a sending account.

        Disables a sending account. The shared Amazon SES account can be deactivated.

        ``POST /providers/{public_id}/deactivate`` (managementDeactivateProvider).

        Args:
            public_id: (required) Sending account public ID
            idempotency_key: Client-chosen unique key to safely retry the request. Cached
                for 24h per (team, endpoint, key). Different body with same key returns 409
                idempotency_conflict. Left out, the client makes one per call and reuses it on
                every retry.
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                404, 409).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return self._call(
            "managementDeactivateProvider",
            (public_id,),
            {
                "idempotency_key": idempotency_key,
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    def test(
        self,
        public_id: str,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ProviderTestResult:
        """Test an SMTP sending account.

        Runs a connection test for a custom SMTP account. The shared Amazon SES account and
        OAuth accounts cannot be tested through this endpoint.

        ``POST /providers/{public_id}/test`` (managementTestProvider).

        Args:
            public_id: (required) Sending account public ID
            idempotency_key: Client-chosen unique key to safely retry the request. Cached
                for 24h per (team, endpoint, key). Different body with same key returns 409
                idempotency_conflict. Left out, the client makes one per call and reuses it on
                every retry.
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                404, 422, 503).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return self._call(
            "managementTestProvider",
            (public_id,),
            {
                "idempotency_key": idempotency_key,
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    def limits(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ProviderLimits:
        """Get sending account limits.

        Returns custom-account capacity and shared Amazon SES daily sending limit state.

        ``GET /providers/limits`` (managementGetProviderLimits).

        Args:
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code.
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return self._call(
            "managementGetProviderLimits",
            (),
            {
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    def request_limit_increase(
        self,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SendingAccountLimitRequest:
        """Request a sending account limit increase.

        Creates a request to increase the number of custom or connected sending accounts
        allowed for the team.

        ``POST /providers/limits/sending-accounts/request-increase``
        (managementRequestSendingAccountLimitIncrease).

        Args:
            idempotency_key: Client-chosen unique key to safely retry the request. Cached
                for 24h per (team, endpoint, key). Different body with same key returns 409
                idempotency_conflict. Left out, the client makes one per call and reuses it on
                every retry.
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                403, 409, 422).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return self._call(
            "managementRequestSendingAccountLimitIncrease",
            (),
            {
                "idempotency_key": idempotency_key,
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    def stats(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ProviderStats:
        """Get sending account statistics.

        Returns aggregate counts of configured sending accounts with breakdowns by type and
        status.

        ``GET /providers/stats`` (managementGetProviderStats).

        Args:
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                401, 403).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return self._call(
            "managementGetProviderStats",
            (),
            {
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    def usage(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ProviderUsage:
        """Get sending account usage.

        Returns per-account delivery-log counts for today and the trailing 7-day window.

        ``GET /providers/usage`` (managementGetProviderUsage).

        Args:
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code.
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return self._call(
            "managementGetProviderUsage",
            (),
            {
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )


class AsyncProviders(AsyncAPIResource):
    """``client.providers`` (async)."""

    ses_limit_requests: AsyncProvidersSesLimitRequests

    def __init__(self, client: AsyncSendmux) -> None:
        super().__init__(client)
        self.ses_limit_requests = AsyncProvidersSesLimitRequests(client)

    @property
    def with_response(self) -> AsyncProvidersWithResponse:
        """The same methods, each returning an ``APIResponse`` (status, headers, request id)."""
        return AsyncProvidersWithResponse(self._client)

    def list(
        self,
        *,
        status: Literal["active", "error", "inactive", "pending"]
        | ManagementListProvidersStatus
        | None = None,
        type: Literal["amazon_ses", "gmail_api", "outlook_api", "smtp"]
        | ManagementListProvidersType
        | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AsyncPaginator[ProviderListItem]:
        """List sending accounts.

        Returns a cursor-paginated list of sending accounts. Credentials are never returned.
        The shared Amazon SES account is included and marked with `is_shared: true`.

        ``GET /providers`` (managementListProviders).

        Args:
            status: One of: 'active', 'inactive', 'error', 'pending'.
            type: One of: 'smtp', 'gmail_api', 'outlook_api', 'amazon_ses'.
            limit: Maximum results (default 50, max 100)
            cursor: Pagination cursor — the `next_cursor` from the previous response.
            max_items: stop after this many items (all pages).
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                401, 403).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return self._list(
            "managementListProviders",
            (),
            {
                "status": status,
                "type": type,
                "limit": limit,
                "cursor": cursor,
                "max_items": max_items,
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    @overload
    async def create(
        self,
        body: ProviderCreateBody,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ProviderItem: ...

    @overload
    async def create(
        self,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Unpack[ProvidersCreateFields],
    ) -> ProviderItem: ...

    async def create(
        self,
        body: ProviderCreateBody | None = None,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> ProviderItem:
        """Create an SMTP sending account.

        Creates a custom SMTP sending account. Supply an `Idempotency-Key` header to safely
        retry on network errors. The SMTP password is stored securely and is never returned.

        ``POST /providers`` (managementCreateProvider).

        Args:
            name: (required) -
            smtp_host: (required) -
            smtp_password: (required) -
            smtp_port: (required) -
            smtp_protocol: (required) One of: 'tls', 'ssl', 'none', 'starttls'.
            smtp_username: (required) -
            from_email: Default From email address for an SMTP account.
            from_name: -
            percentage: -
            quotas: -
            reply_to_email: -
            reply_to_name: -
            tracking_domain: -
            variables: Per-account string variables. PATCH omission preserves the current
                map, a supplied map replaces it, and an empty map clears it. Detail responses
                return an empty map when no variables are set.
            idempotency_key: Client-chosen unique key to safely retry the request. Cached
                for 24h per (team, endpoint, key). Different body with same key returns 409
                idempotency_conflict. Left out, the client makes one per call and reuses it on
                every retry.
            body: the whole body as a ``ProviderCreateBody``, instead of the field keywords
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                400, 409, 413).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return await self._call(
            "managementCreateProvider",
            (),
            {
                "body": body,
                "fields": fields,
                "idempotency_key": idempotency_key,
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    async def get(
        self,
        public_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ProviderItem:
        """Get a sending account.

        Returns one sending account. Responses include an ETag for conditional GET and
        optimistic PATCH.

        ``GET /providers/{public_id}`` (managementGetProvider).

        Args:
            public_id: (required) Sending account public ID
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                404).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return await self._call(
            "managementGetProvider",
            (public_id,),
            {
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    @overload
    async def update(
        self,
        public_id: str,
        body: ProviderUpdateBody,
        *,
        if_match: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ProviderItem: ...

    @overload
    async def update(
        self,
        public_id: str,
        *,
        if_match: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Unpack[ProvidersUpdateFields],
    ) -> ProviderItem: ...

    async def update(
        self,
        public_id: str,
        body: ProviderUpdateBody | None = None,
        *,
        if_match: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> ProviderItem:
        """Update a sending account.

        Updates a custom sending account or replaces variables on the shared Amazon SES
        account. Shared-account connection settings cannot be edited; use
        activate/deactivate and the limit-request endpoint for its other allowed actions.

        ``PATCH /providers/{public_id}`` (managementUpdateProvider).

        Args:
            public_id: (required) Sending account public ID
            from_email: Default From email address for an SMTP account. Connected Google and
                Microsoft accounts keep their authorised account address.
            from_name: -
            name: -
            percentage: -
            quotas: -
            reply_to_email: -
            reply_to_name: -
            smtp_host: -
            smtp_password: -
            smtp_port: -
            smtp_protocol: One of: 'tls', 'ssl', 'none', 'starttls'.
            smtp_username: -
            tracking_domain: -
            variables: Per-account string variables. PATCH omission preserves the current
                map, a supplied map replaces it, and an empty map clears it. Detail responses
                return an empty map when no variables are set.
            if_match: Weak ETag from a prior GET. Reject with 409 conflict when the server's
                current ETag differs.
            body: the whole body as a ``ProviderUpdateBody``, instead of the field keywords
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                400, 404, 409, 413, 422).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return await self._call(
            "managementUpdateProvider",
            (public_id,),
            {
                "body": body,
                "fields": fields,
                "if_match": if_match,
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    async def delete(
        self,
        public_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ProviderDeleted:
        """Delete a sending account.

        Deletes a custom or connected sending account. The shared Amazon SES account cannot
        be deleted.

        ``DELETE /providers/{public_id}`` (managementDeleteProvider).

        Args:
            public_id: (required) Sending account public ID
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                404, 422).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return await self._call(
            "managementDeleteProvider",
            (public_id,),
            {
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    async def activate(
        self,
        public_id: str,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ProviderItem:
        """Activate a sending account.

        Enables a sending account. OAuth accounts without an active connection are moved to
        pending until reconnected in the dashboard. The shared Amazon SES account can be
        activated.

        ``POST /providers/{public_id}/activate`` (managementActivateProvider).

        Args:
            public_id: (required) Sending account public ID
            idempotency_key: Client-chosen unique key to safely retry the request. Cached
                for 24h per (team, endpoint, key). Different body with same key returns 409
                idempotency_conflict. Left out, the client makes one per call and reuses it on
                every retry.
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                404, 409).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return await self._call(
            "managementActivateProvider",
            (public_id,),
            {
                "idempotency_key": idempotency_key,
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    async def deactivate(
        self,
        public_id: str,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ProviderItem:
        """Deactivate a sending account.

        Disables a sending account. The shared Amazon SES account can be deactivated.

        ``POST /providers/{public_id}/deactivate`` (managementDeactivateProvider).

        Args:
            public_id: (required) Sending account public ID
            idempotency_key: Client-chosen unique key to safely retry the request. Cached
                for 24h per (team, endpoint, key). Different body with same key returns 409
                idempotency_conflict. Left out, the client makes one per call and reuses it on
                every retry.
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                404, 409).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return await self._call(
            "managementDeactivateProvider",
            (public_id,),
            {
                "idempotency_key": idempotency_key,
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    async def test(
        self,
        public_id: str,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ProviderTestResult:
        """Test an SMTP sending account.

        Runs a connection test for a custom SMTP account. The shared Amazon SES account and
        OAuth accounts cannot be tested through this endpoint.

        ``POST /providers/{public_id}/test`` (managementTestProvider).

        Args:
            public_id: (required) Sending account public ID
            idempotency_key: Client-chosen unique key to safely retry the request. Cached
                for 24h per (team, endpoint, key). Different body with same key returns 409
                idempotency_conflict. Left out, the client makes one per call and reuses it on
                every retry.
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                404, 422, 503).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return await self._call(
            "managementTestProvider",
            (public_id,),
            {
                "idempotency_key": idempotency_key,
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    async def limits(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ProviderLimits:
        """Get sending account limits.

        Returns custom-account capacity and shared Amazon SES daily sending limit state.

        ``GET /providers/limits`` (managementGetProviderLimits).

        Args:
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code.
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return await self._call(
            "managementGetProviderLimits",
            (),
            {
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    async def request_limit_increase(
        self,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SendingAccountLimitRequest:
        """Request a sending account limit increase.

        Creates a request to increase the number of custom or connected sending accounts
        allowed for the team.

        ``POST /providers/limits/sending-accounts/request-increase``
        (managementRequestSendingAccountLimitIncrease).

        Args:
            idempotency_key: Client-chosen unique key to safely retry the request. Cached
                for 24h per (team, endpoint, key). Different body with same key returns 409
                idempotency_conflict. Left out, the client makes one per call and reuses it on
                every retry.
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                403, 409, 422).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return await self._call(
            "managementRequestSendingAccountLimitIncrease",
            (),
            {
                "idempotency_key": idempotency_key,
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    async def stats(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ProviderStats:
        """Get sending account statistics.

        Returns aggregate counts of configured sending accounts with breakdowns by type and
        status.

        ``GET /providers/stats`` (managementGetProviderStats).

        Args:
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                401, 403).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return await self._call(
            "managementGetProviderStats",
            (),
            {
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    async def usage(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ProviderUsage:
        """Get sending account usage.

        Returns per-account delivery-log counts for today and the trailing 7-day window.

        ``GET /providers/usage`` (managementGetProviderUsage).

        Args:
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code.
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return await self._call(
            "managementGetProviderUsage",
            (),
            {
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )


class ProvidersWithResponse(SyncAPIResource):
    """``client.providers.with_response``: returns ``APIResponse``."""

    ses_limit_requests: ProvidersSesLimitRequestsWithResponse

    def __init__(self, client: Sendmux) -> None:
        super().__init__(client)
        self.ses_limit_requests = ProvidersSesLimitRequestsWithResponse(client)

    def list(
        self,
        *,
        status: Literal["active", "error", "inactive", "pending"]
        | ManagementListProvidersStatus
        | None = None,
        type: Literal["amazon_ses", "gmail_api", "outlook_api", "smtp"]
        | ManagementListProvidersType
        | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[Page[ProviderListItem]]:
        """List sending accounts.

        Returns a cursor-paginated list of sending accounts. Credentials are never returned.
        The shared Amazon SES account is included and marked with `is_shared: true`.

        ``GET /providers`` (managementListProviders).

        Args:
            status: One of: 'active', 'inactive', 'error', 'pending'.
            type: One of: 'smtp', 'gmail_api', 'outlook_api', 'amazon_ses'.
            limit: Maximum results (default 50, max 100)
            cursor: Pagination cursor — the `next_cursor` from the previous response.
            max_items: stop after this many items (all pages).
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                401, 403).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return self._first_page(
            "managementListProviders",
            (),
            {
                "status": status,
                "type": type,
                "limit": limit,
                "cursor": cursor,
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    @overload
    def create(
        self,
        body: ProviderCreateBody,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[ProviderItem]: ...

    @overload
    def create(
        self,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Unpack[ProvidersCreateFields],
    ) -> APIResponse[ProviderItem]: ...

    def create(
        self,
        body: ProviderCreateBody | None = None,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> APIResponse[ProviderItem]:
        """Create an SMTP sending account.

        Creates a custom SMTP sending account. Supply an `Idempotency-Key` header to safely
        retry on network errors. The SMTP password is stored securely and is never returned.

        ``POST /providers`` (managementCreateProvider).

        Args:
            name: (required) -
            smtp_host: (required) -
            smtp_password: (required) -
            smtp_port: (required) -
            smtp_protocol: (required) One of: 'tls', 'ssl', 'none', 'starttls'.
            smtp_username: (required) -
            from_email: Default From email address for an SMTP account.
            from_name: -
            percentage: -
            quotas: -
            reply_to_email: -
            reply_to_name: -
            tracking_domain: -
            variables: Per-account string variables. PATCH omission preserves the current
                map, a supplied map replaces it, and an empty map clears it. Detail responses
                return an empty map when no variables are set.
            idempotency_key: Client-chosen unique key to safely retry the request. Cached
                for 24h per (team, endpoint, key). Different body with same key returns 409
                idempotency_conflict. Left out, the client makes one per call and reuses it on
                every retry.
            body: the whole body as a ``ProviderCreateBody``, instead of the field keywords
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                400, 409, 413).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return self._call_raw(
            "managementCreateProvider",
            (),
            {
                "body": body,
                "fields": fields,
                "idempotency_key": idempotency_key,
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    def get(
        self,
        public_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[ProviderItem]:
        """Get a sending account.

        Returns one sending account. Responses include an ETag for conditional GET and
        optimistic PATCH.

        ``GET /providers/{public_id}`` (managementGetProvider).

        Args:
            public_id: (required) Sending account public ID
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                404).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return self._call_raw(
            "managementGetProvider",
            (public_id,),
            {
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    @overload
    def update(
        self,
        public_id: str,
        body: ProviderUpdateBody,
        *,
        if_match: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[ProviderItem]: ...

    @overload
    def update(
        self,
        public_id: str,
        *,
        if_match: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Unpack[ProvidersUpdateFields],
    ) -> APIResponse[ProviderItem]: ...

    def update(
        self,
        public_id: str,
        body: ProviderUpdateBody | None = None,
        *,
        if_match: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> APIResponse[ProviderItem]:
        """Update a sending account.

        Updates a custom sending account or replaces variables on the shared Amazon SES
        account. Shared-account connection settings cannot be edited; use
        activate/deactivate and the limit-request endpoint for its other allowed actions.

        ``PATCH /providers/{public_id}`` (managementUpdateProvider).

        Args:
            public_id: (required) Sending account public ID
            from_email: Default From email address for an SMTP account. Connected Google and
                Microsoft accounts keep their authorised account address.
            from_name: -
            name: -
            percentage: -
            quotas: -
            reply_to_email: -
            reply_to_name: -
            smtp_host: -
            smtp_password: -
            smtp_port: -
            smtp_protocol: One of: 'tls', 'ssl', 'none', 'starttls'.
            smtp_username: -
            tracking_domain: -
            variables: Per-account string variables. PATCH omission preserves the current
                map, a supplied map replaces it, and an empty map clears it. Detail responses
                return an empty map when no variables are set.
            if_match: Weak ETag from a prior GET. Reject with 409 conflict when the server's
                current ETag differs.
            body: the whole body as a ``ProviderUpdateBody``, instead of the field keywords
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                400, 404, 409, 413, 422).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return self._call_raw(
            "managementUpdateProvider",
            (public_id,),
            {
                "body": body,
                "fields": fields,
                "if_match": if_match,
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    def delete(
        self,
        public_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[ProviderDeleted]:
        """Delete a sending account.

        Deletes a custom or connected sending account. The shared Amazon SES account cannot
        be deleted.

        ``DELETE /providers/{public_id}`` (managementDeleteProvider).

        Args:
            public_id: (required) Sending account public ID
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                404, 422).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return self._call_raw(
            "managementDeleteProvider",
            (public_id,),
            {
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    def activate(
        self,
        public_id: str,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[ProviderItem]:
        """Activate a sending account.

        Enables a sending account. OAuth accounts without an active connection are moved to
        pending until reconnected in the dashboard. The shared Amazon SES account can be
        activated.

        ``POST /providers/{public_id}/activate`` (managementActivateProvider).

        Args:
            public_id: (required) Sending account public ID
            idempotency_key: Client-chosen unique key to safely retry the request. Cached
                for 24h per (team, endpoint, key). Different body with same key returns 409
                idempotency_conflict. Left out, the client makes one per call and reuses it on
                every retry.
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                404, 409).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return self._call_raw(
            "managementActivateProvider",
            (public_id,),
            {
                "idempotency_key": idempotency_key,
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    def deactivate(
        self,
        public_id: str,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[ProviderItem]:
        """Deactivate a sending account.

        Disables a sending account. The shared Amazon SES account can be deactivated.

        ``POST /providers/{public_id}/deactivate`` (managementDeactivateProvider).

        Args:
            public_id: (required) Sending account public ID
            idempotency_key: Client-chosen unique key to safely retry the request. Cached
                for 24h per (team, endpoint, key). Different body with same key returns 409
                idempotency_conflict. Left out, the client makes one per call and reuses it on
                every retry.
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                404, 409).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return self._call_raw(
            "managementDeactivateProvider",
            (public_id,),
            {
                "idempotency_key": idempotency_key,
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    def test(
        self,
        public_id: str,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[ProviderTestResult]:
        """Test an SMTP sending account.

        Runs a connection test for a custom SMTP account. The shared Amazon SES account and
        OAuth accounts cannot be tested through this endpoint.

        ``POST /providers/{public_id}/test`` (managementTestProvider).

        Args:
            public_id: (required) Sending account public ID
            idempotency_key: Client-chosen unique key to safely retry the request. Cached
                for 24h per (team, endpoint, key). Different body with same key returns 409
                idempotency_conflict. Left out, the client makes one per call and reuses it on
                every retry.
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                404, 422, 503).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return self._call_raw(
            "managementTestProvider",
            (public_id,),
            {
                "idempotency_key": idempotency_key,
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    def limits(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[ProviderLimits]:
        """Get sending account limits.

        Returns custom-account capacity and shared Amazon SES daily sending limit state.

        ``GET /providers/limits`` (managementGetProviderLimits).

        Args:
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code.
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return self._call_raw(
            "managementGetProviderLimits",
            (),
            {
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    def request_limit_increase(
        self,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[SendingAccountLimitRequest]:
        """Request a sending account limit increase.

        Creates a request to increase the number of custom or connected sending accounts
        allowed for the team.

        ``POST /providers/limits/sending-accounts/request-increase``
        (managementRequestSendingAccountLimitIncrease).

        Args:
            idempotency_key: Client-chosen unique key to safely retry the request. Cached
                for 24h per (team, endpoint, key). Different body with same key returns 409
                idempotency_conflict. Left out, the client makes one per call and reuses it on
                every retry.
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                403, 409, 422).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return self._call_raw(
            "managementRequestSendingAccountLimitIncrease",
            (),
            {
                "idempotency_key": idempotency_key,
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    def stats(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[ProviderStats]:
        """Get sending account statistics.

        Returns aggregate counts of configured sending accounts with breakdowns by type and
        status.

        ``GET /providers/stats`` (managementGetProviderStats).

        Args:
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                401, 403).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return self._call_raw(
            "managementGetProviderStats",
            (),
            {
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    def usage(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[ProviderUsage]:
        """Get sending account usage.

        Returns per-account delivery-log counts for today and the trailing 7-day window.

        ``GET /providers/usage`` (managementGetProviderUsage).

        Args:
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code.
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return self._call_raw(
            "managementGetProviderUsage",
            (),
            {
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )


class AsyncProvidersWithResponse(AsyncAPIResource):
    """``client.providers.with_response``: returns ``APIResponse`` (async)."""

    ses_limit_requests: AsyncProvidersSesLimitRequestsWithResponse

    def __init__(self, client: AsyncSendmux) -> None:
        super().__init__(client)
        self.ses_limit_requests = AsyncProvidersSesLimitRequestsWithResponse(client)

    async def list(
        self,
        *,
        status: Literal["active", "error", "inactive", "pending"]
        | ManagementListProvidersStatus
        | None = None,
        type: Literal["amazon_ses", "gmail_api", "outlook_api", "smtp"]
        | ManagementListProvidersType
        | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[Page[ProviderListItem]]:
        """List sending accounts.

        Returns a cursor-paginated list of sending accounts. Credentials are never returned.
        The shared Amazon SES account is included and marked with `is_shared: true`.

        ``GET /providers`` (managementListProviders).

        Args:
            status: One of: 'active', 'inactive', 'error', 'pending'.
            type: One of: 'smtp', 'gmail_api', 'outlook_api', 'amazon_ses'.
            limit: Maximum results (default 50, max 100)
            cursor: Pagination cursor — the `next_cursor` from the previous response.
            max_items: stop after this many items (all pages).
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                401, 403).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return await self._first_page(
            "managementListProviders",
            (),
            {
                "status": status,
                "type": type,
                "limit": limit,
                "cursor": cursor,
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    @overload
    async def create(
        self,
        body: ProviderCreateBody,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[ProviderItem]: ...

    @overload
    async def create(
        self,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Unpack[ProvidersCreateFields],
    ) -> APIResponse[ProviderItem]: ...

    async def create(
        self,
        body: ProviderCreateBody | None = None,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> APIResponse[ProviderItem]:
        """Create an SMTP sending account.

        Creates a custom SMTP sending account. Supply an `Idempotency-Key` header to safely
        retry on network errors. The SMTP password is stored securely and is never returned.

        ``POST /providers`` (managementCreateProvider).

        Args:
            name: (required) -
            smtp_host: (required) -
            smtp_password: (required) -
            smtp_port: (required) -
            smtp_protocol: (required) One of: 'tls', 'ssl', 'none', 'starttls'.
            smtp_username: (required) -
            from_email: Default From email address for an SMTP account.
            from_name: -
            percentage: -
            quotas: -
            reply_to_email: -
            reply_to_name: -
            tracking_domain: -
            variables: Per-account string variables. PATCH omission preserves the current
                map, a supplied map replaces it, and an empty map clears it. Detail responses
                return an empty map when no variables are set.
            idempotency_key: Client-chosen unique key to safely retry the request. Cached
                for 24h per (team, endpoint, key). Different body with same key returns 409
                idempotency_conflict. Left out, the client makes one per call and reuses it on
                every retry.
            body: the whole body as a ``ProviderCreateBody``, instead of the field keywords
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                400, 409, 413).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return await self._call_raw(
            "managementCreateProvider",
            (),
            {
                "body": body,
                "fields": fields,
                "idempotency_key": idempotency_key,
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    async def get(
        self,
        public_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[ProviderItem]:
        """Get a sending account.

        Returns one sending account. Responses include an ETag for conditional GET and
        optimistic PATCH.

        ``GET /providers/{public_id}`` (managementGetProvider).

        Args:
            public_id: (required) Sending account public ID
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                404).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return await self._call_raw(
            "managementGetProvider",
            (public_id,),
            {
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    @overload
    async def update(
        self,
        public_id: str,
        body: ProviderUpdateBody,
        *,
        if_match: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[ProviderItem]: ...

    @overload
    async def update(
        self,
        public_id: str,
        *,
        if_match: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Unpack[ProvidersUpdateFields],
    ) -> APIResponse[ProviderItem]: ...

    async def update(
        self,
        public_id: str,
        body: ProviderUpdateBody | None = None,
        *,
        if_match: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> APIResponse[ProviderItem]:
        """Update a sending account.

        Updates a custom sending account or replaces variables on the shared Amazon SES
        account. Shared-account connection settings cannot be edited; use
        activate/deactivate and the limit-request endpoint for its other allowed actions.

        ``PATCH /providers/{public_id}`` (managementUpdateProvider).

        Args:
            public_id: (required) Sending account public ID
            from_email: Default From email address for an SMTP account. Connected Google and
                Microsoft accounts keep their authorised account address.
            from_name: -
            name: -
            percentage: -
            quotas: -
            reply_to_email: -
            reply_to_name: -
            smtp_host: -
            smtp_password: -
            smtp_port: -
            smtp_protocol: One of: 'tls', 'ssl', 'none', 'starttls'.
            smtp_username: -
            tracking_domain: -
            variables: Per-account string variables. PATCH omission preserves the current
                map, a supplied map replaces it, and an empty map clears it. Detail responses
                return an empty map when no variables are set.
            if_match: Weak ETag from a prior GET. Reject with 409 conflict when the server's
                current ETag differs.
            body: the whole body as a ``ProviderUpdateBody``, instead of the field keywords
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                400, 404, 409, 413, 422).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return await self._call_raw(
            "managementUpdateProvider",
            (public_id,),
            {
                "body": body,
                "fields": fields,
                "if_match": if_match,
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    async def delete(
        self,
        public_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[ProviderDeleted]:
        """Delete a sending account.

        Deletes a custom or connected sending account. The shared Amazon SES account cannot
        be deleted.

        ``DELETE /providers/{public_id}`` (managementDeleteProvider).

        Args:
            public_id: (required) Sending account public ID
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                404, 422).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return await self._call_raw(
            "managementDeleteProvider",
            (public_id,),
            {
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    async def activate(
        self,
        public_id: str,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[ProviderItem]:
        """Activate a sending account.

        Enables a sending account. OAuth accounts without an active connection are moved to
        pending until reconnected in the dashboard. The shared Amazon SES account can be
        activated.

        ``POST /providers/{public_id}/activate`` (managementActivateProvider).

        Args:
            public_id: (required) Sending account public ID
            idempotency_key: Client-chosen unique key to safely retry the request. Cached
                for 24h per (team, endpoint, key). Different body with same key returns 409
                idempotency_conflict. Left out, the client makes one per call and reuses it on
                every retry.
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                404, 409).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return await self._call_raw(
            "managementActivateProvider",
            (public_id,),
            {
                "idempotency_key": idempotency_key,
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    async def deactivate(
        self,
        public_id: str,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[ProviderItem]:
        """Deactivate a sending account.

        Disables a sending account. The shared Amazon SES account can be deactivated.

        ``POST /providers/{public_id}/deactivate`` (managementDeactivateProvider).

        Args:
            public_id: (required) Sending account public ID
            idempotency_key: Client-chosen unique key to safely retry the request. Cached
                for 24h per (team, endpoint, key). Different body with same key returns 409
                idempotency_conflict. Left out, the client makes one per call and reuses it on
                every retry.
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                404, 409).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return await self._call_raw(
            "managementDeactivateProvider",
            (public_id,),
            {
                "idempotency_key": idempotency_key,
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    async def test(
        self,
        public_id: str,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[ProviderTestResult]:
        """Test an SMTP sending account.

        Runs a connection test for a custom SMTP account. The shared Amazon SES account and
        OAuth accounts cannot be tested through this endpoint.

        ``POST /providers/{public_id}/test`` (managementTestProvider).

        Args:
            public_id: (required) Sending account public ID
            idempotency_key: Client-chosen unique key to safely retry the request. Cached
                for 24h per (team, endpoint, key). Different body with same key returns 409
                idempotency_conflict. Left out, the client makes one per call and reuses it on
                every retry.
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                404, 422, 503).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return await self._call_raw(
            "managementTestProvider",
            (public_id,),
            {
                "idempotency_key": idempotency_key,
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    async def limits(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[ProviderLimits]:
        """Get sending account limits.

        Returns custom-account capacity and shared Amazon SES daily sending limit state.

        ``GET /providers/limits`` (managementGetProviderLimits).

        Args:
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code.
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return await self._call_raw(
            "managementGetProviderLimits",
            (),
            {
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    async def request_limit_increase(
        self,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[SendingAccountLimitRequest]:
        """Request a sending account limit increase.

        Creates a request to increase the number of custom or connected sending accounts
        allowed for the team.

        ``POST /providers/limits/sending-accounts/request-increase``
        (managementRequestSendingAccountLimitIncrease).

        Args:
            idempotency_key: Client-chosen unique key to safely retry the request. Cached
                for 24h per (team, endpoint, key). Different body with same key returns 409
                idempotency_conflict. Left out, the client makes one per call and reuses it on
                every retry.
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                403, 409, 422).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return await self._call_raw(
            "managementRequestSendingAccountLimitIncrease",
            (),
            {
                "idempotency_key": idempotency_key,
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    async def stats(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[ProviderStats]:
        """Get sending account statistics.

        Returns aggregate counts of configured sending accounts with breakdowns by type and
        status.

        ``GET /providers/stats`` (managementGetProviderStats).

        Args:
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                401, 403).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return await self._call_raw(
            "managementGetProviderStats",
            (),
            {
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    async def usage(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[ProviderUsage]:
        """Get sending account usage.

        Returns per-account delivery-log counts for today and the trailing 7-day window.

        ``GET /providers/usage`` (managementGetProviderUsage).

        Args:
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code.
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return await self._call_raw(
            "managementGetProviderUsage",
            (),
            {
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )


class ProvidersSesLimitRequests(SyncAPIResource):
    """``client.providers.ses_limit_requests``."""

    def __init__(self, client: Sendmux) -> None:
        super().__init__(client)

    @property
    def with_response(self) -> ProvidersSesLimitRequestsWithResponse:
        """The same methods, each returning an ``APIResponse`` (status, headers, request id)."""
        return ProvidersSesLimitRequestsWithResponse(self._client)

    def get(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SharedAmazonSesLimitRequestPage:
        """Get shared Amazon SES limit request state.

        Returns the shared Amazon SES daily limit state and any pending increase request.

        ``GET /providers/shared-amazon-ses-limit-request``
        (managementGetSharedAmazonSesLimitRequest).

        Args:
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code.
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return self._call(
            "managementGetSharedAmazonSesLimitRequest",
            (),
            {
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    def create(
        self,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SharedAmazonSesLimitRequestCreate:
        """Request a shared Amazon SES daily limit increase.

        Creates a review request for the shared Amazon SES daily sending limit. This does
        not modify the limit directly.

        ``POST /providers/shared-amazon-ses-limit-request``
        (managementCreateSharedAmazonSesLimitRequest).

        Args:
            idempotency_key: Client-chosen unique key to safely retry the request. Cached
                for 24h per (team, endpoint, key). Different body with same key returns 409
                idempotency_conflict. Left out, the client makes one per call and reuses it on
                every retry.
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                403, 404, 409, 422).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return self._call(
            "managementCreateSharedAmazonSesLimitRequest",
            (),
            {
                "idempotency_key": idempotency_key,
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    def cancel(
        self,
        request_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SharedAmazonSesLimitRequestCancel:
        """Cancel a shared Amazon SES daily limit request.

        Cancels a pending shared Amazon SES daily limit increase request for the caller's
        team. Approved or denied requests cannot be cancelled.

        ``DELETE /providers/shared-amazon-ses-limit-request/{request_id}``
        (managementCancelSharedAmazonSesLimitRequest).

        Args:
            request_id: (required) Shared Amazon SES limit request public ID
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                404, 409).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return self._call(
            "managementCancelSharedAmazonSesLimitRequest",
            (request_id,),
            {
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )


class AsyncProvidersSesLimitRequests(AsyncAPIResource):
    """``client.providers.ses_limit_requests`` (async)."""

    def __init__(self, client: AsyncSendmux) -> None:
        super().__init__(client)

    @property
    def with_response(self) -> AsyncProvidersSesLimitRequestsWithResponse:
        """The same methods, each returning an ``APIResponse`` (status, headers, request id)."""
        return AsyncProvidersSesLimitRequestsWithResponse(self._client)

    async def get(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SharedAmazonSesLimitRequestPage:
        """Get shared Amazon SES limit request state.

        Returns the shared Amazon SES daily limit state and any pending increase request.

        ``GET /providers/shared-amazon-ses-limit-request``
        (managementGetSharedAmazonSesLimitRequest).

        Args:
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code.
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return await self._call(
            "managementGetSharedAmazonSesLimitRequest",
            (),
            {
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    async def create(
        self,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SharedAmazonSesLimitRequestCreate:
        """Request a shared Amazon SES daily limit increase.

        Creates a review request for the shared Amazon SES daily sending limit. This does
        not modify the limit directly.

        ``POST /providers/shared-amazon-ses-limit-request``
        (managementCreateSharedAmazonSesLimitRequest).

        Args:
            idempotency_key: Client-chosen unique key to safely retry the request. Cached
                for 24h per (team, endpoint, key). Different body with same key returns 409
                idempotency_conflict. Left out, the client makes one per call and reuses it on
                every retry.
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                403, 404, 409, 422).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return await self._call(
            "managementCreateSharedAmazonSesLimitRequest",
            (),
            {
                "idempotency_key": idempotency_key,
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    async def cancel(
        self,
        request_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SharedAmazonSesLimitRequestCancel:
        """Cancel a shared Amazon SES daily limit request.

        Cancels a pending shared Amazon SES daily limit increase request for the caller's
        team. Approved or denied requests cannot be cancelled.

        ``DELETE /providers/shared-amazon-ses-limit-request/{request_id}``
        (managementCancelSharedAmazonSesLimitRequest).

        Args:
            request_id: (required) Shared Amazon SES limit request public ID
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                404, 409).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return await self._call(
            "managementCancelSharedAmazonSesLimitRequest",
            (request_id,),
            {
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )


class ProvidersSesLimitRequestsWithResponse(SyncAPIResource):
    """``client.providers.ses_limit_requests.with_response``: returns ``APIResponse``."""

    def __init__(self, client: Sendmux) -> None:
        super().__init__(client)

    def get(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[SharedAmazonSesLimitRequestPage]:
        """Get shared Amazon SES limit request state.

        Returns the shared Amazon SES daily limit state and any pending increase request.

        ``GET /providers/shared-amazon-ses-limit-request``
        (managementGetSharedAmazonSesLimitRequest).

        Args:
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code.
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return self._call_raw(
            "managementGetSharedAmazonSesLimitRequest",
            (),
            {
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    def create(
        self,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[SharedAmazonSesLimitRequestCreate]:
        """Request a shared Amazon SES daily limit increase.

        Creates a review request for the shared Amazon SES daily sending limit. This does
        not modify the limit directly.

        ``POST /providers/shared-amazon-ses-limit-request``
        (managementCreateSharedAmazonSesLimitRequest).

        Args:
            idempotency_key: Client-chosen unique key to safely retry the request. Cached
                for 24h per (team, endpoint, key). Different body with same key returns 409
                idempotency_conflict. Left out, the client makes one per call and reuses it on
                every retry.
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                403, 404, 409, 422).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return self._call_raw(
            "managementCreateSharedAmazonSesLimitRequest",
            (),
            {
                "idempotency_key": idempotency_key,
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    def cancel(
        self,
        request_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[SharedAmazonSesLimitRequestCancel]:
        """Cancel a shared Amazon SES daily limit request.

        Cancels a pending shared Amazon SES daily limit increase request for the caller's
        team. Approved or denied requests cannot be cancelled.

        ``DELETE /providers/shared-amazon-ses-limit-request/{request_id}``
        (managementCancelSharedAmazonSesLimitRequest).

        Args:
            request_id: (required) Shared Amazon SES limit request public ID
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                404, 409).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return self._call_raw(
            "managementCancelSharedAmazonSesLimitRequest",
            (request_id,),
            {
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )


class AsyncProvidersSesLimitRequestsWithResponse(AsyncAPIResource):
    """``client.providers.ses_limit_requests.with_response``: returns ``APIResponse`` (async)."""

    def __init__(self, client: AsyncSendmux) -> None:
        super().__init__(client)

    async def get(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[SharedAmazonSesLimitRequestPage]:
        """Get shared Amazon SES limit request state.

        Returns the shared Amazon SES daily limit state and any pending increase request.

        ``GET /providers/shared-amazon-ses-limit-request``
        (managementGetSharedAmazonSesLimitRequest).

        Args:
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code.
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return await self._call_raw(
            "managementGetSharedAmazonSesLimitRequest",
            (),
            {
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    async def create(
        self,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[SharedAmazonSesLimitRequestCreate]:
        """Request a shared Amazon SES daily limit increase.

        Creates a review request for the shared Amazon SES daily sending limit. This does
        not modify the limit directly.

        ``POST /providers/shared-amazon-ses-limit-request``
        (managementCreateSharedAmazonSesLimitRequest).

        Args:
            idempotency_key: Client-chosen unique key to safely retry the request. Cached
                for 24h per (team, endpoint, key). Different body with same key returns 409
                idempotency_conflict. Left out, the client makes one per call and reuses it on
                every retry.
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                403, 404, 409, 422).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return await self._call_raw(
            "managementCreateSharedAmazonSesLimitRequest",
            (),
            {
                "idempotency_key": idempotency_key,
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    async def cancel(
        self,
        request_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[SharedAmazonSesLimitRequestCancel]:
        """Cancel a shared Amazon SES daily limit request.

        Cancels a pending shared Amazon SES daily limit increase request for the caller's
        team. Approved or denied requests cannot be cancelled.

        ``DELETE /providers/shared-amazon-ses-limit-request/{request_id}``
        (managementCancelSharedAmazonSesLimitRequest).

        Args:
            request_id: (required) Shared Amazon SES limit request public ID
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                404, 409).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return await self._call_raw(
            "managementCancelSharedAmazonSesLimitRequest",
            (request_id,),
            {
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )
