# Emitted by `make regen` (scripts/emit_resources.py) from openapi.json: do not edit.
"""``client.mailboxes``: sync, async, and their ``with_response`` twins."""

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
        FilterRule,
        FilterState,
        Mailbox,
        MailboxAppPasswordResult,
        MailboxAvailabilityResult,
        MailboxCreateResult,
        MailboxDeletedResponseData,
        MailboxKeyDeletedResponseData,
        ManagementCreateMailboxBody,
        ManagementCreateMailboxBodySendScope,
        ManagementCreateMailboxKeyBody,
        ManagementListMailboxesIncludeDeleted,
        SetFilterStateBody,
        SetFilterStateBodyMode,
        UpdateMailboxBody,
        UpdateMailboxBodySendScope,
    )

    from .._client import AsyncSendmux, Sendmux

__all__ = [
    "AsyncMailboxes",
    "AsyncMailboxesFilters",
    "AsyncMailboxesFiltersWithResponse",
    "AsyncMailboxesKeys",
    "AsyncMailboxesKeysWithResponse",
    "AsyncMailboxesWithResponse",
    "Mailboxes",
    "MailboxesFilters",
    "MailboxesFiltersWithResponse",
    "MailboxesKeys",
    "MailboxesKeysWithResponse",
    "MailboxesWithResponse",
]


class MailboxesCreateFields(TypedDict, total=False):
    """The body fields of ``mailboxes.create()`` (ManagementCreateMailboxBody)."""

    email: Required[str]
    display_name: str
    quota_bytes: int
    send_scope: ManagementCreateMailboxBodySendScope | Mapping[str, Any]


class MailboxesUpdateFields(TypedDict, total=False):
    """The body fields of ``mailboxes.update()`` (UpdateMailboxBody)."""

    display_name: str | None
    quota_bytes: int
    send_scope: UpdateMailboxBodySendScope | Mapping[str, Any]


class MailboxesFiltersSetFields(TypedDict, total=False):
    """The body fields of ``mailboxes.filters.set()`` (SetFilterStateBody)."""

    mode: Required[Literal["allowlist", "denylist", "off"] | SetFilterStateBodyMode]
    rules: Required[Sequence[FilterRule | Mapping[str, Any]]]


class MailboxesKeysCreateFields(TypedDict, total=False):
    """The body fields of ``mailboxes.keys.create()`` (ManagementCreateMailboxKeyBody)."""

    app_name: Required[str]


