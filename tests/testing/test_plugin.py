"""The pytest plugin's fixtures: a fresh strict fake per test, clients wired to it."""

from __future__ import annotations

from typing import Any

import pytest

from sendmux_ext import AsyncSendmux, Sendmux
from sendmux_ext.testing import FakeSendmux


def test_sync_fixtures_share_one_fake(sendmux_fake: FakeSendmux, sendmux_client: Sendmux) -> None:
    assert isinstance(sendmux_client, Sendmux)
    assert sendmux_fake.strict is True
    made = sendmux_client.domains.create(domain="plugin.example.com")
    assert sendmux_fake.get("domains", made.id)["domain"] == "plugin.example.com"


async def test_async_fixture(sendmux_fake: FakeSendmux, async_sendmux_client: AsyncSendmux) -> None:
    assert isinstance(async_sendmux_client, AsyncSendmux)
    sendmux_fake.seed_domain("a.example.com")
    names = [d.domain async for d in async_sendmux_client.domains.list()]
    assert names == ["a.example.com"]


@pytest.mark.parametrize("round_", [1, 2])
def test_each_test_gets_a_new_fake(sendmux_fake: FakeSendmux, round_: Any) -> None:
    assert sendmux_fake.records("domains") == []
    sendmux_fake.seed_domain()
