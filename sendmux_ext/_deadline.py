"""Deadlines for one attempt and for one call.

httpx's timeouts bound each phase (connect, each read), so a server dripping one
byte at a time keeps an attempt alive for ever. An attempt therefore carries a
deadline (``request.extensions[ATTEMPT_DEADLINE]``, a ``time.monotonic()`` value):

- async engines wrap the attempt in ``asyncio.timeout``;
- sync engines arm ``WATCHDOG``, one daemon thread for every client of the
  process, which at the deadline calls the engine's ``abort``: it shuts down the
  socket the attempt is blocked on; the attempt then fails as a timeout.

The call's deadline (the ``deadline`` option) caps each attempt's and each wait's.
"""

from __future__ import annotations

import contextlib
import heapq
import itertools
import os
import socket
import threading
import time
from collections.abc import Callable
from typing import Any

import httpx

ATTEMPT_DEADLINE = "sendmux_attempt_deadline"
# Cancelled entries the watchdog keeps before compacting its heap, once they are also
# half of it (so many attempts in flight do not compact on every cancel): a sequential
# walk of 1,000 pages kept ~1,000 finished entries at 1,024 (memory grew 1.57x).
_COMPACT_AFTER = 64


def attempt_timeouts(timeout: httpx.Timeout, remaining: float) -> dict[str, float | None]:
    """httpx's per-phase timeouts, none longer than ``remaining`` seconds."""
    return {
        phase: remaining if value is None else min(value, remaining)
        for phase, value in timeout.as_dict().items()
    }


class _Watchdog:
    """Runs callbacks at their deadlines on one lazily started daemon thread."""

    def __init__(self) -> None:
        self._lock = threading.Condition()
        self._heap: list[tuple[float, int, Callable[[], None]]] = []
        self._cancelled: set[int] = set()
        self._ids = itertools.count()
        self._thread: threading.Thread | None = None

    def arm(self, deadline: float, callback: Callable[[], None]) -> int:
        with self._lock:
            handle = next(self._ids)
            heapq.heappush(self._heap, (deadline, handle, callback))
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name="sendmux-deadline", daemon=True
                )
                self._thread.start()
            elif self._heap[0][1] == handle:
                self._lock.notify()
            return handle

    def cancel(self, handle: int) -> None:
        with self._lock:
            self._cancelled.add(handle)
            cancelled = len(self._cancelled)
            if cancelled > _COMPACT_AFTER and 2 * cancelled > len(self._heap):
                # Drop finished attempts (and their requests) long before their deadlines.
                self._heap = [e for e in self._heap if e[1] not in self._cancelled]
                heapq.heapify(self._heap)
                self._cancelled.clear()

    def _run(self) -> None:
        while True:
            with self._lock:
                while not self._heap:
                    self._lock.wait()
                deadline, handle, callback = self._heap[0]
                wait = deadline - time.monotonic()
                if handle in self._cancelled:
                    heapq.heappop(self._heap)
                    self._cancelled.discard(handle)
                    continue
                if wait > 0:
                    self._lock.wait(wait)
                    continue
                heapq.heappop(self._heap)
            with contextlib.suppress(Exception):  # a failed abort leaves httpx's timeouts
                callback()

    def reset_after_fork(self) -> None:
        """The thread does not exist in a forked child: start afresh there."""
        self.__init__()  # type: ignore[misc]


WATCHDOG = _Watchdog()
if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=WATCHDOG.reset_after_fork)


def abort_attempt(http: httpx.Client, request: Any) -> None:
    """Shut down the socket that ``request`` is using in ``http``'s pool (a blocked read
    then returns at once): the attempt sent with ``request``'s ``extensions`` dict.
    Does nothing when the pool is not httpx's own."""
    pool = getattr(getattr(http, "_transport", None), "_pool", None)
    for pool_request in list(getattr(pool, "_requests", ())):
        if pool_request.request.extensions is not request.extensions:
            continue
        connection = getattr(pool_request.connection, "_connection", None)
        stream = getattr(connection, "_network_stream", None)
        sock = stream.get_extra_info("socket") if stream is not None else None
        if isinstance(sock, socket.socket):
            sock.shutdown(socket.SHUT_RDWR)
