"""A small bounded cache of ETag-carrying GET results, per client.

A repeat GET sends ``If-None-Match``; a 304 is answered from here. Any write
under the same resource (``/domains/mdom_1``, ``/domains/mdom_1/filters``, ...)
drops its entries, so a cached copy never outlives a change made through us.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

import httpx

from ._constants import ETAG_CACHE_SIZE


@dataclass(frozen=True)
class CachedResponse:
    etag: str
    data: Any
    headers: httpx.Headers
    request_id: str | None


def resource_root(path: str) -> str:
    """``/domains/mdom_1/filters`` -> ``/domains/mdom_1``: what a write invalidates."""
    return "/".join(path.split("/")[:3])


class ETagCache:
    def __init__(self, max_entries: int = ETAG_CACHE_SIZE) -> None:
        self._max_entries = max_entries
        self._entries: OrderedDict[str, CachedResponse] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, path: str) -> CachedResponse | None:
        with self._lock:
            entry = self._entries.get(path)
            if entry is not None:
                self._entries.move_to_end(path)
            return entry

    def put(self, path: str, entry: CachedResponse) -> None:
        with self._lock:
            self._entries[path] = entry
            self._entries.move_to_end(path)
            while len(self._entries) > self._max_entries:
                self._entries.popitem(last=False)

    def invalidate(self, path: str) -> None:
        root = resource_root(path)
        with self._lock:
            for key in [k for k in self._entries if resource_root(k) == root]:
                del self._entries[key]

    def __len__(self) -> int:
        return len(self._entries)
