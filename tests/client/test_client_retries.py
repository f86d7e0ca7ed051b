"""Retries: which failures, which requests, how long to wait (sleeps are recorded, never slept)."""

from __future__ import annotations

import datetime as dt
import email.utils
import pickle
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from spec_calls import CreateCall

from sendmux_ext import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    ConflictError,
    IdempotencyConflictError,
    InternalError,
    RateLimitExceededError,
    SendmuxError,
    ServiceUnavailableError,
)
from sendmux_ext._response import parse_retry_after
from sendmux_ext._retry import RetryPolicy

Harness = Any


@pytest.fixture
def domain_ok(respond: Any, envelope: Any, model_sample: Any) -> httpx.Response:
    return respond(envelope(model_sample("MailboxDomain")))


@pytest.fixture
def created(respond: Any, success_body: Any, create_call: CreateCall) -> httpx.Response:
    """The success response of ``create_call``'s operation."""
    status, body = success_body(create_call.operation_id)
    return respond(body, status)


def plain(status: int) -> httpx.Response:
    """An error response without an API body: the status alone decides."""
    return httpx.Response(status, text=f"HTTP {status}")


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
def test_retryable_statuses_on_get(
    status: int, make_harness: Callable[..., Harness], domain_ok: httpx.Response
) -> None:
    h = make_harness([plain(status), plain(status), domain_ok])
    h.call("domains.get", "mdom_1")
    assert len(h.requests) == 3
    assert len(h.sleeps) == 2


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
def test_retries_run_out(status: int, make_harness: Callable[..., Harness]) -> None:
    h = make_harness([plain(status)] * 3, max_retries=2)
    with pytest.raises(APIError) as caught:
        h.call("domains.get", "mdom_1")
    assert caught.value.status_code == status
    assert len(h.requests) == 3


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 413, 422])
def test_client_errors_are_not_retried(status: int, make_harness: Callable[..., Harness]) -> None:
    h = make_harness([plain(status)])
    with pytest.raises(APIError):
        h.call("domains.get", "mdom_1")
    assert len(h.requests) == 1
    assert h.sleeps == []


@pytest.mark.parametrize(
    "exception",
    [httpx.ConnectError("refused"), httpx.ReadTimeout("slow"), httpx.ReadError("reset")],
    ids=lambda e: type(e).__name__,
)
def test_transport_errors_on_get_are_retried(
    exception: Exception, make_harness: Callable[..., Harness], domain_ok: httpx.Response
) -> None:
    h = make_harness([exception, exception, domain_ok])
    h.call("domains.get", "mdom_1")
    assert len(h.requests) == 3


def test_transport_errors_run_out(make_harness: Callable[..., Harness]) -> None:
    h = make_harness([httpx.ReadTimeout("slow")] * 3)
    with pytest.raises(APITimeoutError):
        h.call("domains.get", "mdom_1")
    assert len(h.requests) == 3


@pytest.mark.parametrize("status", [429, 500, 503])
def test_retryable_false_in_the_body_is_never_retried(
    status: int, make_harness: Callable[..., Harness], api_error: Any
) -> None:
    code = {429: "rate_limit_exceeded", 500: "internal_error", 503: "service_unavailable"}
    h = make_harness([api_error(status, code[status], retryable=False)])
    with pytest.raises(APIError) as caught:
        h.call("domains.get", "mdom_1")
    assert caught.value.retryable is False
    assert len(h.requests) == 1


def test_retryable_true_on_a_409_is_retried_when_idempotent(
    make_harness: Callable[..., Harness], api_error: Any, domain_ok: httpx.Response
) -> None:
    busy = api_error(409, "conflict", "verification in progress", retryable=True)
    h = make_harness([busy, domain_ok])
    h.call("domains.get", "mdom_1")
    assert len(h.requests) == 2


def test_retryable_true_on_a_409_post_with_a_key_is_retried(
    make_harness: Callable[..., Harness],
    api_error: Any,
    created: httpx.Response,
    create_call: CreateCall,
) -> None:
    busy = api_error(409, "idempotency_conflict", "still in flight", retryable=True)
    h = make_harness([busy, created])
    h.call(create_call.method_path, **create_call.kwargs)
    assert len(h.requests) == 2


def test_retryable_true_on_a_post_without_a_key_is_not_retried(
    make_harness: Callable[..., Harness], api_error: Any
) -> None:
    h = make_harness([api_error(409, "conflict", retryable=True)])
    with pytest.raises(ConflictError):
        h.call("domains.verify", "mdom_1")
    assert len(h.requests) == 1


def test_idempotency_conflict_is_not_retried_by_default(
    make_harness: Callable[..., Harness], api_error: Any, create_call: CreateCall
) -> None:
    h = make_harness([api_error(409, "idempotency_conflict", "different body")])
    with pytest.raises(IdempotencyConflictError):
        h.call(create_call.method_path, **create_call.kwargs, idempotency_key="key-1")
    assert len(h.requests) == 1


