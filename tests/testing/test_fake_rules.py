"""The fake keeps the API's rules: ETags and 304, If-Match, Idempotency-Key, 404,
request validation, cursors and filters, permissions and keys, rate limits."""

from __future__ import annotations

import re
from typing import Any

import pytest
import spec_tools

from sendmux_ext import (
    AuthenticationRequiredError,
    ConflictError,
    IdempotencyConflictError,
    InsufficientPermissionsError,
    NotFoundError,
    RateLimitExceededError,
)


def test_etag_304_and_stale_if_match(api: Any) -> None:
    domain = api.fake.seed_domain("etag.example.com")
    first = api.call("domains.with_response.get", domain["id"])
    assert re.fullmatch(r'W/"[0-9a-f]+"', first.etag)
    again = api.call("domains.with_response.get", domain["id"])
    assert (again.status_code, again.from_cache) == (304, True)
    assert [r.status for r in api.fake.requests] == [200, 304]
    updated = api.call("domains.with_response.update", domain["id"], mode="send_receive")
    assert updated.etag != first.etag  # every update changes it
    with pytest.raises(ConflictError) as caught:
        api.call("domains.update", domain["id"], mode="send_receive", if_match=first.etag)
    assert caught.value.code == "conflict"
    api.call("domains.update", domain["id"], mode="send_receive", if_match=updated.etag)


def test_idempotency_key_replays_and_conflicts(api: Any) -> None:
    first = api.call("mailboxes.create", email="ops@example.com", idempotency_key="k-1")
    replay = api.call("mailboxes.create", email="ops@example.com", idempotency_key="k-1")
    assert replay.mailbox.id == first.mailbox.id
    assert len(api.fake.records("mailboxes")) == 1
    with pytest.raises(IdempotencyConflictError) as caught:
        api.call("mailboxes.create", email="other@example.com", idempotency_key="k-1")
    assert (caught.value.status_code, caught.value.code) == (409, "idempotency_conflict")


def test_unknown_ids_are_404_not_found(api: Any) -> None:
    for method_path in ("domains.get", "mailboxes.get", "webhooks.delete", "providers.update"):
        with pytest.raises(NotFoundError) as caught:
            api.call(method_path, "mdom_doesnotexist")
        assert caught.value.code == "not_found"


def test_bodies_the_spec_rejects_are_400_with_errors(api: Any) -> None:
    missing = api.raw("POST", "/domains", json={"mode": "send_only"})
    error = missing.json()["error"]
    assert (missing.status_code, error["code"], error["param"]) == (
        400,
        "missing_parameter",
        "domain",
    )
    assert error["errors"][0]["field"] == "domain"
    wrong = api.raw(
        "POST", "/domains", json={"domain": "x.example.com", "mode": "both", "extra": 1}
    )
    error = wrong.json()["error"]
    assert (wrong.status_code, error["code"]) == (400, "invalid_parameter")
    assert {issue["field"] for issue in error["errors"]} >= {"mode"}
    assert error["param"] == error["errors"][0]["field"]
    assert api.fake.records("domains") == []


@pytest.mark.parametrize("limit", ["0", "101", "ten"])
def test_limit_outside_the_spec_range_is_400(api: Any, limit: str) -> None:
    answer = api.raw("GET", "/domains", params={"limit": limit})
    assert answer.status_code == 400
    assert answer.json()["error"]["param"] == "limit"


def test_cursors_page_through_everything_newest_first(api: Any) -> None:
    made = [api.fake.create("webhooks", url=f"https://h{i}.example.com/x") for i in range(7)]
    pages = api.pages(api.call("webhooks.list", limit=3))
    assert [len(page.items) for page in pages] == [3, 3, 1]
    assert [page.has_more for page in pages] == [True, True, False]
    seen = [item.id for page in pages for item in page.items]
    assert seen == [m["id"] for m in reversed(made)]


def test_default_page_size_is_the_specs(api: Any, patched_spec: dict[str, Any]) -> None:
    node = patched_spec["paths"]["/emails/logs"]["get"]
    limit = next(p for p in node["parameters"] if p["name"] == "limit")["schema"]
    default = int(re.search(r"default (\d+)", limit["description"]).group(1))
    api.fake.seed_email_logs(default + 5)
    body = api.raw("GET", "/emails/logs").json()
    assert len(body["data"]) == default
    assert body["pagination"]["has_more"] is True
    assert spec_tools.resolve(patched_spec, limit)["maximum"] == 100


