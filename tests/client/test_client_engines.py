"""Which engine a client runs on, and the parts of the engines the other suites cannot see.

The behaviour of every engine over real sockets is tested by running the
loopback tests (``make_live``) and ``tests/reliability`` once per engine.
"""

from __future__ import annotations

import os
import pickle
import sys
from typing import Any

import httpx
import pytest

from sendmux_ext import AsyncSendmux, ConfigurationError, Sendmux
from sendmux_ext._engines import LazyHeaders, _messages
from sendmux_ext._engines._aiohttp import AiohttpEngine
from sendmux_ext._engines._httpx import AsyncHttpxEngine, HttpxEngine
from sendmux_ext._engines._urllib3 import Urllib3Engine


def test_sync_default_is_urllib3_and_http_client_keeps_httpx(api_key: str) -> None:
    with Sendmux(api_key=api_key) as client:
        assert isinstance(client._engine, Urllib3Engine)
    with httpx.Client() as http, Sendmux(api_key=api_key, http_client=http) as client:
        assert isinstance(client._engine, HttpxEngine) and client._engine.http is http
    with Sendmux(api_key=api_key, engine="httpx") as client:
        assert isinstance(client._engine, HttpxEngine)


async def test_async_default_is_httpx_and_aiohttp_is_chosen(api_key: str) -> None:
    async with AsyncSendmux(api_key=api_key) as client:
        assert isinstance(client._engine, AsyncHttpxEngine)
    async with AsyncSendmux(api_key=api_key, engine="aiohttp") as client:
        assert isinstance(client._engine, AiohttpEngine)


@pytest.mark.parametrize("variable", ["HTTPS_PROXY", "HTTP_PROXY", "ALL_PROXY", "https_proxy"])
def test_a_proxy_in_the_environment_runs_on_httpx(
    api_key: str, monkeypatch: pytest.MonkeyPatch, variable: str
) -> None:
    monkeypatch.setenv(variable, "http://proxy.invalid:3128")
    with Sendmux(api_key=api_key) as client:
        assert isinstance(client._engine, HttpxEngine)
    with pytest.raises(ConfigurationError, match='engine="urllib3" does not use the proxy'):
        Sendmux(api_key=api_key, engine="urllib3")


@pytest.mark.parametrize(
    ("cls", "engine"), [(Sendmux, "aiohttp"), (AsyncSendmux, "urllib3"), (Sendmux, "httpcore")]
)
def test_an_engine_of_the_other_kind_is_refused(api_key: str, cls: Any, engine: str) -> None:
    with pytest.raises(ConfigurationError, match="engine must be one of"):
        cls(api_key=api_key, engine=engine)


def test_http_client_with_another_engine_is_refused(api_key: str) -> None:
    with httpx.Client() as http, pytest.raises(ConfigurationError, match="http_client="):
        Sendmux(api_key=api_key, http_client=http, engine="urllib3")


def test_missing_aiohttp_extra_names_the_install(
    api_key: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "aiohttp", None)  # as if not installed
    monkeypatch.delitem(sys.modules, "sendmux_ext._engines._aiohttp")
    with pytest.raises(ConfigurationError, match=r'pip install "sendmux-ext\[aiohttp\]"'):
        AsyncSendmux(api_key=api_key, engine="aiohttp")


def test_importing_sendmux_ext_does_not_import_aiohttp() -> None:
    import subprocess

    code = "import sys, sendmux_ext; sendmux_ext.Sendmux; print('aiohttp' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


async def test_aiohttp_silent_retry_is_off(api_key: str) -> None:
    """aiohttp repeats an idempotent request on a dropped keep-alive connection unless
    this (private, version-pinned) switch is off; the fault suite counts the attempts."""
    engine = AiohttpEngine()
    session = engine._new_session()
    try:
        assert session._retry_connection is False
    finally:
        await session.close()


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_a_forked_child_drops_the_pool(api_key: str) -> None:
    engine = Urllib3Engine()
    pool = engine._pools
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: report whether the pool was replaced, and leave at once
        os.write(write, b"1" if engine._pools is not pool else b"0")
        os._exit(0)
    os.waitpid(pid, 0)
    assert os.read(read, 1) == b"1"
    assert engine._pools is pool  # the parent keeps its own
    engine.close()


RAW = [
    (b"Content-Type", b"application/json"),
    (b"X-Id", b"a"),
    (b"x-id", b"b"),
    (b"ETag", b'W/"1"'),
]


def test_lazy_headers_behave_as_httpx_headers() -> None:
    lazy = LazyHeaders(RAW, _messages.header_map(RAW))
    eager = httpx.Headers(RAW)
    assert isinstance(lazy, httpx.Headers)
    assert lazy == eager and dict(lazy) == dict(eager)
    assert lazy.get("x-id") == eager.get("x-id") == "a, b"
    assert lazy["ETAG"] == 'W/"1"' and "content-type" in lazy and "missing" not in lazy
    assert lazy.get_list("X-Id") == ["a", "b"] and lazy.raw == eager.raw
    with pytest.raises(KeyError, match="missing"):
        lazy["missing"]
    lazy["x-id"] = "c"  # a change is seen by every lookup after it
    assert lazy.get("x-id") == "c" and lazy.get_list("x-id") == ["c"]
    assert repr(LazyHeaders(RAW, _messages.header_map(RAW))) == repr(eager)
    copy = pickle.loads(pickle.dumps(lazy))
    assert copy == lazy and copy.get("x-id") == "c"


