"""The pytest plugin of ``sendmux_ext.testing`` (entry point ``pytest11``, name ``sendmux``).

Fixtures: ``sendmux_fake`` (a ``FakeSendmux(strict=True)``, new for each test),
``sendmux_client`` (a ``Sendmux`` wired to it) and ``async_sendmux_client`` (an
``AsyncSendmux``). The fake is imported when a fixture is used, so installing the
package costs other test suites nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from .. import AsyncSendmux, Sendmux
    from ._fake import FakeSendmux


@pytest.fixture
def sendmux_fake() -> FakeSendmux:
    """A fresh fake Sendmux that checks each of its answers against the spec."""
    from ._fake import FakeSendmux

    return FakeSendmux(strict=True)


@pytest.fixture
def sendmux_client(sendmux_fake: FakeSendmux) -> Iterator[Sendmux]:
    """A ``Sendmux`` talking to ``sendmux_fake`` with its root key."""
    client = sendmux_fake.client()
    yield client
    client.close()


@pytest.fixture
def async_sendmux_client(sendmux_fake: FakeSendmux) -> AsyncSendmux:
    """An ``AsyncSendmux`` talking to ``sendmux_fake``; its in-memory transport holds no
    connection, so it needs no closing."""
    return sendmux_fake.async_client()
