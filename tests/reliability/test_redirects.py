"""A 3xx is never followed, whatever the user's httpx client says: it is an error naming the
status and the origin of its ``Location``, and the other origin sees no request."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from sendmux_ext import APIError

from .api import async_client, sync_client
from .faultserver import FaultServer, Reply, script
from .test_faults import CALLS

REDIRECTS = (301, 302, 303, 307, 308)
FOLLOWING = {"follow_redirects": True}


def _redirect(server: FaultServer, other: FaultServer, status: int) -> None:
    location = f"http://127.0.0.1:{other.port}/api/v1/domains?x=1"
    server.handler = script(Reply(status, b"", [("Location", location)]))
    other.handler = script(Reply(201, b'{"ok": true}', [("Content-Type", "application/json")]))


def _check(exc: APIError, status: int, server: FaultServer, other: FaultServer) -> None:
    assert exc.status_code == status
    assert str(status) in str(exc) and f"http://127.0.0.1:{other.port}" in str(exc), str(exc)
    assert "x=1" not in str(exc)  # the origin only, not the path or query
    assert len(server.seen) == 1, "a redirect is not retried"
    assert other.seen == [], "the other origin must see nothing"


@pytest.fixture
def other() -> Any:
    with FaultServer() as other_server:
        yield other_server


@pytest.mark.parametrize("call", ["get", "create", "verify"])
@pytest.mark.parametrize("status", REDIRECTS)
def test_redirect_is_an_error_sync(
    server: FaultServer, other: FaultServer, status: int, call: str
) -> None:
    _redirect(server, other, status)
    invoke: Callable[[Any], Any] = CALLS[call][1]
    with (
        sync_client(FOLLOWING, base_url=server.base_url, max_retries=2) as client,
        pytest.raises(APIError) as info,
    ):
        invoke(client)
    _check(info.value, status, server, other)


@pytest.mark.parametrize("call", ["get", "create", "verify"])
@pytest.mark.parametrize("status", REDIRECTS)
async def test_redirect_is_an_error_async(
    server: FaultServer, other: FaultServer, status: int, call: str
) -> None:
    _redirect(server, other, status)
    invoke: Callable[[Any], Any] = CALLS[call][1]
    async with async_client(FOLLOWING, base_url=server.base_url, max_retries=2) as client:
        with pytest.raises(APIError) as info:
            await invoke(client)
    _check(info.value, status, server, other)
