"""Compressed bodies are inflated within ``max_response_bytes``: a decompression bomb is
refused with peak memory bounded (measured with tracemalloc), stacked and unknown
encodings are refused before inflating, and what we can decode still decodes."""

from __future__ import annotations

import functools
import gzip
import json
import tracemalloc
import zlib
from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from sendmux_api.models import MailboxDomain

from sendmux_ext import APIConnectionError, APIResponseValidationError

from .api import JSON, async_client, ok, sync_client
from .conftest import FIGURES
from .faultserver import FaultServer, Reply, script

CAP = 1 << 20  # max_response_bytes in these tests
# Peak traced memory a refused bomb may cost: the capped body, a copy, and buffers.
PEAK_BOUND = 8 * CAP
BOMB_SIZE = 256 << 20  # what one bomb inflates to


@functools.cache
def _bomb(layers: int) -> bytes:
    """``BOMB_SIZE`` bytes of spaces, gzipped ``layers`` times."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    block = b" " * (1 << 20)
    data = b"".join(compressor.compress(block) for _ in range(BOMB_SIZE >> 20))
    data += compressor.flush()
    for _ in range(layers - 1):
        data = gzip.compress(data, 9)
    return data


BOMBS = {
    "gzip": ("gzip", 1),
    "gzip-gzip": ("gzip, gzip", 2),
}


def _arrange_bomb(server: FaultServer, name: str) -> None:
    encoding, layers = BOMBS[name]
    body = _bomb(layers)
    server.handler = script(Reply(200, body, [JSON, ("Content-Encoding", encoding)]))


def _record(name: str, mode: str, peak: int) -> None:
    FIGURES.append(
        f"decoding bomb {name} ({len(_bomb(BOMBS[name][1]))} bytes -> {BOMB_SIZE >> 20} MiB), "
        f"{mode}: peak traced memory {peak / (1 << 20):.1f} MiB (cap {CAP >> 20} MiB)"
    )


@pytest.mark.parametrize("name", BOMBS)
def test_bomb_is_refused_with_bounded_memory_sync(server: FaultServer, name: str) -> None:
    _arrange_bomb(server, name)
    with sync_client(base_url=server.base_url, max_response_bytes=CAP, max_retries=0) as client:
        tracemalloc.start()
        try:
            with pytest.raises(APIResponseValidationError) as info:
                client.domains.get("mdom_1")
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    _record(name, "sync", peak)
    assert "Content-Encoding" in str(info.value) or "max_response_bytes" in str(info.value)
    assert peak < PEAK_BOUND, f"peak {peak} bytes"


@pytest.mark.parametrize("name", BOMBS)
async def test_bomb_is_refused_with_bounded_memory_async(server: FaultServer, name: str) -> None:
    _arrange_bomb(server, name)
    async with async_client(
        base_url=server.base_url, max_response_bytes=CAP, max_retries=0
    ) as client:
        tracemalloc.start()
        try:
            with pytest.raises(APIResponseValidationError) as info:
                await client.domains.get("mdom_1")
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    _record(name, "async", peak)
    assert "Content-Encoding" in str(info.value) or "max_response_bytes" in str(info.value)
    assert peak < PEAK_BOUND, f"peak {peak} bytes"


def _encoded(encoding: str) -> Reply:
    body = ok("managementGetDomain").body
    packed = {
        "gzip": lambda b: gzip.compress(b),
        "deflate": zlib.compress,
        "raw-deflate": lambda b: zlib.compress(b)[2:-4],
        "identity": lambda b: b,
    }[encoding](body)
    name = "deflate" if encoding == "raw-deflate" else encoding
    return Reply(200, packed, [JSON, ("Content-Encoding", name)])


DECODABLE = ["gzip", "deflate", "raw-deflate", "identity"]
REFUSED = ["br", "zstd", "gzip, gzip", "deflate, gzip", "compress"]


def _refused(encoding: str) -> Reply:
    return Reply(200, gzip.compress(b"{}"), [JSON, ("Content-Encoding", encoding)])


Call = Callable[[Any], Any]


async def _outcome(call: Call, client: Any) -> Any:
    try:
        result = call(client)
        return await result if isinstance(result, Awaitable) else result
    except Exception as exc:  # the test inspects what came out
        return exc


@pytest.mark.parametrize("encoding", DECODABLE)
async def test_supported_encodings_decode(server: FaultServer, encoding: str) -> None:
    server.handler = script(_encoded(encoding))
    with sync_client(base_url=server.base_url) as client:
        assert isinstance(client.domains.get("mdom_1"), MailboxDomain)
    async with async_client(base_url=server.base_url) as aclient:
        assert isinstance(await aclient.domains.get("mdom_1"), MailboxDomain)
    assert all(s.headers.get("accept-encoding") == "gzip, deflate" for s in server.seen)


@pytest.mark.parametrize("encoding", REFUSED)
async def test_unbounded_encodings_are_refused(server: FaultServer, encoding: str) -> None:
    server.handler = script(_refused(encoding))
    with sync_client(base_url=server.base_url) as client:
        sync_outcome = await _outcome(lambda c: c.domains.get("mdom_1"), client)
    async with async_client(base_url=server.base_url) as aclient:
        async_outcome = await _outcome(lambda c: c.domains.get("mdom_1"), aclient)
    for outcome in (sync_outcome, async_outcome):
        assert type(outcome) is APIResponseValidationError, repr(outcome)
        assert "Content-Encoding" in str(outcome), str(outcome)
    assert len(server.seen) == 2  # refused, not retried


async def test_truncated_gzip_is_a_connection_error(server: FaultServer) -> None:
    body = gzip.compress(json.dumps({"ok": True, "data": {}}).encode())[:-6]
    server.handler = script(Reply(200, body, [JSON, ("Content-Encoding", "gzip")]))
    with sync_client(base_url=server.base_url, max_retries=0) as client:
        outcome = await _outcome(lambda c: c.domains.get("mdom_1"), client)
    assert type(outcome) is APIConnectionError, repr(outcome)
