"""The default sync engine: urllib3's connection pools, without httpx's ``Client``.

httpx's ``Client`` layer is about a quarter of a GET's CPU; under our requester,
urllib3 measured a little cheaper per call than httpcore's pool driven directly
(the engine it replaced) and about 1.5x its throughput on 50 threads. Settings
follow ``httpx.Client()``: TLS from ``httpx.create_ssl_context()`` (certifi,
``SSL_CERT_FILE`` / ``SSL_CERT_DIR``; see ``_tls``), 20 connections kept alive
per origin, none reused after 5 s idle; urllib3's own retries and redirects are
off. Timeouts: ``connect`` bounds connecting and sending, ``read`` each read
(urllib3 has no pool wait). Errors come out as the httpx exceptions of the same
meaning (``_as_httpx``), so the requester's rules do not depend on the engine:
only a failure while connecting is "not sent".
"""

from __future__ import annotations

import http.client
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

import httpx
import urllib3
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.exceptions import (
    ConnectTimeoutError,
    HTTPError,
    NewConnectionError,
    ProtocolError,
    ReadTimeoutError,
    SSLError,
)

from ._fork import forget_in_child
from ._messages import RawHeaders, Request
from ._tls import default_ssl_context

KEEP_ALIVE = 20  # connections kept per origin, as httpx.Limits() keeps
IDLE_EXPIRY = 5.0  # seconds an idle connection may be reused, as httpx.Limits()
_CONNECTION = "sendmux_urllib3_connection"  # request.extensions: the attempt's connection
_CONNECT_FAILED = "sendmux_urllib3_connect_failed"

# The attempt being sent on this thread: urllib3 calls the connection, not us, between
# ``urlopen`` and the answer, and the connection must tell the attempt what it did.
_SENDING = threading.local()


class PooledConnection(HTTPConnection):
    """Tells the attempt on this thread which connection sends it (for the deadline's
    watchdog) and whether connecting failed (nothing was sent); reports itself not
    connected once idle longer than ``IDLE_EXPIRY`` (urllib3 then reconnects)."""

    _last_used = 0.0

    def connect(self) -> None:
        try:
            super().connect()
        except BaseException:
            request: Request | None = getattr(_SENDING, "request", None)
            if request is not None:
                request.extensions[_CONNECT_FAILED] = True
            raise

    def request(self, *args: Any, **kwargs: Any) -> None:
        request: Request | None = getattr(_SENDING, "request", None)
        if request is not None:
            request.extensions[_CONNECTION] = self
        self._last_used = time.monotonic()
        super().request(*args, **kwargs)

    @property
    def is_connected(self) -> bool:
        if time.monotonic() - self._last_used > IDLE_EXPIRY:
            return False
        return super().is_connected


class PooledHTTPSConnection(PooledConnection, HTTPSConnection):
    pass


def _as_httpx(exc: HTTPError, request: Request) -> httpx.TransportError:
    """``exc`` as the httpx exception of the same meaning: a connect error or timeout
    (TCP, TLS, DNS) only when the connection was being made; anything later was sent."""
    message = f"{type(exc).__name__}: {exc}"
    connecting = request.extensions.pop(_CONNECT_FAILED, False)
    # NewConnectionError subclasses ConnectTimeoutError; both come only from connecting.
    refused = isinstance(exc, NewConnectionError)
    timed_out = not refused and isinstance(exc, ConnectTimeoutError | ReadTimeoutError)
    if connecting or isinstance(exc, ConnectTimeoutError):
        return httpx.ConnectTimeout(message) if timed_out else httpx.ConnectError(message)
    if timed_out:
        return httpx.ReadTimeout(message)
    if isinstance(exc, ProtocolError):
        cause = exc.args[1] if len(exc.args) > 1 else None
        if isinstance(cause, http.client.HTTPException):  # closed early, bad status line...
            return httpx.RemoteProtocolError(message)
        return httpx.ReadError(message)  # reset, broken pipe
    if isinstance(exc, SSLError):
        return httpx.ReadError(message)
    return httpx.TransportError(message)


