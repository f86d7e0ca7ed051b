"""Pacing shared by every user of one client: no request fired into an exhausted window.

The latest ``X-RateLimit-Remaining`` / ``X-RateLimit-Reset`` tell how many requests
the current window still takes. Requests sent but not yet answered will use some
of them, so a request goes at once only while ``remaining - in_flight > 0``.
Otherwise it is booked into the next window (as long as that window's
``X-RateLimit-Limit`` covers the bookings and the requests still in flight,
which may land in it), sleeps until ``X-RateLimit-Reset`` and goes; when the
next window is fully booked too it sleeps until then and asks again. Once a window has ended
the next one is assumed to hold ``limit`` requests until a response says more.

A reset further away than the API's window plus clock-skew slack is not believed (a
millisecond epoch from a broken proxy would hold every later call), and the newest
answer about a window that is not over replaces what older ones said.

Every hold is capped by the retry wait cap (``max_retry_wait``, the ``budget``):
past it the request goes anyway and a 429's ``Retry-After`` takes over. Responses
without the headers (or with unusable ones) hold nothing.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from ._constants import RATE_LIMIT_WINDOW, RESET_SKEW_SLACK

# Recheck interval while a new window has begun but no response has said when it ends.
POLL_INTERVAL = 0.05
# Held requests wake this long after the reset: timers may fire a little early.
RESET_MARGIN = 0.02


@dataclass(frozen=True)
class Pass:
    """The gate's answer: sleep ``delay``; then send if ``granted``, else ask again."""

    delay: float
    granted: bool
    booked_for: float | None = None  # the reset this request was booked to start after


def _window(
    headers: Mapping[str, str], now: float | None = None
) -> tuple[int | None, int, float] | None:
    """(limit, remaining, reset) from the headers, or None when they are absent or unusable.

    Given ``now`` (the gate, which acts on it), a reset beyond the documented window and
    the skew slack is unusable too; without it (what a response reports) it is as sent.
    """
    try:
        remaining = int(headers["x-ratelimit-remaining"])
        reset = float(headers["x-ratelimit-reset"])
    except (KeyError, ValueError):
        return None
    if not math.isfinite(reset):
        return None
    if now is not None and reset > now + RATE_LIMIT_WINDOW + RESET_SKEW_SLACK:
        return None
    try:
        limit: int | None = max(0, int(headers["x-ratelimit-limit"]))
    except (KeyError, ValueError):
        limit = None
    return limit, max(0, remaining), reset


rate_limit_window = _window  # the one reader of X-RateLimit-*: RateLimit.from_headers uses it


class RateLimitGate:
    def __init__(self, clock: Callable[[], float] = time.time) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._limit: int | None = None
        self._remaining: int | None = None  # None: nothing known, nothing held
        self._reset = 0.0  # end of the current window; 0 when not known
        self._in_flight = 0  # granted and not yet answered
        self._booked = 0  # waiting for ``_reset`` to start the next window

    def _start_next_window(self, reset: float, remaining: int | None) -> None:
        self._in_flight += self._booked  # the booked requests leave now
        self._booked = 0
        self._reset = reset
        self._remaining = remaining

    def _roll(self, now: float) -> None:
        if self._reset and now >= self._reset:
            self._start_next_window(0.0, self._limit)

    def acquire(self, budget: float) -> Pass:
        """May a request go now? ``budget``: seconds this request may still be held."""
        with self._lock:
            now = self._clock()
            self._roll(now)
            if budget <= 0 or self._remaining is None or self._remaining > self._in_flight:
                self._in_flight += 1
                return Pass(0.0, True)
            if not self._reset:  # a new window whose end no response has told yet
                return Pass(min(POLL_INTERVAL, budget), False)
            wait = self._reset - now + RESET_MARGIN
            if wait > budget:  # longer than we may hold: go at the cap
                self._in_flight += 1
                return Pass(budget, True)
            # Requests still in flight may land in the next window too: leave them room.
            if self._limit is None or self._booked + self._in_flight < self._limit:
                self._booked += 1
                return Pass(wait, True, self._reset)
            return Pass(wait, False)

    def release(self, ticket: Pass, headers: Mapping[str, str] | None) -> None:
        """The granted request ``ticket`` is over; learn from its response's headers."""
        with self._lock:
            now = self._clock()
            self._roll(now)
            if ticket.booked_for is not None and ticket.booked_for == self._reset:
                self._booked -= 1  # answered before its window was seen to start
            else:
                self._in_flight = max(0, self._in_flight - 1)
            window = _window(headers, now) if headers is not None else None
            if window is None:
                return
            limit, remaining, reset = window
            if limit is not None:
                self._limit = limit
                if self._remaining is None:  # from now on, an unknown window holds ``limit``
                    self._remaining = limit
            if reset <= now:  # about a window that is over
                return
            if reset != self._reset:  # the newest answer about a live window wins
                self._start_next_window(reset, remaining)
            else:  # answers within one window arrive out of order: the lowest is the latest
                current = self._remaining
                self._remaining = remaining if current is None else min(current, remaining)
