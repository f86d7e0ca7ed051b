"""Incoming email: inbox logs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._pagination import AsyncPaginator, Paginator
from ._base import AsyncAPIResource, SyncAPIResource

if TYPE_CHECKING:
    from sendmux_api.models import IncomingLogItem


class Inboxes(SyncAPIResource):
    logs: InboxLogs

    def _subresources(self) -> None:
        self.logs = InboxLogs(self._client, raw=self._raw)


class AsyncInboxes(AsyncAPIResource):
    logs: AsyncInboxLogs

    def _subresources(self) -> None:
        self.logs = AsyncInboxLogs(self._client, raw=self._raw)


class InboxLogs(SyncAPIResource):
    def list(
        self,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        mailbox_id: str | None = None,
        event_type: str | None = None,
        from_date: str | None = None,
        to_date: str | None = None,
        search: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[IncomingLogItem]:
        """List incoming logs."""
        return self._list(
            "managementListInboxLogs",
            limit=limit,
            cursor=cursor,
            mailbox_id=mailbox_id,
            event_type=event_type,
            from_date=from_date,
            to_date=to_date,
            search=search,
            max_items=max_items,
        )

    def get(self, public_id: str) -> IncomingLogItem:
        """Get incoming log."""
        return self._call("managementGetInboxLog", public_id)


class AsyncInboxLogs(AsyncAPIResource):
    def list(
        self,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        mailbox_id: str | None = None,
        event_type: str | None = None,
        from_date: str | None = None,
        to_date: str | None = None,
        search: str | None = None,
        max_items: int | None = None,
    ) -> AsyncPaginator[IncomingLogItem]:
        """List incoming logs."""
        return self._list(
            "managementListInboxLogs",
            limit=limit,
            cursor=cursor,
            mailbox_id=mailbox_id,
            event_type=event_type,
            from_date=from_date,
            to_date=to_date,
            search=search,
            max_items=max_items,
        )

    async def get(self, public_id: str) -> IncomingLogItem:
        """Get incoming log."""
        return await self._call("managementGetInboxLog", public_id)