def test_post_without_idempotency_key_is_not_retried_on_500(
    make_harness: Callable[..., Harness], api_error: Any
) -> None:
    """``domains.verify`` takes no Idempotency-Key: a 500 may have done the work."""
    h = make_harness([api_error(500, "internal_error", retryable=True)])
    with pytest.raises(InternalError):
        h.call("domains.verify", "mdom_1")
    assert "idempotency-key" not in h.requests[0].headers
    assert len(h.requests) == 1


@pytest.mark.parametrize("exception", [httpx.ReadTimeout("slow"), httpx.RemoteProtocolError("x")])
def test_post_without_key_is_not_retried_after_it_may_have_been_sent(
    exception: Exception, make_harness: Callable[..., Harness]
) -> None:
    h = make_harness([exception])
    with pytest.raises(APIConnectionError):
        h.call("domains.verify", "mdom_1")
    assert len(h.requests) == 1


def test_post_without_key_is_retried_on_429(
    make_harness: Callable[..., Harness], api_error: Any, respond: Any, success_body: Any
) -> None:
    limited = api_error(429, "rate_limit_exceeded", retryable=True, headers={"retry-after": "2"})
    h = make_harness([limited, respond(success_body("managementVerifyDomain")[1])])
    h.call("domains.verify", "mdom_1")
    assert len(h.requests) == 2
    assert h.sleeps == [2.0]


def test_post_without_key_is_retried_on_connect_error(
    make_harness: Callable[..., Harness], respond: Any, success_body: Any
) -> None:
    """A refused connection never reached the server: repeating it is safe."""
    ok = respond(success_body("managementVerifyDomain")[1])
    h = make_harness([httpx.ConnectError("refused"), ok])
    h.call("domains.verify", "mdom_1")
    assert len(h.requests) == 2


def test_create_sends_one_generated_key_on_every_attempt(
    make_harness: Callable[..., Harness], created: httpx.Response, create_call: CreateCall
) -> None:
    h = make_harness([plain(500), httpx.ConnectError("refused"), created])
    h.call(create_call.method_path, **create_call.kwargs)
    keys = [request.headers.get("idempotency-key") for request in h.requests]
    assert len(keys) == 3
    assert keys[0] and len(set(keys)) == 1
    assert len(keys[0]) in range(1, 256)


def test_a_failed_create_hands_back_its_key_for_a_safe_retry(
    make_harness: Callable[..., Harness], created: httpx.Response, create_call: CreateCall
) -> None:
    """After the retries ran out the create may still have happened: the error carries
    the key, and retrying with it lets the server replay instead of creating twice."""
    h = make_harness([plain(503), plain(503), plain(503), created])
    with pytest.raises(SendmuxError) as caught:
        h.call(create_call.method_path, **create_call.kwargs)
    key = caught.value.idempotency_key
    assert key is not None and key == h.requests[0].headers["idempotency-key"]
    assert pickle.loads(pickle.dumps(caught.value)).idempotency_key == key
    h.call(create_call.method_path, **create_call.kwargs, idempotency_key=key)
    assert h.requests[-1].headers["idempotency-key"] == key


def test_a_failed_call_without_a_key_has_none(
    make_harness: Callable[..., Harness], api_error: Any
) -> None:
    h = make_harness([api_error(500, "internal_error", retryable=True)])
    with pytest.raises(InternalError) as caught:
        h.call("domains.verify", "mdom_1")
    assert caught.value.idempotency_key is None


def test_each_call_gets_a_new_key(
    make_harness: Callable[..., Harness], created: httpx.Response, create_call: CreateCall
) -> None:
    h = make_harness([created, created])
    h.call(create_call.method_path, **create_call.kwargs)
    h.call(create_call.method_path, **create_call.kwargs)
    first, second = (request.headers["idempotency-key"] for request in h.requests)
    assert first != second


def test_user_idempotency_key_is_used_as_is(
    make_harness: Callable[..., Harness], created: httpx.Response, create_call: CreateCall
) -> None:
    h = make_harness([plain(503), created])
    h.call(create_call.method_path, **create_call.kwargs, idempotency_key="order-42/domain")
    assert [r.headers["idempotency-key"] for r in h.requests] == ["order-42/domain"] * 2


def test_post_with_a_key_is_retried_on_500(
    make_harness: Callable[..., Harness], respond: Any, success_body: Any
) -> None:
    ok = respond(success_body("managementSuspendMailbox")[1])
    h = make_harness([plain(500), ok])
    h.call("mailboxes.suspend", "mbx_1")
    assert len(h.requests) == 2
    assert h.requests[0].headers["idempotency-key"] == h.requests[1].headers["idempotency-key"]


@pytest.mark.parametrize(("status", "code"), [(429, "rate_limit_exceeded"),
                                              (503, "service_unavailable")])  # fmt: skip
