"""Fixtures for the fake's tests: one test body, run with ``Sendmux`` and ``AsyncSendmux``.

``api`` is a ``Driver`` over a fresh ``FakeSendmux(strict=True)`` (the ``mode``
parameter runs every test using it twice); ``api.call("domains.get", id)`` and
``api.items(paginator)`` hide whether the client is sync or async.
"""

from __future__ import annotations

import asyncio
import inspect
import operator
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

from sendmux_ext import AsyncSendmux, Sendmux
from sendmux_ext.testing import FakeSendmux


@dataclass
class Driver:
    fake: FakeSendmux
    mode: str
    runner: asyncio.Runner | None = None
    made: list[Sendmux | AsyncSendmux] = field(default_factory=list)

    def client(self, **options: Any) -> Sendmux | AsyncSendmux:
        options.setdefault("max_retries", 0)
        if self.mode == "sync":
            self.made.append(self.fake.client(**options))
        else:
            self.made.append(self.fake.async_client(**options))
        return self.made[-1]

    @property
    def default(self) -> Sendmux | AsyncSendmux:
        return self.made[0] if self.made else self.client()

    def run(self, value: Any) -> Any:
        if inspect.isawaitable(value):
            assert self.runner is not None
            return self.runner.run(_await(value))
        return value

    def call(self, method_path: str, *args: Any, client: Any = None, **kwargs: Any) -> Any:
        target = operator.attrgetter(method_path)(client or self.default)
        return self.run(target(*args, **kwargs))

    def items(self, paginator: Any) -> list[Any]:
        if self.runner is None:
            return list(paginator)
        return self.runner.run(_collect(paginator))

    def pages(self, paginator: Any) -> list[Any]:
        if self.runner is None:
            return list(paginator.pages())
        return self.runner.run(_collect(paginator.pages()))

    def raw(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        """A request straight to the fake's transport, past the client's own checks."""
        headers = {"Authorization": f"Bearer {self.fake.api_key}", **kwargs.pop("headers", {})}
        url = self.fake.base_url + path
        if self.mode == "sync":
            with httpx.Client(transport=self.fake.transport()) as http:
                return http.request(method, url, headers=headers, **kwargs)

        async def send() -> httpx.Response:
            async with httpx.AsyncClient(transport=self.fake.async_transport()) as http:
                return await http.request(method, url, headers=headers, **kwargs)

        assert self.runner is not None
        return self.runner.run(send())

    def close(self) -> None:
        for client in self.made:
            self.run(client.close())
        if self.runner is not None:
            self.runner.close()


async def _await(value: Any) -> Any:
    return await value


async def _collect(iterable: Any) -> list[Any]:
    return [item async for item in iterable]


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def make_api(mode: str) -> Iterator[Any]:
    """``make_api(**fake_options)``: a Driver over a new strict fake."""
    made: list[Driver] = []

    def make(**options: Any) -> Driver:
        options.setdefault("strict", True)
        runner = asyncio.Runner() if mode == "async" else None
        made.append(Driver(FakeSendmux(**options), mode, runner))
        return made[-1]

    yield make
    for driver in made:
        driver.close()


@pytest.fixture
def api(make_api: Any) -> Driver:
    return make_api()  # type: ignore[no-any-return]
