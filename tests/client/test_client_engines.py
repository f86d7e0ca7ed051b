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
from sendmux_ext._engines._httpcore import HttpcoreEngine
from sendmux_ext._engines._httpx import AsyncHttpxEngine, HttpxEngine


def test_sync_default_is_httpcore_and_http_client_keeps_httpx(api_key: str) -> None:
    with Sendmux(api_key=api_key) as client:
        assert isinstance(client._engine, HttpcoreEngine)
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
    with pytest.raises(ConfigurationError, match='engine="httpcore" does not use the proxy'):
        Sendmux(api_key=api_key, engine="httpcore")


@pytest.mark.parametrize(
    ("cls", "engine"), [(Sendmux, "aiohttp"), (AsyncSendmux, "httpcore"), (Sendmux, "urllib3")]
)
def test_an_engine_of_the_other_kind_is_refused(api_key: str, cls: Any, engine: str) -> None:
    with pytest.raises(ConfigurationError, match="engine must be one of"):
        cls(api_key=api_key, engine=engine)


def test_http_client_with_another_engine_is_refused(api_key: str) -> None:
    with httpx.Client() as http, pytest.raises(ConfigurationError, match="http_client="):
        Sendmux(api_key=api_key, http_client=http, engine="httpcore")


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
    engine = HttpcoreEngine()
    pool = engine._pool
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: report whether the pool was replaced, and leave at once
        os.write(write, b"1" if engine._pool is not pool else b"0")
        os._exit(0)
    os.waitpid(pid, 0)
    assert os.read(read, 1) == b"1"
    assert engine._pool is pool  # the parent keeps its own
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
