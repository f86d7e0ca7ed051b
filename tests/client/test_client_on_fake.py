"""The client's retry, idempotency and error handling against the fake Sendmux
(``sendmux_ext.testing``): answers with real state instead of scripted responses."""

from __future__ import annotations

from typing import Any

import pytest

from sendmux_ext import APIConnectionError, NotFoundError, ServiceUnavailableError


def test_503_with_retry_after_is_retried_after_that_wait(make_fake_harness: Any) -> None:
    h, fake = make_fake_harness(max_retries=2)
    domain = fake.seed_domain()
    fake.fail_next("managementGetDomain", status=503, retry_after=1, times=2)
    assert h.call("domains.get", domain["id"]).id == domain["id"]
    assert h.sleeps == [1.0, 1.0]
    assert [r.status for r in fake.requests] == [503, 503, 200]


def test_retries_run_out(make_fake_harness: Any) -> None:
    h, fake = make_fake_harness(max_retries=1)
    fake.fail_next("managementGetConnection", status=503, retry_after=0, times=2)
    with pytest.raises(ServiceUnavailableError):
        h.call("me")
    assert len(fake.requests) == 2


def test_a_retried_create_sends_one_key_and_creates_once(make_fake_harness: Any) -> None:
    h, fake = make_fake_harness(max_retries=2)
    fake.fail_next("managementCreateMailbox", status=503, retry_after=0)
    h.call("mailboxes.create", email="once@example.com")
    keys = {r.headers["idempotency-key"] for r in fake.requests}
    assert len(fake.requests) == 2 and len(keys) == 1
    assert [m["email"] for m in fake.records("mailboxes")] == ["once@example.com"]


def test_a_create_with_a_key_is_retried_after_a_reset(make_fake_harness: Any) -> None:
    h, fake = make_fake_harness(max_retries=2)
    fake.fail_next("managementCreateMailbox", reset=True)
    made = h.call("mailboxes.create", email="one@example.com", idempotency_key="signup-1")
    assert [r.status for r in fake.requests] == [None, 201]  # None: no answer (reset)
    assert {r.headers["idempotency-key"] for r in fake.requests} == {"signup-1"}
    assert [m["id"] for m in fake.records("mailboxes")] == [made.mailbox.id]


def test_post_without_key_is_not_retried_after_a_reset(make_fake_harness: Any) -> None:
    h, fake = make_fake_harness(max_retries=3)
    domain = fake.seed_domain(verified=False)
    fake.fail_next("managementVerifyDomain", reset=True)
    with pytest.raises(APIConnectionError):
        h.call("domains.verify", domain["id"])
    assert len(fake.requests) == 1


def test_not_found_and_response_details(make_fake_harness: Any) -> None:
    h, _fake = make_fake_harness()
    with pytest.raises(NotFoundError) as caught:
        h.call("webhooks.get", "whk_missing")
    assert caught.value.code == "not_found" and caught.value.retryable is False
    response = h.call("billing.with_response.balance")
    assert response.rate_limit is not None
    assert (response.rate_limit.limit, response.rate_limit.remaining) == (600, 598)
    assert response.request_id == response.headers["x-request-id"]
