# Emitted by `make regen` (scripts/emit_resources.py) from openapi.json: do not edit.
"""``client.domains``: sync, async, and their ``with_response`` twins."""

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
        DomainDeletedResponseData,
        FilterRule,
        FilterState,
        MailboxDomain,
        MailboxDomainVerifyResult,
        ManagementCreateDomainBody,
        ManagementCreateDomainBodyMode,
        ManagementUpdateDomainBody,
        ManagementUpdateDomainBodyMode,
        SetFilterStateBody,
        SetFilterStateBodyMode,
    )

    from .._client import AsyncSendmux, Sendmux

__all__ = [
    "AsyncDomains",
    "AsyncDomainsFilters",
    "AsyncDomainsFiltersWithResponse",
    "AsyncDomainsWithResponse",
    "Domains",
    "DomainsFilters",
    "DomainsFiltersWithResponse",
    "DomainsWithResponse",
]


class DomainsCreateFields(TypedDict, total=False):
    """The body fields of ``domains.create()`` (ManagementCreateDomainBody)."""

    domain: Required[str]
    mode: Literal["send_only", "send_receive"] | ManagementCreateDomainBodyMode


class DomainsUpdateFields(TypedDict, total=False):
    """The body fields of ``domains.update()`` (ManagementUpdateDomainBody)."""

    mode: Required[Literal["send_receive"] | ManagementUpdateDomainBodyMode]


class DomainsFiltersSetFields(TypedDict, total=False):
    """The body fields of ``domains.filters.set()`` (SetFilterStateBody)."""

    mode: Required[Literal["allowlist", "denylist", "off"] | SetFilterStateBodyMode]
    rules: Required[Sequence[FilterRule | Mapping[str, Any]]]