class Mailboxes(SyncAPIResource):
    """``client.mailboxes``."""

    filters: MailboxesFilters
    keys: MailboxesKeys

    def __init__(self, client: Sendmux) -> None:
        super().__init__(client)
        self.filters = MailboxesFilters(client)
        self.keys = MailboxesKeys(client)

    @property
    def with_response(self) -> MailboxesWithResponse:
        """The same methods, each returning an ``APIResponse`` (status, headers, request id)."""
        return MailboxesWithResponse(self._client)

    def list(
        self,
        *,
        limit: int | None = None,
        include_deleted: Literal["true"] | ManagementListMailboxesIncludeDeleted | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Paginator[Mailbox]:
        """List mailboxes.

        Returns a cursor-paginated list of mailboxes configured for the team, ordered by
        `created_at` descending. Pass `cursor=<next_cursor>` from the previous response to
        fetch the next page.

        ``GET /mailboxes`` (managementListMailboxes).

        Args:
            limit: Max results (default 50, max 100)
            include_deleted: Set to `true` to include deleted mailboxes in the response.
                Default `false`. Deleted mailboxes are retained for audit and delivery history.
                One of: 'true'.
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
            "managementListMailboxes",
            (),
            {
                "limit": limit,
                "include_deleted": include_deleted,
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
        body: ManagementCreateMailboxBody,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> MailboxCreateResult: ...

    @overload
    def create(
        self,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Unpack[MailboxesCreateFields],
    ) -> MailboxCreateResult: ...

    def create(
        self,
        body: ManagementCreateMailboxBody | None = None,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> MailboxCreateResult:
        """Create a mailbox.

        Provisions a new mailbox plus an initial bearer token and matching IMAP/SMTP mailbox
        password. The domain portion of the email must already be verified via POST
        /domains. If supplied, `quota_bytes` must be one of the current storage tiers:
        1073741824 (1 GB), 5368709120 (5 GB), or 53687091200 (50 GB). Creation provisions
        resources on our mail platform and, for `@myagent.mx` addresses, on Amazon SES — any
        failure rolls the partial state back automatically. Supply an `Idempotency-Key`
        header (any unique string, max 255 chars) to safely retry on network errors. Replays
        with the same key return the original response; replays with a different body return
        `409 idempotency_conflict`.

        ``POST /mailboxes`` (managementCreateMailbox).

        Args:
            email: (required) Mailbox email address to create.
            display_name: Optional display name shown in outbound From headers.
            quota_bytes: Storage quota in bytes. Allowed values: 1073741824 (1 GB),
                5368709120 (5 GB), 53687091200 (50 GB).
            send_scope: Optional outbound routing restrictions.
            idempotency_key: Client-chosen unique key to safely retry the request. Cached
                for 24h per (team, endpoint, key). Different body with same key returns 409
                idempotency_conflict. Left out, the client makes one per call and reuses it on
                every retry.
            body: the whole body as a ``ManagementCreateMailboxBody``, instead of the field
                keywords
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                400, 409, 413, 422, 503).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return self._call(
            "managementCreateMailbox",
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
    ) -> Mailbox:
        """Get a mailbox.

        Returns a single mailbox, tenant-scoped to the caller's team. Responses carry a weak
        `ETag` header — send it back as `If-None-Match` on the next request and the server
        will return `304 Not Modified` (no body) when the resource has not changed. The same
        ETag is the value to use in `If-Match` on PATCH for optimistic concurrency.

        ``GET /mailboxes/{public_id}`` (managementGetMailbox).

        Args:
            public_id: (required) Mailbox public ID
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
            "managementGetMailbox",
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
        body: UpdateMailboxBody,
        *,
        if_match: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Mailbox: ...

    @overload
    def update(
        self,
        public_id: str,
        *,
        if_match: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Unpack[MailboxesUpdateFields],
    ) -> Mailbox: ...

    def update(
        self,
        public_id: str,
        body: UpdateMailboxBody | None = None,
        *,
        if_match: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> Mailbox:
        """Update a mailbox.

        Updates any combination of display_name, quota_bytes, and send_scope on a mailbox.
        The display_name and send_scope changes land in a single transaction; quota_bytes is
        applied afterwards because it also updates external state on our mail platform.
        Quota can only be set to 1073741824 (1 GB), 5368709120 (5 GB), or 53687091200 (50
        GB), and cannot be shrunk below the mailbox's current usage. For optimistic
        concurrency, send `If-Match: <etag>` using the ETag from a prior GET. A mismatched
        `If-Match` returns `409 conflict` (the server's ETag is echoed back so you can
        decide whether to re-fetch). Responses carry the new ETag so chained edits can
        pipeline without a re-GET.

        ``PATCH /mailboxes/{public_id}`` (managementUpdateMailbox).

        Args:
            public_id: (required) Mailbox public ID
            display_name: Replace the display name; send null to clear it.
            quota_bytes: Storage quota in bytes. Allowed values: 1073741824 (1 GB),
                5368709120 (5 GB), 53687091200 (50 GB).
            send_scope: Replace outbound routing restrictions.
            if_match: Weak ETag from a prior GET. Reject with 409 conflict when the server's
                current ETag differs.
            body: the whole body as a ``UpdateMailboxBody``, instead of the field keywords
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
            "managementUpdateMailbox",
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
    ) -> MailboxDeletedResponseData:
        """Delete a mailbox.

        Removes a mailbox from our mail platform, Amazon SES (for `@myagent.mx` addresses),
        and Sendmux. All associated API keys are revoked.

        ``DELETE /mailboxes/{public_id}`` (managementDeleteMailbox).

        Args:
            public_id: (required) Mailbox public ID
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
            "managementDeleteMailbox",
            (public_id,),
            {
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    def suspend(
        self,
        public_id: str,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Mailbox:
        """Suspend a mailbox.

        Suspends a mailbox without deleting messages, credentials, or settings. Suspended
        mailboxes cannot receive mail, authenticate to mailbox protocols, or send from the
        mailbox address. The operation is idempotent and accepts `Idempotency-Key` for safe
        retries.

        ``POST /mailboxes/{public_id}/suspend`` (managementSuspendMailbox).

        Args:
            public_id: (required) Mailbox public ID
            idempotency_key: Client-chosen unique key to safely retry the request. Cached
                for 24h per (team, endpoint, key). Left out, the client makes one per call and
                reuses it on every retry.
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                403, 404, 409, 503).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return self._call(
            "managementSuspendMailbox",
            (public_id,),
            {
                "idempotency_key": idempotency_key,
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    def resume(
        self,
        public_id: str,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Mailbox:
        """Resume a mailbox.

        Restores a suspended mailbox so it can authenticate, receive mail, and send from the
        mailbox address again. The operation is idempotent and accepts `Idempotency-Key` for
        safe retries.

        ``POST /mailboxes/{public_id}/resume`` (managementResumeMailbox).

        Args:
            public_id: (required) Mailbox public ID
            idempotency_key: Client-chosen unique key to safely retry the request. Cached
                for 24h per (team, endpoint, key). Left out, the client makes one per call and
                reuses it on every retry.
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                403, 404, 409, 503).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return self._call(
            "managementResumeMailbox",
            (public_id,),
            {
                "idempotency_key": idempotency_key,
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    def availability(
        self,
        *,
        email: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> MailboxAvailabilityResult:
        """Check mailbox address availability.

        Checks whether an email address can be reserved for mailbox creation. `@myagent.mx`
        availability is global across all teams; custom-domain availability is scoped to the
        caller's team and requires a verified send/receive mailbox domain.

        ``GET /mailboxes/availability`` (managementCheckMailboxAvailability).

        Args:
            email: (required) Email address to check.
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
            "managementCheckMailboxAvailability",
            (),
            {
                "email": email,
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )


class AsyncMailboxes(AsyncAPIResource):
    """``client.mailboxes`` (async)."""

    filters: AsyncMailboxesFilters
    keys: AsyncMailboxesKeys

    def __init__(self, client: AsyncSendmux) -> None:
        super().__init__(client)
        self.filters = AsyncMailboxesFilters(client)
        self.keys = AsyncMailboxesKeys(client)

    @property
    def with_response(self) -> AsyncMailboxesWithResponse:
        """The same methods, each returning an ``APIResponse`` (status, headers, request id)."""
        return AsyncMailboxesWithResponse(self._client)

    def list(
        self,
        *,
        limit: int | None = None,
        include_deleted: Literal["true"] | ManagementListMailboxesIncludeDeleted | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AsyncPaginator[Mailbox]:
        """List mailboxes.

        Returns a cursor-paginated list of mailboxes configured for the team, ordered by
        `created_at` descending. Pass `cursor=<next_cursor>` from the previous response to
        fetch the next page.

        ``GET /mailboxes`` (managementListMailboxes).

        Args:
            limit: Max results (default 50, max 100)
            include_deleted: Set to `true` to include deleted mailboxes in the response.
                Default `false`. Deleted mailboxes are retained for audit and delivery history.
                One of: 'true'.
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
            "managementListMailboxes",
            (),
            {
                "limit": limit,
                "include_deleted": include_deleted,
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
        body: ManagementCreateMailboxBody,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> MailboxCreateResult: ...

    @overload
    async def create(
        self,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Unpack[MailboxesCreateFields],
    ) -> MailboxCreateResult: ...

    async def create(
        self,
        body: ManagementCreateMailboxBody | None = None,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> MailboxCreateResult:
        """Create a mailbox.

        Provisions a new mailbox plus an initial bearer token and matching IMAP/SMTP mailbox
        password. The domain portion of the email must already be verified via POST
        /domains. If supplied, `quota_bytes` must be one of the current storage tiers:
        1073741824 (1 GB), 5368709120 (5 GB), or 53687091200 (50 GB). Creation provisions
        resources on our mail platform and, for `@myagent.mx` addresses, on Amazon SES — any
        failure rolls the partial state back automatically. Supply an `Idempotency-Key`
        header (any unique string, max 255 chars) to safely retry on network errors. Replays
        with the same key return the original response; replays with a different body return
        `409 idempotency_conflict`.

        ``POST /mailboxes`` (managementCreateMailbox).

        Args:
            email: (required) Mailbox email address to create.
            display_name: Optional display name shown in outbound From headers.
            quota_bytes: Storage quota in bytes. Allowed values: 1073741824 (1 GB),
                5368709120 (5 GB), 53687091200 (50 GB).
            send_scope: Optional outbound routing restrictions.
            idempotency_key: Client-chosen unique key to safely retry the request. Cached
                for 24h per (team, endpoint, key). Different body with same key returns 409
                idempotency_conflict. Left out, the client makes one per call and reuses it on
                every retry.
            body: the whole body as a ``ManagementCreateMailboxBody``, instead of the field
                keywords
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                400, 409, 413, 422, 503).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return await self._call(
            "managementCreateMailbox",
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
    ) -> Mailbox:
        """Get a mailbox.

        Returns a single mailbox, tenant-scoped to the caller's team. Responses carry a weak
        `ETag` header — send it back as `If-None-Match` on the next request and the server
        will return `304 Not Modified` (no body) when the resource has not changed. The same
        ETag is the value to use in `If-Match` on PATCH for optimistic concurrency.

        ``GET /mailboxes/{public_id}`` (managementGetMailbox).

        Args:
            public_id: (required) Mailbox public ID
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
            "managementGetMailbox",
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
        body: UpdateMailboxBody,
        *,
        if_match: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Mailbox: ...

    @overload
    async def update(
        self,
        public_id: str,
        *,
        if_match: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Unpack[MailboxesUpdateFields],
    ) -> Mailbox: ...

    async def update(
        self,
        public_id: str,
        body: UpdateMailboxBody | None = None,
        *,
        if_match: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> Mailbox:
        """Update a mailbox.

        Updates any combination of display_name, quota_bytes, and send_scope on a mailbox.
        The display_name and send_scope changes land in a single transaction; quota_bytes is
        applied afterwards because it also updates external state on our mail platform.
        Quota can only be set to 1073741824 (1 GB), 5368709120 (5 GB), or 53687091200 (50
        GB), and cannot be shrunk below the mailbox's current usage. For optimistic
        concurrency, send `If-Match: <etag>` using the ETag from a prior GET. A mismatched
        `If-Match` returns `409 conflict` (the server's ETag is echoed back so you can
        decide whether to re-fetch). Responses carry the new ETag so chained edits can
        pipeline without a re-GET.

        ``PATCH /mailboxes/{public_id}`` (managementUpdateMailbox).

        Args:
            public_id: (required) Mailbox public ID
            display_name: Replace the display name; send null to clear it.
            quota_bytes: Storage quota in bytes. Allowed values: 1073741824 (1 GB),
                5368709120 (5 GB), 53687091200 (50 GB).
            send_scope: Replace outbound routing restrictions.
            if_match: Weak ETag from a prior GET. Reject with 409 conflict when the server's
                current ETag differs.
            body: the whole body as a ``UpdateMailboxBody``, instead of the field keywords
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
            "managementUpdateMailbox",
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
    ) -> MailboxDeletedResponseData:
        """Delete a mailbox.

        Removes a mailbox from our mail platform, Amazon SES (for `@myagent.mx` addresses),
        and Sendmux. All associated API keys are revoked.

        ``DELETE /mailboxes/{public_id}`` (managementDeleteMailbox).

        Args:
            public_id: (required) Mailbox public ID
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
            "managementDeleteMailbox",
            (public_id,),
            {
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    async def suspend(
        self,
        public_id: str,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Mailbox:
        """Suspend a mailbox.

        Suspends a mailbox without deleting messages, credentials, or settings. Suspended
        mailboxes cannot receive mail, authenticate to mailbox protocols, or send from the
        mailbox address. The operation is idempotent and accepts `Idempotency-Key` for safe
        retries.

        ``POST /mailboxes/{public_id}/suspend`` (managementSuspendMailbox).

        Args:
            public_id: (required) Mailbox public ID
            idempotency_key: Client-chosen unique key to safely retry the request. Cached
                for 24h per (team, endpoint, key). Left out, the client makes one per call and
                reuses it on every retry.
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                403, 404, 409, 503).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return await self._call(
            "managementSuspendMailbox",
            (public_id,),
            {
                "idempotency_key": idempotency_key,
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    async def resume(
        self,
        public_id: str,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Mailbox:
        """Resume a mailbox.

        Restores a suspended mailbox so it can authenticate, receive mail, and send from the
        mailbox address again. The operation is idempotent and accepts `Idempotency-Key` for
        safe retries.

        ``POST /mailboxes/{public_id}/resume`` (managementResumeMailbox).

        Args:
            public_id: (required) Mailbox public ID
            idempotency_key: Client-chosen unique key to safely retry the request. Cached
                for 24h per (team, endpoint, key). Left out, the client makes one per call and
                reuses it on every retry.
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                403, 404, 409, 503).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return await self._call(
            "managementResumeMailbox",
            (public_id,),
            {
                "idempotency_key": idempotency_key,
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    async def availability(
        self,
        *,
        email: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> MailboxAvailabilityResult:
        """Check mailbox address availability.

        Checks whether an email address can be reserved for mailbox creation. `@myagent.mx`
        availability is global across all teams; custom-domain availability is scoped to the
        caller's team and requires a verified send/receive mailbox domain.

        ``GET /mailboxes/availability`` (managementCheckMailboxAvailability).

        Args:
            email: (required) Email address to check.
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
            "managementCheckMailboxAvailability",
            (),
            {
                "email": email,
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )


class MailboxesWithResponse(SyncAPIResource):
    """``client.mailboxes.with_response``: returns ``APIResponse``."""

    filters: MailboxesFiltersWithResponse
    keys: MailboxesKeysWithResponse

    def __init__(self, client: Sendmux) -> None:
        super().__init__(client)
        self.filters = MailboxesFiltersWithResponse(client)
        self.keys = MailboxesKeysWithResponse(client)

    def list(
        self,
        *,
        limit: int | None = None,
        include_deleted: Literal["true"] | ManagementListMailboxesIncludeDeleted | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[Page[Mailbox]]:
        """List mailboxes.

        Returns a cursor-paginated list of mailboxes configured for the team, ordered by
        `created_at` descending. Pass `cursor=<next_cursor>` from the previous response to
        fetch the next page.

        ``GET /mailboxes`` (managementListMailboxes).

        Args:
            limit: Max results (default 50, max 100)
            include_deleted: Set to `true` to include deleted mailboxes in the response.
                Default `false`. Deleted mailboxes are retained for audit and delivery history.
                One of: 'true'.
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
            "managementListMailboxes",
            (),
            {
                "limit": limit,
                "include_deleted": include_deleted,
                "cursor": cursor,
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    @overload
    def create(
        self,
        body: ManagementCreateMailboxBody,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[MailboxCreateResult]: ...

    @overload
    def create(
        self,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Unpack[MailboxesCreateFields],
    ) -> APIResponse[MailboxCreateResult]: ...

    def create(
        self,
        body: ManagementCreateMailboxBody | None = None,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> APIResponse[MailboxCreateResult]:
        """Create a mailbox.

        Provisions a new mailbox plus an initial bearer token and matching IMAP/SMTP mailbox
        password. The domain portion of the email must already be verified via POST
        /domains. If supplied, `quota_bytes` must be one of the current storage tiers:
        1073741824 (1 GB), 5368709120 (5 GB), or 53687091200 (50 GB). Creation provisions
        resources on our mail platform and, for `@myagent.mx` addresses, on Amazon SES — any
        failure rolls the partial state back automatically. Supply an `Idempotency-Key`
        header (any unique string, max 255 chars) to safely retry on network errors. Replays
        with the same key return the original response; replays with a different body return
        `409 idempotency_conflict`.

        ``POST /mailboxes`` (managementCreateMailbox).

        Args:
            email: (required) Mailbox email address to create.
            display_name: Optional display name shown in outbound From headers.
            quota_bytes: Storage quota in bytes. Allowed values: 1073741824 (1 GB),
                5368709120 (5 GB), 53687091200 (50 GB).
            send_scope: Optional outbound routing restrictions.
            idempotency_key: Client-chosen unique key to safely retry the request. Cached
                for 24h per (team, endpoint, key). Different body with same key returns 409
                idempotency_conflict. Left out, the client makes one per call and reuses it on
                every retry.
            body: the whole body as a ``ManagementCreateMailboxBody``, instead of the field
                keywords
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                400, 409, 413, 422, 503).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return self._call_raw(
            "managementCreateMailbox",
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
    ) -> APIResponse[Mailbox]:
        """Get a mailbox.

        Returns a single mailbox, tenant-scoped to the caller's team. Responses carry a weak
        `ETag` header — send it back as `If-None-Match` on the next request and the server
        will return `304 Not Modified` (no body) when the resource has not changed. The same
        ETag is the value to use in `If-Match` on PATCH for optimistic concurrency.

        ``GET /mailboxes/{public_id}`` (managementGetMailbox).

        Args:
            public_id: (required) Mailbox public ID
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
            "managementGetMailbox",
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
        body: UpdateMailboxBody,
        *,
        if_match: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[Mailbox]: ...

    @overload
    def update(
        self,
        public_id: str,
        *,
        if_match: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Unpack[MailboxesUpdateFields],
    ) -> APIResponse[Mailbox]: ...

    def update(
        self,
        public_id: str,
        body: UpdateMailboxBody | None = None,
        *,
        if_match: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> APIResponse[Mailbox]:
        """Update a mailbox.

        Updates any combination of display_name, quota_bytes, and send_scope on a mailbox.
        The display_name and send_scope changes land in a single transaction; quota_bytes is
        applied afterwards because it also updates external state on our mail platform.
        Quota can only be set to 1073741824 (1 GB), 5368709120 (5 GB), or 53687091200 (50
        GB), and cannot be shrunk below the mailbox's current usage. For optimistic
        concurrency, send `If-Match: <etag>` using the ETag from a prior GET. A mismatched
        `If-Match` returns `409 conflict` (the server's ETag is echoed back so you can
        decide whether to re-fetch). Responses carry the new ETag so chained edits can
        pipeline without a re-GET.

        ``PATCH /mailboxes/{public_id}`` (managementUpdateMailbox).

        Args:
            public_id: (required) Mailbox public ID
            display_name: Replace the display name; send null to clear it.
            quota_bytes: Storage quota in bytes. Allowed values: 1073741824 (1 GB),
                5368709120 (5 GB), 53687091200 (50 GB).
            send_scope: Replace outbound routing restrictions.
            if_match: Weak ETag from a prior GET. Reject with 409 conflict when the server's
                current ETag differs.
            body: the whole body as a ``UpdateMailboxBody``, instead of the field keywords
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
            "managementUpdateMailbox",
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
    ) -> APIResponse[MailboxDeletedResponseData]:
        """Delete a mailbox.

        Removes a mailbox from our mail platform, Amazon SES (for `@myagent.mx` addresses),
        and Sendmux. All associated API keys are revoked.

        ``DELETE /mailboxes/{public_id}`` (managementDeleteMailbox).

        Args:
            public_id: (required) Mailbox public ID
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
            "managementDeleteMailbox",
            (public_id,),
            {
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    def suspend(
        self,
        public_id: str,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[Mailbox]:
        """Suspend a mailbox.

        Suspends a mailbox without deleting messages, credentials, or settings. Suspended
        mailboxes cannot receive mail, authenticate to mailbox protocols, or send from the
        mailbox address. The operation is idempotent and accepts `Idempotency-Key` for safe
        retries.

        ``POST /mailboxes/{public_id}/suspend`` (managementSuspendMailbox).

        Args:
            public_id: (required) Mailbox public ID
            idempotency_key: Client-chosen unique key to safely retry the request. Cached
                for 24h per (team, endpoint, key). Left out, the client makes one per call and
                reuses it on every retry.
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                403, 404, 409, 503).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return self._call_raw(
            "managementSuspendMailbox",
            (public_id,),
            {
                "idempotency_key": idempotency_key,
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    def resume(
        self,
        public_id: str,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[Mailbox]:
        """Resume a mailbox.

        Restores a suspended mailbox so it can authenticate, receive mail, and send from the
        mailbox address again. The operation is idempotent and accepts `Idempotency-Key` for
        safe retries.

        ``POST /mailboxes/{public_id}/resume`` (managementResumeMailbox).

        Args:
            public_id: (required) Mailbox public ID
            idempotency_key: Client-chosen unique key to safely retry the request. Cached
                for 24h per (team, endpoint, key). Left out, the client makes one per call and
                reuses it on every retry.
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                403, 404, 409, 503).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return self._call_raw(
            "managementResumeMailbox",
            (public_id,),
            {
                "idempotency_key": idempotency_key,
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    def availability(
        self,
        *,
        email: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[MailboxAvailabilityResult]:
        """Check mailbox address availability.

        Checks whether an email address can be reserved for mailbox creation. `@myagent.mx`
        availability is global across all teams; custom-domain availability is scoped to the
        caller's team and requires a verified send/receive mailbox domain.

        ``GET /mailboxes/availability`` (managementCheckMailboxAvailability).

        Args:
            email: (required) Email address to check.
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
            "managementCheckMailboxAvailability",
            (),
            {
                "email": email,
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )


class AsyncMailboxesWithResponse(AsyncAPIResource):
    """``client.mailboxes.with_response``: returns ``APIResponse`` (async)."""

    filters: AsyncMailboxesFiltersWithResponse
    keys: AsyncMailboxesKeysWithResponse

    def __init__(self, client: AsyncSendmux) -> None:
        super().__init__(client)
        self.filters = AsyncMailboxesFiltersWithResponse(client)
        self.keys = AsyncMailboxesKeysWithResponse(client)

    async def list(
        self,
        *,
        limit: int | None = None,
        include_deleted: Literal["true"] | ManagementListMailboxesIncludeDeleted | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[Page[Mailbox]]:
        """List mailboxes.

        Returns a cursor-paginated list of mailboxes configured for the team, ordered by
        `created_at` descending. Pass `cursor=<next_cursor>` from the previous response to
        fetch the next page.

        ``GET /mailboxes`` (managementListMailboxes).

        Args:
            limit: Max results (default 50, max 100)
            include_deleted: Set to `true` to include deleted mailboxes in the response.
                Default `false`. Deleted mailboxes are retained for audit and delivery history.
                One of: 'true'.
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
            "managementListMailboxes",
            (),
            {
                "limit": limit,
                "include_deleted": include_deleted,
                "cursor": cursor,
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    @overload
    async def create(
        self,
        body: ManagementCreateMailboxBody,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[MailboxCreateResult]: ...

    @overload
    async def create(
        self,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Unpack[MailboxesCreateFields],
    ) -> APIResponse[MailboxCreateResult]: ...

    async def create(
        self,
        body: ManagementCreateMailboxBody | None = None,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> APIResponse[MailboxCreateResult]:
        """Create a mailbox.

        Provisions a new mailbox plus an initial bearer token and matching IMAP/SMTP mailbox
        password. The domain portion of the email must already be verified via POST
        /domains. If supplied, `quota_bytes` must be one of the current storage tiers:
        1073741824 (1 GB), 5368709120 (5 GB), or 53687091200 (50 GB). Creation provisions
        resources on our mail platform and, for `@myagent.mx` addresses, on Amazon SES — any
        failure rolls the partial state back automatically. Supply an `Idempotency-Key`
        header (any unique string, max 255 chars) to safely retry on network errors. Replays
        with the same key return the original response; replays with a different body return
        `409 idempotency_conflict`.

        ``POST /mailboxes`` (managementCreateMailbox).

        Args:
            email: (required) Mailbox email address to create.
            display_name: Optional display name shown in outbound From headers.
            quota_bytes: Storage quota in bytes. Allowed values: 1073741824 (1 GB),
                5368709120 (5 GB), 53687091200 (50 GB).
            send_scope: Optional outbound routing restrictions.
            idempotency_key: Client-chosen unique key to safely retry the request. Cached
                for 24h per (team, endpoint, key). Different body with same key returns 409
                idempotency_conflict. Left out, the client makes one per call and reuses it on
                every retry.
            body: the whole body as a ``ManagementCreateMailboxBody``, instead of the field
                keywords
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                400, 409, 413, 422, 503).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return await self._call_raw(
            "managementCreateMailbox",
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
    ) -> APIResponse[Mailbox]:
        """Get a mailbox.

        Returns a single mailbox, tenant-scoped to the caller's team. Responses carry a weak
        `ETag` header — send it back as `If-None-Match` on the next request and the server
        will return `304 Not Modified` (no body) when the resource has not changed. The same
        ETag is the value to use in `If-Match` on PATCH for optimistic concurrency.

        ``GET /mailboxes/{public_id}`` (managementGetMailbox).

        Args:
            public_id: (required) Mailbox public ID
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
            "managementGetMailbox",
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
        body: UpdateMailboxBody,
        *,
        if_match: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[Mailbox]: ...

    @overload
    async def update(
        self,
        public_id: str,
        *,
        if_match: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Unpack[MailboxesUpdateFields],
    ) -> APIResponse[Mailbox]: ...

    async def update(
        self,
        public_id: str,
        body: UpdateMailboxBody | None = None,
        *,
        if_match: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> APIResponse[Mailbox]:
        """Update a mailbox.

        Updates any combination of display_name, quota_bytes, and send_scope on a mailbox.
        The display_name and send_scope changes land in a single transaction; quota_bytes is
        applied afterwards because it also updates external state on our mail platform.
        Quota can only be set to 1073741824 (1 GB), 5368709120 (5 GB), or 53687091200 (50
        GB), and cannot be shrunk below the mailbox's current usage. For optimistic
        concurrency, send `If-Match: <etag>` using the ETag from a prior GET. A mismatched
        `If-Match` returns `409 conflict` (the server's ETag is echoed back so you can
        decide whether to re-fetch). Responses carry the new ETag so chained edits can
        pipeline without a re-GET.

        ``PATCH /mailboxes/{public_id}`` (managementUpdateMailbox).

        Args:
            public_id: (required) Mailbox public ID
            display_name: Replace the display name; send null to clear it.
            quota_bytes: Storage quota in bytes. Allowed values: 1073741824 (1 GB),
                5368709120 (5 GB), 53687091200 (50 GB).
            send_scope: Replace outbound routing restrictions.
            if_match: Weak ETag from a prior GET. Reject with 409 conflict when the server's
                current ETag differs.
            body: the whole body as a ``UpdateMailboxBody``, instead of the field keywords
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
            "managementUpdateMailbox",
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
    ) -> APIResponse[MailboxDeletedResponseData]:
        """Delete a mailbox.

        Removes a mailbox from our mail platform, Amazon SES (for `@myagent.mx` addresses),
        and Sendmux. All associated API keys are revoked.

        ``DELETE /mailboxes/{public_id}`` (managementDeleteMailbox).

        Args:
            public_id: (required) Mailbox public ID
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
            "managementDeleteMailbox",
            (public_id,),
            {
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    async def suspend(
        self,
        public_id: str,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[Mailbox]:
        """Suspend a mailbox.

        Suspends a mailbox without deleting messages, credentials, or settings. Suspended
        mailboxes cannot receive mail, authenticate to mailbox protocols, or send from the
        mailbox address. The operation is idempotent and accepts `Idempotency-Key` for safe
        retries.

        ``POST /mailboxes/{public_id}/suspend`` (managementSuspendMailbox).

        Args:
            public_id: (required) Mailbox public ID
            idempotency_key: Client-chosen unique key to safely retry the request. Cached
                for 24h per (team, endpoint, key). Left out, the client makes one per call and
                reuses it on every retry.
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                403, 404, 409, 503).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return await self._call_raw(
            "managementSuspendMailbox",
            (public_id,),
            {
                "idempotency_key": idempotency_key,
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    async def resume(
        self,
        public_id: str,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[Mailbox]:
        """Resume a mailbox.

        Restores a suspended mailbox so it can authenticate, receive mail, and send from the
        mailbox address again. The operation is idempotent and accepts `Idempotency-Key` for
        safe retries.

        ``POST /mailboxes/{public_id}/resume`` (managementResumeMailbox).

        Args:
            public_id: (required) Mailbox public ID
            idempotency_key: Client-chosen unique key to safely retry the request. Cached
                for 24h per (team, endpoint, key). Left out, the client makes one per call and
                reuses it on every retry.
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                403, 404, 409, 503).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return await self._call_raw(
            "managementResumeMailbox",
            (public_id,),
            {
                "idempotency_key": idempotency_key,
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    async def availability(
        self,
        *,
        email: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[MailboxAvailabilityResult]:
        """Check mailbox address availability.

        Checks whether an email address can be reserved for mailbox creation. `@myagent.mx`
        availability is global across all teams; custom-domain availability is scoped to the
        caller's team and requires a verified send/receive mailbox domain.

        ``GET /mailboxes/availability`` (managementCheckMailboxAvailability).

        Args:
            email: (required) Email address to check.
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
            "managementCheckMailboxAvailability",
            (),
            {
                "email": email,
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )


class MailboxesFilters(SyncAPIResource):
    """``client.mailboxes.filters``."""

    def __init__(self, client: Sendmux) -> None:
        super().__init__(client)

    @property
    def with_response(self) -> MailboxesFiltersWithResponse:
        """The same methods, each returning an ``APIResponse`` (status, headers, request id)."""
        return MailboxesFiltersWithResponse(self._client)

    def get(
        self,
        public_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> FilterState:
        """Get mailbox sender filters.

        Returns the current sender-filter mode and rule set for a mailbox. Mailbox-scoped
        rules override any domain-wide rules set on the parent domain. Responses carry a
        weak `ETag` — send it as `If-None-Match` to skip the body when the filter set has
        not changed (returns `304 Not Modified`). The same ETag is the value to use in
        `If-Match` on the corresponding PUT for optimistic concurrency.

        ``GET /mailboxes/{public_id}/filters`` (managementGetMailboxFilters).

        Args:
            public_id: (required) Mailbox public ID
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                404, 503).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return self._call(
            "managementGetMailboxFilters",
            (public_id,),
            {
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    @overload
    def set(
        self,
        public_id: str,
        body: SetFilterStateBody,
        *,
        if_match: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> FilterState: ...

    @overload
    def set(
        self,
        public_id: str,
        *,
        if_match: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Unpack[MailboxesFiltersSetFields],
    ) -> FilterState: ...

    def set(
        self,
        public_id: str,
        body: SetFilterStateBody | None = None,
        *,
        if_match: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> FilterState:
        """Replace mailbox sender filters.

        Atomically replaces the sender-filter mode and rule set for a mailbox. The entire
        rule set is swapped in a single operation — there is no intermediate state where the
        mailbox has a partial ruleset. A maximum of 1000 rules per request is enforced. For
        optimistic concurrency, send `If-Match: <etag>` using the ETag from a prior GET. A
        mismatched `If-Match` returns `409 conflict` (the server's ETag is echoed back so
        you can decide whether to re-fetch). Responses carry the new ETag so chained edits
        can pipeline without a re-GET.

        ``PUT /mailboxes/{public_id}/filters`` (managementSetMailboxFilters).

        Args:
            public_id: (required) Mailbox public ID
            mode: (required) One of: 'off', 'allowlist', 'denylist'.
            rules: (required) Replacement rule set. Maximum 1000 rules per request. An empty
                array is valid (no rules).
            if_match: Weak ETag from a prior GET. Reject with 409 conflict when the server's
                current ETag differs.
            body: the whole body as a ``SetFilterStateBody``, instead of the field keywords
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                400, 404, 409, 413, 422, 503).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return self._call(
            "managementSetMailboxFilters",
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


class AsyncMailboxesFilters(AsyncAPIResource):
    """``client.mailboxes.filters`` (async)."""

    def __init__(self, client: AsyncSendmux) -> None:
        super().__init__(client)

    @property
    def with_response(self) -> AsyncMailboxesFiltersWithResponse:
        """The same methods, each returning an ``APIResponse`` (status, headers, request id)."""
        return AsyncMailboxesFiltersWithResponse(self._client)

    async def get(
        self,
        public_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> FilterState:
        """Get mailbox sender filters.

        Returns the current sender-filter mode and rule set for a mailbox. Mailbox-scoped
        rules override any domain-wide rules set on the parent domain. Responses carry a
        weak `ETag` — send it as `If-None-Match` to skip the body when the filter set has
        not changed (returns `304 Not Modified`). The same ETag is the value to use in
        `If-Match` on the corresponding PUT for optimistic concurrency.

        ``GET /mailboxes/{public_id}/filters`` (managementGetMailboxFilters).

        Args:
            public_id: (required) Mailbox public ID
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                404, 503).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return await self._call(
            "managementGetMailboxFilters",
            (public_id,),
            {
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    @overload
    async def set(
        self,
        public_id: str,
        body: SetFilterStateBody,
        *,
        if_match: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> FilterState: ...

    @overload
    async def set(
        self,
        public_id: str,
        *,
        if_match: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Unpack[MailboxesFiltersSetFields],
    ) -> FilterState: ...

    async def set(
        self,
        public_id: str,
        body: SetFilterStateBody | None = None,
        *,
        if_match: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> FilterState:
        """Replace mailbox sender filters.

        Atomically replaces the sender-filter mode and rule set for a mailbox. The entire
        rule set is swapped in a single operation — there is no intermediate state where the
        mailbox has a partial ruleset. A maximum of 1000 rules per request is enforced. For
        optimistic concurrency, send `If-Match: <etag>` using the ETag from a prior GET. A
        mismatched `If-Match` returns `409 conflict` (the server's ETag is echoed back so
        you can decide whether to re-fetch). Responses carry the new ETag so chained edits
        can pipeline without a re-GET.

        ``PUT /mailboxes/{public_id}/filters`` (managementSetMailboxFilters).

        Args:
            public_id: (required) Mailbox public ID
            mode: (required) One of: 'off', 'allowlist', 'denylist'.
            rules: (required) Replacement rule set. Maximum 1000 rules per request. An empty
                array is valid (no rules).
            if_match: Weak ETag from a prior GET. Reject with 409 conflict when the server's
                current ETag differs.
            body: the whole body as a ``SetFilterStateBody``, instead of the field keywords
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                400, 404, 409, 413, 422, 503).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return await self._call(
            "managementSetMailboxFilters",
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


class MailboxesFiltersWithResponse(SyncAPIResource):
    """``client.mailboxes.filters.with_response``: returns ``APIResponse``."""

    def __init__(self, client: Sendmux) -> None:
        super().__init__(client)

    def get(
        self,
        public_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[FilterState]:
        """Get mailbox sender filters.

        Returns the current sender-filter mode and rule set for a mailbox. Mailbox-scoped
        rules override any domain-wide rules set on the parent domain. Responses carry a
        weak `ETag` — send it as `If-None-Match` to skip the body when the filter set has
        not changed (returns `304 Not Modified`). The same ETag is the value to use in
        `If-Match` on the corresponding PUT for optimistic concurrency.

        ``GET /mailboxes/{public_id}/filters`` (managementGetMailboxFilters).

        Args:
            public_id: (required) Mailbox public ID
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                404, 503).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return self._call_raw(
            "managementGetMailboxFilters",
            (public_id,),
            {
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    @overload
    def set(
        self,
        public_id: str,
        body: SetFilterStateBody,
        *,
        if_match: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[FilterState]: ...

    @overload
    def set(
        self,
        public_id: str,
        *,
        if_match: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Unpack[MailboxesFiltersSetFields],
    ) -> APIResponse[FilterState]: ...

    def set(
        self,
        public_id: str,
        body: SetFilterStateBody | None = None,
        *,
        if_match: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> APIResponse[FilterState]:
        """Replace mailbox sender filters.

        Atomically replaces the sender-filter mode and rule set for a mailbox. The entire
        rule set is swapped in a single operation — there is no intermediate state where the
        mailbox has a partial ruleset. A maximum of 1000 rules per request is enforced. For
        optimistic concurrency, send `If-Match: <etag>` using the ETag from a prior GET. A
        mismatched `If-Match` returns `409 conflict` (the server's ETag is echoed back so
        you can decide whether to re-fetch). Responses carry the new ETag so chained edits
        can pipeline without a re-GET.

        ``PUT /mailboxes/{public_id}/filters`` (managementSetMailboxFilters).

        Args:
            public_id: (required) Mailbox public ID
            mode: (required) One of: 'off', 'allowlist', 'denylist'.
            rules: (required) Replacement rule set. Maximum 1000 rules per request. An empty
                array is valid (no rules).
            if_match: Weak ETag from a prior GET. Reject with 409 conflict when the server's
                current ETag differs.
            body: the whole body as a ``SetFilterStateBody``, instead of the field keywords
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                400, 404, 409, 413, 422, 503).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return self._call_raw(
            "managementSetMailboxFilters",
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


class AsyncMailboxesFiltersWithResponse(AsyncAPIResource):
    """``client.mailboxes.filters.with_response``: returns ``APIResponse`` (async)."""

    def __init__(self, client: AsyncSendmux) -> None:
        super().__init__(client)

    async def get(
        self,
        public_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[FilterState]:
        """Get mailbox sender filters.

        Returns the current sender-filter mode and rule set for a mailbox. Mailbox-scoped
        rules override any domain-wide rules set on the parent domain. Responses carry a
        weak `ETag` — send it as `If-None-Match` to skip the body when the filter set has
        not changed (returns `304 Not Modified`). The same ETag is the value to use in
        `If-Match` on the corresponding PUT for optimistic concurrency.

        ``GET /mailboxes/{public_id}/filters`` (managementGetMailboxFilters).

        Args:
            public_id: (required) Mailbox public ID
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                404, 503).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return await self._call_raw(
            "managementGetMailboxFilters",
            (public_id,),
            {
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    @overload
    async def set(
        self,
        public_id: str,
        body: SetFilterStateBody,
        *,
        if_match: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[FilterState]: ...

    @overload
    async def set(
        self,
        public_id: str,
        *,
        if_match: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Unpack[MailboxesFiltersSetFields],
    ) -> APIResponse[FilterState]: ...

    async def set(
        self,
        public_id: str,
        body: SetFilterStateBody | None = None,
        *,
        if_match: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> APIResponse[FilterState]:
        """Replace mailbox sender filters.

        Atomically replaces the sender-filter mode and rule set for a mailbox. The entire
        rule set is swapped in a single operation — there is no intermediate state where the
        mailbox has a partial ruleset. A maximum of 1000 rules per request is enforced. For
        optimistic concurrency, send `If-Match: <etag>` using the ETag from a prior GET. A
        mismatched `If-Match` returns `409 conflict` (the server's ETag is echoed back so
        you can decide whether to re-fetch). Responses carry the new ETag so chained edits
        can pipeline without a re-GET.

        ``PUT /mailboxes/{public_id}/filters`` (managementSetMailboxFilters).

        Args:
            public_id: (required) Mailbox public ID
            mode: (required) One of: 'off', 'allowlist', 'denylist'.
            rules: (required) Replacement rule set. Maximum 1000 rules per request. An empty
                array is valid (no rules).
            if_match: Weak ETag from a prior GET. Reject with 409 conflict when the server's
                current ETag differs.
            body: the whole body as a ``SetFilterStateBody``, instead of the field keywords
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                400, 404, 409, 413, 422, 503).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return await self._call_raw(
            "managementSetMailboxFilters",
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


class MailboxesKeys(SyncAPIResource):
    """``client.mailboxes.keys``."""

    def __init__(self, client: Sendmux) -> None:
        super().__init__(client)

    @property
    def with_response(self) -> MailboxesKeysWithResponse:
        """The same methods, each returning an ``APIResponse`` (status, headers, request id)."""
        return MailboxesKeysWithResponse(self._client)

    @overload
    def create(
        self,
        public_id: str,
        body: ManagementCreateMailboxKeyBody,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> MailboxAppPasswordResult: ...

    @overload
    def create(
        self,
        public_id: str,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Unpack[MailboxesKeysCreateFields],
    ) -> MailboxAppPasswordResult: ...

    def create(
        self,
        public_id: str,
        body: ManagementCreateMailboxKeyBody | None = None,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> MailboxAppPasswordResult:
        """Create a mailbox API key.

        Mints an additional bearer token plus IMAP/SMTP mailbox password for an existing
        mailbox. The plaintext key and password are shown exactly once — store them
        immediately. Supply an `Idempotency-Key` header (any unique string, max 255 chars)
        to safely retry on network errors. Replays with the same key return the original
        response; replays with a different body return `409 idempotency_conflict`.

        ``POST /mailboxes/{public_id}/keys`` (managementCreateMailboxKey).

        Args:
            public_id: (required) Mailbox public ID
            app_name: (required) Human-friendly label for the new API key.
            idempotency_key: Client-chosen unique key to safely retry the request. Cached
                for 24h per (team, endpoint, key). Different body with same key returns 409
                idempotency_conflict. Left out, the client makes one per call and reuses it on
                every retry.
            body: the whole body as a ``ManagementCreateMailboxKeyBody``, instead of the
                field keywords
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                400, 404, 409, 413, 422, 503).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return self._call(
            "managementCreateMailboxKey",
            (public_id,),
            {
                "body": body,
                "fields": fields,
                "idempotency_key": idempotency_key,
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    def delete(
        self,
        public_id: str,
        key_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> MailboxKeyDeletedResponseData:
        """Revoke a mailbox API key.

        Revokes a specific bearer token + matching mailbox password. Idempotent on
        already-revoked keys.

        ``DELETE /mailboxes/{public_id}/keys/{key_id}`` (managementDeleteMailboxKey).

        Args:
            public_id: (required) Mailbox public ID
            key_id: (required) API key public ID
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
            "managementDeleteMailboxKey",
            (
                public_id,
                key_id,
            ),
            {
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )


class AsyncMailboxesKeys(AsyncAPIResource):
    """``client.mailboxes.keys`` (async)."""

    def __init__(self, client: AsyncSendmux) -> None:
        super().__init__(client)

    @property
    def with_response(self) -> AsyncMailboxesKeysWithResponse:
        """The same methods, each returning an ``APIResponse`` (status, headers, request id)."""
        return AsyncMailboxesKeysWithResponse(self._client)

    @overload
    async def create(
        self,
        public_id: str,
        body: ManagementCreateMailboxKeyBody,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> MailboxAppPasswordResult: ...

    @overload
    async def create(
        self,
        public_id: str,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Unpack[MailboxesKeysCreateFields],
    ) -> MailboxAppPasswordResult: ...

    async def create(
        self,
        public_id: str,
        body: ManagementCreateMailboxKeyBody | None = None,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> MailboxAppPasswordResult:
        """Create a mailbox API key.

        Mints an additional bearer token plus IMAP/SMTP mailbox password for an existing
        mailbox. The plaintext key and password are shown exactly once — store them
        immediately. Supply an `Idempotency-Key` header (any unique string, max 255 chars)
        to safely retry on network errors. Replays with the same key return the original
        response; replays with a different body return `409 idempotency_conflict`.

        ``POST /mailboxes/{public_id}/keys`` (managementCreateMailboxKey).

        Args:
            public_id: (required) Mailbox public ID
            app_name: (required) Human-friendly label for the new API key.
            idempotency_key: Client-chosen unique key to safely retry the request. Cached
                for 24h per (team, endpoint, key). Different body with same key returns 409
                idempotency_conflict. Left out, the client makes one per call and reuses it on
                every retry.
            body: the whole body as a ``ManagementCreateMailboxKeyBody``, instead of the
                field keywords
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                400, 404, 409, 413, 422, 503).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return await self._call(
            "managementCreateMailboxKey",
            (public_id,),
            {
                "body": body,
                "fields": fields,
                "idempotency_key": idempotency_key,
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    async def delete(
        self,
        public_id: str,
        key_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> MailboxKeyDeletedResponseData:
        """Revoke a mailbox API key.

        Revokes a specific bearer token + matching mailbox password. Idempotent on
        already-revoked keys.

        ``DELETE /mailboxes/{public_id}/keys/{key_id}`` (managementDeleteMailboxKey).

        Args:
            public_id: (required) Mailbox public ID
            key_id: (required) API key public ID
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
            "managementDeleteMailboxKey",
            (
                public_id,
                key_id,
            ),
            {
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )


class MailboxesKeysWithResponse(SyncAPIResource):
    """``client.mailboxes.keys.with_response``: returns ``APIResponse``."""

    def __init__(self, client: Sendmux) -> None:
        super().__init__(client)

    @overload
    def create(
        self,
        public_id: str,
        body: ManagementCreateMailboxKeyBody,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[MailboxAppPasswordResult]: ...

    @overload
    def create(
        self,
        public_id: str,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Unpack[MailboxesKeysCreateFields],
    ) -> APIResponse[MailboxAppPasswordResult]: ...

    def create(
        self,
        public_id: str,
        body: ManagementCreateMailboxKeyBody | None = None,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> APIResponse[MailboxAppPasswordResult]:
        """Create a mailbox API key.

        Mints an additional bearer token plus IMAP/SMTP mailbox password for an existing
        mailbox. The plaintext key and password are shown exactly once — store them
        immediately. Supply an `Idempotency-Key` header (any unique string, max 255 chars)
        to safely retry on network errors. Replays with the same key return the original
        response; replays with a different body return `409 idempotency_conflict`.

        ``POST /mailboxes/{public_id}/keys`` (managementCreateMailboxKey).

        Args:
            public_id: (required) Mailbox public ID
            app_name: (required) Human-friendly label for the new API key.
            idempotency_key: Client-chosen unique key to safely retry the request. Cached
                for 24h per (team, endpoint, key). Different body with same key returns 409
                idempotency_conflict. Left out, the client makes one per call and reuses it on
                every retry.
            body: the whole body as a ``ManagementCreateMailboxKeyBody``, instead of the
                field keywords
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                400, 404, 409, 413, 422, 503).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return self._call_raw(
            "managementCreateMailboxKey",
            (public_id,),
            {
                "body": body,
                "fields": fields,
                "idempotency_key": idempotency_key,
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    def delete(
        self,
        public_id: str,
        key_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[MailboxKeyDeletedResponseData]:
        """Revoke a mailbox API key.

        Revokes a specific bearer token + matching mailbox password. Idempotent on
        already-revoked keys.

        ``DELETE /mailboxes/{public_id}/keys/{key_id}`` (managementDeleteMailboxKey).

        Args:
            public_id: (required) Mailbox public ID
            key_id: (required) API key public ID
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
            "managementDeleteMailboxKey",
            (
                public_id,
                key_id,
            ),
            {
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )


class AsyncMailboxesKeysWithResponse(AsyncAPIResource):
    """``client.mailboxes.keys.with_response``: returns ``APIResponse`` (async)."""

    def __init__(self, client: AsyncSendmux) -> None:
        super().__init__(client)

    @overload
    async def create(
        self,
        public_id: str,
        body: ManagementCreateMailboxKeyBody,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[MailboxAppPasswordResult]: ...

    @overload
    async def create(
        self,
        public_id: str,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Unpack[MailboxesKeysCreateFields],
    ) -> APIResponse[MailboxAppPasswordResult]: ...

    async def create(
        self,
        public_id: str,
        body: ManagementCreateMailboxKeyBody | None = None,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> APIResponse[MailboxAppPasswordResult]:
        """Create a mailbox API key.

        Mints an additional bearer token plus IMAP/SMTP mailbox password for an existing
        mailbox. The plaintext key and password are shown exactly once — store them
        immediately. Supply an `Idempotency-Key` header (any unique string, max 255 chars)
        to safely retry on network errors. Replays with the same key return the original
        response; replays with a different body return `409 idempotency_conflict`.

        ``POST /mailboxes/{public_id}/keys`` (managementCreateMailboxKey).

        Args:
            public_id: (required) Mailbox public ID
            app_name: (required) Human-friendly label for the new API key.
            idempotency_key: Client-chosen unique key to safely retry the request. Cached
                for 24h per (team, endpoint, key). Different body with same key returns 409
                idempotency_conflict. Left out, the client makes one per call and reuses it on
                every retry.
            body: the whole body as a ``ManagementCreateMailboxKeyBody``, instead of the
                field keywords
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                400, 404, 409, 413, 422, 503).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return await self._call_raw(
            "managementCreateMailboxKey",
            (public_id,),
            {
                "body": body,
                "fields": fields,
                "idempotency_key": idempotency_key,
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    async def delete(
        self,
        public_id: str,
        key_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[MailboxKeyDeletedResponseData]:
        """Revoke a mailbox API key.

        Revokes a specific bearer token + matching mailbox password. Idempotent on
        already-revoked keys.

        ``DELETE /mailboxes/{public_id}/keys/{key_id}`` (managementDeleteMailboxKey).

        Args:
            public_id: (required) Mailbox public ID
            key_id: (required) API key public ID
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
            "managementDeleteMailboxKey",
            (
                public_id,
                key_id,
            ),
            {
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )
