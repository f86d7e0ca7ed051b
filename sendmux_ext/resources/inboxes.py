# Emitted by `make regen` (scripts/emit_resources.py) from openapi.json: do not edit.
"""``client.inboxes``: sync, async, and their ``with_response`` twins."""

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
        IncomingLogItem,
        ManagementListInboxLogsEventType,
    )

    from .._client import AsyncSendmux, Sendmux

__all__ = [
    "AsyncInboxes",
    "AsyncInboxesLogs",
    "AsyncInboxesLogsWithResponse",
    "AsyncInboxesWithResponse",
    "Inboxes",
    "InboxesLogs",
    "InboxesLogsWithResponse",
    "InboxesWithResponse",
]


class Inboxes(SyncAPIResource):
    """``client.inboxes``."""

    logs: InboxesLogs

    def __init__(self, client: Sendmux) -> None:
        super().__init__(client)
        self.logs = InboxesLogs(client)

    @property
    def with_response(self) -> InboxesWithResponse:
        """The same methods, each returning an ``APIResponse`` (status, headers, request id)."""
        return InboxesWithResponse(self._client)


class AsyncInboxes(AsyncAPIResource):
    """``client.inboxes`` (async)."""

    logs: AsyncInboxesLogs

    def __init__(self, client: AsyncSendmux) -> None:
        super().__init__(client)
        self.logs = AsyncInboxesLogs(client)

    @property
    def with_response(self) -> AsyncInboxesWithResponse:
        """The same methods, each returning an ``APIResponse`` (status, headers, request id)."""
        return AsyncInboxesWithResponse(self._client)


class InboxesWithResponse(SyncAPIResource):
    """``client.inboxes.with_response``: returns ``APIResponse``."""

    logs: InboxesLogsWithResponse

    def __init__(self, client: Sendmux) -> None:
        super().__init__(client)
        self.logs = InboxesLogsWithResponse(client)


class AsyncInboxesWithResponse(AsyncAPIResource):
    """``client.inboxes.with_response``: returns ``APIResponse`` (async)."""

    logs: AsyncInboxesLogsWithResponse

    def __init__(self, client: AsyncSendmux) -> None:
        super().__init__(client)
        self.logs = AsyncInboxesLogsWithResponse(client)


