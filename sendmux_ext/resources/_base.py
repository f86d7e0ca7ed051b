"""Resource base classes: each method names its operation and passes its arguments on."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._pagination import AsyncPaginator, Paginator

if TYPE_CHECKING:
    from .._client import AsyncSendmux, Sendmux


class SyncAPIResource:
    def __init__(self, client: Sendmux, *, raw: bool = False) -> None:
        self._client = client
        self._raw = raw
        self._subresources()

    def _subresources(self) -> None:
        """Areas with nested resources (``domains.filters``) create them here."""

    @property
    def with_response(self) -> Any:
        """The same methods, returning ``APIResponse[T]`` (status, headers, request id, ...)."""
        return type(self)(self._client, raw=True)

    def _call(self, operation_id: str, *path_args: str, **arguments: Any) -> Any:
        response = self._client._request(operation_id, path_args, arguments)
        return response if self._raw else response.data

    def _list(self, operation_id: str, *path_args: str, **arguments: Any) -> Paginator[Any]:
        return self._client._paginate(operation_id, path_args, arguments)


class AsyncAPIResource:
    def __init__(self, client: AsyncSendmux, *, raw: bool = False) -> None:
        self._client = client
        self._raw = raw
        self._subresources()

    def _subresources(self) -> None:
        """Areas with nested resources (``domains.filters``) create them here."""

    @property
    def with_response(self) -> Any:
        """The same methods, returning ``APIResponse[T]`` (status, headers, request id, ...)."""
        return type(self)(self._client, raw=True)

    async def _call(self, operation_id: str, *path_args: str, **arguments: Any) -> Any:
        response = await self._client._request(operation_id, path_args, arguments)
        return response if self._raw else response.data

    def _list(self, operation_id: str, *path_args: str, **arguments: Any) -> AsyncPaginator[Any]:
        return self._client._paginate(operation_id, path_args, arguments)
