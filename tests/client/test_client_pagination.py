"""Cursor pagination: lazy, resumable, capped, filters on every page, no endless loops."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

from sendmux_ext import APIResponseValidationError, InvalidRequestError, Page
from sendmux_ext.testing import FakeSendmux

Harness = Any


@pytest.fixture
def page_of(
    respond: Callable[..., httpx.Response], envelope: Any, model_sample: Any
) -> Callable[..., httpx.Response]:
    """``page_of(["a", "b"], next_cursor="c2")``: a list response of domains with these ids."""

    def build(
        ids: list[str],
        next_cursor: str | None = None,
        *,
        has_more: bool | None = None,
        request_id: str = "req_page",
        schema: str = "MailboxDomain",
    ) -> httpx.Response:
        items = []
        for item_id in ids:
            item = model_sample(schema)
            item["id"] = item_id
            items.append(item)
        pagination: dict[str, Any] = {
            "has_more": next_cursor is not None if has_more is None else has_more
        }
        if next_cursor is not None:
            pagination["next_cursor"] = next_cursor
        return respond(envelope(items, request_id=request_id, pagination=pagination))

    return build


def cursors(h: Harness) -> list[str | None]:
    return [request.url.params.get("cursor") for request in h.requests]


def seeded_domains(fake: FakeSendmux, count: int) -> list[str]:
    """``count`` domains in the fake; their ids in list order (newest first)."""
    made = [fake.create("domains", domain=f"d{n}.example.com")["id"] for n in range(count)]
    return made[::-1]


def test_iteration_is_lazy_across_pages(make_fake_harness: Any) -> None:
    h, fake = make_fake_harness()
    ids = seeded_domains(fake, 4)
    paginator = h.client.domains.list(limit=2)
    assert h.requests == []  # nothing is fetched until iteration starts
    if h.is_async:
        iterator = paginator.__aiter__()
        step = lambda: h.run(iterator.__anext__())  # noqa: E731
    else:
        iterator = iter(paginator)
        step = lambda: next(iterator)  # noqa: E731
    assert step().id == ids[0]
    assert len(h.requests) == 1
    assert step().id == ids[1]
    assert len(h.requests) == 1
    assert step().id == ids[2]  # the second page is fetched only now
    assert len(h.requests) == 2
    assert step().id == ids[3]
    with pytest.raises(StopAsyncIteration if h.is_async else StopIteration):
        step()
    assert cursors(h)[0] is None and len(set(cursors(h))) == 2
    assert [r.url.params["limit"] for r in h.requests] == ["2", "2"]


def test_all_items_in_order(make_fake_harness: Any) -> None:
    h, fake = make_fake_harness()
    ids = seeded_domains(fake, 3)
    assert [d.id for d in h.items(h.client.domains.list(limit=2))] == ids


def test_pages_expose_their_facts(make_fake_harness: Any) -> None:
    h, fake = make_fake_harness()
    ids = seeded_domains(fake, 3)
    pages = h.pages(h.client.domains.list(limit=2))
    assert all(isinstance(page, Page) for page in pages)
    assert [[d.id for d in page.items] for page in pages] == [ids[:2], ids[2:]]
    assert [page.has_more for page in pages] == [True, False]
    assert pages[0].next_cursor == h.requests[1].url.params["cursor"]
    assert pages[1].next_cursor is None
    request_ids = [page.request_id for page in pages]
    assert all(str(rid).startswith("req_") for rid in request_ids)
    assert len(set(request_ids)) == 2


def test_max_items_caps_and_stops_fetching(make_fake_harness: Any) -> None:
    h, fake = make_fake_harness()
    ids = seeded_domains(fake, 6)
    found = h.items(h.client.domains.list(limit=2, max_items=3))
    assert [d.id for d in found] == ids[:3]
    assert len(h.requests) == 2  # the third page is never asked for


def test_max_items_at_a_page_boundary_fetches_no_further(make_fake_harness: Any) -> None:
    h, fake = make_fake_harness()
    ids = seeded_domains(fake, 4)
    assert [d.id for d in h.items(h.client.domains.list(limit=2, max_items=2))] == ids[:2]
    assert len(h.requests) == 1


def test_max_items_zero_fetches_nothing(make_harness: Callable[..., Harness]) -> None:
    h = make_harness([])
    assert h.items(h.client.domains.list(max_items=0)) == []
    assert h.requests == []


def test_cursor_resumes(make_fake_harness: Any) -> None:
    h, fake = make_fake_harness()
    ids = seeded_domains(fake, 5)
    first = h.pages(h.client.domains.list(limit=2, max_items=2))[0]
    resumed = h.items(h.client.domains.list(limit=2, cursor=first.next_cursor))
    assert [d.id for d in resumed] == ids[2:]
    assert cursors(h)[1] == first.next_cursor


def test_filters_are_sent_on_every_page(make_fake_harness: Any) -> None:
    h, fake = make_fake_harness()
    fake.seed_email_logs(9, statuses=["sent", "failed", "pending"], subject="acme invoice")
    logs = h.client.emails.logs.list(
        status="sent", from_date="2026-01-01T00:00:00Z", search="acme", limit=1
    )
    found = h.items(logs)
    assert [log.status for log in found] == ["sent"] * 3
    for request in h.requests:
        params = dict(request.url.params)
        params.pop("cursor", None)
        assert params == {
            "status": "sent",
            "from_date": "2026-01-01T00:00:00Z",
            "search": "acme",
            "limit": "1",
        }
    assert "cursor" not in h.requests[0].url.params
    assert len(h.requests) == 3


def test_spec_names_are_used_for_renamed_parameters(
    make_harness: Callable[..., Harness], page_of: Any
) -> None:
    """``type`` is ``type_`` in the generated code; users and the wire say ``type``."""
    h = make_harness([page_of(["tx1"], schema="Transaction")])
    h.items(h.client.billing.transactions(type="PURCHASE"))
    assert h.requests[0].url.params["type"] == "PURCHASE"


def test_empty_page_with_has_more_continues(
    make_harness: Callable[..., Harness], page_of: Any
) -> None:
    h = make_harness([page_of(["d1"], "c2"), page_of([], "c3"), page_of(["d2"])])
    assert [d.id for d in h.items(h.client.domains.list())] == ["d1", "d2"]
    assert cursors(h) == [None, "c2", "c3"]


def test_has_more_false_stops_even_with_a_cursor(
    make_harness: Callable[..., Harness], page_of: Any
) -> None:
    h = make_harness([page_of(["d1"], "c2", has_more=False)])
    assert [d.id for d in h.items(h.client.domains.list())] == ["d1"]
    assert len(h.requests) == 1


@pytest.mark.parametrize(
    ("script", "requests"),
    [
        ([("c2", True), ("c2", True)], 2),  # the same cursor again
        ([("c2", True), ("c3", True), ("c2", True)], 3),  # back to an earlier one
        ([(None, True)], 1),  # has_more without a cursor
        ([("", True)], 1),  # an empty cursor
    ],
)
def test_a_cursor_that_does_not_advance_raises(
    make_harness: Callable[..., Harness],
    page_of: Any,
    script: list[tuple[str | None, bool]],
    requests: int,
) -> None:
    h = make_harness([page_of([f"d{n}"], cursor, has_more=more) for n, (cursor, more) in
                      enumerate(script)])  # fmt: skip
    with pytest.raises(APIResponseValidationError, match="did not advance"):
        h.items(h.client.domains.list())
    assert len(h.requests) == requests


def test_resuming_cursor_returned_again_raises(
    make_harness: Callable[..., Harness], page_of: Any
) -> None:
    h = make_harness([page_of(["d1"], "c2")])
    with pytest.raises(APIResponseValidationError):
        h.items(h.client.domains.list(cursor="c2"))


def test_filters_are_checked_before_the_first_page(make_harness: Callable[..., Harness]) -> None:
    h = make_harness([])
    with pytest.raises(InvalidRequestError):
        h.client.emails.logs.list(status="bounced-ish")
    with pytest.raises(InvalidRequestError, match="max_items"):
        h.client.domains.list(max_items="3")
    assert h.requests == []


def test_a_broken_page_raises_a_validation_error(
    make_harness: Callable[..., Harness], respond: Any, envelope: Any
) -> None:
    h = make_harness([respond(envelope([]))])  # no "pagination" object
    with pytest.raises(APIResponseValidationError):
        h.items(h.client.domains.list())


async def test_async_for_over_items_and_pages(
    api_key: str, respond: Any, envelope: Any, model_sample: Any
) -> None:
    from sendmux_ext import AsyncSendmux

    def handler(request: httpx.Request) -> httpx.Response:
        cursor = request.url.params.get("cursor")
        mailbox = model_sample("Mailbox")
        mailbox["id"] = f"mbx_{cursor or 'first'}"
        pagination = {"has_more": cursor is None, "next_cursor": "c2"}
        return respond(envelope([mailbox], pagination=pagination))

    transport = httpx.MockTransport(handler)
    async with AsyncSendmux(
        api_key=api_key, http_client=httpx.AsyncClient(transport=transport)
    ) as client:
        ids = [mailbox.id async for mailbox in client.mailboxes.list(include_deleted=True)]
        assert ids == ["mbx_first", "mbx_c2"]
        pages = [page async for page in client.mailboxes.list().pages()]
        assert [page.next_cursor for page in pages] == ["c2", "c2"]
        assert [page.has_more for page in pages] == [True, False]
