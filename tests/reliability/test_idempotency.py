"""Nothing lost, nothing doubled: creates against a server that implements Idempotency-Key
as the API documents it, with responses lost on the way back."""

from __future__ import annotations

import asyncio
import collections
import random
import threading
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from sendmux_api.models import MailboxDomain

from sendmux_ext import (
    APIConnectionError,
    APIError,
    IdempotencyConflictError,
    SendmuxError,
)
from sendmux_ext._operations import OPERATIONS

from .api import async_client, call_args, error, method_of, ok, sample_data, sync_client
from .conftest import FIGURES, Sleeps
from .faultserver import Action, FaultServer, Raw, Reset, Seen, Stall, script
from .test_faults import B0, HTML_502, STALL_TIMEOUT, TIMEOUT, partial

Fault = Callable[[str, int], str | None]  # (domain name, attempt number for it) -> fault


class IdempotentDomains:
    """``POST /domains``: same key + same body replays the first response, same key + other
    body is 409 ``idempotency_conflict``. Faults strike before or after the commit."""

    def __init__(self, fault: Fault = lambda name, attempt: None) -> None:
        self.fault = fault
        self.lock = threading.Lock()
        self.created: list[dict[str, Any]] = []
        self.keys: dict[str, tuple[Any, Action]] = {}
        self.attempts: collections.Counter[str] = collections.Counter()
        self.faults: collections.Counter[str] = collections.Counter()

    def __call__(self, seen: Seen) -> Action:
        assert (seen.method, seen.target) == ("POST", "/api/v1/domains")
        body = seen.json
        name, key = body["domain"], seen.headers.get("idempotency-key")
        with self.lock:
            attempt = self.attempts[name]
            self.attempts[name] += 1
            fault = self.fault(name, attempt)
            if fault:
                self.faults[fault] += 1
        if fault == "reset-before-commit":
            return Reset()
        if fault == "503-before-commit":
            return error(503, "service_unavailable")
        with self.lock:
            if key is not None and key in self.keys:
                first_body, reply = self.keys[key]
                if first_body != body:
                    return error(409, "idempotency_conflict", retryable=False)
            else:
                data = {**sample_data("managementCreateDomain"), "domain": name}
                data["id"] = f"mdom_{len(self.created):05d}"
                self.created.append(data)
                reply = ok("managementCreateDomain", data)
                if key is not None:
                    self.keys[key] = (body, reply)
        if fault == "reset-after-commit":  # committed; the answer is lost
            return Reset()
        if fault == "500-after-commit":
            return error(500, "internal_error")
        if fault == "stall-after-commit":
            return Stall()
        return reply

    def by_name(self) -> dict[str, list[dict[str, Any]]]:
        resources: dict[str, list[dict[str, Any]]] = collections.defaultdict(list)
        for resource in self.created:
            resources[resource["domain"]].append(resource)
        return resources


def lost_first_response(name: str, attempt: int) -> str | None:
    return "reset-after-commit" if attempt == 0 else None


def _check_lost_response(api: IdempotentDomains, server: FaultServer, result: Any) -> None:
    assert len(api.created) == 1
    assert isinstance(result, MailboxDomain) and result.id == api.created[0]["id"]
    assert len(server.seen) == 2
    assert server.seen[0].headers["idempotency-key"] == server.seen[1].headers["idempotency-key"]


def test_lost_response_sync(server: FaultServer, sleeps: Sleeps) -> None:
    server.handler = api = IdempotentDomains(lost_first_response)
    with sync_client(base_url=server.base_url) as client:
        client._requester.sleep = sleeps
        result = client.domains.create(domain="lost.example.com")
    _check_lost_response(api, server, result)
    assert len(sleeps) == 1 and B0[0] <= sleeps[0] <= B0[1]


