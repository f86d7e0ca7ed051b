"""Rate-limit state cannot be poisoned: a reset beyond the API's documented window (plus
clock-skew slack) is not believed, and a newer answer replaces what an older one said."""

from __future__ import annotations

import time
from typing import Any

import pytest
from sendmux_api.models import MailboxDomain

from sendmux_ext._constants import RATE_LIMIT_WINDOW, RESET_SKEW_SLACK
from sendmux_ext._ratelimit import RateLimitGate

from .api import async_client, ok, sync_client
from .conftest import FIGURES
from .faultserver import Action, FaultServer, Seen
from .test_ratelimit import Clock, told, window_headers

CALLS = 4
CAP = 2.0  # max_retry_wait: how long a poisoned gate would hold each call


def poisoning_server() -> Any:
    """The first answer says the window is exhausted until a millisecond epoch (a
    proxy's bug); every later one says plenty is left."""

    def handle(seen: Seen) -> Action:
        if seen.index == 0:
            bogus = f"{time.time() * 1000:.0f}"
            headers = [("X-RateLimit-Limit", "600"), ("X-RateLimit-Remaining", "0"),
                       ("X-RateLimit-Reset", bogus)]  # fmt: skip
        else:
            headers = [("X-RateLimit-Limit", "600"), ("X-RateLimit-Remaining", "500"),
                       ("X-RateLimit-Reset", f"{time.time() + 30:.3f}")]  # fmt: skip
        return ok("managementGetDomain", headers=headers)

    return handle


class TimedSleep(list[float]):
    """Records each wait and really sleeps it (the figure is the calls' duration)."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)
        time.sleep(seconds)

    async def coro(self, seconds: float) -> None:
        import asyncio

        self.append(seconds)
        await asyncio.sleep(seconds)


def _check(waits: list[float], seconds: float, mode: str, server: FaultServer) -> None:
    FIGURES.append(
        f"poisoned X-RateLimit-Reset (ms epoch), {CALLS} calls with max_retry_wait={CAP}, "
        f"{mode}: {seconds:.2f} s, held {len(waits)} times"
    )
    assert len(server.seen) == CALLS
    assert waits == [], f"held by a reset nobody should believe: {waits}"


def test_far_future_reset_is_not_believed_sync(server: FaultServer) -> None:
    server.handler = poisoning_server()
    waits = TimedSleep()
    with sync_client(base_url=server.base_url, max_retry_wait=CAP) as client:
        client._requester.sleep = waits
        started = time.perf_counter()
        for _ in range(CALLS):
            assert isinstance(client.domains.get("mdom_1"), MailboxDomain)
        seconds = time.perf_counter() - started
    _check(waits, seconds, "sync", server)


async def test_far_future_reset_is_not_believed_async(server: FaultServer) -> None:
    server.handler = poisoning_server()
    waits = TimedSleep()
    async with async_client(base_url=server.base_url, max_retry_wait=CAP) as client:
        client._requester.sleep = waits.coro
        started = time.perf_counter()
        for _ in range(CALLS):
            assert isinstance(await client.domains.get("mdom_1"), MailboxDomain)
        seconds = time.perf_counter() - started
    _check(waits, seconds, "async", server)


def test_a_reset_within_the_window_and_slack_is_believed() -> None:
    clock = Clock()
    gate = RateLimitGate(clock)
    told(gate, window_headers(remaining=0, reset=clock.now + RATE_LIMIT_WINDOW + RESET_SKEW_SLACK))
    assert not gate.acquire(600).granted or gate.acquire(600).delay > 0


@pytest.mark.parametrize("beyond", [1.0, 3600.0, 1e12])
def test_a_reset_beyond_the_window_and_slack_is_ignored(beyond: float) -> None:
    clock = Clock()
    gate = RateLimitGate(clock)
    reset = clock.now + RATE_LIMIT_WINDOW + RESET_SKEW_SLACK + beyond
    told(gate, window_headers(remaining=0, reset=reset))
    assert gate.acquire(600).delay == 0


def test_a_newer_answer_replaces_an_older_one() -> None:
    """An answer saying the window ends in 40 s with nothing left, then a newer one
    saying a window ending in 5 s has plenty: the newer one holds."""
    clock = Clock()
    gate = RateLimitGate(clock)
    told(gate, window_headers(remaining=0, reset=clock.now + 40, limit=600))
    first = gate.acquire(0)  # goes at once (no budget to hold it)
    gate.release(first, window_headers(remaining=500, reset=clock.now + 5, limit=600))
    ticket = gate.acquire(600)
    assert (ticket.granted, ticket.delay) == (True, 0.0)
