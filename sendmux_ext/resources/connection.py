"""``GET /me``: the team, key and permissions behind the client's credentials."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._base import AsyncAPIResource, SyncAPIResource

if TYPE_CHECKING:
    from sendmux_api.models import Connection


class ConnectionResource(SyncAPIResource):
    def me(self) -> Connection:
        """Get Management connection."""
        return self._call("managementGetConnection")


class AsyncConnectionResource(AsyncAPIResource):
    async def me(self) -> Connection:
        """Get Management connection."""
        return await self._call("managementGetConnection")