class Domains(SyncAPIResource):
    """``client.domains``."""

    filters: DomainsFilters

    def __init__(self, client: Sendmux) -> None:
        super().__init__(client)
        self.filters = DomainsFilters(client)

    @property
    def with_response(self) -> DomainsWithResponse:
        """The same methods, each returning an ``APIResponse`` (status, headers, request id)."""
        return DomainsWithResponse(self._client)

    def list(
        self,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Paginator[MailboxDomain]:
        """List mailbox domains.

        Returns a cursor-paginated list of sending domains configured for the team, ordered
        by `created_at` descending. Each entry includes the DNS records the customer must
        place, the current verification status, and the SES DKIM state. Pass
        `cursor=<next_cursor>` from the previous response to fetch the next page.

        ``GET /domains`` (managementListDomains).

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
            "managementListDomains",
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
        body: ManagementCreateDomainBody,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> MailboxDomain: ...

    @overload
    def create(
        self,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Unpack[DomainsCreateFields],
    ) -> MailboxDomain: ...

    def create(
        self,
        body: ManagementCreateDomainBody | None = None,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> MailboxDomain:
        """Add a mailbox domain.

        Creates a new domain and returns the DNS records the customer must place before
        verification can succeed. `send_only` configures outbound sending without changing
        MX records. `send_receive` also configures the domain for hosted mailboxes.
        Provisioning touches our email platform and Amazon SES; on any failure the partial
        state is automatically rolled back. Supply an `Idempotency-Key` header (any unique
        string, max 255 chars) to safely retry on network errors. Replays with the same key
        return the original response; replays with a different body return `409
        idempotency_conflict`.

        ``POST /domains`` (managementCreateDomain).

        Args:
            domain: (required) Fully qualified domain name. Must be lowercased and
                domain-only (no scheme).
            mode: Domain usage mode. Defaults to `send_receive` when omitted. One of:
                'send_only', 'send_receive'.
            idempotency_key: Client-chosen unique key to safely retry the request. Cached
                for 24h per (team, endpoint, key). Different body with same key returns 409
                idempotency_conflict. Left out, the client makes one per call and reuses it on
                every retry.
            body: the whole body as a ``ManagementCreateDomainBody``, instead of the field
                keywords
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                400, 409, 413, 503).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return self._call(
            "managementCreateDomain",
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
    ) -> MailboxDomain:
        """Get a mailbox domain.

        Returns a single domain including its DNS records and latest verification state.
        Responses carry a weak `ETag` header — send it back as `If-None-Match` on the next
        request and the server will return `304 Not Modified` (no body) when the resource
        has not changed.

        ``GET /domains/{public_id}`` (managementGetDomain).

        Args:
            public_id: (required) Domain public ID
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
            "managementGetDomain",
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
        body: ManagementUpdateDomainBody,
        *,
        if_match: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> MailboxDomain: ...

    @overload
    def update(
        self,
        public_id: str,
        *,
        if_match: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Unpack[DomainsUpdateFields],
    ) -> MailboxDomain: ...

    def update(
        self,
        public_id: str,
        body: ManagementUpdateDomainBody | None = None,
        *,
        if_match: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> MailboxDomain:
        """Update a mailbox domain.

        Upgrades a send-only domain to sending and receiving. Downgrades are rejected. After
        upgrade, the domain returns to `pending` until the required MX record verifies.

        ``PATCH /domains/{public_id}`` (managementUpdateDomain).

        Args:
            public_id: (required) Domain public ID
            mode: (required) The only supported update is upgrading to `send_receive`. One
                of: 'send_receive'.
            if_match: Weak ETag from a prior GET. Reject with 409 conflict when the server's
                current ETag differs.
            body: the whole body as a ``ManagementUpdateDomainBody``, instead of the field
                keywords
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
            "managementUpdateDomain",
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
    ) -> DomainDeletedResponseData:
        """Delete a mailbox domain.

        Removes a domain from our mail platform, Amazon SES, and Sendmux. Blocked if any
        active mailbox still uses the domain — delete those mailboxes first.

        ``DELETE /domains/{public_id}`` (managementDeleteDomain).

        Args:
            public_id: (required) Domain public ID
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                404, 409, 500, 503).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return self._call(
            "managementDeleteDomain",
            (public_id,),
            {
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    def verify(
        self,
        public_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> MailboxDomainVerifyResult:
        """Verify a mailbox domain.

        Checks the domain's published DNS records and latest Amazon SES DKIM and MAIL FROM
        statuses. If every required check passes, the domain is marked verified. A
        previously failed domain remains failed until a complete check succeeds. Domains
        automatically re-verify every 6 hours — this endpoint is only needed to trigger a
        check on demand.

        ``POST /domains/{public_id}/verify`` (managementVerifyDomain).

        Args:
            public_id: (required) Domain public ID
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                404, 409, 500, 503).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return self._call(
            "managementVerifyDomain",
            (public_id,),
            {
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    def zone_file(
        self,
        public_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> str:
        """Download a domain as a zone file.

        Returns the domain's DNS records formatted as a BIND-style zone file fragment.
        Suitable for direct paste into a DNS provider that accepts zone-file imports.

        ``GET /domains/{public_id}/zone-file`` (managementGetDomainZoneFile).

        Args:
            public_id: (required) Domain public ID
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
            "managementGetDomainZoneFile",
            (public_id,),
            {
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )


class AsyncDomains(AsyncAPIResource):
    """``client.domains`` (async)."""

    filters: AsyncDomainsFilters

    def __init__(self, client: AsyncSendmux) -> None:
        super().__init__(client)
        self.filters = AsyncDomainsFilters(client)

    @property
    def with_response(self) -> AsyncDomainsWithResponse:
        """The same methods, each returning an ``APIResponse`` (status, headers, request id)."""
        return AsyncDomainsWithResponse(self._client)

    def list(
        self,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AsyncPaginator[MailboxDomain]:
        """List mailbox domains.

        Returns a cursor-paginated list of sending domains configured for the team, ordered
        by `created_at` descending. Each entry includes the DNS records the customer must
        place, the current verification status, and the SES DKIM state. Pass
        `cursor=<next_cursor>` from the previous response to fetch the next page.

        ``GET /domains`` (managementListDomains).

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
            "managementListDomains",
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
        body: ManagementCreateDomainBody,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> MailboxDomain: ...

    @overload
    async def create(
        self,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Unpack[DomainsCreateFields],
    ) -> MailboxDomain: ...

    async def create(
        self,
        body: ManagementCreateDomainBody | None = None,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> MailboxDomain:
        """Add a mailbox domain.

        Creates a new domain and returns the DNS records the customer must place before
        verification can succeed. `send_only` configures outbound sending without changing
        MX records. `send_receive` also configures the domain for hosted mailboxes.
        Provisioning touches our email platform and Amazon SES; on any failure the partial
        state is automatically rolled back. Supply an `Idempotency-Key` header (any unique
        string, max 255 chars) to safely retry on network errors. Replays with the same key
        return the original response; replays with a different body return `409
        idempotency_conflict`.

        ``POST /domains`` (managementCreateDomain).

        Args:
            domain: (required) Fully qualified domain name. Must be lowercased and
                domain-only (no scheme).
            mode: Domain usage mode. Defaults to `send_receive` when omitted. One of:
                'send_only', 'send_receive'.
            idempotency_key: Client-chosen unique key to safely retry the request. Cached
                for 24h per (team, endpoint, key). Different body with same key returns 409
                idempotency_conflict. Left out, the client makes one per call and reuses it on
                every retry.
            body: the whole body as a ``ManagementCreateDomainBody``, instead of the field
                keywords
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                400, 409, 413, 503).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return await self._call(
            "managementCreateDomain",
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
    ) -> MailboxDomain:
        """Get a mailbox domain.

        Returns a single domain including its DNS records and latest verification state.
        Responses carry a weak `ETag` header — send it back as `If-None-Match` on the next
        request and the server will return `304 Not Modified` (no body) when the resource
        has not changed.

        ``GET /domains/{public_id}`` (managementGetDomain).

        Args:
            public_id: (required) Domain public ID
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
            "managementGetDomain",
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
        body: ManagementUpdateDomainBody,
        *,
        if_match: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> MailboxDomain: ...

    @overload
    async def update(
        self,
        public_id: str,
        *,
        if_match: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Unpack[DomainsUpdateFields],
    ) -> MailboxDomain: ...

    async def update(
        self,
        public_id: str,
        body: ManagementUpdateDomainBody | None = None,
        *,
        if_match: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> MailboxDomain:
        """Update a mailbox domain.

        Upgrades a send-only domain to sending and receiving. Downgrades are rejected. After
        upgrade, the domain returns to `pending` until the required MX record verifies.

        ``PATCH /domains/{public_id}`` (managementUpdateDomain).

        Args:
            public_id: (required) Domain public ID
            mode: (required) The only supported update is upgrading to `send_receive`. One
                of: 'send_receive'.
            if_match: Weak ETag from a prior GET. Reject with 409 conflict when the server's
                current ETag differs.
            body: the whole body as a ``ManagementUpdateDomainBody``, instead of the field
                keywords
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
            "managementUpdateDomain",
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
    ) -> DomainDeletedResponseData:
        """Delete a mailbox domain.

        Removes a domain from our mail platform, Amazon SES, and Sendmux. Blocked if any
        active mailbox still uses the domain — delete those mailboxes first.

        ``DELETE /domains/{public_id}`` (managementDeleteDomain).

        Args:
            public_id: (required) Domain public ID
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                404, 409, 500, 503).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return await self._call(
            "managementDeleteDomain",
            (public_id,),
            {
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    async def verify(
        self,
        public_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> MailboxDomainVerifyResult:
        """Verify a mailbox domain.

        Checks the domain's published DNS records and latest Amazon SES DKIM and MAIL FROM
        statuses. If every required check passes, the domain is marked verified. A
        previously failed domain remains failed until a complete check succeeds. Domains
        automatically re-verify every 6 hours — this endpoint is only needed to trigger a
        check on demand.

        ``POST /domains/{public_id}/verify`` (managementVerifyDomain).

        Args:
            public_id: (required) Domain public ID
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                404, 409, 500, 503).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return await self._call(
            "managementVerifyDomain",
            (public_id,),
            {
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    async def zone_file(
        self,
        public_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> str:
        """Download a domain as a zone file.

        Returns the domain's DNS records formatted as a BIND-style zone file fragment.
        Suitable for direct paste into a DNS provider that accepts zone-file imports.

        ``GET /domains/{public_id}/zone-file`` (managementGetDomainZoneFile).

        Args:
            public_id: (required) Domain public ID
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
            "managementGetDomainZoneFile",
            (public_id,),
            {
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )


class DomainsWithResponse(SyncAPIResource):
    """``client.domains.with_response``: returns ``APIResponse``."""

    filters: DomainsFiltersWithResponse

    def __init__(self, client: Sendmux) -> None:
        super().__init__(client)
        self.filters = DomainsFiltersWithResponse(client)

    def list(
        self,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[Page[MailboxDomain]]:
        """List mailbox domains.

        Returns a cursor-paginated list of sending domains configured for the team, ordered
        by `created_at` descending. Each entry includes the DNS records the customer must
        place, the current verification status, and the SES DKIM state. Pass
        `cursor=<next_cursor>` from the previous response to fetch the next page.

        ``GET /domains`` (managementListDomains).

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
            "managementListDomains",
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
        body: ManagementCreateDomainBody,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[MailboxDomain]: ...

    @overload
    def create(
        self,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Unpack[DomainsCreateFields],
    ) -> APIResponse[MailboxDomain]: ...

    def create(
        self,
        body: ManagementCreateDomainBody | None = None,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> APIResponse[MailboxDomain]:
        """Add a mailbox domain.

        Creates a new domain and returns the DNS records the customer must place before
        verification can succeed. `send_only` configures outbound sending without changing
        MX records. `send_receive` also configures the domain for hosted mailboxes.
        Provisioning touches our email platform and Amazon SES; on any failure the partial
        state is automatically rolled back. Supply an `Idempotency-Key` header (any unique
        string, max 255 chars) to safely retry on network errors. Replays with the same key
        return the original response; replays with a different body return `409
        idempotency_conflict`.

        ``POST /domains`` (managementCreateDomain).

        Args:
            domain: (required) Fully qualified domain name. Must be lowercased and
                domain-only (no scheme).
            mode: Domain usage mode. Defaults to `send_receive` when omitted. One of:
                'send_only', 'send_receive'.
            idempotency_key: Client-chosen unique key to safely retry the request. Cached
                for 24h per (team, endpoint, key). Different body with same key returns 409
                idempotency_conflict. Left out, the client makes one per call and reuses it on
                every retry.
            body: the whole body as a ``ManagementCreateDomainBody``, instead of the field
                keywords
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                400, 409, 413, 503).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return self._call_raw(
            "managementCreateDomain",
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
    ) -> APIResponse[MailboxDomain]:
        """Get a mailbox domain.

        Returns a single domain including its DNS records and latest verification state.
        Responses carry a weak `ETag` header — send it back as `If-None-Match` on the next
        request and the server will return `304 Not Modified` (no body) when the resource
        has not changed.

        ``GET /domains/{public_id}`` (managementGetDomain).

        Args:
            public_id: (required) Domain public ID
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
            "managementGetDomain",
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
        body: ManagementUpdateDomainBody,
        *,
        if_match: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[MailboxDomain]: ...

    @overload
    def update(
        self,
        public_id: str,
        *,
        if_match: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Unpack[DomainsUpdateFields],
    ) -> APIResponse[MailboxDomain]: ...

    def update(
        self,
        public_id: str,
        body: ManagementUpdateDomainBody | None = None,
        *,
        if_match: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> APIResponse[MailboxDomain]:
        """Update a mailbox domain.

        Upgrades a send-only domain to sending and receiving. Downgrades are rejected. After
        upgrade, the domain returns to `pending` until the required MX record verifies.

        ``PATCH /domains/{public_id}`` (managementUpdateDomain).

        Args:
            public_id: (required) Domain public ID
            mode: (required) The only supported update is upgrading to `send_receive`. One
                of: 'send_receive'.
            if_match: Weak ETag from a prior GET. Reject with 409 conflict when the server's
                current ETag differs.
            body: the whole body as a ``ManagementUpdateDomainBody``, instead of the field
                keywords
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
            "managementUpdateDomain",
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
    ) -> APIResponse[DomainDeletedResponseData]:
        """Delete a mailbox domain.

        Removes a domain from our mail platform, Amazon SES, and Sendmux. Blocked if any
        active mailbox still uses the domain — delete those mailboxes first.

        ``DELETE /domains/{public_id}`` (managementDeleteDomain).

        Args:
            public_id: (required) Domain public ID
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                404, 409, 500, 503).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return self._call_raw(
            "managementDeleteDomain",
            (public_id,),
            {
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    def verify(
        self,
        public_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[MailboxDomainVerifyResult]:
        """Verify a mailbox domain.

        Checks the domain's published DNS records and latest Amazon SES DKIM and MAIL FROM
        statuses. If every required check passes, the domain is marked verified. A
        previously failed domain remains failed until a complete check succeeds. Domains
        automatically re-verify every 6 hours — this endpoint is only needed to trigger a
        check on demand.

        ``POST /domains/{public_id}/verify`` (managementVerifyDomain).

        Args:
            public_id: (required) Domain public ID
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                404, 409, 500, 503).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return self._call_raw(
            "managementVerifyDomain",
            (public_id,),
            {
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    def zone_file(
        self,
        public_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[str]:
        """Download a domain as a zone file.

        Returns the domain's DNS records formatted as a BIND-style zone file fragment.
        Suitable for direct paste into a DNS provider that accepts zone-file imports.

        ``GET /domains/{public_id}/zone-file`` (managementGetDomainZoneFile).

        Args:
            public_id: (required) Domain public ID
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
            "managementGetDomainZoneFile",
            (public_id,),
            {
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )


class AsyncDomainsWithResponse(AsyncAPIResource):
    """``client.domains.with_response``: returns ``APIResponse`` (async)."""

    filters: AsyncDomainsFiltersWithResponse

    def __init__(self, client: AsyncSendmux) -> None:
        super().__init__(client)
        self.filters = AsyncDomainsFiltersWithResponse(client)

    async def list(
        self,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[Page[MailboxDomain]]:
        """List mailbox domains.

        Returns a cursor-paginated list of sending domains configured for the team, ordered
        by `created_at` descending. Each entry includes the DNS records the customer must
        place, the current verification status, and the SES DKIM state. Pass
        `cursor=<next_cursor>` from the previous response to fetch the next page.

        ``GET /domains`` (managementListDomains).

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
            "managementListDomains",
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
        body: ManagementCreateDomainBody,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[MailboxDomain]: ...

    @overload
    async def create(
        self,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Unpack[DomainsCreateFields],
    ) -> APIResponse[MailboxDomain]: ...

    async def create(
        self,
        body: ManagementCreateDomainBody | None = None,
        *,
        idempotency_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> APIResponse[MailboxDomain]:
        """Add a mailbox domain.

        Creates a new domain and returns the DNS records the customer must place before
        verification can succeed. `send_only` configures outbound sending without changing
        MX records. `send_receive` also configures the domain for hosted mailboxes.
        Provisioning touches our email platform and Amazon SES; on any failure the partial
        state is automatically rolled back. Supply an `Idempotency-Key` header (any unique
        string, max 255 chars) to safely retry on network errors. Replays with the same key
        return the original response; replays with a different body return `409
        idempotency_conflict`.

        ``POST /domains`` (managementCreateDomain).

        Args:
            domain: (required) Fully qualified domain name. Must be lowercased and
                domain-only (no scheme).
            mode: Domain usage mode. Defaults to `send_receive` when omitted. One of:
                'send_only', 'send_receive'.
            idempotency_key: Client-chosen unique key to safely retry the request. Cached
                for 24h per (team, endpoint, key). Different body with same key returns 409
                idempotency_conflict. Left out, the client makes one per call and reuses it on
                every retry.
            body: the whole body as a ``ManagementCreateDomainBody``, instead of the field
                keywords
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                400, 409, 413, 503).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return await self._call_raw(
            "managementCreateDomain",
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
    ) -> APIResponse[MailboxDomain]:
        """Get a mailbox domain.

        Returns a single domain including its DNS records and latest verification state.
        Responses carry a weak `ETag` header — send it back as `If-None-Match` on the next
        request and the server will return `304 Not Modified` (no body) when the resource
        has not changed.

        ``GET /domains/{public_id}`` (managementGetDomain).

        Args:
            public_id: (required) Domain public ID
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
            "managementGetDomain",
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
        body: ManagementUpdateDomainBody,
        *,
        if_match: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[MailboxDomain]: ...

    @overload
    async def update(
        self,
        public_id: str,
        *,
        if_match: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Unpack[DomainsUpdateFields],
    ) -> APIResponse[MailboxDomain]: ...

    async def update(
        self,
        public_id: str,
        body: ManagementUpdateDomainBody | None = None,
        *,
        if_match: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> APIResponse[MailboxDomain]:
        """Update a mailbox domain.

        Upgrades a send-only domain to sending and receiving. Downgrades are rejected. After
        upgrade, the domain returns to `pending` until the required MX record verifies.

        ``PATCH /domains/{public_id}`` (managementUpdateDomain).

        Args:
            public_id: (required) Domain public ID
            mode: (required) The only supported update is upgrading to `send_receive`. One
                of: 'send_receive'.
            if_match: Weak ETag from a prior GET. Reject with 409 conflict when the server's
                current ETag differs.
            body: the whole body as a ``ManagementUpdateDomainBody``, instead of the field
                keywords
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
            "managementUpdateDomain",
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
    ) -> APIResponse[DomainDeletedResponseData]:
        """Delete a mailbox domain.

        Removes a domain from our mail platform, Amazon SES, and Sendmux. Blocked if any
        active mailbox still uses the domain — delete those mailboxes first.

        ``DELETE /domains/{public_id}`` (managementDeleteDomain).

        Args:
            public_id: (required) Domain public ID
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                404, 409, 500, 503).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return await self._call_raw(
            "managementDeleteDomain",
            (public_id,),
            {
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    async def verify(
        self,
        public_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[MailboxDomainVerifyResult]:
        """Verify a mailbox domain.

        Checks the domain's published DNS records and latest Amazon SES DKIM and MAIL FROM
        statuses. If every required check passes, the domain is marked verified. A
        previously failed domain remains failed until a complete check succeeds. Domains
        automatically re-verify every 6 hours — this endpoint is only needed to trigger a
        check on demand.

        ``POST /domains/{public_id}/verify`` (managementVerifyDomain).

        Args:
            public_id: (required) Domain public ID
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                404, 409, 500, 503).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return await self._call_raw(
            "managementVerifyDomain",
            (public_id,),
            {
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    async def zone_file(
        self,
        public_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[str]:
        """Download a domain as a zone file.

        Returns the domain's DNS records formatted as a BIND-style zone file fragment.
        Suitable for direct paste into a DNS provider that accepts zone-file imports.

        ``GET /domains/{public_id}/zone-file`` (managementGetDomainZoneFile).

        Args:
            public_id: (required) Domain public ID
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
            "managementGetDomainZoneFile",
            (public_id,),
            {
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )


class DomainsFilters(SyncAPIResource):
    """``client.domains.filters``."""

    def __init__(self, client: Sendmux) -> None:
        super().__init__(client)

    @property
    def with_response(self) -> DomainsFiltersWithResponse:
        """The same methods, each returning an ``APIResponse`` (status, headers, request id)."""
        return DomainsFiltersWithResponse(self._client)

    def get(
        self,
        public_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> FilterState:
        """Get domain-wide sender filters.

        Returns the current sender-filter mode and rule set applied to every mailbox under
        this domain. Only sending and receiving domains support domain-wide filters.
        Per-mailbox rules take precedence at match time. Responses carry a weak `ETag` —
        send it as `If-None-Match` to skip the body when the filter set has not changed
        (returns `304 Not Modified`). The same ETag is the value to use in `If-Match` on the
        corresponding PUT for optimistic concurrency.

        ``GET /domains/{public_id}/filters`` (managementGetDomainFilters).

        Args:
            public_id: (required) Domain public ID
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
            "managementGetDomainFilters",
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
        **fields: Unpack[DomainsFiltersSetFields],
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
        """Replace domain-wide sender filters.

        Atomically replaces the sender-filter mode and rule set for an entire sending and
        receiving domain. Applies to every mailbox under the domain unless that mailbox has
        its own per-mailbox rules (which take precedence). Maximum 1000 rules per request.
        For optimistic concurrency, send `If-Match: <etag>` using the ETag from a prior GET.
        A mismatched `If-Match` returns `409 conflict` (the server's ETag is echoed back so
        you can decide whether to re-fetch). Responses carry the new ETag so chained edits
        can pipeline without a re-GET.

        ``PUT /domains/{public_id}/filters`` (managementSetDomainFilters).

        Args:
            public_id: (required) Domain public ID
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
            "managementSetDomainFilters",
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


class AsyncDomainsFilters(AsyncAPIResource):
    """``client.domains.filters`` (async)."""

    def __init__(self, client: AsyncSendmux) -> None:
        super().__init__(client)

    @property
    def with_response(self) -> AsyncDomainsFiltersWithResponse:
        """The same methods, each returning an ``APIResponse`` (status, headers, request id)."""
        return AsyncDomainsFiltersWithResponse(self._client)

    async def get(
        self,
        public_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> FilterState:
        """Get domain-wide sender filters.

        Returns the current sender-filter mode and rule set applied to every mailbox under
        this domain. Only sending and receiving domains support domain-wide filters.
        Per-mailbox rules take precedence at match time. Responses carry a weak `ETag` —
        send it as `If-None-Match` to skip the body when the filter set has not changed
        (returns `304 Not Modified`). The same ETag is the value to use in `If-Match` on the
        corresponding PUT for optimistic concurrency.

        ``GET /domains/{public_id}/filters`` (managementGetDomainFilters).

        Args:
            public_id: (required) Domain public ID
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
            "managementGetDomainFilters",
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
        **fields: Unpack[DomainsFiltersSetFields],
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
        """Replace domain-wide sender filters.

        Atomically replaces the sender-filter mode and rule set for an entire sending and
        receiving domain. Applies to every mailbox under the domain unless that mailbox has
        its own per-mailbox rules (which take precedence). Maximum 1000 rules per request.
        For optimistic concurrency, send `If-Match: <etag>` using the ETag from a prior GET.
        A mismatched `If-Match` returns `409 conflict` (the server's ETag is echoed back so
        you can decide whether to re-fetch). Responses carry the new ETag so chained edits
        can pipeline without a re-GET.

        ``PUT /domains/{public_id}/filters`` (managementSetDomainFilters).

        Args:
            public_id: (required) Domain public ID
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
            "managementSetDomainFilters",
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


class DomainsFiltersWithResponse(SyncAPIResource):
    """``client.domains.filters.with_response``: returns ``APIResponse``."""

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
        """Get domain-wide sender filters.

        Returns the current sender-filter mode and rule set applied to every mailbox under
        this domain. Only sending and receiving domains support domain-wide filters.
        Per-mailbox rules take precedence at match time. Responses carry a weak `ETag` —
        send it as `If-None-Match` to skip the body when the filter set has not changed
        (returns `304 Not Modified`). The same ETag is the value to use in `If-Match` on the
        corresponding PUT for optimistic concurrency.

        ``GET /domains/{public_id}/filters`` (managementGetDomainFilters).

        Args:
            public_id: (required) Domain public ID
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
            "managementGetDomainFilters",
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
        **fields: Unpack[DomainsFiltersSetFields],
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
        """Replace domain-wide sender filters.

        Atomically replaces the sender-filter mode and rule set for an entire sending and
        receiving domain. Applies to every mailbox under the domain unless that mailbox has
        its own per-mailbox rules (which take precedence). Maximum 1000 rules per request.
        For optimistic concurrency, send `If-Match: <etag>` using the ETag from a prior GET.
        A mismatched `If-Match` returns `409 conflict` (the server's ETag is echoed back so
        you can decide whether to re-fetch). Responses carry the new ETag so chained edits
        can pipeline without a re-GET.

        ``PUT /domains/{public_id}/filters`` (managementSetDomainFilters).

        Args:
            public_id: (required) Domain public ID
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
            "managementSetDomainFilters",
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


class AsyncDomainsFiltersWithResponse(AsyncAPIResource):
    """``client.domains.filters.with_response``: returns ``APIResponse`` (async)."""

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
        """Get domain-wide sender filters.

        Returns the current sender-filter mode and rule set applied to every mailbox under
        this domain. Only sending and receiving domains support domain-wide filters.
        Per-mailbox rules take precedence at match time. Responses carry a weak `ETag` —
        send it as `If-None-Match` to skip the body when the filter set has not changed
        (returns `304 Not Modified`). The same ETag is the value to use in `If-Match` on the
        corresponding PUT for optimistic concurrency.

        ``GET /domains/{public_id}/filters`` (managementGetDomainFilters).

        Args:
            public_id: (required) Domain public ID
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
            "managementGetDomainFilters",
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
        **fields: Unpack[DomainsFiltersSetFields],
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
        """Replace domain-wide sender filters.

        Atomically replaces the sender-filter mode and rule set for an entire sending and
        receiving domain. Applies to every mailbox under the domain unless that mailbox has
        its own per-mailbox rules (which take precedence). Maximum 1000 rules per request.
        For optimistic concurrency, send `If-Match: <etag>` using the ETag from a prior GET.
        A mismatched `If-Match` returns `409 conflict` (the server's ETag is echoed back so
        you can decide whether to re-fetch). Responses carry the new ETag so chained edits
        can pipeline without a re-GET.

        ``PUT /domains/{public_id}/filters`` (managementSetDomainFilters).

        Args:
            public_id: (required) Domain public ID
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
            "managementSetDomainFilters",
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
