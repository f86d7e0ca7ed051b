# Emitted by `make regen` (scripts/emit_resources.py) from openapi.json: do not edit.
"""``client.billing``: sync, async, and their ``with_response`` twins."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal

import httpx

from .._pagination import AsyncPaginator, Page, Paginator
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import APIResponse

# Models are named here only: each loads on first use (typing.get_type_hints and
# sendmux_ext._hints resolve them through sendmux_api.models).
if TYPE_CHECKING:
    from sendmux_api.models import (
        Balance,
        ManagementGetSpendSummaryDays,
        ManagementListTransactionsType,
        SpendSummary,
        Transaction,
    )

    from .._client import AsyncSendmux, Sendmux

__all__ = [
    "AsyncBilling",
    "AsyncBillingWithResponse",
    "Billing",
    "BillingWithResponse",
]


class Billing(SyncAPIResource):
    """``client.billing``."""

    def __init__(self, client: Sendmux) -> None:
        super().__init__(client)

    @property
    def with_response(self) -> BillingWithResponse:
        """The same methods, each returning an ``APIResponse`` (status, headers, request id)."""
        return BillingWithResponse(self._client)

    def balance(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Balance:
        """Get current balance.

        Returns the current spendable balance.

        ``GET /billing/balance`` (managementListBalance).

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
            "managementListBalance",
            (),
            {
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    def summary(
        self,
        *,
        days: Literal["7", "30", "90"] | ManagementGetSpendSummaryDays | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SpendSummary:
        """Get spend summary.

        Returns a spend summary over a configurable lookback period.

        ``GET /billing/summary`` (managementGetSpendSummary).

        Args:
            days: Lookback period in days (default: 30) One of: '7', '30', '90'.
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
            "managementGetSpendSummary",
            (),
            {
                "days": days,
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    def transactions(
        self,
        *,
        limit: int | None = None,
        type: Literal["ADJUSTMENT", "AUTO_TOPUP", "PURCHASE", "REFUND", "USAGE"]
        | ManagementListTransactionsType
        | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Paginator[Transaction]:
        """List transactions.

        Returns paginated credit transaction history with optional type filter. Uses
        cursor-based pagination ordered by created_at descending — pass
        `cursor=<next_cursor>` from the previous response to fetch the next page.

        ``GET /billing/transactions`` (managementListTransactions).

        Args:
            limit: Max results (default 25, max 100)
            type: One of: 'PURCHASE', 'USAGE', 'AUTO_TOPUP', 'REFUND', 'ADJUSTMENT'.
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
            "managementListTransactions",
            (),
            {
                "limit": limit,
                "type": type,
                "cursor": cursor,
                "max_items": max_items,
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )


class AsyncBilling(AsyncAPIResource):
    """``client.billing`` (async)."""

    def __init__(self, client: AsyncSendmux) -> None:
        super().__init__(client)

    @property
    def with_response(self) -> AsyncBillingWithResponse:
        """The same methods, each returning an ``APIResponse`` (status, headers, request id)."""
        return AsyncBillingWithResponse(self._client)

    async def balance(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Balance:
        """Get current balance.

        Returns the current spendable balance.

        ``GET /billing/balance`` (managementListBalance).

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
            "managementListBalance",
            (),
            {
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    async def summary(
        self,
        *,
        days: Literal["7", "30", "90"] | ManagementGetSpendSummaryDays | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SpendSummary:
        """Get spend summary.

        Returns a spend summary over a configurable lookback period.

        ``GET /billing/summary`` (managementGetSpendSummary).

        Args:
            days: Lookback period in days (default: 30) One of: '7', '30', '90'.
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
            "managementGetSpendSummary",
            (),
            {
                "days": days,
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    def transactions(
        self,
        *,
        limit: int | None = None,
        type: Literal["ADJUSTMENT", "AUTO_TOPUP", "PURCHASE", "REFUND", "USAGE"]
        | ManagementListTransactionsType
        | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AsyncPaginator[Transaction]:
        """List transactions.

        Returns paginated credit transaction history with optional type filter. Uses
        cursor-based pagination ordered by created_at descending — pass
        `cursor=<next_cursor>` from the previous response to fetch the next page.

        ``GET /billing/transactions`` (managementListTransactions).

        Args:
            limit: Max results (default 25, max 100)
            type: One of: 'PURCHASE', 'USAGE', 'AUTO_TOPUP', 'REFUND', 'ADJUSTMENT'.
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
            "managementListTransactions",
            (),
            {
                "limit": limit,
                "type": type,
                "cursor": cursor,
                "max_items": max_items,
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )


class BillingWithResponse(SyncAPIResource):
    """``client.billing.with_response``: returns ``APIResponse``."""

    def __init__(self, client: Sendmux) -> None:
        super().__init__(client)

    def balance(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[Balance]:
        """Get current balance.

        Returns the current spendable balance.

        ``GET /billing/balance`` (managementListBalance).

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
            "managementListBalance",
            (),
            {
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    def summary(
        self,
        *,
        days: Literal["7", "30", "90"] | ManagementGetSpendSummaryDays | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[SpendSummary]:
        """Get spend summary.

        Returns a spend summary over a configurable lookback period.

        ``GET /billing/summary`` (managementGetSpendSummary).

        Args:
            days: Lookback period in days (default: 30) One of: '7', '30', '90'.
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
            "managementGetSpendSummary",
            (),
            {
                "days": days,
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    def transactions(
        self,
        *,
        limit: int | None = None,
        type: Literal["ADJUSTMENT", "AUTO_TOPUP", "PURCHASE", "REFUND", "USAGE"]
        | ManagementListTransactionsType
        | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[Page[Transaction]]:
        """List transactions.

        Returns paginated credit transaction history with optional type filter. Uses
        cursor-based pagination ordered by created_at descending — pass
        `cursor=<next_cursor>` from the previous response to fetch the next page.

        ``GET /billing/transactions`` (managementListTransactions).

        Args:
            limit: Max results (default 25, max 100)
            type: One of: 'PURCHASE', 'USAGE', 'AUTO_TOPUP', 'REFUND', 'ADJUSTMENT'.
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
            "managementListTransactions",
            (),
            {
                "limit": limit,
                "type": type,
                "cursor": cursor,
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )


class AsyncBillingWithResponse(AsyncAPIResource):
    """``client.billing.with_response``: returns ``APIResponse`` (async)."""

    def __init__(self, client: AsyncSendmux) -> None:
        super().__init__(client)

    async def balance(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[Balance]:
        """Get current balance.

        Returns the current spendable balance.

        ``GET /billing/balance`` (managementListBalance).

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
            "managementListBalance",
            (),
            {
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    async def summary(
        self,
        *,
        days: Literal["7", "30", "90"] | ManagementGetSpendSummaryDays | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[SpendSummary]:
        """Get spend summary.

        Returns a spend summary over a configurable lookback period.

        ``GET /billing/summary`` (managementGetSpendSummary).

        Args:
            days: Lookback period in days (default: 30) One of: '7', '30', '90'.
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
            "managementGetSpendSummary",
            (),
            {
                "days": days,
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )

    async def transactions(
        self,
        *,
        limit: int | None = None,
        type: Literal["ADJUSTMENT", "AUTO_TOPUP", "PURCHASE", "REFUND", "USAGE"]
        | ManagementListTransactionsType
        | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[Page[Transaction]]:
        """List transactions.

        Returns paginated credit transaction history with optional type filter. Uses
        cursor-based pagination ordered by created_at descending — pass
        `cursor=<next_cursor>` from the previous response to fetch the next page.

        ``GET /billing/transactions`` (managementListTransactions).

        Args:
            limit: Max results (default 25, max 100)
            type: One of: 'PURCHASE', 'USAGE', 'AUTO_TOPUP', 'REFUND', 'ADJUSTMENT'.
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
            "managementListTransactions",
            (),
            {
                "limit": limit,
                "type": type,
                "cursor": cursor,
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
            },
        )
