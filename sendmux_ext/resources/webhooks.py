# Emitted by `make regen` (scripts/emit_resources.py) from openapi.json: do not edit.
"""``client.webhooks``: sync, async, and their ``with_response`` twins."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, Required, TypedDict, Unpack, overload

import httpx

from .._pagination import AsyncPaginator, Page, Paginator
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import APIResponse

# Models are named here only: each loads on first use (typing.get_type_hints and
# sendmux_ext._hints resolve them through sendmux_api.models).
if TYPE_CHECKING:
    from sendmux_api.models import (
        ManagementListDeliveryEventType,
        ManagementListDeliveryResult,
        WebhookCreateBody,
        WebhookCreateBodyEventTypesItem,
        WebhookCreateBodyFilters,
        WebhookDeletedResponseData,
        WebhookDeliveryAttempt,
        WebhookDeliveryPayload,
        WebhookSubscription,
        WebhookSubscriptionWithSecret,
        WebhookTestResponse,
        WebhookUpdateBody,
        WebhookUpdateBodyEventTypesItem,
        WebhookUpdateBodyFilters,
    )

    from .._client import AsyncSendmux, Sendmux

__all__ = [
    "AsyncWebhooks",
    "AsyncWebhooksDeliveries",
    "AsyncWebhooksDeliveriesWithResponse",
    "AsyncWebhooksWithResponse",
    "Webhooks",
    "WebhooksDeliveries",
    "WebhooksDeliveriesWithResponse",
    "WebhooksWithResponse",
]


class WebhooksCreateFields(TypedDict, total=False):
    """The body fields of ``webhooks.create()`` (WebhookCreateBody)."""

    event_types: Required[
        Sequence[
            Literal[
                "message.bounced",
                "message.complained",
                "message.delivered",
                "message.delivery_delayed",
                "message.received",
                "message.received.spam",
                "message.rejected",
                "sendmux.test",
            ]
            | WebhookCreateBodyEventTypesItem
        ]
    ]
    url: Required[str]
    enabled: bool
    filters: WebhookCreateBodyFilters | Mapping[str, Any]
    name: str


class WebhooksUpdateFields(TypedDict, total=False):
    """The body fields of ``webhooks.update()`` (WebhookUpdateBody)."""

    enabled: bool
    event_types: Sequence[
        Literal[
            "message.bounced",
            "message.complained",
            "message.delivered",
            "message.delivery_delayed",
            "message.received",
            "message.received.spam",
            "message.rejected",
            "sendmux.test",
        ]
        | WebhookUpdateBodyEventTypesItem
    ]
    filters: WebhookUpdateBodyFilters | Mapping[str, Any]
    name: str | None
    url: str


class Webhooks(SyncAPIResource):
    """``client.webhooks``."""

    deliveries: WebhooksDeliveries

    def __init__(self, client: Sendmux) -> None:
        super().__init__(client)
        self.deliveries = WebhooksDeliveries(client)

    @property
    def with_response(self) -> WebhooksWithResponse:
        """The same methods, each returning an ``APIResponse`` (status, headers, request id)."""
        return WebhooksWithResponse(self._client)

    def list(
        self,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Paginator[WebhookSubscription]:
        """List webhook subscriptions.

        Returns a cursor-paginated list of webhook subscriptions configured for the team,
        ordered by `created_at` descending. The signing secret is never included. Pass
        `cursor=<next_cursor>` from the previous response to fetch the next page.

        ``GET /webhooks`` (managementListWebhooks).

        Args:
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
            "managementListWebhooks",
            (),
            {
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
        body: WebhookCreateBody,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> WebhookSubscriptionWithSecret: ...

    @overload
    def create(
        self,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Unpack[WebhooksCreateFields],
    ) -> WebhookSubscriptionWithSecret: ...

    def create(
        self,
        body: WebhookCreateBody | None = None,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> WebhookSubscriptionWithSecret:
        """Create a webhook subscription.

        Creates a new webhook subscription and returns the signing secret ONCE in the
        response body. Store it securely — it cannot be retrieved later. Use `POST
        /webhooks/{id}/rotate-secret` to issue a new one. Supply an `Idempotency-Key` header
        (any unique string, max 255 chars) to safely retry on network errors. Replays with
        the same key return the original response; replays with a different body return `409
        idempotency_conflict`.

        ``POST /webhooks`` (managementCreateWebhook).

        Args:
            event_types: (required) At least one event type must be provided.
            url: (required) HTTPS endpoint that will receive event POSTs. Must be https:// —
                plain HTTP is rejected.
            enabled: Defaults to true.
            filters: -
            name: Optional human-friendly label (max 255 chars). Surfaced in dashboard
                list/detail views.
            idempotency_key: Client-chosen unique key to safely retry the request. Cached
                for 24h per (team, endpoint, key). Different body with same key returns 409
                idempotency_conflict. Left out, the client makes one per call and reuses it on
                every retry.
            body: the whole body as a ``WebhookCreateBody``, instead of the field keywords
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                400, 401, 403, 409, 413, 422).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return self._call(
            "managementCreateWebhook",
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
    ) -> WebhookSubscription:
        """Get a webhook subscription.

        Returns a single webhook subscription. The signing secret is never included.
        Responses carry a weak `ETag` header — send it back as `If-None-Match` on the next
        request and the server will return `304 Not Modified` (no body) when the resource
        has not changed. The same ETag is the value to use in `If-Match` on PATCH for
        optimistic concurrency.

        ``GET /webhooks/{public_id}`` (managementGetWebhook).

        Args:
            public_id: (required) Webhook public ID
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
            "managementGetWebhook",
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
        body: WebhookUpdateBody,
        *,
        if_match: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> WebhookSubscription: ...

    @overload
    def update(
        self,
        public_id: str,
        *,
        if_match: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Unpack[WebhooksUpdateFields],
    ) -> WebhookSubscription: ...

    def update(
        self,
        public_id: str,
        body: WebhookUpdateBody | None = None,
        *,
        if_match: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> WebhookSubscription:
        """Update a webhook subscription.

        Updates the URL, event types, or enabled flag. Any field omitted from the request
        body is left unchanged. The signing secret is unaffected — use `POST
        /webhooks/{id}/rotate-secret` to rotate it. For optimistic concurrency, send
        `If-Match: <etag>` using the ETag from a prior GET. A mismatched `If-Match` returns
        `409 conflict` (the server's ETag is echoed back so you can decide whether to
        re-fetch). Responses carry the new ETag so chained edits can pipeline without a
        re-GET.

        ``PATCH /webhooks/{public_id}`` (managementUpdateWebhook).

        Args:
            public_id: (required) Webhook public ID
            enabled: When toggled from false to true, also clears the `failing` flag — retry
                deliveries resume on the next matching event.
            event_types: Replaces the full event-type list. At least one must be provided.
            filters: -
            name: Replace the human-friendly label. Send `null` to clear it; omit to leave
                unchanged.
            url: New HTTPS endpoint. Must be https://.
            if_match: Weak ETag from a prior GET. Reject with 409 conflict when the server's
                current ETag differs.
            body: the whole body as a ``WebhookUpdateBody``, instead of the field keywords
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
            "managementUpdateWebhook",
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
    ) -> WebhookDeletedResponseData:
        """Delete a webhook subscription.

        Permanently removes the subscription. In-flight retries are dropped.

        ``DELETE /webhooks/{public_id}`` (managementDeleteWebhook).

        Args:
            public_id: (required) Webhook public ID
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
            "managementDeleteWebhook",
            (public_id,),
            {
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    def rotate_secret(
        self,
        public_id: str,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> WebhookSubscriptionWithSecret:
        """Rotate the signing secret.

        Generates a fresh signing secret and returns it ONCE. The old secret is immediately
        invalidated — the next event delivery is signed with the new secret. Store the new
        value securely; it cannot be retrieved later. Supply an `Idempotency-Key` header to
        safely retry on network errors — replays under the same key return the original
        rotation response rather than minting a fresh secret. Replays against a different
        `public_id` under the same key return `409 idempotency_conflict`.

        ``POST /webhooks/{public_id}/rotate-secret`` (managementRotateWebhookSecret).

        Args:
            public_id: (required) Webhook public ID
            idempotency_key: Client-chosen unique key to safely retry the request. Cached
                for 24h per (team, endpoint, key). Different target `public_id` under the same
                key returns 409 idempotency_conflict. Left out, the client makes one per call
                and reuses it on every retry.
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
            "managementRotateWebhookSecret",
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
    ) -> WebhookTestResponse:
        """Send a synthetic test event.

        Publishes a synthetic `sendmux.test` event to this webhook subscription. The
        subscription must include `"sendmux.test"` in `event_types`, and mailbox filters do
        not block the test delivery. Returns the generated `event_id` so you can correlate
        the `X-Sendmux-Event-Id` header on your endpoint. Supply an `Idempotency-Key` header
        to safely retry on network errors — replays under the same key return the original
        `event_id` rather than publishing a second test event.

        ``POST /webhooks/{public_id}/test`` (managementTestWebhook).

        Args:
            public_id: (required) Webhook public ID
            idempotency_key: Client-chosen unique key to safely retry the request. Cached
                for 24h per (team, endpoint, key). Different target `public_id` under the same
                key returns 409 idempotency_conflict. Left out, the client makes one per call
                and reuses it on every retry.
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                404, 409, 503).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return self._call(
            "managementTestWebhook",
            (public_id,),
            {
                "idempotency_key": idempotency_key,
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )


class AsyncWebhooks(AsyncAPIResource):
    """``client.webhooks`` (async)."""

    deliveries: AsyncWebhooksDeliveries

    def __init__(self, client: AsyncSendmux) -> None:
        super().__init__(client)
        self.deliveries = AsyncWebhooksDeliveries(client)

    @property
    def with_response(self) -> AsyncWebhooksWithResponse:
        """The same methods, each returning an ``APIResponse`` (status, headers, request id)."""
        return AsyncWebhooksWithResponse(self._client)

    def list(
        self,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AsyncPaginator[WebhookSubscription]:
        """List webhook subscriptions.

        Returns a cursor-paginated list of webhook subscriptions configured for the team,
        ordered by `created_at` descending. The signing secret is never included. Pass
        `cursor=<next_cursor>` from the previous response to fetch the next page.

        ``GET /webhooks`` (managementListWebhooks).

        Args:
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
            "managementListWebhooks",
            (),
            {
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
        body: WebhookCreateBody,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> WebhookSubscriptionWithSecret: ...

    @overload
    async def create(
        self,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Unpack[WebhooksCreateFields],
    ) -> WebhookSubscriptionWithSecret: ...

    async def create(
        self,
        body: WebhookCreateBody | None = None,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> WebhookSubscriptionWithSecret:
        """Create a webhook subscription.

        Creates a new webhook subscription and returns the signing secret ONCE in the
        response body. Store it securely — it cannot be retrieved later. Use `POST
        /webhooks/{id}/rotate-secret` to issue a new one. Supply an `Idempotency-Key` header
        (any unique string, max 255 chars) to safely retry on network errors. Replays with
        the same key return the original response; replays with a different body return `409
        idempotency_conflict`.

        ``POST /webhooks`` (managementCreateWebhook).

        Args:
            event_types: (required) At least one event type must be provided.
            url: (required) HTTPS endpoint that will receive event POSTs. Must be https:// —
                plain HTTP is rejected.
            enabled: Defaults to true.
            filters: -
            name: Optional human-friendly label (max 255 chars). Surfaced in dashboard
                list/detail views.
            idempotency_key: Client-chosen unique key to safely retry the request. Cached
                for 24h per (team, endpoint, key). Different body with same key returns 409
                idempotency_conflict. Left out, the client makes one per call and reuses it on
                every retry.
            body: the whole body as a ``WebhookCreateBody``, instead of the field keywords
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                400, 401, 403, 409, 413, 422).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return await self._call(
            "managementCreateWebhook",
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
    ) -> WebhookSubscription:
        """Get a webhook subscription.

        Returns a single webhook subscription. The signing secret is never included.
        Responses carry a weak `ETag` header — send it back as `If-None-Match` on the next
        request and the server will return `304 Not Modified` (no body) when the resource
        has not changed. The same ETag is the value to use in `If-Match` on PATCH for
        optimistic concurrency.

        ``GET /webhooks/{public_id}`` (managementGetWebhook).

        Args:
            public_id: (required) Webhook public ID
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
            "managementGetWebhook",
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
        body: WebhookUpdateBody,
        *,
        if_match: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> WebhookSubscription: ...

    @overload
    async def update(
        self,
        public_id: str,
        *,
        if_match: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Unpack[WebhooksUpdateFields],
    ) -> WebhookSubscription: ...

    async def update(
        self,
        public_id: str,
        body: WebhookUpdateBody | None = None,
        *,
        if_match: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> WebhookSubscription:
        """Update a webhook subscription.

        Updates the URL, event types, or enabled flag. Any field omitted from the request
        body is left unchanged. The signing secret is unaffected — use `POST
        /webhooks/{id}/rotate-secret` to rotate it. For optimistic concurrency, send
        `If-Match: <etag>` using the ETag from a prior GET. A mismatched `If-Match` returns
        `409 conflict` (the server's ETag is echoed back so you can decide whether to
        re-fetch). Responses carry the new ETag so chained edits can pipeline without a
        re-GET.

        ``PATCH /webhooks/{public_id}`` (managementUpdateWebhook).

        Args:
            public_id: (required) Webhook public ID
            enabled: When toggled from false to true, also clears the `failing` flag — retry
                deliveries resume on the next matching event.
            event_types: Replaces the full event-type list. At least one must be provided.
            filters: -
            name: Replace the human-friendly label. Send `null` to clear it; omit to leave
                unchanged.
            url: New HTTPS endpoint. Must be https://.
            if_match: Weak ETag from a prior GET. Reject with 409 conflict when the server's
                current ETag differs.
            body: the whole body as a ``WebhookUpdateBody``, instead of the field keywords
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
            "managementUpdateWebhook",
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
    ) -> WebhookDeletedResponseData:
        """Delete a webhook subscription.

        Permanently removes the subscription. In-flight retries are dropped.

        ``DELETE /webhooks/{public_id}`` (managementDeleteWebhook).

        Args:
            public_id: (required) Webhook public ID
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
            "managementDeleteWebhook",
            (public_id,),
            {
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    async def rotate_secret(
        self,
        public_id: str,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> WebhookSubscriptionWithSecret:
        """Rotate the signing secret.

        Generates a fresh signing secret and returns it ONCE. The old secret is immediately
        invalidated — the next event delivery is signed with the new secret. Store the new
        value securely; it cannot be retrieved later. Supply an `Idempotency-Key` header to
        safely retry on network errors — replays under the same key return the original
        rotation response rather than minting a fresh secret. Replays against a different
        `public_id` under the same key return `409 idempotency_conflict`.

        ``POST /webhooks/{public_id}/rotate-secret`` (managementRotateWebhookSecret).

        Args:
            public_id: (required) Webhook public ID
            idempotency_key: Client-chosen unique key to safely retry the request. Cached
                for 24h per (team, endpoint, key). Different target `public_id` under the same
                key returns 409 idempotency_conflict. Left out, the client makes one per call
                and reuses it on every retry.
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
            "managementRotateWebhookSecret",
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
    ) -> WebhookTestResponse:
        """Send a synthetic test event.

        Publishes a synthetic `sendmux.test` event to this webhook subscription. The
        subscription must include `"sendmux.test"` in `event_types`, and mailbox filters do
        not block the test delivery. Returns the generated `event_id` so you can correlate
        the `X-Sendmux-Event-Id` header on your endpoint. Supply an `Idempotency-Key` header
        to safely retry on network errors — replays under the same key return the original
        `event_id` rather than publishing a second test event.

        ``POST /webhooks/{public_id}/test`` (managementTestWebhook).

        Args:
            public_id: (required) Webhook public ID
            idempotency_key: Client-chosen unique key to safely retry the request. Cached
                for 24h per (team, endpoint, key). Different target `public_id` under the same
                key returns 409 idempotency_conflict. Left out, the client makes one per call
                and reuses it on every retry.
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                404, 409, 503).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return await self._call(
            "managementTestWebhook",
            (public_id,),
            {
                "idempotency_key": idempotency_key,
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )


class WebhooksWithResponse(SyncAPIResource):
    """``client.webhooks.with_response``: returns ``APIResponse``."""

    deliveries: WebhooksDeliveriesWithResponse

    def __init__(self, client: Sendmux) -> None:
        super().__init__(client)
        self.deliveries = WebhooksDeliveriesWithResponse(client)

    def list(
        self,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[Page[WebhookSubscription]]:
        """List webhook subscriptions.

        Returns a cursor-paginated list of webhook subscriptions configured for the team,
        ordered by `created_at` descending. The signing secret is never included. Pass
        `cursor=<next_cursor>` from the previous response to fetch the next page.

        ``GET /webhooks`` (managementListWebhooks).

        Args:
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
            "managementListWebhooks",
            (),
            {
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
        body: WebhookCreateBody,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[WebhookSubscriptionWithSecret]: ...

    @overload
    def create(
        self,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Unpack[WebhooksCreateFields],
    ) -> APIResponse[WebhookSubscriptionWithSecret]: ...

    def create(
        self,
        body: WebhookCreateBody | None = None,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> APIResponse[WebhookSubscriptionWithSecret]:
        """Create a webhook subscription.

        Creates a new webhook subscription and returns the signing secret ONCE in the
        response body. Store it securely — it cannot be retrieved later. Use `POST
        /webhooks/{id}/rotate-secret` to issue a new one. Supply an `Idempotency-Key` header
        (any unique string, max 255 chars) to safely retry on network errors. Replays with
        the same key return the original response; replays with a different body return `409
        idempotency_conflict`.

        ``POST /webhooks`` (managementCreateWebhook).

        Args:
            event_types: (required) At least one event type must be provided.
            url: (required) HTTPS endpoint that will receive event POSTs. Must be https:// —
                plain HTTP is rejected.
            enabled: Defaults to true.
            filters: -
            name: Optional human-friendly label (max 255 chars). Surfaced in dashboard
                list/detail views.
            idempotency_key: Client-chosen unique key to safely retry the request. Cached
                for 24h per (team, endpoint, key). Different body with same key returns 409
                idempotency_conflict. Left out, the client makes one per call and reuses it on
                every retry.
            body: the whole body as a ``WebhookCreateBody``, instead of the field keywords
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                400, 401, 403, 409, 413, 422).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return self._call_raw(
            "managementCreateWebhook",
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
    ) -> APIResponse[WebhookSubscription]:
        """Get a webhook subscription.

        Returns a single webhook subscription. The signing secret is never included.
        Responses carry a weak `ETag` header — send it back as `If-None-Match` on the next
        request and the server will return `304 Not Modified` (no body) when the resource
        has not changed. The same ETag is the value to use in `If-Match` on PATCH for
        optimistic concurrency.

        ``GET /webhooks/{public_id}`` (managementGetWebhook).

        Args:
            public_id: (required) Webhook public ID
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
            "managementGetWebhook",
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
        body: WebhookUpdateBody,
        *,
        if_match: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[WebhookSubscription]: ...

    @overload
    def update(
        self,
        public_id: str,
        *,
        if_match: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Unpack[WebhooksUpdateFields],
    ) -> APIResponse[WebhookSubscription]: ...

    def update(
        self,
        public_id: str,
        body: WebhookUpdateBody | None = None,
        *,
        if_match: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> APIResponse[WebhookSubscription]:
        """Update a webhook subscription.

        Updates the URL, event types, or enabled flag. Any field omitted from the request
        body is left unchanged. The signing secret is unaffected — use `POST
        /webhooks/{id}/rotate-secret` to rotate it. For optimistic concurrency, send
        `If-Match: <etag>` using the ETag from a prior GET. A mismatched `If-Match` returns
        `409 conflict` (the server's ETag is echoed back so you can decide whether to
        re-fetch). Responses carry the new ETag so chained edits can pipeline without a
        re-GET.

        ``PATCH /webhooks/{public_id}`` (managementUpdateWebhook).

        Args:
            public_id: (required) Webhook public ID
            enabled: When toggled from false to true, also clears the `failing` flag — retry
                deliveries resume on the next matching event.
            event_types: Replaces the full event-type list. At least one must be provided.
            filters: -
            name: Replace the human-friendly label. Send `null` to clear it; omit to leave
                unchanged.
            url: New HTTPS endpoint. Must be https://.
            if_match: Weak ETag from a prior GET. Reject with 409 conflict when the server's
                current ETag differs.
            body: the whole body as a ``WebhookUpdateBody``, instead of the field keywords
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
            "managementUpdateWebhook",
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
    ) -> APIResponse[WebhookDeletedResponseData]:
        """Delete a webhook subscription.

        Permanently removes the subscription. In-flight retries are dropped.

        ``DELETE /webhooks/{public_id}`` (managementDeleteWebhook).

        Args:
            public_id: (required) Webhook public ID
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
            "managementDeleteWebhook",
            (public_id,),
            {
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    def rotate_secret(
        self,
        public_id: str,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[WebhookSubscriptionWithSecret]:
        """Rotate the signing secret.

        Generates a fresh signing secret and returns it ONCE. The old secret is immediately
        invalidated — the next event delivery is signed with the new secret. Store the new
        value securely; it cannot be retrieved later. Supply an `Idempotency-Key` header to
        safely retry on network errors — replays under the same key return the original
        rotation response rather than minting a fresh secret. Replays against a different
        `public_id` under the same key return `409 idempotency_conflict`.

        ``POST /webhooks/{public_id}/rotate-secret`` (managementRotateWebhookSecret).

        Args:
            public_id: (required) Webhook public ID
            idempotency_key: Client-chosen unique key to safely retry the request. Cached
                for 24h per (team, endpoint, key). Different target `public_id` under the same
                key returns 409 idempotency_conflict. Left out, the client makes one per call
                and reuses it on every retry.
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
            "managementRotateWebhookSecret",
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
    ) -> APIResponse[WebhookTestResponse]:
        """Send a synthetic test event.

        Publishes a synthetic `sendmux.test` event to this webhook subscription. The
        subscription must include `"sendmux.test"` in `event_types`, and mailbox filters do
        not block the test delivery. Returns the generated `event_id` so you can correlate
        the `X-Sendmux-Event-Id` header on your endpoint. Supply an `Idempotency-Key` header
        to safely retry on network errors — replays under the same key return the original
        `event_id` rather than publishing a second test event.

        ``POST /webhooks/{public_id}/test`` (managementTestWebhook).

        Args:
            public_id: (required) Webhook public ID
            idempotency_key: Client-chosen unique key to safely retry the request. Cached
                for 24h per (team, endpoint, key). Different target `public_id` under the same
                key returns 409 idempotency_conflict. Left out, the client makes one per call
                and reuses it on every retry.
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                404, 409, 503).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return self._call_raw(
            "managementTestWebhook",
            (public_id,),
            {
                "idempotency_key": idempotency_key,
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )


class AsyncWebhooksWithResponse(AsyncAPIResource):
    """``client.webhooks.with_response``: returns ``APIResponse`` (async)."""

    deliveries: AsyncWebhooksDeliveriesWithResponse

    def __init__(self, client: AsyncSendmux) -> None:
        super().__init__(client)
        self.deliveries = AsyncWebhooksDeliveriesWithResponse(client)

    async def list(
        self,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[Page[WebhookSubscription]]:
        """List webhook subscriptions.

        Returns a cursor-paginated list of webhook subscriptions configured for the team,
        ordered by `created_at` descending. The signing secret is never included. Pass
        `cursor=<next_cursor>` from the previous response to fetch the next page.

        ``GET /webhooks`` (managementListWebhooks).

        Args:
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
            "managementListWebhooks",
            (),
            {
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
        body: WebhookCreateBody,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[WebhookSubscriptionWithSecret]: ...

    @overload
    async def create(
        self,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Unpack[WebhooksCreateFields],
    ) -> APIResponse[WebhookSubscriptionWithSecret]: ...

    async def create(
        self,
        body: WebhookCreateBody | None = None,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> APIResponse[WebhookSubscriptionWithSecret]:
        """Create a webhook subscription.

        Creates a new webhook subscription and returns the signing secret ONCE in the
        response body. Store it securely — it cannot be retrieved later. Use `POST
        /webhooks/{id}/rotate-secret` to issue a new one. Supply an `Idempotency-Key` header
        (any unique string, max 255 chars) to safely retry on network errors. Replays with
        the same key return the original response; replays with a different body return `409
        idempotency_conflict`.

        ``POST /webhooks`` (managementCreateWebhook).

        Args:
            event_types: (required) At least one event type must be provided.
            url: (required) HTTPS endpoint that will receive event POSTs. Must be https:// —
                plain HTTP is rejected.
            enabled: Defaults to true.
            filters: -
            name: Optional human-friendly label (max 255 chars). Surfaced in dashboard
                list/detail views.
            idempotency_key: Client-chosen unique key to safely retry the request. Cached
                for 24h per (team, endpoint, key). Different body with same key returns 409
                idempotency_conflict. Left out, the client makes one per call and reuses it on
                every retry.
            body: the whole body as a ``WebhookCreateBody``, instead of the field keywords
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                400, 401, 403, 409, 413, 422).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return await self._call_raw(
            "managementCreateWebhook",
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
    ) -> APIResponse[WebhookSubscription]:
        """Get a webhook subscription.

        Returns a single webhook subscription. The signing secret is never included.
        Responses carry a weak `ETag` header — send it back as `If-None-Match` on the next
        request and the server will return `304 Not Modified` (no body) when the resource
        has not changed. The same ETag is the value to use in `If-Match` on PATCH for
        optimistic concurrency.

        ``GET /webhooks/{public_id}`` (managementGetWebhook).

        Args:
            public_id: (required) Webhook public ID
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
            "managementGetWebhook",
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
        body: WebhookUpdateBody,
        *,
        if_match: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[WebhookSubscription]: ...

    @overload
    async def update(
        self,
        public_id: str,
        *,
        if_match: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Unpack[WebhooksUpdateFields],
    ) -> APIResponse[WebhookSubscription]: ...

    async def update(
        self,
        public_id: str,
        body: WebhookUpdateBody | None = None,
        *,
        if_match: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> APIResponse[WebhookSubscription]:
        """Update a webhook subscription.

        Updates the URL, event types, or enabled flag. Any field omitted from the request
        body is left unchanged. The signing secret is unaffected — use `POST
        /webhooks/{id}/rotate-secret` to rotate it. For optimistic concurrency, send
        `If-Match: <etag>` using the ETag from a prior GET. A mismatched `If-Match` returns
        `409 conflict` (the server's ETag is echoed back so you can decide whether to
        re-fetch). Responses carry the new ETag so chained edits can pipeline without a
        re-GET.

        ``PATCH /webhooks/{public_id}`` (managementUpdateWebhook).

        Args:
            public_id: (required) Webhook public ID
            enabled: When toggled from false to true, also clears the `failing` flag — retry
                deliveries resume on the next matching event.
            event_types: Replaces the full event-type list. At least one must be provided.
            filters: -
            name: Replace the human-friendly label. Send `null` to clear it; omit to leave
                unchanged.
            url: New HTTPS endpoint. Must be https://.
            if_match: Weak ETag from a prior GET. Reject with 409 conflict when the server's
                current ETag differs.
            body: the whole body as a ``WebhookUpdateBody``, instead of the field keywords
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
            "managementUpdateWebhook",
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
    ) -> APIResponse[WebhookDeletedResponseData]:
        """Delete a webhook subscription.

        Permanently removes the subscription. In-flight retries are dropped.

        ``DELETE /webhooks/{public_id}`` (managementDeleteWebhook).

        Args:
            public_id: (required) Webhook public ID
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
            "managementDeleteWebhook",
            (public_id,),
            {
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    async def rotate_secret(
        self,
        public_id: str,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[WebhookSubscriptionWithSecret]:
        """Rotate the signing secret.

        Generates a fresh signing secret and returns it ONCE. The old secret is immediately
        invalidated — the next event delivery is signed with the new secret. Store the new
        value securely; it cannot be retrieved later. Supply an `Idempotency-Key` header to
        safely retry on network errors — replays under the same key return the original
        rotation response rather than minting a fresh secret. Replays against a different
        `public_id` under the same key return `409 idempotency_conflict`.

        ``POST /webhooks/{public_id}/rotate-secret`` (managementRotateWebhookSecret).

        Args:
            public_id: (required) Webhook public ID
            idempotency_key: Client-chosen unique key to safely retry the request. Cached
                for 24h per (team, endpoint, key). Different target `public_id` under the same
                key returns 409 idempotency_conflict. Left out, the client makes one per call
                and reuses it on every retry.
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
            "managementRotateWebhookSecret",
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
    ) -> APIResponse[WebhookTestResponse]:
        """Send a synthetic test event.

        Publishes a synthetic `sendmux.test` event to this webhook subscription. The
        subscription must include `"sendmux.test"` in `event_types`, and mailbox filters do
        not block the test delivery. Returns the generated `event_id` so you can correlate
        the `X-Sendmux-Event-Id` header on your endpoint. Supply an `Idempotency-Key` header
        to safely retry on network errors — replays under the same key return the original
        `event_id` rather than publishing a second test event.

        ``POST /webhooks/{public_id}/test`` (managementTestWebhook).

        Args:
            public_id: (required) Webhook public ID
            idempotency_key: Client-chosen unique key to safely retry the request. Cached
                for 24h per (team, endpoint, key). Different target `public_id` under the same
                key returns 409 idempotency_conflict. Left out, the client makes one per call
                and reuses it on every retry.
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                404, 409, 503).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return await self._call_raw(
            "managementTestWebhook",
            (public_id,),
            {
                "idempotency_key": idempotency_key,
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )


class WebhooksDeliveries(SyncAPIResource):
    """``client.webhooks.deliveries``."""

    def __init__(self, client: Sendmux) -> None:
        super().__init__(client)

    @property
    def with_response(self) -> WebhooksDeliveriesWithResponse:
        """The same methods, each returning an ``APIResponse`` (status, headers, request id)."""
        return WebhooksDeliveriesWithResponse(self._client)

    def list(
        self,
        public_id: str,
        *,
        limit: int | None = None,
        event_type: Literal[
            "message.bounced",
            "message.complained",
            "message.delivered",
            "message.delivery_delayed",
            "message.received",
            "message.received.spam",
            "message.rejected",
            "sendmux.test",
        ]
        | ManagementListDeliveryEventType
        | None = None,
        result: Literal["failed", "permanent_failure", "retrying", "success"]
        | ManagementListDeliveryResult
        | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Paginator[WebhookDeliveryAttempt]:
        """List webhook delivery attempts.

        Returns recent delivery attempts for one webhook subscription, ordered by
        `created_at` descending. Delivery metadata is retained for 7 days. Use the payload
        endpoint while `payload_available` is true to inspect the exact JSON request body
        that was delivered.

        ``GET /webhooks/{public_id}/deliveries`` (managementListDelivery).

        Args:
            public_id: (required) Webhook public ID
            limit: Maximum results (default 25, max 100)
            event_type: Filter by event type. One of: 'message.delivered',
                'message.bounced', 'message.complained', 'message.rejected',
                'message.delivery_delayed', 'message.received', 'message.received.spam',
                'sendmux.test'.
            result: Filter by delivery result. One of: 'success', 'retrying', 'failed',
                'permanent_failure'.
            cursor: Pagination cursor — the `next_cursor` from the previous response.
            max_items: stop after this many items (all pages).
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                400, 401, 403, 404).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return self._list(
            "managementListDelivery",
            (public_id,),
            {
                "limit": limit,
                "event_type": event_type,
                "result": result,
                "cursor": cursor,
                "max_items": max_items,
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    def payload(
        self,
        public_id: str,
        delivery_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> WebhookDeliveryPayload:
        """Get a webhook delivery payload.

        Returns the retained JSON request body for one delivery attempt. Payloads are
        retained for 7 days and may no longer be available after `payload_expires_at`.

        ``GET /webhooks/{public_id}/deliveries/{delivery_id}/payload``
        (managementGetDeliveryPayload).

        Args:
            public_id: (required) Webhook public ID
            delivery_id: (required) Delivery-attempt public ID
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
            "managementGetDeliveryPayload",
            (
                public_id,
                delivery_id,
            ),
            {
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )


class AsyncWebhooksDeliveries(AsyncAPIResource):
    """``client.webhooks.deliveries`` (async)."""

    def __init__(self, client: AsyncSendmux) -> None:
        super().__init__(client)

    @property
    def with_response(self) -> AsyncWebhooksDeliveriesWithResponse:
        """The same methods, each returning an ``APIResponse`` (status, headers, request id)."""
        return AsyncWebhooksDeliveriesWithResponse(self._client)

    def list(
        self,
        public_id: str,
        *,
        limit: int | None = None,
        event_type: Literal[
            "message.bounced",
            "message.complained",
            "message.delivered",
            "message.delivery_delayed",
            "message.received",
            "message.received.spam",
            "message.rejected",
            "sendmux.test",
        ]
        | ManagementListDeliveryEventType
        | None = None,
        result: Literal["failed", "permanent_failure", "retrying", "success"]
        | ManagementListDeliveryResult
        | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AsyncPaginator[WebhookDeliveryAttempt]:
        """List webhook delivery attempts.

        Returns recent delivery attempts for one webhook subscription, ordered by
        `created_at` descending. Delivery metadata is retained for 7 days. Use the payload
        endpoint while `payload_available` is true to inspect the exact JSON request body
        that was delivered.

        ``GET /webhooks/{public_id}/deliveries`` (managementListDelivery).

        Args:
            public_id: (required) Webhook public ID
            limit: Maximum results (default 25, max 100)
            event_type: Filter by event type. One of: 'message.delivered',
                'message.bounced', 'message.complained', 'message.rejected',
                'message.delivery_delayed', 'message.received', 'message.received.spam',
                'sendmux.test'.
            result: Filter by delivery result. One of: 'success', 'retrying', 'failed',
                'permanent_failure'.
            cursor: Pagination cursor — the `next_cursor` from the previous response.
            max_items: stop after this many items (all pages).
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                400, 401, 403, 404).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return self._list(
            "managementListDelivery",
            (public_id,),
            {
                "limit": limit,
                "event_type": event_type,
                "result": result,
                "cursor": cursor,
                "max_items": max_items,
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    async def payload(
        self,
        public_id: str,
        delivery_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> WebhookDeliveryPayload:
        """Get a webhook delivery payload.

        Returns the retained JSON request body for one delivery attempt. Payloads are
        retained for 7 days and may no longer be available after `payload_expires_at`.

        ``GET /webhooks/{public_id}/deliveries/{delivery_id}/payload``
        (managementGetDeliveryPayload).

        Args:
            public_id: (required) Webhook public ID
            delivery_id: (required) Delivery-attempt public ID
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
            "managementGetDeliveryPayload",
            (
                public_id,
                delivery_id,
            ),
            {
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )


class WebhooksDeliveriesWithResponse(SyncAPIResource):
    """``client.webhooks.deliveries.with_response``: returns ``APIResponse``."""

    def __init__(self, client: Sendmux) -> None:
        super().__init__(client)

    def list(
        self,
        public_id: str,
        *,
        limit: int | None = None,
        event_type: Literal[
            "message.bounced",
            "message.complained",
            "message.delivered",
            "message.delivery_delayed",
            "message.received",
            "message.received.spam",
            "message.rejected",
            "sendmux.test",
        ]
        | ManagementListDeliveryEventType
        | None = None,
        result: Literal["failed", "permanent_failure", "retrying", "success"]
        | ManagementListDeliveryResult
        | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[Page[WebhookDeliveryAttempt]]:
        """List webhook delivery attempts.

        Returns recent delivery attempts for one webhook subscription, ordered by
        `created_at` descending. Delivery metadata is retained for 7 days. Use the payload
        endpoint while `payload_available` is true to inspect the exact JSON request body
        that was delivered.

        ``GET /webhooks/{public_id}/deliveries`` (managementListDelivery).

        Args:
            public_id: (required) Webhook public ID
            limit: Maximum results (default 25, max 100)
            event_type: Filter by event type. One of: 'message.delivered',
                'message.bounced', 'message.complained', 'message.rejected',
                'message.delivery_delayed', 'message.received', 'message.received.spam',
                'sendmux.test'.
            result: Filter by delivery result. One of: 'success', 'retrying', 'failed',
                'permanent_failure'.
            cursor: Pagination cursor — the `next_cursor` from the previous response.
            max_items: stop after this many items (all pages).
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                400, 401, 403, 404).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return self._first_page(
            "managementListDelivery",
            (public_id,),
            {
                "limit": limit,
                "event_type": event_type,
                "result": result,
                "cursor": cursor,
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    def payload(
        self,
        public_id: str,
        delivery_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[WebhookDeliveryPayload]:
        """Get a webhook delivery payload.

        Returns the retained JSON request body for one delivery attempt. Payloads are
        retained for 7 days and may no longer be available after `payload_expires_at`.

        ``GET /webhooks/{public_id}/deliveries/{delivery_id}/payload``
        (managementGetDeliveryPayload).

        Args:
            public_id: (required) Webhook public ID
            delivery_id: (required) Delivery-attempt public ID
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
            "managementGetDeliveryPayload",
            (
                public_id,
                delivery_id,
            ),
            {
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )


class AsyncWebhooksDeliveriesWithResponse(AsyncAPIResource):
    """``client.webhooks.deliveries.with_response``: returns ``APIResponse`` (async)."""

    def __init__(self, client: AsyncSendmux) -> None:
        super().__init__(client)

    async def list(
        self,
        public_id: str,
        *,
        limit: int | None = None,
        event_type: Literal[
            "message.bounced",
            "message.complained",
            "message.delivered",
            "message.delivery_delayed",
            "message.received",
            "message.received.spam",
            "message.rejected",
            "sendmux.test",
        ]
        | ManagementListDeliveryEventType
        | None = None,
        result: Literal["failed", "permanent_failure", "retrying", "success"]
        | ManagementListDeliveryResult
        | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[Page[WebhookDeliveryAttempt]]:
        """List webhook delivery attempts.

        Returns recent delivery attempts for one webhook subscription, ordered by
        `created_at` descending. Delivery metadata is retained for 7 days. Use the payload
        endpoint while `payload_available` is true to inspect the exact JSON request body
        that was delivered.

        ``GET /webhooks/{public_id}/deliveries`` (managementListDelivery).

        Args:
            public_id: (required) Webhook public ID
            limit: Maximum results (default 25, max 100)
            event_type: Filter by event type. One of: 'message.delivered',
                'message.bounced', 'message.complained', 'message.rejected',
                'message.delivery_delayed', 'message.received', 'message.received.spam',
                'sendmux.test'.
            result: Filter by delivery result. One of: 'success', 'retrying', 'failed',
                'permanent_failure'.
            cursor: Pagination cursor — the `next_cursor` from the previous response.
            max_items: stop after this many items (all pages).
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                400, 401, 403, 404).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return await self._first_page(
            "managementListDelivery",
            (public_id,),
            {
                "limit": limit,
                "event_type": event_type,
                "result": result,
                "cursor": cursor,
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    async def payload(
        self,
        public_id: str,
        delivery_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[WebhookDeliveryPayload]:
        """Get a webhook delivery payload.

        Returns the retained JSON request body for one delivery attempt. Payloads are
        retained for 7 days and may no longer be available after `payload_expires_at`.

        ``GET /webhooks/{public_id}/deliveries/{delivery_id}/payload``
        (managementGetDeliveryPayload).

        Args:
            public_id: (required) Webhook public ID
            delivery_id: (required) Delivery-attempt public ID
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
            "managementGetDeliveryPayload",
            (
                public_id,
                delivery_id,
            ),
            {
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )
