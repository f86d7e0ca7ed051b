"""Real faults on real sockets: each case is run with the sync and the async client.

A case is a server script, a call, and what must come of it: a model, or exactly
one documented ``SendmuxError`` subclass (nothing else may escape); the number of
requests the server saw; and the waits the client took (sleeps are recorded,
not slept). Retries happen only where they are safe: GET (``domains.get``), a
POST with an Idempotency-Key (a create, drawn from the spec); ``domains.verify`` is a POST
without one and is never repeated once the request may have reached the server.
"""

from __future__ import annotations

import email.utils
import operator
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
import spec_calls
from sendmux_api.models import MailboxDomain, MailboxDomainVerifyResult

from sendmux_ext import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APITimeoutError,
    InternalError,
    RateLimitExceededError,
    SendmuxError,
    ServiceUnavailableError,
)
from sendmux_ext._constants import DEFAULT_MAX_RESPONSE_BYTES, INITIAL_RETRY_DELAY
from sendmux_ext._ratelimit import RESET_MARGIN

from .api import API_KEY, JSON, async_client, data_model, error, ok, spec, sync_client
from .conftest import Sleeps
from .faultserver import (
    Action,
    FaultServer,
    Flood,
    Raw,
    Reply,
    Reset,
    Stall,
    head,
    refusing_port,
    script,
)

TIMEOUT = httpx.Timeout(10.0)
# Where the server stalls: a short read timeout, so that the stalls cost little.
STALL_TIMEOUT = httpx.Timeout(10.0, read=0.3)
STALLING = {"timeout": STALL_TIMEOUT}


def backoff(retry: int) -> tuple[float, float]:
    """The jittered backoff range before retry number ``retry`` (0-based)."""
    delay = INITIAL_RETRY_DELAY * 2**retry
    return (0.75 * delay, delay)


B0, B1 = backoff(0), backoff(1)
CREATE = spec_calls.create_call(spec())  # the retried POST: any create with a key

CALLS: dict[str, tuple[str, Callable[[Any], Any], type]] = {
    "get": ("managementGetDomain", lambda c: c.domains.get("mdom_1"), MailboxDomain),
    "create": (
        CREATE.operation_id,
        lambda c: operator.attrgetter(CREATE.method_path)(c)(**CREATE.kwargs),
        data_model(CREATE.operation_id),
    ),
    "verify": (
        "managementVerifyDomain",
        lambda c: c.domains.verify("mdom_1"),
        MailboxDomainVerifyResult,
    ),
}


def partial(status: int = 200) -> bytes:
    """Headers promising 400 bytes of JSON, and the first few of them."""
    return head(status, [JSON, ("Content-Length", "400")]) + b'{"ok": true, "da'


DEEP = b"[" * 100_000 + b"]" * 100_000
HTML_502 = Reply(
    502,
    b"<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>",
    [("Content-Type", "text/html")],
)


def http_date(seconds_from_now: float) -> str:
    return email.utils.formatdate(time.time() + seconds_from_now, usegmt=True)


def rate_headers(remaining: int, reset_in: float) -> list[tuple[str, str]]:
    reset = f"{time.time() + reset_in:.3f}"
    return [("X-RateLimit-Limit", "20"), ("X-RateLimit-Remaining", str(remaining)),
            ("X-RateLimit-Reset", reset)]  # fmt: skip


@dataclass(frozen=True)
class Case:
    name: str
    call: str
    actions: Callable[[Callable[..., Reply]], list[Action]]  # given the call's success reply
    outcome: type[SendmuxError] | None  # None: the call returns its model
    attempts: int  # requests the server saw (over all calls)
    waits: tuple[tuple[float, float], ...] = ()
    calls: int = 1
    client: dict[str, Any] = field(default_factory=dict)
    refused: bool = False
    check: Callable[[Any], bool] = lambda outcome: True

    def __str__(self) -> str:
        return f"{self.call}-{self.name}"


