"""The aiohttp engine (``pip install "sendmux-ext[aiohttp]"``), imported only when chosen.

httpcore's async pool does work proportional to connections x queued requests
at every state change; aiohttp does not, and is several times faster with 50
requests in flight. Its errors come out as httpx exceptions with the same
meaning (see ``_ERRORS``): only a failure to connect is "not sent"; a connection
lost once the request went out is "sent", never repeated without an
Idempotency-Key. aiohttp's own silent retry of idempotent requests on a reused
connection is switched off: attempts are counted by the requester alone.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from typing import Any

import aiohttp
import httpx
import yarl

from .._errors import ConfigurationError
from ._fork import forget_in_child
from ._messages import RawHeaders, Request
from ._proxy import environment_proxy
from ._tls import default_ssl_context

# Most specific first: the first match names the httpx exception raised.
_ERRORS: tuple[tuple[type[BaseException], type[httpx.TransportError]], ...] = (
    (aiohttp.ConnectionTimeoutError, httpx.ConnectTimeout),  # includes waiting for the pool
    (aiohttp.ClientConnectorError, httpx.ConnectError),  # DNS, refused, TLS, proxy connect
    (aiohttp.ServerTimeoutError, httpx.ReadTimeout),
    (asyncio.TimeoutError, httpx.ReadTimeout),
    (aiohttp.ServerDisconnectedError, httpx.RemoteProtocolError),
    (aiohttp.ClientPayloadError, httpx.RemoteProtocolError),
    (aiohttp.ClientResponseError, httpx.RemoteProtocolError),  # unparseable status line
    (aiohttp.ClientConnectionError, httpx.ReadError),  # reset, broken pipe
)
# aiohttp repeats a GET/PUT/DELETE once on a reused connection that dropped, unseen by
# us; the only switch is this attribute (aiohttp's own test client sets it). The
# extra pins aiohttp, and the engine refuses a version without it.
_RETRY_SWITCH = "_retry_connection"


def map_error(exc: BaseException) -> type[httpx.TransportError] | None:
    for kind, mapped in _ERRORS:
        if isinstance(exc, kind):
            return mapped
    return None


@contextmanager
def httpx_errors() -> Iterator[None]:
    try:
        yield
    except (TimeoutError, aiohttp.ClientError) as exc:
        mapped = map_error(exc)
        if mapped is None:
            raise
        raise mapped(f"{type(exc).__name__}: {exc}") from exc


def _timeout(phases: dict[str, float | None]) -> aiohttp.ClientTimeout:
    """httpx's per-phase timeouts (as in ``Timeout.as_dict()``); aiohttp's ``connect``
    includes waiting for a free connection. The attempt as a whole is bounded by the
    requester (``asyncio.timeout``)."""
    waits = [t for t in (phases.get("pool"), phases.get("connect")) if t is not None]
    return aiohttp.ClientTimeout(
        total=None,
        connect=sum(waits) if len(waits) == 2 else None,
        sock_connect=phases.get("connect"),
        sock_read=phases.get("read"),
    )


class AiohttpReply:
    def __init__(self, response: aiohttp.ClientResponse) -> None:
        self._response = response
        self.status_code = response.status
        self.raw_headers: RawHeaders = response.raw_headers
        self.headers: httpx.Headers | None = None
        self.already_decoded = False

    async def aiter_raw(self) -> AsyncIterator[bytes]:
        with httpx_errors():
            async for chunk in self._response.content.iter_any():
                yield chunk

    async def aclose(self) -> None:
        self._response.release()


class AiohttpEngine:
    """An ``aiohttp.ClientSession`` of its own, made on first use inside the running loop."""

    name = "aiohttp"

    def __init__(self) -> None:
        if _RETRY_SWITCH not in getattr(aiohttp.ClientSession, "ATTRS", ()):
            raise ConfigurationError(
                f"aiohttp {aiohttp.__version__} cannot switch off its silent retries; "
                'install the supported version: pip install "sendmux-ext[aiohttp]"'
            )
        self._ssl_context = default_ssl_context()  # certifi, SSL_CERT_FILE/SSL_CERT_DIR
        self._session: aiohttp.ClientSession | None = None
        self.is_closed = False
        forget_in_child(self)

    def _new_session(self) -> aiohttp.ClientSession:
        connector = aiohttp.TCPConnector(limit=100, keepalive_timeout=5.0, ssl=self._ssl_context)
        session = aiohttp.ClientSession(
            connector=connector,
            # HTTP(S)_PROXY and NO_PROXY as httpx reads them; only when a proxy is set,
            # since aiohttp then looks the proxy up in a thread on every request.
            trust_env=environment_proxy(),
            auto_decompress=False,  # the requester decodes, within its size cap
            skip_auto_headers=("User-Agent",),
        )
        setattr(session, _RETRY_SWITCH, False)
        return session

    def drop_pool(self) -> None:
        """Forget the session without closing it (its sockets are the parent's)."""
        self._session = None

    async def open(self, request: Request) -> AiohttpReply:
        session = self._session
        if session is None:
            session = self._session = self._new_session()
        kwargs: dict[str, Any] = {"data": request.content} if request.content is not None else {}
        with httpx_errors():
            response = await session.request(
                request.method,
                yarl.URL(request.url, encoded=True),  # sent as built, not re-quoted
                headers=request.headers,
                timeout=_timeout(request.extensions.get("timeout") or request.timeout.as_dict()),
                allow_redirects=False,
                **kwargs,
            )
        return AiohttpReply(response)

    async def close(self) -> None:
        self.is_closed = True
        if self._session is not None:
            await self._session.close()
