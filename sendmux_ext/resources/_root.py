# Emitted by `make regen` (scripts/emit_resources.py) from openapi.json: do not edit.
"""The client's own methods and its resources: sync, async, and their ``with_response`` twins."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any

import httpx

from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import APIResponse

# Models are named here only: each loads on first use (typing.get_type_hints and
# sendmux_ext._hints resolve them through sendmux_api.models).
if TYPE_CHECKING:
    from sendmux_api.models import (
        Connection,
    )

    from .._client import AsyncSendmux, Sendmux
    from .billing import AsyncBilling, AsyncBillingWithResponse, Billing, BillingWithResponse
    from .domains import AsyncDomains, AsyncDomainsWithResponse, Domains, DomainsWithResponse
    from .emails import AsyncEmails, AsyncEmailsWithResponse, Emails, EmailsWithResponse
    from .inboxes import AsyncInboxes, AsyncInboxesWithResponse, Inboxes, InboxesWithResponse
    from .mailboxes import (
        AsyncMailboxes,
        AsyncMailboxesWithResponse,
        Mailboxes,
        MailboxesWithResponse,
    )
    from .providers import (
        AsyncProviders,
        AsyncProvidersWithResponse,
        Providers,
        ProvidersWithResponse,
    )
    from .webhooks import AsyncWebhooks, AsyncWebhooksWithResponse, Webhooks, WebhooksWithResponse

__all__ = [
    "AsyncRoot",
    "AsyncRootWithResponse",
    "Root",
    "RootWithResponse",
]


class Root(SyncAPIResource):
    """The client's own methods, and its resources."""

    def _build_resources(self, client: Sendmux) -> None:
        self._client = client

    @cached_property
    def providers(self) -> Providers:
        """``client.providers`` (its module loads on first use)."""
        from .providers import Providers

        return Providers(self._client)

    @cached_property
    def domains(self) -> Domains:
        """``client.domains`` (its module loads on first use)."""
        from .domains import Domains

        return Domains(self._client)

    @cached_property
    def mailboxes(self) -> Mailboxes:
        """``client.mailboxes`` (its module loads on first use)."""
        from .mailboxes import Mailboxes

        return Mailboxes(self._client)

    @cached_property
    def webhooks(self) -> Webhooks:
        """``client.webhooks`` (its module loads on first use)."""
        from .webhooks import Webhooks

        return Webhooks(self._client)

    @cached_property
    def emails(self) -> Emails:
        """``client.emails`` (its module loads on first use)."""
        from .emails import Emails

        return Emails(self._client)

    @cached_property
    def inboxes(self) -> Inboxes:
        """``client.inboxes`` (its module loads on first use)."""
        from .inboxes import Inboxes

        return Inboxes(self._client)

    @cached_property
    def billing(self) -> Billing:
        """``client.billing`` (its module loads on first use)."""
        from .billing import Billing

        return Billing(self._client)

    @property
    def with_response(self) -> RootWithResponse:
        """The same methods, each returning an ``APIResponse`` (status, headers, request id)."""
        return RootWithResponse(self._client)

    def me(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Connection:
        """Get Management connection.

        Validate this credential and return its team, connection label, permissions and
        authorised mailboxes. No additional read permission or mailbox selection is
        required. Mailbox storage and sending availability are not checked. No user profile
        or secrets are returned.

        ``GET /me`` (managementGetConnection).

        Args:
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                401, 403, 429, 500, 503).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return self._call(
            "managementGetConnection",
            (),
            {
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )


class AsyncRoot(AsyncAPIResource):
    """The client's own methods, and its resources."""

    def _build_resources(self, client: AsyncSendmux) -> None:
        self._client = client

    @cached_property
    def providers(self) -> AsyncProviders:
        """``client.providers`` (its module loads on first use)."""
        from .providers import AsyncProviders

        return AsyncProviders(self._client)

    @cached_property
    def domains(self) -> AsyncDomains:
        """``client.domains`` (its module loads on first use)."""
        from .domains import AsyncDomains

        return AsyncDomains(self._client)

    @cached_property
    def mailboxes(self) -> AsyncMailboxes:
        """``client.mailboxes`` (its module loads on first use)."""
        from .mailboxes import AsyncMailboxes

        return AsyncMailboxes(self._client)

    @cached_property
    def webhooks(self) -> AsyncWebhooks:
        """``client.webhooks`` (its module loads on first use)."""
        from .webhooks import AsyncWebhooks

        return AsyncWebhooks(self._client)

    @cached_property
    def emails(self) -> AsyncEmails:
        """``client.emails`` (its module loads on first use)."""
        from .emails import AsyncEmails

        return AsyncEmails(self._client)

    @cached_property
    def inboxes(self) -> AsyncInboxes:
        """``client.inboxes`` (its module loads on first use)."""
        from .inboxes import AsyncInboxes

        return AsyncInboxes(self._client)

    @cached_property
    def billing(self) -> AsyncBilling:
        """``client.billing`` (its module loads on first use)."""
        from .billing import AsyncBilling

        return AsyncBilling(self._client)

    @property
    def with_response(self) -> AsyncRootWithResponse:
        """The same methods, each returning an ``APIResponse`` (status, headers, request id)."""
        return AsyncRootWithResponse(self._client)

    async def me(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Connection:
        """Get Management connection.

        Validate this credential and return its team, connection label, permissions and
        authorised mailboxes. No additional read permission or mailbox selection is
        required. Mailbox storage and sending availability are not checked. No user profile
        or secrets are returned.

        ``GET /me`` (managementGetConnection).

        Args:
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                401, 403, 429, 500, 503).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return await self._call(
            "managementGetConnection",
            (),
            {
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )


class RootWithResponse(SyncAPIResource):
    """The client's own methods, returning an ``APIResponse``, and its resources."""

    @cached_property
    def providers(self) -> ProvidersWithResponse:
        """``client.providers.with_response`` (its module loads on first use)."""
        from .providers import ProvidersWithResponse

        return ProvidersWithResponse(self._client)

    @cached_property
    def domains(self) -> DomainsWithResponse:
        """``client.domains.with_response`` (its module loads on first use)."""
        from .domains import DomainsWithResponse

        return DomainsWithResponse(self._client)

    @cached_property
    def mailboxes(self) -> MailboxesWithResponse:
        """``client.mailboxes.with_response`` (its module loads on first use)."""
        from .mailboxes import MailboxesWithResponse

        return MailboxesWithResponse(self._client)

    @cached_property
    def webhooks(self) -> WebhooksWithResponse:
        """``client.webhooks.with_response`` (its module loads on first use)."""
        from .webhooks import WebhooksWithResponse

        return WebhooksWithResponse(self._client)

    @cached_property
    def emails(self) -> EmailsWithResponse:
        """``client.emails.with_response`` (its module loads on first use)."""
        from .emails import EmailsWithResponse

        return EmailsWithResponse(self._client)

    @cached_property
    def inboxes(self) -> InboxesWithResponse:
        """``client.inboxes.with_response`` (its module loads on first use)."""
        from .inboxes import InboxesWithResponse

        return InboxesWithResponse(self._client)

    @cached_property
    def billing(self) -> BillingWithResponse:
        """``client.billing.with_response`` (its module loads on first use)."""
        from .billing import BillingWithResponse

        return BillingWithResponse(self._client)

    def me(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[Connection]:
        """Get Management connection.

        Validate this credential and return its team, connection label, permissions and
        authorised mailboxes. No additional read permission or mailbox selection is
        required. Mailbox storage and sending availability are not checked. No user profile
        or secrets are returned.

        ``GET /me`` (managementGetConnection).

        Args:
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                401, 403, 429, 500, 503).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return self._call_raw(
            "managementGetConnection",
            (),
            {
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )


class AsyncRootWithResponse(AsyncAPIResource):
    """The client's own methods, returning an ``APIResponse``, and its resources."""

    @cached_property
    def providers(self) -> AsyncProvidersWithResponse:
        """``client.providers.with_response`` (its module loads on first use)."""
        from .providers import AsyncProvidersWithResponse

        return AsyncProvidersWithResponse(self._client)

    @cached_property
    def domains(self) -> AsyncDomainsWithResponse:
        """``client.domains.with_response`` (its module loads on first use)."""
        from .domains import AsyncDomainsWithResponse

        return AsyncDomainsWithResponse(self._client)

    @cached_property
    def mailboxes(self) -> AsyncMailboxesWithResponse:
        """``client.mailboxes.with_response`` (its module loads on first use)."""
        from .mailboxes import AsyncMailboxesWithResponse

        return AsyncMailboxesWithResponse(self._client)

    @cached_property
    def webhooks(self) -> AsyncWebhooksWithResponse:
        """``client.webhooks.with_response`` (its module loads on first use)."""
        from .webhooks import AsyncWebhooksWithResponse

        return AsyncWebhooksWithResponse(self._client)

    @cached_property
    def emails(self) -> AsyncEmailsWithResponse:
        """``client.emails.with_response`` (its module loads on first use)."""
        from .emails import AsyncEmailsWithResponse

        return AsyncEmailsWithResponse(self._client)

    @cached_property
    def inboxes(self) -> AsyncInboxesWithResponse:
        """``client.inboxes.with_response`` (its module loads on first use)."""
        from .inboxes import AsyncInboxesWithResponse

        return AsyncInboxesWithResponse(self._client)

    @cached_property
    def billing(self) -> AsyncBillingWithResponse:
        """``client.billing.with_response`` (its module loads on first use)."""
        from .billing import AsyncBillingWithResponse

        return AsyncBillingWithResponse(self._client)

    async def me(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[Connection]:
        """Get Management connection.

        Validate this credential and return its team, connection label, permissions and
        authorised mailboxes. No additional read permission or mailbox selection is
        required. Mailbox storage and sending availability are not checked. No user profile
        or secrets are returned.

        ``GET /me`` (managementGetConnection).

        Args:
            timeout: this call's timeout in seconds (or an httpx.Timeout).
            extra_headers: headers added to this call.
            extra_query: query parameters added to this call.

        Raises:
            InvalidRequestError: an argument is refused before anything is sent.
            APIError: the API's error, one subclass per error code (documented statuses:
                401, 403, 429, 500, 503).
            APIConnectionError: no answer (APITimeoutError: the timeout passed).
            APIResponseValidationError: the answer does not fit the spec.
        """
        return await self._call_raw(
            "managementGetConnection",
            (),
            {
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )
