"""Engines: what sends one attempt under the requester, and which one a client uses.

=========  ============================================================  =====
engine     runs                                                          kind
=========  ============================================================  =====
urllib3    sync default: urllib3's pools, without ``httpx.Client``        sync
httpx      a user's ``http_client=``; the async default; a proxy from    both
           the environment (``HTTP(S)_PROXY`` / ``ALL_PROXY``)
aiohttp    ``AsyncSendmux(engine="aiohttp")``, with the ``aiohttp`` extra async
=========  ============================================================  =====

Every engine sends a ``Request`` and gives back a reply whose raw body the
requester reads and decodes itself (``_decoding``), so the size cap, the
redirect refusal and the error rules are the same whatever sends.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Protocol

import httpx

from .._errors import ConfigurationError
from ._httpx import AsyncHttpxEngine, HttpxEngine
from ._messages import Answer, LazyHeaders, RawHeaders, Request
from ._proxy import environment_proxy

__all__ = [
    "Answer",
    "AsyncEngine",
    "LazyHeaders",
    "Request",
    "SyncEngine",
    "async_engine",
    "sync_engine",
]

SYNC_ENGINES = ("urllib3", "httpx")
ASYNC_ENGINES = ("httpx", "aiohttp")
_EXTRA = {"aiohttp": 'pip install "sendmux-ext[aiohttp]"'}


class SyncReply(Protocol):
    status_code: int
    raw_headers: RawHeaders
    headers: httpx.Headers | None  # already built by the engine, or None
    already_decoded: bool  # the body the transport read is decoded (MockTransport)

    def iter_raw(self) -> Iterator[bytes]: ...
    def close(self) -> None: ...


class AsyncReply(Protocol):
    status_code: int
    raw_headers: RawHeaders
    headers: httpx.Headers | None
    already_decoded: bool

    def aiter_raw(self) -> AsyncIterator[bytes]: ...
    async def aclose(self) -> None: ...


class SyncEngine(Protocol):
    name: str

    @property
    def is_closed(self) -> bool: ...
    def open(self, request: Request) -> SyncReply: ...
    def abort(self, request: Request) -> None: ...  # from the deadline's watchdog thread
    def close(self) -> None: ...


class AsyncEngine(Protocol):
    name: str

    @property
    def is_closed(self) -> bool: ...
    async def open(self, request: Request) -> AsyncReply: ...
    async def close(self) -> None: ...


def _check(engine: str | None, known: tuple[str, ...], http_client: object) -> None:
    if engine is not None and engine not in known:
        raise ConfigurationError(f"engine must be one of {', '.join(known)} (got {engine!r})")
    if http_client is not None and engine not in (None, "httpx"):
        raise ConfigurationError(
            f'http_client= runs on the httpx engine; engine="{engine}" cannot use it'
        )


def sync_engine(engine: str | None, http_client: httpx.Client | None) -> SyncEngine:
    """The engine a ``Sendmux`` runs on (see the table above)."""
    _check(engine, SYNC_ENGINES, http_client)
    if http_client is not None:
        return HttpxEngine(http_client)
    proxy = environment_proxy()
    if engine == "urllib3" and proxy:
        raise ConfigurationError(
            'engine="urllib3" does not use the proxy set in the environment; '
            'use engine="httpx" (the default then)'
        )
    if engine == "urllib3" or (engine is None and not proxy):
        from ._urllib3 import Urllib3Engine

        return Urllib3Engine()
    from .._http import new_http_client

    return HttpxEngine(new_http_client(httpx.Client), owned=True)


def async_engine(engine: str | None, http_client: httpx.AsyncClient | None) -> AsyncEngine:
    """The engine an ``AsyncSendmux`` runs on (see the table above)."""
    _check(engine, ASYNC_ENGINES, http_client)
    if http_client is not None:
        return AsyncHttpxEngine(http_client)
    if engine == "aiohttp":
        try:
            from ._aiohttp import AiohttpEngine
        except ImportError as exc:
            raise ConfigurationError(
                f'engine="aiohttp" needs the aiohttp extra ({_EXTRA["aiohttp"]}): '
                f"{type(exc).__name__}: {exc}"
            ) from None
        return AiohttpEngine()
    from .._http import new_http_client

    return AsyncHttpxEngine(new_http_client(httpx.AsyncClient), owned=True)