def test_email_log_filters_status_and_dates(api: Any) -> None:
    logs = api.fake.seed_email_logs(1000, start="2026-01-01T00:00:00Z", days=60)
    assert {log["status"] for log in logs} == {"pending", "sent", "failed", "rejected"}
    start, end = "2026-01-10T00:00:00Z", "2026-01-20T00:00:00Z"
    listed = api.call(
        "emails.logs.list", status="failed", from_date="2026-01-10", to_date=end, limit=100
    )
    found = api.items(listed)
    expected = [
        log["id"] for log in logs if log["status"] == "failed" and start <= log["created_at"] <= end
    ]
    assert sorted(item.id for item in found) == sorted(expected)
    assert 20 < len(expected) < 200
    stamps = [item.created_at for item in found]
    assert stamps == sorted(stamps, reverse=True)


def test_deleted_mailboxes_only_with_include_deleted(api: Any) -> None:
    kept = api.call("mailboxes.create", email="kept@example.com").mailbox
    gone = api.call("mailboxes.create", email="gone@example.com").mailbox
    api.call("mailboxes.delete", gone.id)
    assert [m.id for m in api.items(api.call("mailboxes.list"))] == [kept.id]
    listed = api.items(api.call("mailboxes.list", include_deleted="true"))
    assert {m.id: m.status for m in listed} == {kept.id: "active", gone.id: "deleted"}


def test_permissions_and_keys(api: Any) -> None:
    domain = api.fake.seed_domain()
    readonly = api.client(api_key=api.fake.add_api_key(role="root:readonly"))
    assert api.call("domains.get", domain["id"], client=readonly).id == domain["id"]
    with pytest.raises(InsufficientPermissionsError) as caught:
        api.call("domains.create", domain="new.example.com", client=readonly)
    assert (caught.value.status_code, caught.value.code) == (403, "insufficient_permissions")
    scoped = api.client(api_key=api.fake.add_api_key(permissions=["domain.*"]))
    api.call("domains.create", domain="new.example.com", client=scoped)
    with pytest.raises(InsufficientPermissionsError):
        api.items(api.call("mailboxes.list", client=scoped))
    stranger = api.client(api_key="smx_root_notakeyofthisfake")
    with pytest.raises(AuthenticationRequiredError) as caught_401:
        api.call("me", client=stranger)
    assert caught_401.value.status_code == 401


def test_me_reports_the_keys_permissions(api: Any) -> None:
    scoped = api.client(api_key=api.fake.add_api_key(permissions=["domain.read", "logs.read"]))
    assert api.call("me", client=scoped).permissions == ["domain.read", "logs.read"]


class Clock:
    def __init__(self) -> None:
        self.now = 1_900_000_000.0

    def __call__(self) -> float:
        return self.now


def test_rate_limit_window_429_and_headers(make_api: Any) -> None:
    clock = Clock()
    api = make_api(rate_limit=(3, 60), clock=clock)
    answers = [api.raw("GET", "/me") for _ in range(4)]
    assert [a.status_code for a in answers] == [200, 200, 200, 429]
    assert [a.headers["x-ratelimit-remaining"] for a in answers] == ["2", "1", "0", "0"]
    assert {a.headers["x-ratelimit-limit"] for a in answers} == {"3"}
    assert answers[0].headers["x-ratelimit-reset"] == str(int(clock.now) + 60)
    assert answers[3].headers["retry-after"] == "60"
    assert answers[3].json()["error"]["code"] == "rate_limit_exceeded"
    clock.now += 45
    assert api.raw("GET", "/me").headers["retry-after"] == "15"
    clock.now += 15
    assert api.raw("GET", "/me").status_code == 200
    assert all("x-request-id" in api.raw("GET", path).headers for path in ("/me", "/nowhere"))


def test_rate_limited_client_sees_retry_after(make_api: Any) -> None:
    api = make_api(rate_limit=(1, 60), clock=Clock())
    client = api.client(max_retry_wait=0)
    api.call("me", client=client)
    with pytest.raises(RateLimitExceededError) as caught:
        api.call("billing.balance", client=client)
    assert caught.value.retry_after == 60
