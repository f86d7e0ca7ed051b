"""What every emitted resource class stands on: it names an operation, the engine does the rest.

The classes in ``resources/`` are emitted by ``make regen``; each method passes
its operation id, path ids and keywords (as given) to one of these four.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._client import AsyncSendmux, Sendmux
    from ._pagination import AsyncPaginator, Page, Paginator
    from ._response import APIResponse


class SyncAPIResource:
    _client: Sendmux

    def __init__(self, client: Sendmux) -> None:
        self._client = client

    def _call(
        self, operation_id: str, path_args: tuple[str, ...], arguments: dict[str, Any]
    ) -> Any:
        return self._client._request(operation_id, path_args, arguments).data

    def _call_raw(
        self, operation_id: str, path_args: tuple[str, ...], arguments: dict[str, Any]
    ) -> APIResponse[Any]:
        return self._client._request(operation_id, path_args, arguments)

    def _list(
        self, operation_id: str, path_args: tuple[str, ...], arguments: dict[str, Any]
    ) -> Paginator[Any]:
        return self._client._paginate(operation_id, path_args, arguments)

    def _first_page(
        self, operation_id: str, path_args: tuple[str, ...], arguments: dict[str, Any]
    ) -> APIResponse[Page[Any]]:
        return self._client._first_page(operation_id, path_args, arguments)


class AsyncAPIResource:
    _client: AsyncSendmux

    def __init__(self, client: AsyncSendmux) -> None:
        self._client = client

    async def _call(
        self, operation_id: str, path_args: tuple[str, ...], arguments: dict[str, Any]
    ) -> Any:
        return (await self._client._request(operation_id, path_args, arguments)).data

    async def _call_raw(
        self, operation_id: str, path_args: tuple[str, ...], arguments: dict[str, Any]
    ) -> APIResponse[Any]:
        return await self._client._request(operation_id, path_args, arguments)

    def _list(
        self, operation_id: str, path_args: tuple[str, ...], arguments: dict[str, Any]
    ) -> AsyncPaginator[Any]:
        return self._client._paginate(operation_id, path_args, arguments)

    async def _first_page(
        self, operation_id: str, path_args: tuple[str, ...], arguments: dict[str, Any]
    ) -> APIResponse[Page[Any]]:
        return await self._client._first_page(operation_id, path_args, arguments)
