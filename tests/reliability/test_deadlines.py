"""``timeout`` bounds a whole attempt (connect to last byte) against a server dripping one
byte at a time, and ``deadline`` bounds a whole call across retries and waits. Durations
are printed as figures; the assertions are on attempts and outcomes."""

from __future__ import annotations

import contextlib
import socket
import time
from dataclasses import dataclass

import h11
import pytest

from sendmux_ext import APITimeoutError, RateLimitExceededError

from .api import async_client, error, ok, sync_client
from .conftest import FIGURES
from .faultserver import STALL_CAP, Action, FaultServer, script

TIMEOUT = 1.0  # the client's timeout in these tests
DRIP_EVERY = 0.25  # seconds between two bytes of the dripping answers


@dataclass(frozen=True)
class Drip(Action):
    """Send ``data`` one byte every ``DRIP_EVERY`` seconds (for at most ``STALL_CAP``)."""

    data: bytes

    def perform(self, sock: socket.socket, conn: h11.Connection) -> bool:
        ends = time.monotonic() + STALL_CAP
        with contextlib.suppress(OSError):
            for byte in self.data:
                if time.monotonic() > ends:
                    break
                sock.sendall(bytes([byte]))
                time.sleep(DRIP_EVERY)
        return False


def _answer() -> bytes:
    reply = ok("managementGetDomain")
    head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
    return (head + f"Content-Length: {len(reply.body)}\r\n\r\n").encode() + reply.body


def _drip(server: FaultServer, where: str) -> None:
    if where == "headers":
        server.handler = script(Drip(_answer()))
    else:  # the head at once, then the body byte by byte
        answer = _answer()
        split = answer.index(b"\r\n\r\n") + 4

        @dataclass(frozen=True)
        class HeadThenDrip(Action):
            def perform(self, sock: socket.socket, conn: h11.Connection) -> bool:
                sock.sendall(answer[:split])
                return Drip(answer[split:]).perform(sock, conn)

        server.handler = script(HeadThenDrip())


def _record(what: str, mode: str, seconds: float) -> None:
    FIGURES.append(f"{what}, {mode}: call took {seconds:.2f} s (timeout={TIMEOUT})")


@pytest.mark.parametrize("where", ["headers", "body"])
def test_timeout_bounds_a_dripping_attempt_sync(server: FaultServer, where: str) -> None:
    _drip(server, where)
    with sync_client(base_url=server.base_url, timeout=TIMEOUT, max_retries=0) as client:
        started = time.monotonic()
        with pytest.raises(APITimeoutError):
            client.domains.get("mdom_1")
        _record(f"drip in the {where}", "sync", time.monotonic() - started)
    assert len(server.seen) == 1


@pytest.mark.parametrize("where", ["headers", "body"])
async def test_timeout_bounds_a_dripping_attempt_async(server: FaultServer, where: str) -> None:
    _drip(server, where)
    async with async_client(base_url=server.base_url, timeout=TIMEOUT, max_retries=0) as client:
        started = time.monotonic()
        with pytest.raises(APITimeoutError):
            await client.domains.get("mdom_1")
        _record(f"drip in the {where}", "async", time.monotonic() - started)
    assert len(server.seen) == 1


def test_deadline_bounds_retries_and_waits_sync(server: FaultServer) -> None:
    """Every answer a 429 asking for 1 s: with deadline=1.5 the call gives up after the
    second attempt instead of waiting a third time (max_retries=5)."""
    server.handler = script(error(429, "rate_limit_exceeded", headers=[("Retry-After", "1")]))
    with sync_client(base_url=server.base_url, max_retries=5, deadline=1.5) as client:
        started = time.monotonic()
        with pytest.raises(RateLimitExceededError):
            client.domains.get("mdom_1")
        FIGURES.append(
            f"deadline=1.5 over 429s with Retry-After 1, sync: {time.monotonic() - started:.2f} s,"
            f" {len(server.seen)} attempts"
        )
    assert len(server.seen) == 2


async def test_deadline_bounds_retries_and_waits_async(server: FaultServer) -> None:
    server.handler = script(error(429, "rate_limit_exceeded", headers=[("Retry-After", "1")]))
    async with async_client(base_url=server.base_url, max_retries=5, deadline=1.5) as client:
        with pytest.raises(RateLimitExceededError):
            await client.domains.get("mdom_1")
    assert len(server.seen) == 2


def test_deadline_caps_the_attempt_too_sync(server: FaultServer) -> None:
    """A deadline shorter than the timeout bounds the attempt (a drip, timeout 10 s)."""
    _drip(server, "body")
    with (
        sync_client(base_url=server.base_url, timeout=10.0, deadline=TIMEOUT) as client,
        pytest.raises(APITimeoutError),
    ):
        client.domains.get("mdom_1")
    assert len(server.seen) == 1


def test_the_watchdog_forgets_finished_attempts() -> None:
    """Attempts that ended are dropped from the watchdog long before their deadline (it
    would otherwise keep every request of the last minute alive)."""
    import threading

    from sendmux_ext._deadline import _COMPACT_AFTER, _Watchdog

    watchdog = _Watchdog()
    for _ in range(3 * _COMPACT_AFTER):
        watchdog.cancel(watchdog.arm(time.monotonic() + 60, lambda: None))
    assert len(watchdog._heap) <= _COMPACT_AFTER + 1
    fired = threading.Event()
    watchdog.arm(time.monotonic() + 0.05, fired.set)
    assert fired.wait(5), "a live deadline must still fire"
