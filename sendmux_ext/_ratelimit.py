"""Pacing shared by every user of one client: no request fired into an exhausted window.

When a response says ``X-RateLimit-Remaining: 0``, new requests wait until
``X-RateLimit-Reset`` (never longer than the retry wait cap), instead of each
collecting its own 429.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import httpx


class RateLimitGate:
    def __init__(self, clock: Callable[[], float] = time.time) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._blocked_until = 0.0

    def observe(self, headers: httpx.Headers) -> None:
        remaining = headers.get("x-ratelimit-remaining")
        if remaining is None or remaining.strip() != "0":
            return
        try:
            reset = float(headers.get("x-ratelimit-reset", ""))
        except ValueError:
            return
        with self._lock:
            self._blocked_until = max(self._blocked_until, reset)

    def delay(self, cap: float) -> float:
        """Seconds to hold the next request (0 when the window is open)."""
        wait = self._blocked_until - self._clock()
        if wait <= 0:
            return 0.0
        return min(wait, cap)
