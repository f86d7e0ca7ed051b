"""Billing: balance, spend summary and the transaction history."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._pagination import AsyncPaginator, Paginator
from ._base import AsyncAPIResource, SyncAPIResource

if TYPE_CHECKING:
    from sendmux_api.models import Balance, SpendSummary, Transaction


class Billing(SyncAPIResource):
    def balance(self) -> Balance:
        """Get current balance."""
        return self._call("managementListBalance")

    def summary(self, *, days: str | None = None) -> SpendSummary:
        """Get spend summary."""
        return self._call("managementGetSpendSummary", days=days)

    def transactions(
        self,
        *,
        cursor: str | None = None,
        limit: int | None = None,
        type: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[Transaction]:
        """List transactions."""
        return self._list(
            "managementListTransactions", cursor=cursor, limit=limit, type=type, max_items=max_items
        )


class AsyncBilling(AsyncAPIResource):
    async def balance(self) -> Balance:
        """Get current balance."""
        return await self._call("managementListBalance")

    async def summary(self, *, days: str | None = None) -> SpendSummary:
        """Get spend summary."""
        return await self._call("managementGetSpendSummary", days=days)

    def transactions(
        self,
        *,
        cursor: str | None = None,
        limit: int | None = None,
        type: str | None = None,
        max_items: int | None = None,
    ) -> AsyncPaginator[Transaction]:
        """List transactions."""
        return self._list(
            "managementListTransactions", cursor=cursor, limit=limit, type=type, max_items=max_items
        )
