"""Pagination cannot run for ever: a server answering ``has_more: true`` with empty pages
and fresh cursors is refused after ``MAX_EMPTY_PAGES`` of them, and ``max_pages`` stops
a walk after that many pages."""

from __future__ import annotations

import json
from typing import Any

import pytest

from sendmux_ext import APIResponseValidationError
from sendmux_ext._constants import MAX_EMPTY_PAGES

from .api import JSON, async_client, sample_envelope, sync_client
from .faultserver import Action, FaultServer, Reply, Seen

LIST = "managementListDomains"
SERVER_STOPS_AFTER = 20 * MAX_EMPTY_PAGES  # so that a test of an unbounded client ends


def endless(items: bool) -> Any:
    def handle(seen: Seen) -> Action:
        envelope = sample_envelope(LIST)
        if not items:
            envelope["data"] = []
        more = seen.index + 1 < SERVER_STOPS_AFTER
        envelope["pagination"] = {
            "has_more": more,
            "next_cursor": f"c{seen.index}" if more else None,
        }
        return Reply(200, json.dumps(envelope).encode(), [JSON])

    return handle


def test_empty_pages_in_a_row_are_refused_sync(server: FaultServer) -> None:
    server.handler = endless(items=False)
    with (
        sync_client(base_url=server.base_url) as client,
        pytest.raises(APIResponseValidationError, match="empty pages"),
    ):
        list(client.domains.list())
    assert len(server.seen) == MAX_EMPTY_PAGES


async def test_empty_pages_in_a_row_are_refused_async(server: FaultServer) -> None:
    server.handler = endless(items=False)
    async with async_client(base_url=server.base_url) as client:
        with pytest.raises(APIResponseValidationError, match="empty pages"):
            [item async for item in client.domains.list()]
    assert len(server.seen) == MAX_EMPTY_PAGES


def test_a_few_empty_pages_then_items_are_followed(server: FaultServer) -> None:
    def handle(seen: Seen) -> Action:
        envelope = sample_envelope(LIST)
        last = seen.index == MAX_EMPTY_PAGES - 1
        if not last:
            envelope["data"] = []
        envelope["pagination"] = {
            "has_more": not last,
            "next_cursor": None if last else f"c{seen.index}",
        }
        return Reply(200, json.dumps(envelope).encode(), [JSON])

    server.handler = handle
    with sync_client(base_url=server.base_url) as client:
        assert len(list(client.domains.list())) == len(sample_envelope(LIST)["data"])


def test_max_pages_stops_the_walk_sync(server: FaultServer) -> None:
    server.handler = endless(items=True)
    with sync_client(base_url=server.base_url, max_pages=5) as client:
        pages = list(client.domains.list().pages())
        items = list(client.with_options(max_pages=2).domains.list())
    assert len(pages) == 5
    assert len(items) == 2 * len(sample_envelope(LIST)["data"])
    assert len(server.seen) == 7


async def test_max_pages_stops_the_walk_async(server: FaultServer) -> None:
    server.handler = endless(items=True)
    async with async_client(base_url=server.base_url, max_pages=5) as client:
        pages = [page async for page in client.domains.list().pages()]
    assert len(pages) == 5
    assert len(server.seen) == 5