def test_retry_after_seconds_is_honoured(
    status: int,
    code: str,
    make_harness: Callable[..., Harness],
    api_error: Any,
    domain_ok: httpx.Response,
) -> None:
    h = make_harness([api_error(status, code, retryable=True, headers={"retry-after": "3"}),
                      domain_ok])  # fmt: skip
    h.call("domains.get", "mdom_1")
    assert h.sleeps == [3.0]


def test_retry_after_http_date_is_honoured(
    make_harness: Callable[..., Harness], api_error: Any, domain_ok: httpx.Response
) -> None:
    when = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=30)
    header = email.utils.format_datetime(when, usegmt=True)
    h = make_harness(
        [
            api_error(503, "service_unavailable", retryable=True, headers={"retry-after": header}),
            domain_ok,
        ]
    )
    h.call("domains.get", "mdom_1")
    (wait,) = h.sleeps
    assert 20.0 < wait <= 30.0  # whole seconds in the header; test time passes


def test_parse_retry_after() -> None:
    now = dt.datetime(2026, 1, 1, tzinfo=dt.UTC).timestamp()
    assert parse_retry_after("5", now) == 5.0
    assert parse_retry_after("Thu, 01 Jan 2026 00:00:12 GMT", now) == 12.0
    assert parse_retry_after("Wed, 31 Dec 2025 23:59:00 GMT", now) == 0.0  # in the past
    assert parse_retry_after("-3", now) == 0.0
    for junk in (None, "", "soon", "nan", "inf"):
        assert parse_retry_after(junk, now) is None


@pytest.mark.parametrize("header", ["120", "Wed, 21 Oct 2099 07:28:00 GMT"])
def test_retry_after_above_the_cap_raises_at_once(
    header: str, make_harness: Callable[..., Harness], api_error: Any
) -> None:
    limited = api_error(429, "rate_limit_exceeded", retryable=True, headers={"retry-after": header})
    h = make_harness([limited], max_retry_wait=60)
    with pytest.raises(RateLimitExceededError) as caught:
        h.call("domains.get", "mdom_1")
    assert caught.value.retry_after is not None and caught.value.retry_after > 60
    assert len(h.requests) == 1
    assert h.sleeps == []


def test_retry_after_within_a_raised_cap_is_waited(
    make_harness: Callable[..., Harness], api_error: Any, domain_ok: httpx.Response
) -> None:
    limited = api_error(503, "service_unavailable", retryable=True, headers={"retry-after": "120"})
    h = make_harness([limited, domain_ok], max_retry_wait=300)
    h.call("domains.get", "mdom_1")
    assert h.sleeps == [120.0]


def test_backoff_grows_exponentially_within_jitter(
    make_harness: Callable[..., Harness], domain_ok: httpx.Response
) -> None:
    h = make_harness([plain(502)] * 6 + [domain_ok], max_retries=6)
    h.call("domains.get", "mdom_1")
    assert len(h.sleeps) == 6
    policy = h.client._requester.retry
    for retry, wait in enumerate(h.sleeps):
        ceiling = min(policy.initial_delay * 2**retry, policy.max_backoff)
        assert 0.75 * ceiling <= wait <= ceiling, (retry, wait)
    assert h.sleeps[-1] <= policy.max_backoff


@pytest.mark.parametrize(("draw", "factor"), [(0.0, 1.0), (0.999, 0.75025)])
def test_backoff_jitter_bounds(draw: float, factor: float, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sendmux_ext._retry.random.random", lambda: draw)
    policy = RetryPolicy(max_retries=8, initial_delay=0.5, max_backoff=8.0)
    waits = [policy.backoff(n) for n in range(7)]
    assert waits == pytest.approx([d * factor for d in (0.5, 1, 2, 4, 8, 8, 8)])


def test_max_retries_zero_means_one_attempt(make_harness: Callable[..., Harness]) -> None:
    h = make_harness([plain(503)], max_retries=0)
    with pytest.raises(ServiceUnavailableError):
        h.call("domains.get", "mdom_1")
    assert len(h.requests) == 1
    assert h.sleeps == []


def test_retry_count_is_configurable(make_harness: Callable[..., Harness]) -> None:
    h = make_harness([plain(500)] * 5, max_retries=4)
    with pytest.raises(InternalError):
        h.call("domains.get", "mdom_1")
    assert len(h.requests) == 5


def test_exhausted_rate_limit_window_holds_the_next_request(
    make_harness: Callable[..., Harness], respond: Any, envelope: Any, model_sample: Any
) -> None:
    """``X-RateLimit-Remaining: 0`` makes the next request wait for the reset (capped)."""
    reset = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=20)
    exhausted = respond(
        envelope(model_sample("MailboxDomain")),
        headers={"x-ratelimit-remaining": "0", "x-ratelimit-reset": str(int(reset.timestamp()))},
    )
    h = make_harness([exhausted, respond(envelope(model_sample("MailboxDomain")))])
    h.call("domains.get", "mdom_1")
    assert h.sleeps == []
    h.call("domains.get", "mdom_2")
    (hold,) = h.sleeps
    assert 10 < hold <= 20
