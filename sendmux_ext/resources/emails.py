"""Outgoing email: delivery logs and sending metrics."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._pagination import AsyncPaginator, Paginator
from ._base import AsyncAPIResource, SyncAPIResource

if TYPE_CHECKING:
    from sendmux_api.models import DeliveryLogDetail, DeliveryLogItem, EmailMetrics


class Emails(SyncAPIResource):
    logs: EmailLogs

    def _subresources(self) -> None:
        self.logs = EmailLogs(self._client, raw=self._raw)

    def metrics(
        self,
        *,
        window: str | None = None,
        from_date: str | None = None,
        to_date: str | None = None,
        granularity: str | None = None,
        provider_id: str | None = None,
    ) -> EmailMetrics:
        """Get email metrics."""
        return self._call(
            "managementGetEmailMetrics",
            window=window,
            from_date=from_date,
            to_date=to_date,
            granularity=granularity,
            provider_id=provider_id,
        )


class AsyncEmails(AsyncAPIResource):
    logs: AsyncEmailLogs

    def _subresources(self) -> None:
        self.logs = AsyncEmailLogs(self._client, raw=self._raw)

    async def metrics(
        self,
        *,
        window: str | None = None,
        from_date: str | None = None,
        to_date: str | None = None,
        granularity: str | None = None,
        provider_id: str | None = None,
    ) -> EmailMetrics:
        """Get email metrics."""
        return await self._call(
            "managementGetEmailMetrics",
            window=window,
            from_date=from_date,
            to_date=to_date,
            granularity=granularity,
            provider_id=provider_id,
        )


class EmailLogs(SyncAPIResource):
    def list(
        self,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        status: str | None = None,
        from_date: str | None = None,
        to_date: str | None = None,
        provider_id: str | None = None,
        search: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[DeliveryLogItem]:
        """List delivery logs."""
        return self._list(
            "managementListEmailLogs",
            limit=limit,
            cursor=cursor,
            status=status,
            from_date=from_date,
            to_date=to_date,
            provider_id=provider_id,
            search=search,
            max_items=max_items,
        )

    def get(self, public_id: str) -> DeliveryLogDetail:
        """Get delivery log."""
        return self._call("managementGetEmailLog", public_id)


class AsyncEmailLogs(AsyncAPIResource):
    def list(
        self,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        status: str | None = None,
        from_date: str | None = None,
        to_date: str | None = None,
        provider_id: str | None = None,
        search: str | None = None,
        max_items: int | None = None,
    ) -> AsyncPaginator[DeliveryLogItem]:
        """List delivery logs."""
        return self._list(
            "managementListEmailLogs",
            limit=limit,
            cursor=cursor,
            status=status,
            from_date=from_date,
            to_date=to_date,
            provider_id=provider_id,
            search=search,
            max_items=max_items,
        )

    async def get(self, public_id: str) -> DeliveryLogDetail:
        """Get delivery log."""
        return await self._call("managementGetEmailLog", public_id)
