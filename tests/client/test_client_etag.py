"""Conditional requests: the per-client ETag cache, 304s, invalidation on writes, If-Match."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

from sendmux_ext import ConflictError
from sendmux_ext._etag import ETagCache

Harness = Any
ETAG = 'W/"v1"'


@pytest.fixture
def tagged(respond: Any, envelope: Any, model_sample: Any) -> Callable[..., httpx.Response]:
    """``tagged("Mailbox", etag=...)``: a 200 carrying the schema's sample and an ETag."""

    def build(schema: str, etag: str = ETAG, **changes: Any) -> httpx.Response:
        data = model_sample(schema) | changes
        return respond(envelope(data, request_id="req_200"), headers={"etag": etag})

    return build


def not_modified(etag: str = ETAG) -> httpx.Response:
    return httpx.Response(304, headers={"etag": etag, "x-request-id": "req_304"})


def if_none_match(h: Harness) -> list[str | None]:
    return [request.headers.get("if-none-match") for request in h.requests]


def test_repeat_get_is_served_from_cache_on_304(make_fake_harness: Any) -> None:
    h, fake = make_fake_harness()
    domain = fake.seed_domain("first.example")
    first = h.call("domains.with_response.get", domain["id"])
    second = h.call("domains.with_response.get", domain["id"])
    assert if_none_match(h) == [None, first.etag]
    assert first.from_cache is False
    assert second.from_cache is True
    assert second.status_code == 304
    assert [r.status for r in fake.requests] == [200, 304]
    assert second.request_id not in (None, first.request_id)
    assert second.data == first.data  # the cached data, never None...
    assert second.data is not first.data  # ...in an object of its own
    assert second.data.domain == "first.example"


def test_plain_get_returns_the_cached_model_on_304(
    make_harness: Callable[..., Harness], tagged: Any
) -> None:
    h = make_harness([tagged("Connection"), not_modified()])
    first = h.call("me")
    again = h.call("me")
    assert again == first and again is not first


def test_a_changed_resource_replaces_the_cached_entry(make_fake_harness: Any) -> None:
    h, fake = make_fake_harness()
    other, _ = make_fake_harness(fake)  # another client changes the mailbox in between
    mailbox = h.call("mailboxes.create", email="ops@example.com", display_name="one").mailbox
    first = h.call("mailboxes.with_response.get", mailbox.id)
    other.call("mailboxes.update", mailbox.id, display_name="two")
    assert h.call("mailboxes.get", mailbox.id).display_name == "two"
    assert h.call("mailboxes.get", mailbox.id).display_name == "two"
    tags = if_none_match(h)[1:]
    assert tags[0] is None and tags[1] == first.etag and tags[2] not in (None, first.etag)
    assert [r.status for r in fake.requests if r.method == "GET"] == [200, 200, 304]


def test_entries_are_per_path(make_harness: Callable[..., Harness], tagged: Any) -> None:
    h = make_harness([tagged("MailboxDomain"), tagged("MailboxDomain"), not_modified()])
    h.call("domains.get", "mdom_1")
    h.call("domains.get", "mdom_2")
    h.call("domains.get", "mdom_1")
    assert if_none_match(h) == [None, None, ETAG]


@pytest.mark.parametrize(
    ("read", "write"),
    [
        (("domains.get", "mdom_1"), ("domains.update", "mdom_1")),
        (("domains.get", "mdom_1"), ("domains.delete", "mdom_1")),
        (("domains.filters.get", "mdom_1"), ("domains.filters.set", "mdom_1")),
        (("domains.get", "mdom_1"), ("domains.filters.set", "mdom_1")),
        (("mailboxes.get", "mbx_1"), ("mailboxes.suspend", "mbx_1")),
        (("mailboxes.get", "mbx_1"), ("mailboxes.keys.delete", "mbx_1", "key_1")),
        (("webhooks.get", "whk_1"), ("webhooks.rotate_secret", "whk_1")),
        (("providers.get", "prov_1"), ("providers.deactivate", "prov_1")),
    ],
)
def test_a_write_drops_the_cached_entry(
    read: tuple[str, ...],
    write: tuple[str, ...],
    make_harness: Callable[..., Harness],
    respond: Any,
    success_body: Any,
    request_sample: Any,
) -> None:
    from sendmux_ext._operations import OPERATIONS

    def operation_id(method_path: str) -> str:
        return next(op.operation_id for op in OPERATIONS.values() if op.method_path == method_path)

    read_id, write_id = operation_id(read[0]), operation_id(write[0])
    h = make_harness(
        [
            respond(success_body(read_id)[1], headers={"etag": ETAG}),
            respond(success_body(write_id)[1]),
            respond(success_body(read_id)[1], headers={"etag": 'W/"v2"'}),
        ]
    )
    h.call(*read)
    assert len(h.client._etags) == 1
    h.call(*write, **request_sample(write_id))
    assert len(h.client._etags) == 0
    h.call(*read)
    assert if_none_match(h) == [None, None, None]


