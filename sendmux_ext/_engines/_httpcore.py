"""The default sync engine: httpcore's connection pool, without httpx's ``Client``.

httpx's ``Client`` layer (request building, URL merging, cookie extraction,
``Headers``) is about a quarter of a GET's CPU; the pool under it is what
actually talks HTTP. This engine drives that pool directly with the same
settings ``httpx.Client()`` gives it: TLS from ``httpx.create_ssl_context()``
(certifi, ``SSL_CERT_FILE`` / ``SSL_CERT_DIR``; see ``_tls``), 100 connections, 20 kept alive
for 5 s. httpcore's errors come out as the httpx exceptions of the same name,
so the requester's error rules do not depend on the engine.
"""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import urlsplit

import httpcore
import httpx

from .._deadline import abort_in_pool
from ._fork import forget_in_child
from ._messages import RawHeaders, Request
from ._tls import default_ssl_context

# Every exception class httpcore exports; each has an httpx namesake.
HTTPCORE_ERRORS = tuple(
    kind
    for kind in vars(httpcore).values()
    if isinstance(kind, type) and issubclass(kind, Exception)
)


def as_httpx(exc: Exception) -> httpx.TransportError:
    """``exc`` as the httpx exception named like its most specific httpcore class.

    Callers ``raise as_httpx(exc) from exc`` in a plain ``except`` (a context
    manager would cost more: this guards three steps of every request)."""
    for kind in type(exc).__mro__:
        mapped = getattr(httpx, kind.__name__, None)
        if isinstance(mapped, type) and issubclass(mapped, httpx.TransportError):
            return mapped(str(exc))
    return httpx.TransportError(str(exc))


class HttpcoreReply:
    """Status and headers of a sent request; the body is read through ``iter_raw``."""

    def __init__(self, response: httpcore.Response) -> None:
        self._response = response
        self.status_code = response.status
        self.raw_headers: RawHeaders = response.headers
        self.headers: httpx.Headers | None = None
        self.already_decoded = False

    def iter_raw(self) -> Iterator[bytes]:
        try:
            yield from self._response.iter_stream()
        except HTTPCORE_ERRORS as exc:
            raise as_httpx(exc) from exc

    def close(self) -> None:
        try:
            self._response.close()
        except HTTPCORE_ERRORS as exc:
            raise as_httpx(exc) from exc


class HttpcoreEngine:
    """Sends over a pool of its own; ``drop_pool()`` forgets it (done in a forked child)."""

    name = "httpcore"

    def __init__(self) -> None:
        self._ssl_context = default_ssl_context()  # certifi, SSL_CERT_FILE/SSL_CERT_DIR
        self._pool = self._new_pool()
        self._origins: dict[str, tuple[bytes, bytes, int | None, bytes]] = {}
        self.is_closed = False
        forget_in_child(self)

    def _new_pool(self) -> httpcore.ConnectionPool:
        limits = httpx.Limits(max_connections=100, max_keepalive_connections=20)  # httpx's
        return httpcore.ConnectionPool(
            ssl_context=self._ssl_context,
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
        )

    def drop_pool(self) -> None:
        """Forget every connection without closing it: they belong to the parent process."""
        self._pool = self._new_pool()

    def _split(self, url: str) -> tuple[tuple[bytes, bytes, int | None, bytes], bytes]:
        """((scheme, host, port, Host header), target) of ``url``; origins are cached."""
        start = url.find("/", url.find("://") + 3)
        origin, target = (url, "/") if start < 0 else (url[:start], url[start:])
        parts = self._origins.get(origin)
        if parts is None:
            split = urlsplit(origin)
            netloc = split.netloc.rpartition("@")[2]
            host = (split.hostname or "").encode("ascii")
            parts = (split.scheme.encode("ascii"), host, split.port, netloc.encode("ascii"))
            self._origins[origin] = parts
        return parts, target.encode("ascii")

    def open(self, request: Request) -> HttpcoreReply:
        (scheme, host, port, host_header), target = self._split(request.url)
        headers = [(b"host", host_header)]
        headers += [(k.encode("ascii"), v.encode("ascii")) for k, v in request.headers.items()]
        if request.content is not None:
            headers.append((b"content-length", str(len(request.content)).encode("ascii")))
        url = httpcore.URL(scheme=scheme, host=host, port=port, target=target)
        # The Request's own dict: the deadline's watchdog finds the attempt by it.
        extensions = request.extensions
        extensions.setdefault("timeout", request.timeout.as_dict())
        try:
            response = self._pool.handle_request(
                httpcore.Request(
                    request.method,
                    url,
                    headers=headers,
                    content=request.content,
                    extensions=extensions,
                )
            )
        except HTTPCORE_ERRORS as exc:
            raise as_httpx(exc) from exc
        return HttpcoreReply(response)

    def abort(self, request: Request) -> None:
        """Shut the socket ``request`` is blocked on (its deadline passed)."""
        abort_in_pool(self._pool, request)

    def close(self) -> None:
        self.is_closed = True
        self._pool.close()