async def test_lost_response_async(server: FaultServer, sleeps: Sleeps) -> None:
    server.handler = api = IdempotentDomains(lost_first_response)
    async with async_client(base_url=server.base_url) as client:
        client._requester.sleep = sleeps.coro
        result = await client.domains.create(domain="lost.example.com")
    _check_lost_response(api, server, result)
    assert len(sleeps) == 1


def test_same_key_replays_other_body_conflicts(server: FaultServer) -> None:
    server.handler = api = IdempotentDomains()
    with sync_client(base_url=server.base_url) as client:
        first = client.domains.create(domain="a.example.com", idempotency_key="k-1")
        again = client.domains.create(domain="a.example.com", idempotency_key="k-1")
        with pytest.raises(IdempotencyConflictError) as info:
            client.domains.create(domain="b.example.com", idempotency_key="k-1")
    assert first.id == again.id and len(api.created) == 1
    assert info.value.status_code == 409 and not info.value.retryable
    assert len(server.seen) == 3  # the conflict was not retried


FAULT_KINDS = (
    "reset-before-commit",
    "503-before-commit",
    "reset-after-commit",
    "reset-after-commit",
    "500-after-commit",
    "stall-after-commit",
)


def a_third_faulted(name: str, attempt: int) -> str | None:
    """About one response in three faulted, the same fault for a given (name, attempt) on
    every run (outcomes can still vary with timing: a slow answer may time out)."""
    rng = random.Random(f"{name}:{attempt}")
    return rng.choice(FAULT_KINDS) if rng.random() < 1 / 3 else None


CONCURRENT_CALLS = 200


async def _create_all(
    server: FaultServer, sleeps: Sleeps, calls: dict[int, str | None]
) -> list[MailboxDomain | BaseException]:
    """Create domain ``d{i}.example.com`` for each ``i: idempotency_key``, all at once."""
    # 200 calls share 100 pooled connections: a generous pool timeout, a read timeout short
    # enough for the stalls to cost little yet long enough for a busy machine.
    timeout = httpx.Timeout(10.0, read=0.5)
    async with async_client(base_url=server.base_url, timeout=timeout) as client:
        client._requester.sleep = sleeps.coro
        return await asyncio.gather(
            *(
                client.domains.create(domain=f"d{i:03d}.example.com", idempotency_key=key)
                for i, key in calls.items()
            ),
            return_exceptions=True,
        )


def _audit(api: IdempotentDomains, results: list[Any]) -> tuple[list[int], list[int]]:
    """Check every outcome against what the server holds; (succeeded, failed) call indexes."""
    resources = api.by_name()
    duplicates = {name: found for name, found in resources.items() if len(found) > 1}
    assert not duplicates, f"{len(duplicates)} names created more than once"
    succeeded, failed = [], []
    for i, result in enumerate(results):
        name = f"d{i:03d}.example.com"
        if isinstance(result, MailboxDomain):
            assert [r["id"] for r in resources[name]] == [result.id]
            assert result.domain == name
            succeeded.append(i)
        else:
            assert isinstance(result, SendmuxError), repr(result)  # nothing untyped escapes
            assert isinstance(result, APIConnectionError | APIError)
            failed.append(i)
    return succeeded, failed


@pytest.mark.parametrize("explicit_keys", [False, True], ids=["generated-keys", "caller-keys"])
async def test_concurrent_creates_with_faults(
    server: FaultServer, sleeps: Sleeps, explicit_keys: bool
) -> None:
    server.handler = api = IdempotentDomains(a_third_faulted)
    keys = {i: f"create-{i}" if explicit_keys else None for i in range(CONCURRENT_CALLS)}
    results = await _create_all(server, sleeps, keys)

    succeeded, failed = _audit(api, results)
    faulted = sum(api.faults.values())
    requests = len(server.seen)
    assert len(succeeded) + len(failed) == CONCURRENT_CALLS
    assert 0.25 < faulted / requests < 0.42  # "about a third" of the responses
    assert len(succeeded) > CONCURRENT_CALLS * 0.8
    committed = api.by_name()
    orphans = [i for i in failed if f"d{i:03d}.example.com" in committed]
    line = (
        f"concurrent creates ({'caller' if explicit_keys else 'generated'} keys): "
        f"{CONCURRENT_CALLS} calls, {requests} requests, {faulted} faulted responses "
        f"{dict(sorted(api.faults.items()))}, {len(succeeded)} succeeded, {len(failed)} raised "
        f"{dict(collections.Counter(type(results[i]).__name__ for i in failed))}, "
        f"{len(api.created)} resources created, {len(orphans)} committed for calls that raised, "
        "0 duplicates"
    )

    if explicit_keys:  # the caller retries what raised, with the same keys: nothing is lost
        api.fault = lambda name, attempt: None
        retried = await _create_all(server, sleeps, {i: keys[i] for i in failed})
        assert all(isinstance(r, MailboxDomain) for r in retried)
        assert len(api.created) == CONCURRENT_CALLS == len(api.by_name())
        line += f"; after retrying those with their keys: {len(api.created)} resources, 0 dups"
    FIGURES.append(line)


# -- a write without an Idempotency-Key is sent once, whatever happens after it may have arrived

NOT_IDEMPOTENT = sorted(
    op.operation_id
    for op in OPERATIONS.values()
    if op.method in ("post", "patch") and not op.idempotent_post
)
AFTER_ARRIVAL_FAULTS: dict[str, Callable[[], Action]] = {
    "reset-before-response": Reset,
    "reset-mid-body": lambda: Raw(partial()),
    "stall-before-headers": Stall,
    "html-502": lambda: HTML_502,
    "503-retryable": lambda: error(503, "service_unavailable", retryable=True),
    "500-retryable": lambda: error(500, "internal_error", retryable=True),
}


def test_the_table_has_writes_without_a_key() -> None:
    """The cases below are derived from the table; it must still give some."""
    assert "managementVerifyDomain" in NOT_IDEMPOTENT
    assert {OPERATIONS[o].method for o in NOT_IDEMPOTENT} == {"post", "patch"}


@pytest.mark.parametrize("fault", AFTER_ARRIVAL_FAULTS)
@pytest.mark.parametrize("operation_id", NOT_IDEMPOTENT)
def test_write_without_key_is_sent_once_sync(
    server: FaultServer, sleeps: Sleeps, operation_id: str, fault: str
) -> None:
    server.handler = script(AFTER_ARRIVAL_FAULTS[fault]())
    ids, fields = call_args(OPERATIONS[operation_id])
    timeout = STALL_TIMEOUT if fault.startswith("stall") else TIMEOUT
    with sync_client(base_url=server.base_url, timeout=timeout) as client:
        client._requester.sleep = sleeps
        with pytest.raises(SendmuxError) as info:
            method_of(client, OPERATIONS[operation_id])(*ids, **fields)
    assert isinstance(info.value, APIConnectionError | APIError)
    assert len(server.seen) == 1 and sleeps == []
    assert "idempotency-key" not in server.seen[0].headers


@pytest.mark.parametrize("fault", AFTER_ARRIVAL_FAULTS)
@pytest.mark.parametrize("operation_id", NOT_IDEMPOTENT)
async def test_write_without_key_is_sent_once_async(
    server: FaultServer, sleeps: Sleeps, operation_id: str, fault: str
) -> None:
    server.handler = script(AFTER_ARRIVAL_FAULTS[fault]())
    ids, fields = call_args(OPERATIONS[operation_id])
    timeout = STALL_TIMEOUT if fault.startswith("stall") else TIMEOUT
    async with async_client(base_url=server.base_url, timeout=timeout) as client:
        client._requester.sleep = sleeps.coro
        with pytest.raises(SendmuxError) as info:
            await method_of(client, OPERATIONS[operation_id])(*ids, **fields)
    assert isinstance(info.value, APIConnectionError | APIError)
    assert len(server.seen) == 1 and sleeps == []