def test_header_map_decodes_non_ascii_as_httpx_does() -> None:
    raw = [(b"X-Name", "café".encode()), (b"X-Other", b"plain")]
    assert _messages.header_map(raw) == dict(httpx.Headers(raw).items())


async def test_aiohttp_reads_the_proxy_from_the_environment_only_when_one_is_set(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """trust_env makes aiohttp look the proxy up in a thread on every request."""
    engine = AiohttpEngine()
    plain = engine._new_session()
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.invalid:3128")
    proxied = engine._new_session()
    try:
        assert (plain.trust_env, proxied.trust_env) == (False, True)
    finally:
        await plain.close()
        await proxied.close()


def test_finished_attempts_leave_nothing_in_the_deadline_watchdog() -> None:
    """Every sync attempt arms the watchdog with its request in the callback; an attempt
    that ends in time must not stay referenced until its deadline (memory while paginating)."""
    import time
    import weakref

    from sendmux_ext._deadline import _COMPACT_AFTER, WATCHDOG

    class Attempt:
        pass

    alive = []
    for _ in range(3 * _COMPACT_AFTER):
        attempt = Attempt()
        alive.append(weakref.ref(attempt))
        handle = WATCHDOG.arm(time.monotonic() + 60, lambda attempt=attempt: None)
        WATCHDOG.cancel(handle)
        del attempt
    assert sum(ref() is not None for ref in alive) <= _COMPACT_AFTER  # bounded, not growing


def _urllib3_errors() -> list[tuple[Exception, bool, type[httpx.TransportError]]]:
    """(urllib3's exception, raised while connecting, the httpx class it must become)."""
    import http.client
    import ssl

    from urllib3 import exceptions as u

    return [
        (u.NewConnectionError(None, "refused"), True, httpx.ConnectError),  # type: ignore[arg-type]
        (u.NameResolutionError("h", None, OSError("dns")), True, httpx.ConnectError),  # type: ignore[arg-type]
        (u.ConnectTimeoutError("connect timed out"), True, httpx.ConnectTimeout),
        # A TLS handshake that times out is reported by urllib3 as a read timeout.
        (u.ReadTimeoutError(None, "/", "handshake timed out"), True, httpx.ConnectTimeout),  # type: ignore[arg-type]
        (u.SSLError(ssl.SSLError("bad certificate")), True, httpx.ConnectError),
        (u.ProtocolError("aborted", ConnectionResetError()), True, httpx.ConnectError),
        (u.ReadTimeoutError(None, "/", "read timed out"), False, httpx.ReadTimeout),  # type: ignore[arg-type]
        (
            u.ProtocolError("aborted", http.client.RemoteDisconnected("closed")),
            False,
            httpx.RemoteProtocolError,
        ),
        (u.ProtocolError("aborted", ConnectionResetError()), False, httpx.ReadError),
        (u.SSLError(ssl.SSLError("record")), False, httpx.ReadError),
    ]


@pytest.mark.parametrize(("error", "connecting", "expected"), _urllib3_errors())
def test_urllib3_errors_become_httpx_errors_of_the_same_meaning(
    error: Exception, connecting: bool, expected: type[httpx.TransportError]
) -> None:
    """Only what failed while connecting may be "not sent" (retried even for a POST);
    the loopback suites cannot make TLS or DNS fail, so the table is checked here."""
    from sendmux_ext._engines import _urllib3
    from sendmux_ext._engines._messages import Request

    request = Request("POST", "http://h/x", "/x", {}, b"{}", httpx.Timeout(5.0))
    if connecting:
        request.extensions[_urllib3._CONNECT_FAILED] = True
    mapped = _urllib3._as_httpx(error, request)  # type: ignore[arg-type]
    assert type(mapped) is expected
    assert _urllib3._CONNECT_FAILED not in request.extensions  # read once


def test_a_connect_failure_does_not_mark_the_next_attempt_not_sent(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The flag a failed connect leaves on the request (when urllib3 raised something
    the engine did not map) must not make a later attempt's error "not sent"."""
    from urllib3 import HTTPConnectionPool
    from urllib3.exceptions import ProtocolError

    from sendmux_ext._engines import _urllib3
    from sendmux_ext._engines._messages import Request

    request = Request("POST", "http://127.0.0.1:9/x", "/x", {}, b"{}", httpx.Timeout(5.0))
    request.extensions[_urllib3._CONNECT_FAILED] = True  # left by an earlier attempt

    def sent_then_reset(*args: Any, **kwargs: Any) -> Any:
        raise ProtocolError("Connection aborted.", ConnectionResetError())

    monkeypatch.setattr(HTTPConnectionPool, "urlopen", sent_then_reset)
    engine = _urllib3.Urllib3Engine()
    with pytest.raises(httpx.ReadError):
        engine.open(request)
    engine.close()
