"""The httpx engine: the full ``httpx.Client`` / ``AsyncClient`` path.

It runs for a user's own ``http_client=`` (so its event hooks, auth, mounts,
proxies, HTTP/2 and ``MockTransport`` keep working), for the async default, and
where a proxy is configured in the environment.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import httpx

from .._deadline import abort_attempt
from ._fork import forget_in_child
from ._messages import RawHeaders, Request


class HttpxReply:
    """An httpx response, sent with ``stream=True``; its body is read raw (undecoded)."""

    def __init__(self, response: httpx.Response) -> None:
        self._response = response
        self.status_code = response.status_code
        self.headers: httpx.Headers | None = response.headers
        self.raw_headers: RawHeaders = response.headers.raw
        # A transport that read (and decoded) the body itself: MockTransport.
        self.already_decoded = response.is_stream_consumed

    def iter_raw(self) -> Iterator[bytes]:
        if self.already_decoded:
            return iter((self._response.content,))
        return self._response.iter_raw()

    async def aiter_raw(self) -> AsyncIterator[bytes]:
        if self.already_decoded:
            yield self._response.content
            return
        async for chunk in self._response.aiter_raw():
            yield chunk

    def close(self) -> None:
        self._response.close()

    async def aclose(self) -> None:
        await self._response.aclose()


def _build(http: httpx.Client | httpx.AsyncClient, request: Request) -> httpx.Request:
    built = http.build_request(
        request.method, request.url, headers=request.headers, content=request.content
    )
    # The Request's own dict (its "timeout" bounds the attempt): the deadline's
    # watchdog finds the attempt in httpx's pool by it.
    request.extensions.setdefault("timeout", request.timeout.as_dict())
    built.extensions = request.extensions
    return built


class HttpxEngine:
    """A user's ``http_client`` (left open), or one the client owns (renewed in a
    forked child: its sockets are the parent's)."""

    name = "httpx"

    def __init__(self, http: httpx.Client, *, owned: bool = False) -> None:
        self.http = http
        if owned:
            forget_in_child(self)

    def drop_pool(self) -> None:
        from .._http import new_http_client

        self.http = new_http_client(type(self.http))

    def abort(self, request: Request) -> None:
        """Shut the socket ``request`` is blocked on (its deadline passed)."""
        abort_attempt(self.http, request)

    @property
    def is_closed(self) -> bool:
        return self.http.is_closed

    def open(self, request: Request) -> HttpxReply:
        built = _build(self.http, request)
        return HttpxReply(self.http.send(built, stream=True, follow_redirects=False))

    def close(self) -> None:
        self.http.close()


class AsyncHttpxEngine:
    name = "httpx"

    def __init__(self, http: httpx.AsyncClient, *, owned: bool = False) -> None:
        self.http = http
        if owned:
            forget_in_child(self)

    def drop_pool(self) -> None:
        from .._http import new_http_client

        self.http = new_http_client(type(self.http))

    @property
    def is_closed(self) -> bool:
        return self.http.is_closed

    async def open(self, request: Request) -> HttpxReply:
        built = _build(self.http, request)
        return HttpxReply(await self.http.send(built, stream=True, follow_redirects=False))

    async def close(self) -> None:
        await self.http.aclose()