CASES = [
    # -- GET: safe to repeat after any failure --
    Case("refused", "get", lambda ok_: [], APIConnectionError, 0, (B0, B1), refused=True,
         check=lambda e: not isinstance(e, APITimeoutError)),
    Case("reset-before-response", "get", lambda ok_: [Reset()], APIConnectionError, 3, (B0, B1)),
    Case("reset-then-ok", "get", lambda ok_: [Reset(), ok_()], None, 2, (B0,)),
    Case("reset-mid-body", "get", lambda ok_: [Raw(partial())], APIConnectionError, 3, (B0, B1)),
    Case("close-mid-body", "get", lambda ok_: [Raw(partial(), "close")], APIConnectionError, 3,
         (B0, B1)),
    Case("reset-after-response", "get", lambda ok_: [ok_(then_reset=True)], None, 1),
    Case("stall-before-headers", "get", lambda ok_: [Stall()], APITimeoutError, 3, (B0, B1),
         client=STALLING),
    Case("stall-mid-body", "get", lambda ok_: [Raw(partial(), "stall")], APITimeoutError, 3,
         (B0, B1), client=STALLING),
    Case("truncated-json", "get", lambda ok_: [Reply(200, ok_().body[:40], [JSON])],
         APIResponseValidationError, 1),
    Case("html-502-from-proxy", "get", lambda ok_: [HTML_502], APIError, 3, (B0, B1),
         check=lambda e: e.status_code == 502 and "text/html" in str(e)),
    Case("html-502-then-ok", "get", lambda ok_: [HTML_502, ok_()], None, 2, (B0,)),
    Case("empty-200", "get", lambda ok_: [Reply(200, b"", [JSON])], APIResponseValidationError, 1),
    Case("ok-false-200", "get",
         lambda ok_: [Reply(200, error(404, "not_found").body, [JSON])],
         APIResponseValidationError, 1),
    Case("enormous-chunked-body", "get", lambda ok_: [Flood()], APIResponseValidationError, 1,
         client={"max_response_bytes": 1 << 20},
         check=lambda e: "max_response_bytes=1048576" in str(e)),
    Case("enormous-declared-length", "get", lambda ok_: [Flood(declared=10 << 30, total=1 << 20)],
         APIResponseValidationError, 1, check=lambda e: "max_response_bytes" in str(e)),
    Case("enormous-body-default-cap", "get",
         lambda ok_: [Flood(total=DEFAULT_MAX_RESPONSE_BYTES + (1 << 20))],
         APIResponseValidationError, 1),
    Case("deep-json-200", "get", lambda ok_: [Reply(200, DEEP, [JSON])],
         APIResponseValidationError, 1),
    Case("deep-json-500", "get", lambda ok_: [Reply(500, DEEP, [JSON])], InternalError, 3,
         (B0, B1)),
    Case("gzip-garbage", "get",
         lambda ok_: [Reply(200, b"not gzip", [JSON, ("Content-Encoding", "gzip")])],
         APIConnectionError, 3, (B0, B1)),
    Case("500-not-retryable-by-body", "get",
         lambda ok_: [error(500, "internal_error", retryable=False)], InternalError, 1),
    Case("429-retry-after-seconds", "get",
         lambda ok_: [error(429, "rate_limit_exceeded", headers=[("Retry-After", "1")]), ok_()],
         None, 2, ((1.0, 1.0),)),
    Case("429-retry-after-beyond-cap", "get",
         lambda ok_: [error(429, "rate_limit_exceeded", headers=[("Retry-After", "120")])],
         RateLimitExceededError, 1, check=lambda e: e.retry_after == 120),
    Case("503-retry-after-http-date", "get",
         lambda ok_: [error(503, "service_unavailable", headers=[("Retry-After", http_date(3))]),
                      ok_()],
         None, 2, ((1.0, 3.0),)),
    Case("ratelimit-remaining-0", "get",
         lambda ok_: [ok_(headers=rate_headers(0, 2.0)), ok_()], None, 2,
         ((1.0, 2.0 + RESET_MARGIN),),
         calls=2),
    # -- POST with an Idempotency-Key: repeated with the same key --
    Case("reset-before-response", "create", lambda ok_: [Reset()], APIConnectionError, 3,
         (B0, B1)),
    Case("reset-then-ok", "create", lambda ok_: [Reset(), ok_()], None, 2, (B0,)),
    Case("stall-before-headers", "create", lambda ok_: [Stall()], APITimeoutError, 3, (B0, B1),
         client=STALLING),
    Case("503-then-ok", "create", lambda ok_: [error(503, "service_unavailable"), ok_()], None,
         2, (B0,)),
    # -- POST without an Idempotency-Key: one attempt once it may have reached the server --
    Case("refused", "verify", lambda ok_: [], APIConnectionError, 0, (B0, B1), refused=True),
    Case("reset-before-response", "verify", lambda ok_: [Reset()], APIConnectionError, 1),
    Case("reset-mid-body", "verify", lambda ok_: [Raw(partial())], APIConnectionError, 1),
    Case("stall-before-headers", "verify", lambda ok_: [Stall()], APITimeoutError, 1,
         client=STALLING),
    Case("stall-mid-body", "verify", lambda ok_: [Raw(partial(), "stall")], APITimeoutError, 1,
         client=STALLING),
    Case("html-502-from-proxy", "verify", lambda ok_: [HTML_502], APIError, 1),
    Case("503-retry-after-http-date", "verify",
         lambda ok_: [error(503, "service_unavailable", headers=[("Retry-After", http_date(3))])],
         ServiceUnavailableError, 1),
    Case("500-internal", "verify", lambda ok_: [error(500, "internal_error")], InternalError, 1),
    Case("429-retry-after-seconds", "verify",  # a 429 was not processed: safe to repeat
         lambda ok_: [error(429, "rate_limit_exceeded", headers=[("Retry-After", "1")]), ok_()],
         None, 2, ((1.0, 1.0),)),
    Case("reset-after-response", "verify", lambda ok_: [ok_(then_reset=True)], None, 1),
]  # fmt: skip