class Urllib3Reply:
    """Status and headers of a sent request; the body is read through ``iter_raw``."""

    def __init__(self, response: urllib3.BaseHTTPResponse, request: Request) -> None:
        self._response = response
        self._request = request
        self._read_all = False
        self.status_code = response.status
        # http.client decoded them as latin-1: these are the bytes received.
        self.raw_headers: RawHeaders = [
            (name.encode("latin-1"), value.encode("latin-1"))
            for name, value in response.headers.iteritems()
        ]
        self.headers: httpx.Headers | None = None
        self.already_decoded = False

    def iter_raw(self) -> Iterator[bytes]:
        try:
            yield from self._response.stream(65536, decode_content=False)
        except HTTPError as exc:  # a socket shut by the watchdog ends here too
            raise _as_httpx(exc, self._request) from exc
        self._read_all = True

    def close(self) -> None:
        """Back to the pool when the body was read to its end; closed otherwise (an
        unread rest would be taken for the next answer)."""
        self._request.extensions.pop(_CONNECTION, None)
        if not self._read_all:
            self._response.close()
        self._response.release_conn()


class Urllib3Engine:
    """Sends over pools of its own (one per origin); ``drop_pool()`` forgets them."""

    name = "urllib3"

    def __init__(self) -> None:
        self._ssl_context = default_ssl_context()  # certifi, SSL_CERT_FILE/SSL_CERT_DIR
        self._pools: dict[str, urllib3.HTTPConnectionPool] = {}
        self._lock = threading.Lock()
        self.is_closed = False
        forget_in_child(self)

    def drop_pool(self) -> None:
        """Forget every connection without closing it: they belong to the parent process."""
        self._pools = {}

    def _pool(self, origin: str) -> urllib3.HTTPConnectionPool:
        split = urlsplit(origin)
        host = split.hostname or ""  # the base URL was checked to have one
        options: dict[str, Any] = {"maxsize": KEEP_ALIVE, "retries": False}
        pool: urllib3.HTTPConnectionPool
        if split.scheme == "https":
            pool = urllib3.HTTPSConnectionPool(
                host, split.port, ssl_context=self._ssl_context, **options
            )
            pool.ConnectionCls = PooledHTTPSConnection
        else:
            pool = urllib3.HTTPConnectionPool(host, split.port, **options)
            pool.ConnectionCls = PooledConnection
        return pool

    def _split(self, url: str) -> tuple[urllib3.HTTPConnectionPool, str]:
        """(the pool of ``url``'s origin, its target)."""
        start = url.find("/", url.find("://") + 3)
        origin, target = (url, "/") if start < 0 else (url[:start], url[start:])
        pool = self._pools.get(origin)
        if pool is None:
            with self._lock:  # two threads' first calls make one pool
                pool = self._pools.get(origin)
                if pool is None:
                    pool = self._pools[origin] = self._pool(origin)
        return pool, target

    def open(self, request: Request) -> Urllib3Reply:
        pool, target = self._split(request.url)
        phases = request.extensions.get("timeout") or request.timeout.as_dict()
        request.extensions.pop(_CONNECT_FAILED, None)  # from an earlier attempt
        _SENDING.request = request
        try:
            response = pool.urlopen(
                request.method,
                target,
                body=request.content,
                headers=request.headers,
                retries=False,
                redirect=False,
                assert_same_host=False,
                timeout=urllib3.Timeout(connect=phases.get("connect"), read=phases.get("read")),
                preload_content=False,
                decode_content=False,
            )
        except HTTPError as exc:
            request.extensions.pop(_CONNECTION, None)  # urllib3 closed it
            raise _as_httpx(exc, request) from exc
        finally:
            _SENDING.request = None
        return Urllib3Reply(response, request)

    def abort(self, request: Request) -> None:
        """Shut the socket ``request`` is blocked on (its deadline passed)."""
        connection = request.extensions.get(_CONNECTION)
        sock = getattr(connection, "sock", None)
        if isinstance(sock, socket.socket):
            sock.shutdown(socket.SHUT_RDWR)

    def close(self) -> None:
        self.is_closed = True
        for pool in list(self._pools.values()):
            pool.close()
