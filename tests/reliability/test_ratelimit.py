"""One client shared by many threads or tasks stays under a server's rate limit.

The server allows ``LIMIT`` requests per ``PERIOD``-second window (windows aligned
on the clock, as a fixed-window limiter does), sends ``X-RateLimit-*`` on every
answer and a 429 with ``Retry-After`` beyond the limit. Time is compressed so
that 200 requests take a few seconds: windows are a quarter of a second and the
headers carry fractional seconds. Sleeps here are real.
"""

from __future__ import annotations

import asyncio
import math
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from sendmux_api.models import Connection

from sendmux_ext._ratelimit import POLL_INTERVAL, RESET_MARGIN, Pass, RateLimitGate

from .api import async_client, error, ok, sync_client
from .conftest import FIGURES
from .faultserver import Action, FaultServer, Seen, script

LIMIT = 20
PERIOD = 0.25
REQUESTS = 200
TASKS = 50


class FixedWindow:
    def __init__(self, limit: int, period: float) -> None:
        self.limit, self.period = limit, period
        self.lock = threading.Lock()
        self.used: Counter[int] = Counter()
        self.rejected = 0

    def __call__(self, seen: Seen) -> Action:
        now = time.time()
        window = math.floor(now / self.period)
        reset = (window + 1) * self.period
        with self.lock:
            allowed = self.used[window] < self.limit
            if allowed:
                self.used[window] += 1
            else:
                self.rejected += 1
            remaining = self.limit - self.used[window]
        headers = [
            ("X-RateLimit-Limit", str(self.limit)),
            ("X-RateLimit-Remaining", str(remaining)),
            ("X-RateLimit-Reset", f"{reset:.3f}"),
        ]
        if allowed:
            return ok("managementGetConnection", headers=headers)
        retry_after = ("Retry-After", f"{reset - now:.3f}")
        return error(429, "rate_limit_exceeded", headers=[*headers, retry_after])

    @property
    def served(self) -> int:
        return sum(self.used.values())


def _report(kind: str, window: FixedWindow, elapsed: float) -> None:
    FIGURES.append(
        f"rate limit {LIMIT}/{PERIOD}s, {REQUESTS} requests from {kind}: "
        f"{window.rejected} 429s sent by the server, {len(window.used)} windows, {elapsed:.2f}s"
    )


def test_threads_sharing_a_client_stay_under_the_limit(server: FaultServer) -> None:
    server.handler = window = FixedWindow(LIMIT, PERIOD)
    started = time.perf_counter()
    with sync_client(base_url=server.base_url) as client, ThreadPoolExecutor(8) as pool:
        results = list(pool.map(lambda _: client.me(), range(REQUESTS)))
    _report("8 threads, one sync client", window, time.perf_counter() - started)
    assert all(isinstance(result, Connection) for result in results)
    assert window.served == REQUESTS
    # 8 threads never outnumber the limit, so even the first requests fit: none should be
    # refused (the gate that only held at Remaining: 0 collected about 50 here).
    assert window.rejected <= 2, window.rejected