def _arrange(case: Case, server: FaultServer) -> None:
    operation_id = CALLS[case.call][0]
    actions = case.actions(lambda **kw: ok(operation_id, **kw))
    if actions:
        server.handler = script(*actions)


def _options(case: Case, base_url: str) -> dict[str, Any]:
    return {"base_url": base_url, "timeout": TIMEOUT, **case.client}


def _verify(case: Case, server: FaultServer, sleeps: Sleeps, outcome: Any) -> None:
    model = CALLS[case.call][2]
    if case.outcome is None:
        assert isinstance(outcome, model), outcome
    else:
        assert type(outcome) is case.outcome, repr(outcome)
    assert case.check(outcome)
    assert len(server.seen) == case.attempts
    assert len(sleeps) == len(case.waits), sleeps
    for slept, (low, high) in zip(sleeps, case.waits, strict=True):
        assert low <= slept <= high, (slept, low, high)
    if case.call == "create" and server.seen:  # every attempt carries the call's one key
        assert len({seen.headers["idempotency-key"] for seen in server.seen}) == 1
    if case.call == "verify":
        assert all("idempotency-key" not in seen.headers for seen in server.seen)


def _base_url(case: Case, server: FaultServer, port: int) -> str:
    return f"http://127.0.0.1:{port}/api/v1" if case.refused else server.base_url


@pytest.mark.parametrize("case", CASES, ids=str)
def test_fault_sync(case: Case, server: FaultServer, sleeps: Sleeps) -> None:
    _arrange(case, server)
    with refusing_port() as port, sync_client(**_options(case, _base_url(case, server, port))) as c:
        c._requester.sleep = sleeps
        outcome: Any = None
        try:
            for _ in range(case.calls):
                outcome = CALLS[case.call][1](c)
        except SendmuxError as exc:  # anything else escapes and fails the test
            outcome = exc
    _verify(case, server, sleeps, outcome)


@pytest.mark.parametrize(
    "case", [c for c in CASES if c.name != "enormous-body-default-cap"], ids=str
)
async def test_fault_async(case: Case, server: FaultServer, sleeps: Sleeps) -> None:
    _arrange(case, server)
    with refusing_port() as port:
        async with async_client(**_options(case, _base_url(case, server, port))) as c:
            c._requester.sleep = sleeps.coro
            outcome: Any = None
            try:
                for _ in range(case.calls):
                    outcome = await CALLS[case.call][1](c)
            except SendmuxError as exc:
                outcome = exc
    _verify(case, server, sleeps, outcome)


def test_error_body_is_quoted_without_credentials(server: FaultServer) -> None:
    """A proxy that echoes the request (Authorization included) into its error page."""

    def echo(seen: Any) -> Reply:
        page = "\n".join(f"{k}: {v}" for k, v in seen.headers.items())
        return Reply(400, f"<pre>{page}</pre>".encode(), [("Content-Type", "text/html")])

    server.handler = echo
    with (
        sync_client(base_url=server.base_url, timeout=TIMEOUT) as client,
        pytest.raises(APIError) as info,
    ):
        client.domains.get("mdom_1")
    body = info.value.body.decode()
    assert "authorization: Bearer [redacted]" in body  # the body is kept, its quote masked
    assert "authorization: Bearer [redacted]" in str(info.value)
    assert API_KEY not in str(info.value) and API_KEY not in repr(info.value)
    assert "authorization" not in {name.lower() for name in info.value.headers}  # response's
