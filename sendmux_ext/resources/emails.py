# Emitted by `make regen` (scripts/emit_resources.py) from openapi.json: do not edit.
"""``client.emails``: sync, async, and their ``with_response`` twins."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal

import httpx

from .._pagination import AsyncPaginator, Page, Paginator
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import APIResponse

# Models are named here only: each loads on first use (typing.get_type_hints and
# sendmux_ext._hints resolve them through sendmux_api.models).
if TYPE_CHECKING:
    from sendmux_api.models import (
        DeliveryLogDetail,
        DeliveryLogItem,
        EmailMetrics,
        ManagementGetEmailMetricsGranularity,
        ManagementGetEmailMetricsWindow,
        ManagementListEmailLogsStatus,
    )

    from .._client import AsyncSendmux, Sendmux

__all__ = [
    "AsyncEmails",
    "AsyncEmailsLogs",
    "AsyncEmailsLogsWithResponse",
    "AsyncEmailsWithResponse",
    "Emails",
    "EmailsLogs",
    "EmailsLogsWithResponse",
    "EmailsWithResponse",
]


class Emails(SyncAPIResource):
    """``client.emails``."""

    logs: EmailsLogs

    def __init__(self, client: Sendmux) -> None:
        super().__init__(client)
        self.logs = EmailsLogs(client)

    @property
    def with_response(self) -> EmailsWithResponse:
        """The same methods, each returning an ``APIResponse`` (status, headers, request id)."""
        return EmailsWithResponse(self._client)

    def metrics(
        self,
        *,
        window: Literal["24h", "7d", "30d"] | ManagementGetEmailMetricsWindow | None = None,
        from_date: datetime | str | None = None,
        to_date: datetime | str | None = None,
        granularity: Literal["daily", "hourly"]
        | ManagementGetEmailMetricsGranularity
        | None = None,
        provider_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> EmailMetrics:
        """Get email metrics.

        Returns aggregated email delivery counts with flexible time windowing and comparison
        period.

        ``GET /emails/metrics`` (managementGetEmailMetrics).

        Args:
            window: Preset time window (default: 24h) One of: '24h', '7d', '30d'.
            from_date: ISO 8601 start date (overrides window)
            to_date: ISO 8601 end date
            granularity: Timeseries granularity (default: daily) One of: 'hourly', 'daily'.
            provider_id: Filter by provider publicId
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
            "managementGetEmailMetrics",
            (),
            {
                "window": window,
                "from_date": from_date,
                "to_date": to_date,
                "granularity": granularity,
                "provider_id": provider_id,
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )


