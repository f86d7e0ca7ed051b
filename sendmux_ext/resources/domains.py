"""Sending domains, their DNS zone file and verification, and domain-wide sender filters."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._pagination import AsyncPaginator, Paginator
from ._base import AsyncAPIResource, SyncAPIResource

if TYPE_CHECKING:
    from sendmux_api.models import (
        DomainDeletedResponseData,
        FilterState,
        MailboxDomain,
        MailboxDomainVerifyResult,
        ManagementCreateDomainBody,
        ManagementUpdateDomainBody,
        SetFilterStateBody,
    )


class Domains(SyncAPIResource):
    filters: DomainFilters

    def _subresources(self) -> None:
        self.filters = DomainFilters(self._client, raw=self._raw)

    def list(
        self, *, cursor: str | None = None, limit: int | None = None, max_items: int | None = None
    ) -> Paginator[MailboxDomain]:
        """List mailbox domains."""
        return self._list("managementListDomains", cursor=cursor, limit=limit, max_items=max_items)

    def create(
        self,
        body: ManagementCreateDomainBody | None = None,
        *,
        idempotency_key: str | None = None,
        **fields: Any,
    ) -> MailboxDomain:
        """Add a mailbox domain."""
        return self._call(
            "managementCreateDomain", body=body, fields=fields, idempotency_key=idempotency_key
        )

    def get(self, public_id: str) -> MailboxDomain:
        """Get a mailbox domain."""
        return self._call("managementGetDomain", public_id)

    def update(
        self,
        public_id: str,
        body: ManagementUpdateDomainBody | None = None,
        *,
        if_match: str | None = None,
        **fields: Any,
    ) -> MailboxDomain:
        """Update a mailbox domain."""
        return self._call(
            "managementUpdateDomain", public_id, body=body, fields=fields, if_match=if_match
        )

    def delete(self, public_id: str) -> DomainDeletedResponseData:
        """Delete a mailbox domain."""
        return self._call("managementDeleteDomain", public_id)

    def verify(self, public_id: str) -> MailboxDomainVerifyResult:
        """Verify a mailbox domain."""
        return self._call("managementVerifyDomain", public_id)

    def zone_file(self, public_id: str) -> str:
        """Download a domain as a zone file."""
        return self._call("managementGetDomainZoneFile", public_id)


class AsyncDomains(AsyncAPIResource):
    filters: AsyncDomainFilters

    def _subresources(self) -> None:
        self.filters = AsyncDomainFilters(self._client, raw=self._raw)

    def list(
        self, *, cursor: str | None = None, limit: int | None = None, max_items: int | None = None
    ) -> AsyncPaginator[MailboxDomain]:
        """List mailbox domains."""
        return self._list("managementListDomains", cursor=cursor, limit=limit, max_items=max_items)

    async def create(
        self,
        body: ManagementCreateDomainBody | None = None,
        *,
        idempotency_key: str | None = None,
        **fields: Any,
    ) -> MailboxDomain:
        """Add a mailbox domain."""
        return await self._call(
            "managementCreateDomain", body=body, fields=fields, idempotency_key=idempotency_key
        )

    async def get(self, public_id: str) -> MailboxDomain:
        """Get a mailbox domain."""
        return await self._call("managementGetDomain", public_id)

    async def update(
        self,
        public_id: str,
        body: ManagementUpdateDomainBody | None = None,
        *,
        if_match: str | None = None,
        **fields: Any,
    ) -> MailboxDomain:
        """Update a mailbox domain."""
        return await self._call(
            "managementUpdateDomain", public_id, body=body, fields=fields, if_match=if_match
        )

    async def delete(self, public_id: str) -> DomainDeletedResponseData:
        """Delete a mailbox domain."""
        return await self._call("managementDeleteDomain", public_id)

    async def verify(self, public_id: str) -> MailboxDomainVerifyResult:
        """Verify a mailbox domain."""
        return await self._call("managementVerifyDomain", public_id)

    async def zone_file(self, public_id: str) -> str:
        """Download a domain as a zone file."""
        return await self._call("managementGetDomainZoneFile", public_id)


class DomainFilters(SyncAPIResource):
    def get(self, public_id: str) -> FilterState:
        """Get domain-wide sender filters."""
        return self._call("managementGetDomainFilters", public_id)

    def set(
        self,
        public_id: str,
        body: SetFilterStateBody | None = None,
        *,
        if_match: str | None = None,
        **fields: Any,
    ) -> FilterState:
        """Replace domain-wide sender filters."""
        return self._call(
            "managementSetDomainFilters", public_id, body=body, fields=fields, if_match=if_match
        )


class AsyncDomainFilters(AsyncAPIResource):
    async def get(self, public_id: str) -> FilterState:
        """Get domain-wide sender filters."""
        return await self._call("managementGetDomainFilters", public_id)

    async def set(
        self,
        public_id: str,
        body: SetFilterStateBody | None = None,
        *,
        if_match: str | None = None,
        **fields: Any,
    ) -> FilterState:
        """Replace domain-wide sender filters."""
        return await self._call(
            "managementSetDomainFilters", public_id, body=body, fields=fields, if_match=if_match
        )
