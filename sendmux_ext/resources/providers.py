"""Sending accounts (providers): SMTP, connected Google/Microsoft and the shared Amazon SES account;
limits, stats, usage, and the shared SES daily-limit requests."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._pagination import AsyncPaginator, Paginator
from ._base import AsyncAPIResource, SyncAPIResource

if TYPE_CHECKING:
    from sendmux_api.models import (
        ProviderCreateBody,
        ProviderDeleted,
        ProviderItem,
        ProviderLimits,
        ProviderListItem,
        ProviderStats,
        ProviderTestResult,
        ProviderUpdateBody,
        ProviderUsage,
        SendingAccountLimitRequest,
        SharedAmazonSesLimitRequestCancel,
        SharedAmazonSesLimitRequestCreate,
        SharedAmazonSesLimitRequestPage,
    )


class Providers(SyncAPIResource):
    ses_limit_requests: SesLimitRequests

    def _subresources(self) -> None:
        self.ses_limit_requests = SesLimitRequests(self._client, raw=self._raw)

    def list(
        self,
        *,
        cursor: str | None = None,
        status: str | None = None,
        type: str | None = None,
        limit: int | None = None,
        max_items: int | None = None,
    ) -> Paginator[ProviderListItem]:
        """List sending accounts."""
        return self._list(
            "managementListProviders",
            cursor=cursor,
            status=status,
            type=type,
            limit=limit,
            max_items=max_items,
        )

    def create(
        self,
        body: ProviderCreateBody | None = None,
        *,
        idempotency_key: str | None = None,
        **fields: Any,
    ) -> ProviderItem:
        """Create an SMTP sending account."""
        return self._call(
            "managementCreateProvider", body=body, fields=fields, idempotency_key=idempotency_key
        )

    def get(self, public_id: str) -> ProviderItem:
        """Get a sending account."""
        return self._call("managementGetProvider", public_id)

    def update(
        self,
        public_id: str,
        body: ProviderUpdateBody | None = None,
        *,
        if_match: str | None = None,
        **fields: Any,
    ) -> ProviderItem:
        """Update a sending account."""
        return self._call(
            "managementUpdateProvider", public_id, body=body, fields=fields, if_match=if_match
        )

    def delete(self, public_id: str) -> ProviderDeleted:
        """Delete a sending account."""
        return self._call("managementDeleteProvider", public_id)

    def activate(self, public_id: str, *, idempotency_key: str | None = None) -> ProviderItem:
        """Activate a sending account."""
        return self._call("managementActivateProvider", public_id, idempotency_key=idempotency_key)

    def deactivate(self, public_id: str, *, idempotency_key: str | None = None) -> ProviderItem:
        """Deactivate a sending account."""
        return self._call(
            "managementDeactivateProvider", public_id, idempotency_key=idempotency_key
        )

    def test(self, public_id: str, *, idempotency_key: str | None = None) -> ProviderTestResult:
        """Test an SMTP sending account."""
        return self._call("managementTestProvider", public_id, idempotency_key=idempotency_key)

    def limits(self) -> ProviderLimits:
        """Get sending account limits."""
        return self._call("managementGetProviderLimits")

    def request_limit_increase(
        self, *, idempotency_key: str | None = None
    ) -> SendingAccountLimitRequest:
        """Request a sending account limit increase."""
        return self._call(
            "managementRequestSendingAccountLimitIncrease", idempotency_key=idempotency_key
        )

    def stats(self) -> ProviderStats:
        """Get sending account statistics."""
        return self._call("managementGetProviderStats")

    def usage(self) -> ProviderUsage:
        """Get sending account usage."""
        return self._call("managementGetProviderUsage")


class AsyncProviders(AsyncAPIResource):
    ses_limit_requests: AsyncSesLimitRequests

    def _subresources(self) -> None:
        self.ses_limit_requests = AsyncSesLimitRequests(self._client, raw=self._raw)

    def list(
        self,
        *,
        cursor: str | None = None,
        status: str | None = None,
        type: str | None = None,
        limit: int | None = None,
        max_items: int | None = None,
    ) -> AsyncPaginator[ProviderListItem]:
        """List sending accounts."""
        return self._list(
            "managementListProviders",
            cursor=cursor,
            status=status,
            type=type,
            limit=limit,
            max_items=max_items,
        )

    async def create(
        self,
        body: ProviderCreateBody | None = None,
        *,
        idempotency_key: str | None = None,
        **fields: Any,
    ) -> ProviderItem:
        """Create an SMTP sending account."""
        return await self._call(
            "managementCreateProvider", body=body, fields=fields, idempotency_key=idempotency_key
        )

    async def get(self, public_id: str) -> ProviderItem:
        """Get a sending account."""
        return await self._call("managementGetProvider", public_id)

    async def update(
        self,
        public_id: str,
        body: ProviderUpdateBody | None = None,
        *,
        if_match: str | None = None,
        **fields: Any,
    ) -> ProviderItem:
        """Update a sending account."""
        return await self._call(
            "managementUpdateProvider", public_id, body=body, fields=fields, if_match=if_match
        )

    async def delete(self, public_id: str) -> ProviderDeleted:
        """Delete a sending account."""
        return await self._call("managementDeleteProvider", public_id)

    async def activate(self, public_id: str, *, idempotency_key: str | None = None) -> ProviderItem:
        """Activate a sending account."""
        return await self._call(
            "managementActivateProvider", public_id, idempotency_key=idempotency_key
        )

    async def deactivate(
        self, public_id: str, *, idempotency_key: str | None = None
    ) -> ProviderItem:
        """Deactivate a sending account."""
        return await self._call(
            "managementDeactivateProvider", public_id, idempotency_key=idempotency_key
        )

    async def test(
        self, public_id: str, *, idempotency_key: str | None = None
    ) -> ProviderTestResult:
        """Test an SMTP sending account."""
        return await self._call(
            "managementTestProvider", public_id, idempotency_key=idempotency_key
        )

    async def limits(self) -> ProviderLimits:
        """Get sending account limits."""
        return await self._call("managementGetProviderLimits")

    async def request_limit_increase(
        self, *, idempotency_key: str | None = None
    ) -> SendingAccountLimitRequest:
        """Request a sending account limit increase."""
        return await self._call(
            "managementRequestSendingAccountLimitIncrease", idempotency_key=idempotency_key
        )

    async def stats(self) -> ProviderStats:
        """Get sending account statistics."""
        return await self._call("managementGetProviderStats")

    async def usage(self) -> ProviderUsage:
        """Get sending account usage."""
        return await self._call("managementGetProviderUsage")


class SesLimitRequests(SyncAPIResource):
    def get(self) -> SharedAmazonSesLimitRequestPage:
        """Get shared Amazon SES limit request state."""
        return self._call("managementGetSharedAmazonSesLimitRequest")

    def create(self, *, idempotency_key: str | None = None) -> SharedAmazonSesLimitRequestCreate:
        """Request a shared Amazon SES daily limit increase."""
        return self._call(
            "managementCreateSharedAmazonSesLimitRequest", idempotency_key=idempotency_key
        )

    def cancel(self, request_id: str) -> SharedAmazonSesLimitRequestCancel:
        """Cancel a shared Amazon SES daily limit request."""
        return self._call("managementCancelSharedAmazonSesLimitRequest", request_id)


class AsyncSesLimitRequests(AsyncAPIResource):
    async def get(self) -> SharedAmazonSesLimitRequestPage:
        """Get shared Amazon SES limit request state."""
        return await self._call("managementGetSharedAmazonSesLimitRequest")

    async def create(
        self, *, idempotency_key: str | None = None
    ) -> SharedAmazonSesLimitRequestCreate:
        """Request a shared Amazon SES daily limit increase."""
        return await self._call(
            "managementCreateSharedAmazonSesLimitRequest", idempotency_key=idempotency_key
        )

    async def cancel(self, request_id: str) -> SharedAmazonSesLimitRequestCancel:
        """Cancel a shared Amazon SES daily limit request."""
        return await self._call("managementCancelSharedAmazonSesLimitRequest", request_id)