async def test_tasks_sharing_a_client_stay_under_the_limit(server: FaultServer) -> None:
    server.handler = window = FixedWindow(LIMIT, PERIOD)
    results: list[Connection] = []
    started = time.perf_counter()
    async with async_client(base_url=server.base_url) as client:

        async def worker() -> None:
            for _ in range(REQUESTS // TASKS):
                results.append(await client.me())

        await asyncio.gather(*(worker() for _ in range(TASKS)))
    _report(f"{TASKS} async tasks, one async client", window, time.perf_counter() - started)
    assert all(isinstance(result, Connection) for result in results)
    assert len(results) == window.served == REQUESTS
    # Before the first answer the client knows nothing of the limit: of the 50 first
    # requests, up to 50 - LIMIT are refused. After that the gate must keep every request
    # inside the windows, so no other 429 may follow.
    assert window.rejected <= TASKS - LIMIT, window.rejected


# -- the gate's rules, on a fake clock ----------------------------------------


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def window_headers(remaining: int, reset: float | str, limit: int = 20) -> httpx.Headers:
    return httpx.Headers(
        {
            "X-RateLimit-Limit": str(limit),
            "X-RateLimit-Remaining": str(remaining),
            "X-RateLimit-Reset": str(reset),
        }
    )


def told(gate: RateLimitGate, headers: httpx.Headers) -> None:
    """One request through the gate whose answer carried ``headers``."""
    ticket = gate.acquire(60)
    assert ticket.granted
    gate.release(ticket, headers)


def test_gate_holds_nothing_it_was_not_told_to() -> None:
    gate = RateLimitGate(Clock())
    told(gate, httpx.Headers({"X-Request-Id": "req_1"}))
    assert all(gate.acquire(60) == Pass(0.0, True) for _ in range(100))


def test_gate_keeps_requests_in_flight_inside_the_window() -> None:
    clock = Clock()
    gate = RateLimitGate(clock)
    told(gate, window_headers(remaining=3, reset=clock.now + 10))
    assert [gate.acquire(60).delay for _ in range(3)] == [0.0, 0.0, 0.0]
    fourth = gate.acquire(60)  # the three in flight use what is left: wait for the reset
    assert fourth.granted and fourth.delay == pytest.approx(10 + RESET_MARGIN)


def test_gate_books_the_next_window_and_no_more() -> None:
    clock = Clock()
    gate = RateLimitGate(clock)
    told(gate, window_headers(remaining=0, reset=clock.now + 5, limit=2))
    booked = [gate.acquire(60), gate.acquire(60)]
    assert all(t.granted and t.booked_for == clock.now + 5 for t in booked)
    overflow = gate.acquire(60)
    assert not overflow.granted and overflow.delay == pytest.approx(5 + RESET_MARGIN)
    clock.now += overflow.delay  # the next window: the two booked are leaving
    assert gate.acquire(60) == Pass(POLL_INTERVAL, False)  # its end is not known yet
    for ticket in booked:
        gate.release(ticket, window_headers(remaining=1, reset=clock.now + 5, limit=2))
    assert gate.acquire(60) == Pass(0.0, True)  # the window says one is left


def test_sequential_calls_hold_once_each() -> None:
    """With sleeps recorded but not slept (time stands still), each call waits once."""
    clock = Clock()
    gate = RateLimitGate(clock)
    exhausted = window_headers(remaining=0, reset=clock.now + 3)
    told(gate, exhausted)
    for _ in range(5):
        ticket = gate.acquire(60)
        assert ticket.granted and ticket.delay == pytest.approx(3 + RESET_MARGIN)
        gate.release(ticket, exhausted)


@pytest.mark.parametrize("reset", ["inf", "-inf", "nan", "soon", "", "1e400"])
def test_gate_ignores_an_unusable_reset(reset: str) -> None:
    gate = RateLimitGate(Clock())
    told(gate, window_headers(remaining=0, reset=reset))
    assert gate.acquire(60) == Pass(0.0, True)


def test_gate_ignores_a_window_that_is_over() -> None:
    clock = Clock()
    gate = RateLimitGate(clock)
    told(gate, window_headers(remaining=0, reset=clock.now - 1))
    assert gate.acquire(60) == Pass(0.0, True)


def test_an_answer_about_an_ended_window_still_teaches_the_limit() -> None:
    """A slow first answer may describe a window already over; the limit still holds."""
    clock = Clock()
    gate = RateLimitGate(clock)
    burst = [gate.acquire(60) for _ in range(5)]  # nothing known yet: all go
    assert all(ticket == Pass(0.0, True) for ticket in burst)
    gate.release(burst[0], window_headers(remaining=0, reset=clock.now - 0.1, limit=3))
    assert gate.acquire(60) == Pass(POLL_INTERVAL, False)  # 4 in flight, 3 allowed
    for ticket in burst[1:3]:
        gate.release(ticket, None)
    assert gate.acquire(60) == Pass(0.0, True)  # 2 in flight: one more fits


def test_gate_never_holds_past_the_budget() -> None:
    clock = Clock()
    gate = RateLimitGate(clock)
    told(gate, window_headers(remaining=0, reset=clock.now + 85))
    assert gate.acquire(60) == Pass(60, True)
    assert gate.acquire(0) == Pass(0.0, True)


async def test_a_call_cancelled_while_held_gives_back_its_place(server: FaultServer) -> None:
    server.handler = script(
        ok("managementGetConnection", headers=[("X-RateLimit-Limit", "1"),
            ("X-RateLimit-Remaining", "0"), ("X-RateLimit-Reset", f"{time.time() + 30}")])
    )  # fmt: skip

    async def cancelled(seconds: float) -> None:
        raise asyncio.CancelledError

    async with async_client(base_url=server.base_url) as client:
        await client.me()
        client._requester.sleep = cancelled
        with pytest.raises(asyncio.CancelledError):
            await client.me()
        gate = client._gate
        assert (gate._in_flight, gate._booked) == (0, 0)
        assert gate.acquire(60).booked_for is not None  # the one slot of the next window is free
    assert len(server.seen) == 1
