"""A small bounded cache of ETag-carrying GET results, per client.

A repeat GET sends ``If-None-Match``; a 304 is answered from here. Entries are keyed
on exactly what the request sends: its encoded path and query, and (hashed) the
credential of that attempt, so one credential never sees another's data. An entry
keeps the 200's body, not the model: every 304 parses it afresh, so callers never
share (and cannot mutate) one object. Bounded in entries and in bytes. Any write
under the same resource (``/domains/mdom_1``, ``/domains/mdom_1/filters``, ...)
drops its entries, so a cached copy never outlives a change made through us.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ._constants import ETAG_CACHE_BYTES, ETAG_CACHE_SIZE

if TYPE_CHECKING:
    from ._engines import Answer, Request

# Where ``before_attempt`` leaves, on the request, the entry it revalidated (for the
# 304's answer) and the request's key (for storing its 200).
_ENTRY = "sendmux_etag_entry"
_KEY = "sendmux_etag_key"


@dataclass(frozen=True)
class CachedResponse:
    etag: str
    body: bytes  # the 200's JSON envelope, as received
    parse: Callable[[Any], Any]  # envelope dict -> data (the generated parser)

    def data(self) -> Any:
        """A fresh copy of the cached data."""
        return self.parse(json.loads(self.body))


def resource_root(path: str) -> str:
    """``/domains/mdom_1/filters`` -> ``/domains/mdom_1``: what a write invalidates."""
    return "/".join(path.split("?", 1)[0].split("/")[:3])


def cache_key(credential: str, request: Request, path: str) -> str:
    """The credential's digest and the encoded path and query the request sends
    (``path`` is the part after the base URL's path)."""
    query = request.url.partition("?")[2]
    return f"{credential} {path}{'?' + query if query else ''}"


class ETagCache:
    def __init__(
        self, max_entries: int = ETAG_CACHE_SIZE, max_bytes: int = ETAG_CACHE_BYTES
    ) -> None:
        self._max_entries = max_entries
        self._max_bytes = max_bytes
        self._bytes = 0
        self._entries: OrderedDict[str, CachedResponse] = OrderedDict()
        self._lock = threading.Lock()
        self._digests: dict[str, str] = {}  # Authorization value -> its digest

    def _digest(self, authorization: str) -> str:
        """The credential hashed (a key must not hold it), remembered for the few values
        a client sends: hashing cost 1.5 us on every GET."""
        digest = self._digests.get(authorization)
        if digest is None:
            if len(self._digests) >= 8:  # a rotating token: keep only recent ones
                self._digests.clear()
            digest = hashlib.sha256(authorization.encode()).hexdigest()[:32]
            self._digests[authorization] = digest
        return digest

    def before_attempt(self, request: Request, path: str, *, revalidate: bool) -> None:
        """A GET (when ``revalidate``) asks ``If-None-Match`` for the entry held under its
        exact key; any other method drops the entries under its resource."""
        if request.method != "GET":
            self.invalidate(path)
            return
        key = cache_key(self._digest(request.headers.get("authorization", "")), request, path)
        entry = self.get(key) if revalidate else None
        request.extensions[_KEY] = key
        request.extensions[_ENTRY] = entry
        if entry is not None:
            request.headers["if-none-match"] = entry.etag
        else:
            request.headers.pop("if-none-match", None)

    @staticmethod
    def revalidated(response: Answer | None) -> CachedResponse | None:
        """The entry the request of ``response`` revalidated (None when it sent no ETag)."""
        if response is None:
            return None
        entry: CachedResponse | None = response.request.extensions.get(_ENTRY)
        return entry

    def store(self, response: Answer | None, parse: Callable[[Any], Any]) -> None:
        """Keep ``response`` (a 200 with an ETag) for the next revalidation of its key."""
        if response is None:
            return
        etag = response.headers.get("etag")
        key = response.request.extensions.get(_KEY)
        if etag is not None and key is not None:
            self.put(key, CachedResponse(etag, response.content, parse))

    def get(self, key: str) -> CachedResponse | None:
        with self._lock:
            entry = self._entries.get(key)
            if entry is not None:
                self._entries.move_to_end(key)
            return entry

    def put(self, key: str, entry: CachedResponse) -> None:
        with self._lock:
            old = self._entries.pop(key, None)
            if old is not None:
                self._bytes -= len(old.body)
            if len(entry.body) > self._max_bytes:
                return
            self._entries[key] = entry
            self._bytes += len(entry.body)
            while len(self._entries) > self._max_entries or self._bytes > self._max_bytes:
                _, dropped = self._entries.popitem(last=False)
                self._bytes -= len(dropped.body)

    def invalidate(self, path: str) -> None:
        root = resource_root(path)
        with self._lock:
            for key in [k for k in self._entries if resource_root(k.split(" ", 1)[1]) == root]:
                self._bytes -= len(self._entries.pop(key).body)

    @property
    def size_bytes(self) -> int:
        return self._bytes

    def __len__(self) -> int:
        return len(self._entries)
