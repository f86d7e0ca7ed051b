"""Fault injection, the request log, seeding helpers and signed webhook deliveries."""

from __future__ import annotations

import json
from typing import Any

import pytest

from sendmux_ext import APIConnectionError, APITimeoutError, ServiceUnavailableError
from sendmux_ext.webhooks import WebhookVerificationError, verify


def test_injected_503s_are_retried_by_the_client(api: Any) -> None:
    domain = api.fake.seed_domain()
    api.fake.fail_next("managementGetDomain", status=503, retry_after=0, times=2)
    client = api.client(max_retries=2)
    assert api.call("domains.get", domain["id"], client=client).id == domain["id"]
    assert [r.status for r in api.fake.requests] == [503, 503, 200]


def test_injected_503_carries_retry_after(api: Any) -> None:
    api.fake.fail_next("managementGetConnection", status=503, retry_after=7)
    with pytest.raises(ServiceUnavailableError) as caught:
        api.call("me", client=api.client(max_retries=0))
    assert caught.value.retry_after == 7
    assert caught.value.retryable is True
    api.call("me")  # one time only


def test_connection_reset_on_a_post_without_key_is_not_repeated(api: Any) -> None:
    domain = api.fake.seed_domain(verified=False)
    api.fake.fail_next("managementVerifyDomain", reset=True)
    with pytest.raises(APIConnectionError):
        api.call("domains.verify", domain["id"], client=api.client(max_retries=3))
    assert [r.operation_id for r in api.fake.requests] == ["managementVerifyDomain"]
    assert api.fake.get("domains", domain["id"])["verification_status"] == "pending"


def test_timeouts_and_slow_answers(api: Any) -> None:
    api.fake.fail_next("managementListBalance", timeout=True)
    with pytest.raises(APITimeoutError):
        api.call("billing.balance", client=api.client(max_retries=0))
    api.fake.fail_next("managementListBalance", status=None, delay=0.01)
    assert api.call("billing.balance") is not None


def test_fail_next_names_an_unknown_operation(api: Any) -> None:
    with pytest.raises(ValueError, match="managementGetDomian"):
        api.fake.fail_next("managementGetDomian")


def test_the_request_log_redacts_credentials(api: Any) -> None:
    api.call("domains.create", domain="log.example.com")
    api.items(api.call("webhooks.list", limit=5))
    created, listed = api.fake.requests
    assert (created.method, created.path, created.json) == (
        "POST", "/domains", {"domain": "log.example.com"}
    )  # fmt: skip
    assert (listed.method, listed.path, listed.query) == ("GET", "/webhooks", {"limit": "5"})
    assert created.headers["authorization"] == "[redacted]"
    assert api.fake.api_key not in repr(api.fake.requests)
    body = {"type": "smtp", "smtp_password": "hunter2", "nested": {"secret": "s"}}
    api.raw("POST", "/providers", json=body)
    assert "hunter2" not in repr(api.fake.requests[-1])
    assert api.fake.requests[-1].json["nested"] == {"secret": "[redacted]"}


def test_seeded_verified_domain(api: Any) -> None:
    seeded = api.fake.seed_domain("ready.example.com")
    got = api.call("domains.get", seeded["id"])
    assert (got.domain, got.verification_status) == ("ready.example.com", "verified")
    assert got.verified_at is not None


def test_a_delivery_verifies_with_the_webhooks_real_secret(api: Any) -> None:
    webhook = api.call(
        "webhooks.create", url="https://hooks.example.com/in", event_types=["message.bounced"]
    )
    assert webhook.secret.startswith("whsec_")
    delivery = api.fake.deliver(
        "message.bounced", {"recipients": ["a@example.com"]}, subscription=webhook
    )
    event = verify(delivery.body, delivery.headers, webhook.secret)
    assert (event.type, event.id, event.data.recipients) == (
        "message.bounced", delivery.event_id, ["a@example.com"]
    )  # fmt: skip
    assert delivery.url == "https://hooks.example.com/in"
    attempts = api.items(api.call("webhooks.deliveries.list", webhook.id))
    assert [a.event_id for a in attempts] == [delivery.event_id]
    payload = api.call("webhooks.deliveries.payload", webhook.id, attempts[0].id)
    assert payload.payload.id == delivery.event_id
    with pytest.raises(ValueError, match="not subscribed"):
        api.fake.deliver("message.delivered", subscription=webhook)


def test_rotated_secret_signs_from_then_on(api: Any) -> None:
    webhook = api.call(
        "webhooks.create", url="https://h.example.com/x", event_types=["message.bounced"]
    )
    rotated = api.call("webhooks.rotate_secret", webhook.id)
    assert rotated.secret != webhook.secret
    delivery = api.fake.deliver("message.bounced", subscription=webhook.id)
    verify(delivery.body, delivery.headers, rotated.secret)
    with pytest.raises(WebhookVerificationError):
        verify(delivery.body, delivery.headers, webhook.secret)


def test_the_test_operation_delivers_a_sendmux_test_event(api: Any) -> None:
    webhook = api.call(
        "webhooks.create", url="https://h.example.com/x", event_types=["message.bounced"]
    )
    sent = api.call("webhooks.test", webhook.id)
    (delivery,) = api.fake.deliveries
    assert json.loads(delivery.body)["type"] == "sendmux.test"
    assert sent.event_id == delivery.event_id
    verify(delivery.body, delivery.headers, webhook.secret)