class InboxesLogs(SyncAPIResource):
    """``client.inboxes.logs``."""

    def __init__(self, client: Sendmux) -> None:
        super().__init__(client)

    @property
    def with_response(self) -> InboxesLogsWithResponse:
        """The same methods, each returning an ``APIResponse`` (status, headers, request id)."""
        return InboxesLogsWithResponse(self._client)

    def list(
        self,
        *,
        limit: int | None = None,
        mailbox_id: str | None = None,
        event_type: Literal["message.received", "message.received.spam"]
        | ManagementListInboxLogsEventType
        | None = None,
        from_date: datetime | str | None = None,
        to_date: datetime | str | None = None,
        search: str | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Paginator[IncomingLogItem]:
        """List incoming logs.

        Returns paginated incoming message logs for billing accountability.

        ``GET /inboxes/logs`` (managementListInboxLogs).

        Args:
            limit: Max results (default 25)
            mailbox_id: Filter by mailbox public ID
            event_type: One of: 'message.received', 'message.received.spam'.
            from_date: ISO 8601 start date. Date-only values start at 00:00 UTC.
            to_date: ISO 8601 end date. Date-only values include the full UTC day.
            search: Search mailbox, sender, recipient, subject, or message ID
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
            "managementListInboxLogs",
            (),
            {
                "limit": limit,
                "mailbox_id": mailbox_id,
                "event_type": event_type,
                "from_date": from_date,
                "to_date": to_date,
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
    ) -> IncomingLogItem:
        """Get incoming log.

        Returns one incoming message log by public ID.

        ``GET /inboxes/logs/{public_id}`` (managementGetInboxLog).

        Args:
            public_id: (required) Incoming log public ID (ilog_...)
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
            "managementGetInboxLog",
            (public_id,),
            {
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )


class AsyncInboxesLogs(AsyncAPIResource):
    """``client.inboxes.logs`` (async)."""

    def __init__(self, client: AsyncSendmux) -> None:
        super().__init__(client)

    @property
    def with_response(self) -> AsyncInboxesLogsWithResponse:
        """The same methods, each returning an ``APIResponse`` (status, headers, request id)."""
        return AsyncInboxesLogsWithResponse(self._client)

    def list(
        self,
        *,
        limit: int | None = None,
        mailbox_id: str | None = None,
        event_type: Literal["message.received", "message.received.spam"]
        | ManagementListInboxLogsEventType
        | None = None,
        from_date: datetime | str | None = None,
        to_date: datetime | str | None = None,
        search: str | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AsyncPaginator[IncomingLogItem]:
        """List incoming logs.

        Returns paginated incoming message logs for billing accountability.

        ``GET /inboxes/logs`` (managementListInboxLogs).

        Args:
            limit: Max results (default 25)
            mailbox_id: Filter by mailbox public ID
            event_type: One of: 'message.received', 'message.received.spam'.
            from_date: ISO 8601 start date. Date-only values start at 00:00 UTC.
            to_date: ISO 8601 end date. Date-only values include the full UTC day.
            search: Search mailbox, sender, recipient, subject, or message ID
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
            "managementListInboxLogs",
            (),
            {
                "limit": limit,
                "mailbox_id": mailbox_id,
                "event_type": event_type,
                "from_date": from_date,
                "to_date": to_date,
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
    ) -> IncomingLogItem:
        """Get incoming log.

        Returns one incoming message log by public ID.

        ``GET /inboxes/logs/{public_id}`` (managementGetInboxLog).

        Args:
            public_id: (required) Incoming log public ID (ilog_...)
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
            "managementGetInboxLog",
            (public_id,),
            {
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )


class InboxesLogsWithResponse(SyncAPIResource):
    """``client.inboxes.logs.with_response``: returns ``APIResponse``."""

    def __init__(self, client: Sendmux) -> None:
        super().__init__(client)

    def list(
        self,
        *,
        limit: int | None = None,
        mailbox_id: str | None = None,
        event_type: Literal["message.received", "message.received.spam"]
        | ManagementListInboxLogsEventType
        | None = None,
        from_date: datetime | str | None = None,
        to_date: datetime | str | None = None,
        search: str | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[Page[IncomingLogItem]]:
        """List incoming logs.

        Returns paginated incoming message logs for billing accountability.

        ``GET /inboxes/logs`` (managementListInboxLogs).

        Args:
            limit: Max results (default 25)
            mailbox_id: Filter by mailbox public ID
            event_type: One of: 'message.received', 'message.received.spam'.
            from_date: ISO 8601 start date. Date-only values start at 00:00 UTC.
            to_date: ISO 8601 end date. Date-only values include the full UTC day.
            search: Search mailbox, sender, recipient, subject, or message ID
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
            "managementListInboxLogs",
            (),
            {
                "limit": limit,
                "mailbox_id": mailbox_id,
                "event_type": event_type,
                "from_date": from_date,
                "to_date": to_date,
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
    ) -> APIResponse[IncomingLogItem]:
        """Get incoming log.

        Returns one incoming message log by public ID.

        ``GET /inboxes/logs/{public_id}`` (managementGetInboxLog).

        Args:
            public_id: (required) Incoming log public ID (ilog_...)
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
            "managementGetInboxLog",
            (public_id,),
            {
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )


class AsyncInboxesLogsWithResponse(AsyncAPIResource):
    """``client.inboxes.logs.with_response``: returns ``APIResponse`` (async)."""

    def __init__(self, client: AsyncSendmux) -> None:
        super().__init__(client)

    async def list(
        self,
        *,
        limit: int | None = None,
        mailbox_id: str | None = None,
        event_type: Literal["message.received", "message.received.spam"]
        | ManagementListInboxLogsEventType
        | None = None,
        from_date: datetime | str | None = None,
        to_date: datetime | str | None = None,
        search: str | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[Page[IncomingLogItem]]:
        """List incoming logs.

        Returns paginated incoming message logs for billing accountability.

        ``GET /inboxes/logs`` (managementListInboxLogs).

        Args:
            limit: Max results (default 25)
            mailbox_id: Filter by mailbox public ID
            event_type: One of: 'message.received', 'message.received.spam'.
            from_date: ISO 8601 start date. Date-only values start at 00:00 UTC.
            to_date: ISO 8601 end date. Date-only values include the full UTC day.
            search: Search mailbox, sender, recipient, subject, or message ID
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
            "managementListInboxLogs",
            (),
            {
                "limit": limit,
                "mailbox_id": mailbox_id,
                "event_type": event_type,
                "from_date": from_date,
                "to_date": to_date,
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
    ) -> APIResponse[IncomingLogItem]:
        """Get incoming log.

        Returns one incoming message log by public ID.

        ``GET /inboxes/logs/{public_id}`` (managementGetInboxLog).

        Args:
            public_id: (required) Incoming log public ID (ilog_...)
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
            "managementGetInboxLog",
            (public_id,),
            {
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )
