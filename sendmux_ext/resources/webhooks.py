"""Webhook subscriptions, their signing secret, test deliveries and the delivery log."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._pagination import AsyncPaginator, Paginator
from ._base import AsyncAPIResource, SyncAPIResource

if TYPE_CHECKING:
    from sendmux_api.models import (
        WebhookCreateBody,
        WebhookDeletedResponseData,
        WebhookDeliveryAttempt,
        WebhookDeliveryPayload,
        WebhookSubscription,
        WebhookSubscriptionWithSecret,
        WebhookTestResponse,
        WebhookUpdateBody,
    )


class Webhooks(SyncAPIResource):
    deliveries: WebhookDeliveries

    def _subresources(self) -> None:
        self.deliveries = WebhookDeliveries(self._client, raw=self._raw)

    def list(
        self, *, cursor: str | None = None, limit: int | None = None, max_items: int | None = None
    ) -> Paginator[WebhookSubscription]:
        """List webhook subscriptions."""
        return self._list("managementListWebhooks", cursor=cursor, limit=limit, max_items=max_items)

    def create(
        self,
        body: WebhookCreateBody | None = None,
        *,
        idempotency_key: str | None = None,
        **fields: Any,
    ) -> WebhookSubscriptionWithSecret:
        """Create a webhook subscription."""
        return self._call(
            "managementCreateWebhook", body=body, fields=fields, idempotency_key=idempotency_key
        )

    def get(self, public_id: str) -> WebhookSubscription:
        """Get a webhook subscription."""
        return self._call("managementGetWebhook", public_id)

    def update(
        self,
        public_id: str,
        body: WebhookUpdateBody | None = None,
        *,
        if_match: str | None = None,
        **fields: Any,
    ) -> WebhookSubscription:
        """Update a webhook subscription."""
        return self._call(
            "managementUpdateWebhook", public_id, body=body, fields=fields, if_match=if_match
        )

    def delete(self, public_id: str) -> WebhookDeletedResponseData:
        """Delete a webhook subscription."""
        return self._call("managementDeleteWebhook", public_id)

    def rotate_secret(
        self, public_id: str, *, idempotency_key: str | None = None
    ) -> WebhookSubscriptionWithSecret:
        """Rotate the signing secret."""
        return self._call(
            "managementRotateWebhookSecret", public_id, idempotency_key=idempotency_key
        )

    def test(self, public_id: str, *, idempotency_key: str | None = None) -> WebhookTestResponse:
        """Send a synthetic test event."""
        return self._call("managementTestWebhook", public_id, idempotency_key=idempotency_key)


class AsyncWebhooks(AsyncAPIResource):
    deliveries: AsyncWebhookDeliveries

    def _subresources(self) -> None:
        self.deliveries = AsyncWebhookDeliveries(self._client, raw=self._raw)

    def list(
        self, *, cursor: str | None = None, limit: int | None = None, max_items: int | None = None
    ) -> AsyncPaginator[WebhookSubscription]:
        """List webhook subscriptions."""
        return self._list("managementListWebhooks", cursor=cursor, limit=limit, max_items=max_items)

    async def create(
        self,
        body: WebhookCreateBody | None = None,
        *,
        idempotency_key: str | None = None,
        **fields: Any,
    ) -> WebhookSubscriptionWithSecret:
        """Create a webhook subscription."""
        return await self._call(
            "managementCreateWebhook", body=body, fields=fields, idempotency_key=idempotency_key
        )

    async def get(self, public_id: str) -> WebhookSubscription:
        """Get a webhook subscription."""
        return await self._call("managementGetWebhook", public_id)

    async def update(
        self,
        public_id: str,
        body: WebhookUpdateBody | None = None,
        *,
        if_match: str | None = None,
        **fields: Any,
    ) -> WebhookSubscription:
        """Update a webhook subscription."""
        return await self._call(
            "managementUpdateWebhook", public_id, body=body, fields=fields, if_match=if_match
        )

    async def delete(self, public_id: str) -> WebhookDeletedResponseData:
        """Delete a webhook subscription."""
        return await self._call("managementDeleteWebhook", public_id)

    async def rotate_secret(
        self, public_id: str, *, idempotency_key: str | None = None
    ) -> WebhookSubscriptionWithSecret:
        """Rotate the signing secret."""
        return await self._call(
            "managementRotateWebhookSecret", public_id, idempotency_key=idempotency_key
        )

    async def test(
        self, public_id: str, *, idempotency_key: str | None = None
    ) -> WebhookTestResponse:
        """Send a synthetic test event."""
        return await self._call("managementTestWebhook", public_id, idempotency_key=idempotency_key)


class WebhookDeliveries(SyncAPIResource):
    def list(
        self,
        public_id: str,
        *,
        cursor: str | None = None,
        limit: int | None = None,
        event_type: str | None = None,
        result: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[WebhookDeliveryAttempt]:
        """List webhook delivery attempts."""
        return self._list(
            "managementListDelivery",
            public_id,
            cursor=cursor,
            limit=limit,
            event_type=event_type,
            result=result,
            max_items=max_items,
        )

    def payload(self, public_id: str, delivery_id: str) -> WebhookDeliveryPayload:
        """Get a webhook delivery payload."""
        return self._call("managementGetDeliveryPayload", public_id, delivery_id)


class AsyncWebhookDeliveries(AsyncAPIResource):
    def list(
        self,
        public_id: str,
        *,
        cursor: str | None = None,
        limit: int | None = None,
        event_type: str | None = None,
        result: str | None = None,
        max_items: int | None = None,
    ) -> AsyncPaginator[WebhookDeliveryAttempt]:
        """List webhook delivery attempts."""
        return self._list(
            "managementListDelivery",
            public_id,
            cursor=cursor,
            limit=limit,
            event_type=event_type,
            result=result,
            max_items=max_items,
        )

    async def payload(self, public_id: str, delivery_id: str) -> WebhookDeliveryPayload:
        """Get a webhook delivery payload."""
        return await self._call("managementGetDeliveryPayload", public_id, delivery_id)
