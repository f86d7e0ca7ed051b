"""Mailboxes: lifecycle (suspend, resume), address availability, sender filters and app keys."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._pagination import AsyncPaginator, Paginator
from ._base import AsyncAPIResource, SyncAPIResource

if TYPE_CHECKING:
    from sendmux_api.models import (
        FilterState,
        Mailbox,
        MailboxAppPasswordResult,
        MailboxAvailabilityResult,
        MailboxCreateResult,
        MailboxDeletedResponseData,
        MailboxKeyDeletedResponseData,
        ManagementCreateMailboxBody,
        ManagementCreateMailboxKeyBody,
        SetFilterStateBody,
        UpdateMailboxBody,
    )


class Mailboxes(SyncAPIResource):
    filters: MailboxFilters
    keys: MailboxKeys

    def _subresources(self) -> None:
        self.filters = MailboxFilters(self._client, raw=self._raw)
        self.keys = MailboxKeys(self._client, raw=self._raw)

    def list(
        self,
        *,
        cursor: str | None = None,
        limit: int | None = None,
        include_deleted: bool | str | None = None,
        max_items: int | None = None,
    ) -> Paginator[Mailbox]:
        """List mailboxes."""
        return self._list(
            "managementListMailboxes",
            cursor=cursor,
            limit=limit,
            include_deleted=include_deleted,
            max_items=max_items,
        )

    def create(
        self,
        body: ManagementCreateMailboxBody | None = None,
        *,
        idempotency_key: str | None = None,
        **fields: Any,
    ) -> MailboxCreateResult:
        """Create a mailbox."""
        return self._call(
            "managementCreateMailbox", body=body, fields=fields, idempotency_key=idempotency_key
        )

    def get(self, public_id: str) -> Mailbox:
        """Get a mailbox."""
        return self._call("managementGetMailbox", public_id)

    def update(
        self,
        public_id: str,
        body: UpdateMailboxBody | None = None,
        *,
        if_match: str | None = None,
        **fields: Any,
    ) -> Mailbox:
        """Update a mailbox."""
        return self._call(
            "managementUpdateMailbox", public_id, body=body, fields=fields, if_match=if_match
        )

    def delete(self, public_id: str) -> MailboxDeletedResponseData:
        """Delete a mailbox."""
        return self._call("managementDeleteMailbox", public_id)

    def suspend(self, public_id: str, *, idempotency_key: str | None = None) -> Mailbox:
        """Suspend a mailbox."""
        return self._call("managementSuspendMailbox", public_id, idempotency_key=idempotency_key)

    def resume(self, public_id: str, *, idempotency_key: str | None = None) -> Mailbox:
        """Resume a mailbox."""
        return self._call("managementResumeMailbox", public_id, idempotency_key=idempotency_key)

    def availability(self, *, email: str) -> MailboxAvailabilityResult:
        """Check mailbox address availability."""
        return self._call("managementCheckMailboxAvailability", email=email)


class AsyncMailboxes(AsyncAPIResource):
    filters: AsyncMailboxFilters
    keys: AsyncMailboxKeys

    def _subresources(self) -> None:
        self.filters = AsyncMailboxFilters(self._client, raw=self._raw)
        self.keys = AsyncMailboxKeys(self._client, raw=self._raw)

    def list(
        self,
        *,
        cursor: str | None = None,
        limit: int | None = None,
        include_deleted: bool | str | None = None,
        max_items: int | None = None,
    ) -> AsyncPaginator[Mailbox]:
        """List mailboxes."""
        return self._list(
            "managementListMailboxes",
            cursor=cursor,
            limit=limit,
            include_deleted=include_deleted,
            max_items=max_items,
        )

    async def create(
        self,
        body: ManagementCreateMailboxBody | None = None,
        *,
        idempotency_key: str | None = None,
        **fields: Any,
    ) -> MailboxCreateResult:
        """Create a mailbox."""
        return await self._call(
            "managementCreateMailbox", body=body, fields=fields, idempotency_key=idempotency_key
        )

    async def get(self, public_id: str) -> Mailbox:
        """Get a mailbox."""
        return await self._call("managementGetMailbox", public_id)

    async def update(
        self,
        public_id: str,
        body: UpdateMailboxBody | None = None,
        *,
        if_match: str | None = None,
        **fields: Any,
    ) -> Mailbox:
        """Update a mailbox."""
        return await self._call(
            "managementUpdateMailbox", public_id, body=body, fields=fields, if_match=if_match
        )

    async def delete(self, public_id: str) -> MailboxDeletedResponseData:
        """Delete a mailbox."""
        return await self._call("managementDeleteMailbox", public_id)

    async def suspend(self, public_id: str, *, idempotency_key: str | None = None) -> Mailbox:
        """Suspend a mailbox."""
        return await self._call(
            "managementSuspendMailbox", public_id, idempotency_key=idempotency_key
        )

    async def resume(self, public_id: str, *, idempotency_key: str | None = None) -> Mailbox:
        """Resume a mailbox."""
        return await self._call(
            "managementResumeMailbox", public_id, idempotency_key=idempotency_key
        )

    async def availability(self, *, email: str) -> MailboxAvailabilityResult:
        """Check mailbox address availability."""
        return await self._call("managementCheckMailboxAvailability", email=email)


class MailboxFilters(SyncAPIResource):
    def get(self, public_id: str) -> FilterState:
        """Get mailbox sender filters."""
        return self._call("managementGetMailboxFilters", public_id)

    def set(
        self,
        public_id: str,
        body: SetFilterStateBody | None = None,
        *,
        if_match: str | None = None,
        **fields: Any,
    ) -> FilterState:
        """Replace mailbox sender filters."""
        return self._call(
            "managementSetMailboxFilters", public_id, body=body, fields=fields, if_match=if_match
        )


class AsyncMailboxFilters(AsyncAPIResource):
    async def get(self, public_id: str) -> FilterState:
        """Get mailbox sender filters."""
        return await self._call("managementGetMailboxFilters", public_id)

    async def set(
        self,
        public_id: str,
        body: SetFilterStateBody | None = None,
        *,
        if_match: str | None = None,
        **fields: Any,
    ) -> FilterState:
        """Replace mailbox sender filters."""
        return await self._call(
            "managementSetMailboxFilters", public_id, body=body, fields=fields, if_match=if_match
        )


class MailboxKeys(SyncAPIResource):
    def create(
        self,
        public_id: str,
        body: ManagementCreateMailboxKeyBody | None = None,
        *,
        idempotency_key: str | None = None,
        **fields: Any,
    ) -> MailboxAppPasswordResult:
        """Create a mailbox API key."""
        return self._call(
            "managementCreateMailboxKey",
            public_id,
            body=body,
            fields=fields,
            idempotency_key=idempotency_key,
        )

    def delete(self, public_id: str, key_id: str) -> MailboxKeyDeletedResponseData:
        """Revoke a mailbox API key."""
        return self._call("managementDeleteMailboxKey", public_id, key_id)


class AsyncMailboxKeys(AsyncAPIResource):
    async def create(
        self,
        public_id: str,
        body: ManagementCreateMailboxKeyBody | None = None,
        *,
        idempotency_key: str | None = None,
        **fields: Any,
    ) -> MailboxAppPasswordResult:
        """Create a mailbox API key."""
        return await self._call(
            "managementCreateMailboxKey",
            public_id,
            body=body,
            fields=fields,
            idempotency_key=idempotency_key,
        )

    async def delete(self, public_id: str, key_id: str) -> MailboxKeyDeletedResponseData:
        """Revoke a mailbox API key."""
        return await self._call("managementDeleteMailboxKey", public_id, key_id)