class AsyncEmails(AsyncAPIResource):
    """``client.emails`` (async)."""

    logs: AsyncEmailsLogs

    def __init__(self, client: AsyncSendmux) -> None:
        super().__init__(client)
        self.logs = AsyncEmailsLogs(client)

    @property
    def with_response(self) -> AsyncEmailsWithResponse:
        """The same methods, each returning an ``APIResponse`` (status, headers, request id)."""
        return AsyncEmailsWithResponse(self._client)

    async def metrics(
        self,
        *,
        window: Literal["24h", "7d", "30d"] | ManagementGetEmailMetricsWindow | None = None,
        from_date: datetime | str | None = None,
        to_date: datetime | str | None = None,
        granularity: Literal["daily", "hourly"]
        | ManagementGetEmailMetricsGranularity
        | None = None,
        provider_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> EmailMetrics:
        """Get email metrics.

        Returns aggregated email delivery counts with flexible time windowing and comparison
        period.

        ``GET /emails/metrics`` (managementGetEmailMetrics).

        Args:
            window: Preset time window (default: 24h) One of: '24h', '7d', '30d'.
            from_date: ISO 8601 start date (overrides window)
            to_date: ISO 8601 end date
            granularity: Timeseries granularity (default: daily) One of: 'hourly', 'daily'.
            provider_id: Filter by provider publicId
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
            "managementGetEmailMetrics",
            (),
            {
                "window": window,
                "from_date": from_date,
                "to_date": to_date,
                "granularity": granularity,
                "provider_id": provider_id,
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )


class EmailsWithResponse(SyncAPIResource):
    """``client.emails.with_response``: returns ``APIResponse``."""

    logs: EmailsLogsWithResponse

    def __init__(self, client: Sendmux) -> None:
        super().__init__(client)
        self.logs = EmailsLogsWithResponse(client)

    def metrics(
        self,
        *,
        window: Literal["24h", "7d", "30d"] | ManagementGetEmailMetricsWindow | None = None,
        from_date: datetime | str | None = None,
        to_date: datetime | str | None = None,
        granularity: Literal["daily", "hourly"]
        | ManagementGetEmailMetricsGranularity
        | None = None,
        provider_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[EmailMetrics]:
        """Get email metrics.

        Returns aggregated email delivery counts with flexible time windowing and comparison
        period.

        ``GET /emails/metrics`` (managementGetEmailMetrics).

        Args:
            window: Preset time window (default: 24h) One of: '24h', '7d', '30d'.
            from_date: ISO 8601 start date (overrides window)
            to_date: ISO 8601 end date
            granularity: Timeseries granularity (default: daily) One of: 'hourly', 'daily'.
            provider_id: Filter by provider publicId
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
            "managementGetEmailMetrics",
            (),
            {
                "window": window,
                "from_date": from_date,
                "to_date": to_date,
                "granularity": granularity,
                "provider_id": provider_id,
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )


class AsyncEmailsWithResponse(AsyncAPIResource):
    """``client.emails.with_response``: returns ``APIResponse`` (async)."""

    logs: AsyncEmailsLogsWithResponse

    def __init__(self, client: AsyncSendmux) -> None:
        super().__init__(client)
        self.logs = AsyncEmailsLogsWithResponse(client)

    async def metrics(
        self,
        *,
        window: Literal["24h", "7d", "30d"] | ManagementGetEmailMetricsWindow | None = None,
        from_date: datetime | str | None = None,
        to_date: datetime | str | None = None,
        granularity: Literal["daily", "hourly"]
        | ManagementGetEmailMetricsGranularity
        | None = None,
        provider_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[EmailMetrics]:
        """Get email metrics.

        Returns aggregated email delivery counts with flexible time windowing and comparison
        period.

        ``GET /emails/metrics`` (managementGetEmailMetrics).

        Args:
            window: Preset time window (default: 24h) One of: '24h', '7d', '30d'.
            from_date: ISO 8601 start date (overrides window)
            to_date: ISO 8601 end date
            granularity: Timeseries granularity (default: daily) One of: 'hourly', 'daily'.
            provider_id: Filter by provider publicId
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
            "managementGetEmailMetrics",
            (),
            {
                "window": window,
                "from_date": from_date,
                "to_date": to_date,
                "granularity": granularity,
                "provider_id": provider_id,
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )


class EmailsLogs(SyncAPIResource):
    """``client.emails.logs``."""

    def __init__(self, client: Sendmux) -> None:
        super().__init__(client)

    @property
    def with_response(self) -> EmailsLogsWithResponse:
        """The same methods, each returning an ``APIResponse`` (status, headers, request id)."""
        return EmailsLogsWithResponse(self._client)

    def list(
        self,
        *,
        limit: int | None = None,
        status: Literal["failed", "pending", "rejected", "sent"]
        | ManagementListEmailLogsStatus
        | None = None,
        from_date: datetime | str | None = None,
        to_date: datetime | str | None = None,
        provider_id: str | None = None,
        search: str | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Paginator[DeliveryLogItem]:
        """List delivery logs.

        Returns paginated delivery logs with cursor-based pagination and filters.

        ``GET /emails/logs`` (managementListEmailLogs).

        Args:
            limit: Max results (default 25)
            status: Filter by delivery status. One of: 'pending', 'sent', 'failed',
                'rejected'.
            from_date: ISO 8601 start date. Date-only values start at 00:00 UTC.
            to_date: ISO 8601 end date. Date-only values include the full UTC day.
            provider_id: Filter by provider publicId
            search: Search to_email, from_email, sent_from_email, subject, message_id
            cursor: Cursor from previous page
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
            "managementListEmailLogs",
            (),
            {
                "limit": limit,
                "status": status,
                "from_date": from_date,
                "to_date": to_date,
                "provider_id": provider_id,
                "search": search,
                "cursor": cursor,
                "max_items": max_items,
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
    ) -> DeliveryLogDetail:
        """Get delivery log.

        Returns a single delivery log by its public ID. Responses carry a weak `ETag` header
        — send it back as `If-None-Match` on the next request and the server will return
        `304 Not Modified` (no body) when the log has not changed. Logs in a terminal status
        (sent/failed/rejected) stop changing, so 304 replay is a real bandwidth win on
        repeated polls.

        ``GET /emails/logs/{public_id}`` (managementGetEmailLog).

        Args:
            public_id: (required) Delivery log public ID (dlog_...)
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                401, 403, 404).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return self._call(
            "managementGetEmailLog",
            (public_id,),
            {
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )


class AsyncEmailsLogs(AsyncAPIResource):
    """``client.emails.logs`` (async)."""

    def __init__(self, client: AsyncSendmux) -> None:
        super().__init__(client)

    @property
    def with_response(self) -> AsyncEmailsLogsWithResponse:
        """The same methods, each returning an ``APIResponse`` (status, headers, request id)."""
        return AsyncEmailsLogsWithResponse(self._client)

    def list(
        self,
        *,
        limit: int | None = None,
        status: Literal["failed", "pending", "rejected", "sent"]
        | ManagementListEmailLogsStatus
        | None = None,
        from_date: datetime | str | None = None,
        to_date: datetime | str | None = None,
        provider_id: str | None = None,
        search: str | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AsyncPaginator[DeliveryLogItem]:
        """List delivery logs.

        Returns paginated delivery logs with cursor-based pagination and filters.

        ``GET /emails/logs`` (managementListEmailLogs).

        Args:
            limit: Max results (default 25)
            status: Filter by delivery status. One of: 'pending', 'sent', 'failed',
                'rejected'.
            from_date: ISO 8601 start date. Date-only values start at 00:00 UTC.
            to_date: ISO 8601 end date. Date-only values include the full UTC day.
            provider_id: Filter by provider publicId
            search: Search to_email, from_email, sent_from_email, subject, message_id
            cursor: Cursor from previous page
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
            "managementListEmailLogs",
            (),
            {
                "limit": limit,
                "status": status,
                "from_date": from_date,
                "to_date": to_date,
                "provider_id": provider_id,
                "search": search,
                "cursor": cursor,
                "max_items": max_items,
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
    ) -> DeliveryLogDetail:
        """Get delivery log.

        Returns a single delivery log by its public ID. Responses carry a weak `ETag` header
        — send it back as `If-None-Match` on the next request and the server will return
        `304 Not Modified` (no body) when the log has not changed. Logs in a terminal status
        (sent/failed/rejected) stop changing, so 304 replay is a real bandwidth win on
        repeated polls.

        ``GET /emails/logs/{public_id}`` (managementGetEmailLog).

        Args:
            public_id: (required) Delivery log public ID (dlog_...)
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                401, 403, 404).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return await self._call(
            "managementGetEmailLog",
            (public_id,),
            {
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )


class EmailsLogsWithResponse(SyncAPIResource):
    """``client.emails.logs.with_response``: returns ``APIResponse``."""

    def __init__(self, client: Sendmux) -> None:
        super().__init__(client)

    def list(
        self,
        *,
        limit: int | None = None,
        status: Literal["failed", "pending", "rejected", "sent"]
        | ManagementListEmailLogsStatus
        | None = None,
        from_date: datetime | str | None = None,
        to_date: datetime | str | None = None,
        provider_id: str | None = None,
        search: str | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[Page[DeliveryLogItem]]:
        """List delivery logs.

        Returns paginated delivery logs with cursor-based pagination and filters.

        ``GET /emails/logs`` (managementListEmailLogs).

        Args:
            limit: Max results (default 25)
            status: Filter by delivery status. One of: 'pending', 'sent', 'failed',
                'rejected'.
            from_date: ISO 8601 start date. Date-only values start at 00:00 UTC.
            to_date: ISO 8601 end date. Date-only values include the full UTC day.
            provider_id: Filter by provider publicId
            search: Search to_email, from_email, sent_from_email, subject, message_id
            cursor: Cursor from previous page
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
            "managementListEmailLogs",
            (),
            {
                "limit": limit,
                "status": status,
                "from_date": from_date,
                "to_date": to_date,
                "provider_id": provider_id,
                "search": search,
                "cursor": cursor,
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
    ) -> APIResponse[DeliveryLogDetail]:
        """Get delivery log.

        Returns a single delivery log by its public ID. Responses carry a weak `ETag` header
        — send it back as `If-None-Match` on the next request and the server will return
        `304 Not Modified` (no body) when the log has not changed. Logs in a terminal status
        (sent/failed/rejected) stop changing, so 304 replay is a real bandwidth win on
        repeated polls.

        ``GET /emails/logs/{public_id}`` (managementGetEmailLog).

        Args:
            public_id: (required) Delivery log public ID (dlog_...)
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                401, 403, 404).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return self._call_raw(
            "managementGetEmailLog",
            (public_id,),
            {
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )


class AsyncEmailsLogsWithResponse(AsyncAPIResource):
    """``client.emails.logs.with_response``: returns ``APIResponse`` (async)."""

    def __init__(self, client: AsyncSendmux) -> None:
        super().__init__(client)

    async def list(
        self,
        *,
        limit: int | None = None,
        status: Literal["failed", "pending", "rejected", "sent"]
        | ManagementListEmailLogsStatus
        | None = None,
        from_date: datetime | str | None = None,
        to_date: datetime | str | None = None,
        provider_id: str | None = None,
        search: str | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[Page[DeliveryLogItem]]:
        """List delivery logs.

        Returns paginated delivery logs with cursor-based pagination and filters.

        ``GET /emails/logs`` (managementListEmailLogs).

        Args:
            limit: Max results (default 25)
            status: Filter by delivery status. One of: 'pending', 'sent', 'failed',
                'rejected'.
            from_date: ISO 8601 start date. Date-only values start at 00:00 UTC.
            to_date: ISO 8601 end date. Date-only values include the full UTC day.
            provider_id: Filter by provider publicId
            search: Search to_email, from_email, sent_from_email, subject, message_id
            cursor: Cursor from previous page
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
            "managementListEmailLogs",
            (),
            {
                "limit": limit,
                "status": status,
                "from_date": from_date,
                "to_date": to_date,
                "provider_id": provider_id,
                "search": search,
                "cursor": cursor,
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
    ) -> APIResponse[DeliveryLogDetail]:
        """Get delivery log.

        Returns a single delivery log by its public ID. Responses carry a weak `ETag` header
        — send it back as `If-None-Match` on the next request and the server will return
        `304 Not Modified` (no body) when the log has not changed. Logs in a terminal status
        (sent/failed/rejected) stop changing, so 304 replay is a real bandwidth win on
        repeated polls.

        ``GET /emails/logs/{public_id}`` (managementGetEmailLog).

        Args:
            public_id: (required) Delivery log public ID (dlog_...)
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                401, 403, 404).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return await self._call_raw(
            "managementGetEmailLog",
            (public_id,),
            {
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )
