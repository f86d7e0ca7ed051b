"""The httpx engine: the full ``httpx.Client`` / ``AsyncClient`` path.

It runs for a user's own ``http_client=`` (so its event hooks, auth, mounts,
proxies, HTTP/2 and ``MockTransport`` keep working), for the async default, and
where a proxy is configured in the environment.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import httpx

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
    return http.build_request(
        request.method,
        request.url,
        headers=request.headers,
        content=request.content,
        timeout=request.timeout,
    )


class HttpxEngine:
    name = "httpx"

    def __init__(self, http: httpx.Client) -> None:
        self.http = http

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

    def __init__(self, http: httpx.AsyncClient) -> None:
        self.http = http

    @property
    def is_closed(self) -> bool:
        return self.http.is_closed

    async def open(self, request: Request) -> HttpxReply:
        built = _build(self.http, request)
        return HttpxReply(await self.http.send(built, stream=True, follow_redirects=False))

    async def close(self) -> None:
        await self.http.aclose()
