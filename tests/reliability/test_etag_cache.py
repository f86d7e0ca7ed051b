"""The ETag cache on real sockets: a 304 gives the caller an object of its own, entries are
keyed on exactly what is sent (encoded URL, credential), and kept within a byte budget."""

from __future__ import annotations

import gc
import itertools
import tracemalloc
from collections.abc import Callable
from typing import Any

from sendmux_api.models import FilterState, MailboxDomain

from sendmux_ext._constants import ETAG_CACHE_BYTES

from .api import async_client, new_secret, ok, sample_data, sync_client
from .conftest import FIGURES
from .faultserver import Action, FaultServer, Reply, Seen

PADDING = 100_000  # bytes of ``domain`` in each padded answer
PADDED_CALLS = 3 * ETAG_CACHE_BYTES // PADDING  # three budgets' worth of bodies


def etag_server(padded: bool = False) -> Callable[[Seen], Action]:
    """Answers 304 to any If-None-Match (a server trusting the client to send the right
    one), else a 200 with an ETag naming the target."""

    def handle(seen: Seen) -> Action:
        sent = seen.headers.get("if-none-match")
        if sent is not None:
            return Reply(304, b"", [("ETag", sent)])
        etag = ("ETag", f'W/"{seen.target}"')
        if seen.target.endswith("/filters"):
            return ok("managementGetDomainFilters", headers=[etag])
        data = sample_data("managementGetDomain")
        if padded:
            data["domain"] = "x" * PADDING
        return ok("managementGetDomain", data, headers=[etag])

    return handle


def inm(server: FaultServer) -> list[str | None]:
    return [seen.headers.get("if-none-match") for seen in server.seen]


# -- a 304 returns an independent value --


def _check_independent(first: MailboxDomain, second: MailboxDomain, server: FaultServer) -> None:
    assert inm(server)[1] is not None  # the second call was a revalidation (a 304)
    assert second is not first
    assert second.domain != "changed by the caller", "a caller's change reached the cache"


def test_304_gives_an_independent_model_sync(server: FaultServer) -> None:
    server.handler = etag_server()
    with sync_client(base_url=server.base_url) as client:
        first = client.domains.get("mdom_1")
        first.domain = "changed by the caller"
        second = client.domains.get("mdom_1")
    _check_independent(first, second, server)


async def test_304_gives_an_independent_model_async(server: FaultServer) -> None:
    server.handler = etag_server()
    async with async_client(base_url=server.base_url) as client:
        first = await client.domains.get("mdom_1")
        first.domain = "changed by the caller"
        second = await client.domains.get("mdom_1")
    _check_independent(first, second, server)


# -- the key is exactly what is sent --


def _check_encoded(result: Any, server: FaultServer) -> None:
    assert [s.target.split("/api/v1")[1] for s in server.seen] == [
        "/domains/mdom_1/filters",
        "/domains/mdom_1%2Ffilters",
    ]
    assert inm(server) == [None, None], "the filters' ETag was sent for another URL"
    assert isinstance(result, MailboxDomain), type(result)


def test_key_is_the_encoded_url_sync(server: FaultServer) -> None:
    server.handler = etag_server()
    with sync_client(base_url=server.base_url) as client:
        assert isinstance(client.domains.filters.get("mdom_1"), FilterState)
        result = client.domains.get("mdom_1/filters")
    _check_encoded(result, server)


async def test_key_is_the_encoded_url_async(server: FaultServer) -> None:
    server.handler = etag_server()
    async with async_client(base_url=server.base_url) as client:
        assert isinstance(await client.domains.filters.get("mdom_1"), FilterState)
        result = await client.domains.get("mdom_1/filters")
    _check_encoded(result, server)


def _two_tokens() -> Callable[[], str]:
    tokens = itertools.cycle([new_secret("tok_a_"), new_secret("tok_b_")])
    return lambda: next(tokens)


def _check_per_credential(server: FaultServer) -> None:
    # token A fetches; token B must not get A's copy; A again revalidates its own.
    assert inm(server)[:2] == [None, None], "one credential was served another's entry"
    assert inm(server)[2] is not None


def test_entries_are_per_credential_sync(server: FaultServer) -> None:
    server.handler = etag_server()
    with sync_client(base_url=server.base_url, api_key=None, access_token=_two_tokens()) as c:
        for _ in range(3):
            c.domains.get("mdom_1")
    _check_per_credential(server)


async def test_entries_are_per_credential_async(server: FaultServer) -> None:
    server.handler = etag_server()
    async with async_client(
        base_url=server.base_url, api_key=None, access_token=_two_tokens()
    ) as client:
        for _ in range(3):
            await client.domains.get("mdom_1")
    _check_per_credential(server)


# -- a byte budget --


def _cache_footprint(client: Any) -> int:
    """Bytes the client's ETag cache holds: traced memory freed by emptying it."""
    gc.collect()
    held = tracemalloc.get_traced_memory()[0]
    client._etags._entries.clear()
    gc.collect()
    return held - tracemalloc.get_traced_memory()[0]


def _check_budget(retained: int, mode: str) -> None:
    FIGURES.append(
        f"etag cache, {PADDED_CALLS} GETs of {PADDING // 1000} kB: memory held by the cache "
        f"{retained / (1 << 20):.1f} MiB (budget {ETAG_CACHE_BYTES >> 20} MiB), {mode}"
    )
    assert retained < ETAG_CACHE_BYTES + (1 << 20), retained


def test_the_cache_keeps_to_its_byte_budget_sync(server: FaultServer) -> None:
    server.handler = etag_server(padded=True)
    with sync_client(base_url=server.base_url) as client:
        tracemalloc.start()
        try:
            for n in range(PADDED_CALLS):
                client.domains.get(f"mdom_{n}")
            retained = _cache_footprint(client)
        finally:
            tracemalloc.stop()
    _check_budget(retained, "sync")


async def test_the_cache_keeps_to_its_byte_budget_async(server: FaultServer) -> None:
    server.handler = etag_server(padded=True)
    async with async_client(base_url=server.base_url) as client:
        tracemalloc.start()
        try:
            for n in range(PADDED_CALLS):
                await client.domains.get(f"mdom_{n}")
            retained = _cache_footprint(client)
        finally:
            tracemalloc.stop()
    _check_budget(retained, "async")
