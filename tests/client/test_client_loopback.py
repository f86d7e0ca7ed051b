"""Every resource area over real HTTP: a pytest-httpserver on 127.0.0.1, sync and async.

Each test states what the server must see (method, path, query, body, headers);
a request it does not expect gets a 500, which fails the call (no retries here),
and ``check_assertions`` reports the mismatch.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request

from sendmux_ext import NotFoundError
from sendmux_ext._constants import ACCEPT

Harness = Any
AUTH = {"Authorization": "Bearer smx_root_TESTSECRET0123456789"}


@pytest.fixture
def server(httpserver_ipv4: HTTPServer) -> Iterator[HTTPServer]:
    yield httpserver_ipv4
    httpserver_ipv4.check_assertions()
    assert httpserver_ipv4.handler_errors == []


@pytest.fixture
def live(make_live: Callable[..., Harness], server: HTTPServer) -> Harness:
    return make_live()


@pytest.fixture
def ok(success_body: Callable[[str], tuple[int, Any]]) -> Callable[..., tuple[Any, int]]:
    """``ok(operation_id, **data_changes)``: (envelope, status) to respond with."""

    def build(operation_id: str, **changes: Any) -> tuple[Any, int]:
        status, body = success_body(operation_id)
        if isinstance(body["data"], dict):
            body["data"].update(changes)
        return body, status

    return build


def seen(server: HTTPServer) -> list[Request]:
    return [request for request, _ in server.log]


def reply(server: HTTPServer, body: Any, status: int, headers: dict[str, str] | None = None) -> Any:
    return json.dumps(body), status, {"Content-Type": "application/json", **(headers or {})}


def test_providers(live: Harness, server: HTTPServer, ok: Any, request_sample: Any) -> None:
    create = request_sample("managementCreateProvider")
    body, status = ok("managementCreateProvider", id="prov_new", name=create["name"])
    server.expect_ordered_request(
        "/api/v1/providers", method="POST", json=create, headers=AUTH
    ).respond_with_json(body, status=status)
    page = ok("managementListProviders")[0]
    page["pagination"] = {"has_more": True, "next_cursor": "cur_2"}
    server.expect_ordered_request(
        "/api/v1/providers",
        method="GET",
        query_string={"status": "active", "type": "smtp", "limit": "1"},
    ).respond_with_json(page)
    last = ok("managementListProviders")[0]
    server.expect_ordered_request(
        "/api/v1/providers",
        method="GET",
        query_string={"status": "active", "type": "smtp", "limit": "1", "cursor": "cur_2"},
    ).respond_with_json(last)
    cancel, cancel_status = ok("managementCancelSharedAmazonSesLimitRequest")
    server.expect_ordered_request(
        "/api/v1/providers/shared-amazon-ses-limit-request/sesreq_1", method="DELETE"
    ).respond_with_json(cancel, status=cancel_status)

    created = live.call("providers.create", **create)
    assert (created.id, created.name) == ("prov_new", create["name"])
    listed = live.items(live.client.providers.list(status="active", type="smtp", limit=1))
    assert [p.id for p in listed] == [page["data"][0]["id"], last["data"][0]["id"]]
    assert live.call("providers.ses_limit_requests.cancel", "sesreq_1") is not None
    key = seen(server)[0].headers["Idempotency-Key"]
    assert len(key) in range(1, 256)


def test_domains(live: Harness, server: HTTPServer, ok: Any) -> None:
    created, status = ok("managementCreateDomain", id="mdom_1", domain="mail.example.com")
    server.expect_ordered_request(
        "/api/v1/domains", method="POST", json={"domain": "mail.example.com"}
    ).respond_with_json(created, status=status)
    server.expect_ordered_request("/api/v1/domains/mdom_1", method="GET").respond_with_json(
        created, headers={"ETag": 'W/"d1"', "X-Request-Id": "req_get"}
    )
    server.expect_ordered_request(
        "/api/v1/domains/mdom_1", method="GET", headers={"If-None-Match": 'W/"d1"'}
    ).respond_with_data("", status=304, headers={"ETag": 'W/"d1"', "X-Request-Id": "req_304"})
    server.expect_ordered_request(
        "/api/v1/domains/mdom_1/zone-file", method="GET"
    ).respond_with_data("$ORIGIN mail.example.com.\n", content_type="text/plain")
    filters = ok("managementSetDomainFilters")[0]
    rules = [{"type": "deny", "pattern": "spam.example"}]
    server.expect_ordered_request(
        "/api/v1/domains/mdom_1/filters",
        method="PUT",
        json={"mode": "denylist", "rules": rules},
        headers={"If-Match": 'W/"f1"'},
    ).respond_with_json(filters)

    assert live.call("domains.create", domain="mail.example.com").id == "mdom_1"
    first = live.call("domains.with_response.get", "mdom_1")
    second = live.call("domains.with_response.get", "mdom_1")
    assert (first.from_cache, second.from_cache) == (False, True)
    assert second.data.domain == "mail.example.com"
    assert second.request_id == "req_304"
    assert live.call("domains.zone_file", "mdom_1") == "$ORIGIN mail.example.com.\n"
    result = live.call("domains.filters.set", "mdom_1", mode="denylist", rules=rules,
                       if_match='W/"f1"')  # fmt: skip
    assert result.mode == filters["data"]["mode"]


def test_mailboxes(live: Harness, server: HTTPServer, ok: Any) -> None:
    server.expect_ordered_request(
        "/api/v1/mailboxes/availability", method="GET", query_string={"email": "ops@example.com"}
    ).respond_with_json(ok("managementCheckMailboxAvailability")[0])
    key, key_status = ok("managementCreateMailboxKey")
    server.expect_ordered_request(
        "/api/v1/mailboxes/mbx_1/keys", method="POST", json={"app_name": "crm"}
    ).respond_with_json(key, status=key_status)
    server.expect_ordered_request(
        "/api/v1/mailboxes/mbx_1/suspend", method="POST", data=b""
    ).respond_with_json(ok("managementSuspendMailbox", status="suspended")[0])

    available = live.call("mailboxes.availability", email="ops@example.com")
    assert available.to_dict() == ok("managementCheckMailboxAvailability")[0]["data"]
    assert live.call("mailboxes.keys.create", "mbx_1", app_name="crm") is not None
    assert str(live.call("mailboxes.suspend", "mbx_1").status) == "suspended"
    suspend = seen(server)[2]
    assert suspend.headers["Idempotency-Key"]


def test_webhooks(live: Harness, server: HTTPServer, ok: Any) -> None:
    hook, status = ok("managementCreateWebhook", id="whk_1")
    server.expect_ordered_request(
        "/api/v1/webhooks",
        method="POST",
        json={"url": "https://hooks.example.com/in", "event_types": ["message.received"]},
    ).respond_with_json(hook, status=status)
    server.expect_ordered_request(
        "/api/v1/webhooks/whk_1/deliveries",
        method="GET",
        query_string={"result": "failed", "event_type": "message.received"},
    ).respond_with_json(ok("managementListDelivery")[0])
    server.expect_ordered_request(
        "/api/v1/webhooks/whk_1/deliveries/del 1/payload", method="GET"
    ).respond_with_json(ok("managementGetDeliveryPayload")[0])

    created = live.call(
        "webhooks.create", url="https://hooks.example.com/in", event_types=["message.received"]
    )
    assert created.id == "whk_1"
    deliveries = live.client.webhooks.deliveries.list(
        "whk_1", result="failed", event_type="message.received"
    )
    assert len(live.items(deliveries)) == 1
    assert live.call("webhooks.deliveries.payload", "whk_1", "del 1") is not None


def test_emails(live: Harness, server: HTTPServer, ok: Any) -> None:
    query = {"status": "sent", "from_date": "2026-01-01T00:00:00Z", "limit": "50"}
    server.expect_ordered_request(
        "/api/v1/emails/logs", method="GET", query_string=query
    ).respond_with_json(ok("managementListEmailLogs")[0])
    server.expect_ordered_request("/api/v1/emails/logs/dlog_1", method="GET").respond_with_json(
        ok("managementGetEmailLog", id="dlog_1")[0]
    )
    server.expect_ordered_request(
        "/api/v1/emails/metrics", method="GET", query_string={"window": "7d"}
    ).respond_with_json(ok("managementGetEmailMetrics")[0])

    logs = live.client.emails.logs.list(status="sent", from_date="2026-01-01T00:00:00Z", limit=50)
    assert len(live.items(logs)) == 1
    assert live.call("emails.logs.get", "dlog_1").id == "dlog_1"
    assert live.call("emails.metrics", window="7d") is not None


def test_inboxes(live: Harness, server: HTTPServer, ok: Any) -> None:
    server.expect_ordered_request(
        "/api/v1/inboxes/logs", method="GET", query_string={"mailbox_id": "mbx_1"}
    ).respond_with_json(ok("managementListInboxLogs")[0])
    server.expect_ordered_request("/api/v1/inboxes/logs/ilog_1", method="GET").respond_with_json(
        ok("managementGetInboxLog", id="ilog_1")[0]
    )
    assert len(live.items(live.client.inboxes.logs.list(mailbox_id="mbx_1"))) == 1
    assert live.call("inboxes.logs.get", "ilog_1").id == "ilog_1"


def test_billing(live: Harness, server: HTTPServer, ok: Any) -> None:
    balance = ok("managementListBalance")[0]
    server.expect_ordered_request("/api/v1/billing/balance", method="GET").respond_with_json(
        balance
    )
    server.expect_ordered_request(
        "/api/v1/billing/summary", method="GET", query_string={"days": "30"}
    ).respond_with_json(ok("managementGetSpendSummary")[0])
    server.expect_ordered_request(
        "/api/v1/billing/transactions", method="GET", query_string={"type": "PURCHASE"}
    ).respond_with_json(ok("managementListTransactions")[0])

    assert live.call("billing.balance").to_dict() == balance["data"]
    assert live.call("billing.summary", days="30") is not None
    assert len(live.items(live.client.billing.transactions(type="PURCHASE"))) == 1


def test_me(live: Harness, server: HTTPServer, ok: Any) -> None:
    me = ok("managementGetConnection")[0]
    server.expect_ordered_request(
        "/api/v1/me", method="GET", headers={**AUTH, "Accept": ACCEPT}
    ).respond_with_json(me, headers={"X-Request-Id": "req_me", "X-RateLimit-Limit": "600",
                                     "X-RateLimit-Remaining": "598",
                                     "X-RateLimit-Reset": "1900000000"})  # fmt: skip
    response = live.call("with_response.me")
    assert response.data.to_dict() == me["data"]
    assert response.request_id == "req_me"
    assert response.rate_limit.remaining == 598
    assert seen(server)[0].headers["User-Agent"].startswith("sendmux-ext/")


def test_an_error_over_http(live: Harness, server: HTTPServer) -> None:
    body = {"ok": False, "error": {"code": "not_found", "message": "no such domain",
            "retryable": False}, "meta": {"request_id": "req_404"}}  # fmt: skip
    server.expect_ordered_request("/api/v1/domains/mdom_x", method="GET").respond_with_json(
        body, status=404, headers={"X-Request-Id": "req_404"}
    )
    with pytest.raises(NotFoundError) as caught:
        live.call("domains.get", "mdom_x")
    assert caught.value.request_id == "req_404"
    assert caught.value.message == "no such domain"


def test_a_retry_over_http(make_live: Callable[..., Harness], server: HTTPServer, ok: Any) -> None:
    live = make_live(max_retries=2)
    busy = {"ok": False, "error": {"code": "service_unavailable", "message": "busy",
            "retryable": True}, "meta": {"request_id": "req_503"}}  # fmt: skip
    server.expect_ordered_request("/api/v1/billing/balance").respond_with_json(
        busy, status=503, headers={"Retry-After": "4"}
    )
    server.expect_ordered_request("/api/v1/billing/balance").respond_with_json(
        ok("managementListBalance")[0]
    )
    assert live.call("billing.balance") is not None
    assert live.sleeps == [4.0]
    assert len(server.log) == 2