def test_a_write_to_another_resource_keeps_the_entry(
    make_harness: Callable[..., Harness],
    tagged: Any,
    respond: Any,
    envelope: Any,
    model_sample: Any,
) -> None:
    h = make_harness(
        [tagged("MailboxDomain"), respond(envelope(model_sample("FilterState"))), not_modified()]
    )
    h.call("domains.get", "mdom_1")
    h.call("domains.filters.set", "mdom_2", mode="allowlist", rules=[])
    h.call("domains.get", "mdom_1")
    assert if_none_match(h) == [None, None, ETAG]


def test_etag_cache_off_never_sends_if_none_match(
    make_harness: Callable[..., Harness], tagged: Any
) -> None:
    h = make_harness([tagged("MailboxDomain"), tagged("MailboxDomain")], etag_cache=False)
    first = h.call("domains.with_response.get", "mdom_1")
    second = h.call("domains.with_response.get", "mdom_1")
    assert if_none_match(h) == [None, None]
    assert (first.from_cache, second.from_cache) == (False, False)
    assert len(h.client._etags) == 0


def test_with_options_can_turn_the_cache_off_for_a_copy(
    make_harness: Callable[..., Harness], tagged: Any
) -> None:
    h = make_harness([tagged("MailboxDomain"), tagged("MailboxDomain"), not_modified()])
    h.call("domains.get", "mdom_1")
    h.run(h.client.with_options(etag_cache=False).domains.get("mdom_1"))
    h.call("domains.get", "mdom_1")
    assert if_none_match(h) == [None, None, ETAG]


def test_operations_without_if_none_match_are_not_cached(
    make_harness: Callable[..., Harness], tagged: Any
) -> None:
    """``inboxes.logs.get`` takes no If-None-Match in the spec: nothing to cache."""
    h = make_harness([tagged("IncomingLogItem"), tagged("IncomingLogItem")])
    h.call("inboxes.logs.get", "ilog_1")
    h.call("inboxes.logs.get", "ilog_1")
    assert if_none_match(h) == [None, None]


def test_the_cache_is_bounded() -> None:
    from sendmux_ext._etag import CachedResponse

    def entry(n: int) -> CachedResponse:
        return CachedResponse(f'W/"{n}"', b"{}", lambda envelope: n)

    cache = ETagCache(max_entries=3)
    for n in range(5):
        cache.put(f"/domains/mdom_{n}", entry(n))
    assert len(cache) == 3
    assert cache.get("/domains/mdom_0") is None
    assert cache.get("/domains/mdom_1") is None
    # Least recently used goes first: reading mdom_2 keeps it past the next insert.
    assert cache.get("/domains/mdom_2") is not None
    cache.put("/domains/mdom_5", entry(5))
    assert cache.get("/domains/mdom_2") is not None
    assert cache.get("/domains/mdom_3") is None


def test_the_client_cache_has_a_bound(make_harness: Callable[..., Harness], tagged: Any) -> None:
    from sendmux_ext._constants import ETAG_CACHE_SIZE

    h = make_harness([])
    assert 0 < h.client._etags._max_entries == ETAG_CACHE_SIZE <= 10_000


@pytest.mark.parametrize(
    ("method_path", "args", "schema"),
    [
        ("domains.update", {"mode": "send_receive"}, "MailboxDomain"),
        ("domains.filters.set", {"mode": "allowlist", "rules": []}, "FilterState"),
        ("mailboxes.update", {"display_name": "Ops"}, "Mailbox"),
        ("mailboxes.filters.set", {"mode": "allowlist", "rules": []}, "FilterState"),
        ("webhooks.update", {"enabled": False}, "WebhookSubscription"),
        ("providers.update", {"name": "Primary"}, "ProviderItem"),
    ],
)
def test_if_match_is_sent(
    method_path: str,
    args: dict[str, Any],
    schema: str,
    make_harness: Callable[..., Harness],
    respond: Any,
    envelope: Any,
    model_sample: Any,
) -> None:
    h = make_harness([respond(envelope(model_sample(schema)))])
    h.call(method_path, "id_1", if_match=ETAG, **args)
    assert h.requests[0].headers["if-match"] == ETAG


def test_update_without_if_match_sends_none(make_fake_harness: Any) -> None:
    h, fake = make_fake_harness()
    domain = fake.seed_domain(mode="send_only")
    h.call("domains.update", domain["id"], mode="send_receive")
    assert "if-match" not in h.requests[0].headers
    assert fake.get("domains", domain["id"])["mode"] == "send_receive"


def test_stale_if_match_raises_conflict(make_fake_harness: Any) -> None:
    h, fake = make_fake_harness()
    domain = fake.seed_domain(mode="send_only")
    response = h.call("domains.with_response.get", domain["id"])
    other, _ = make_fake_harness(fake)
    other.call("domains.update", domain["id"], mode="send_receive")  # changed since the read
    with pytest.raises(ConflictError) as caught:
        h.call("domains.update", domain["id"], mode="send_receive", if_match=response.etag)
    assert caught.value.status_code == 409
    assert caught.value.request_id.startswith("req_")
    assert h.requests[1].headers["if-match"] == response.etag
    assert len(h.requests) == 2  # a conflict is not retried
