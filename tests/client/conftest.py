"""Fixtures for the ``sendmux_ext`` tests.

- ``success_body(operation_id)``: the operation's success response (envelope or
  text) built by ``spec_tools.sample`` from the spec's own examples;
  ``model_sample(name)``: one component schema's sample; ``envelope(data)``,
  ``api_error(status, code)``: bodies and responses to script.
- ``make_harness(responses_or_handler, **client_options)``: a ``Sendmux`` or an
  ``AsyncSendmux`` (the ``mode`` parameter: every test using it runs both) over
  ``httpx.MockTransport``, recording requests and (never slept) retry waits.
  ``h.call("domains.get", "mdom_1")`` and ``h.items(paginator)`` hide sync/async.
- ``make_fake_harness(**client_options)``: the same harness over the fake Sendmux
  (``sendmux_ext.testing``), returning ``(harness, fake)``.
- ``fake_api``: the fake Sendmux (``sendmux_ext.testing``) on a real 127.0.0.1 server
  (pytest-httpserver), for the README's quickstart.
"""

from __future__ import annotations

import asyncio
import copy
import inspect
import operator
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
import spec_tools
from pytest_httpserver import HTTPServer
from werkzeug import Request as ServerRequest
from werkzeug import Response as ServerResponse

from sendmux_ext import AsyncSendmux, Page, Sendmux
from sendmux_ext.testing import FakeSendmux

API_KEY = "smx_root_TESTSECRET0123456789"
RATE_HEADERS = {
    "x-ratelimit-limit": "600",
    "x-ratelimit-remaining": "599",
    "x-ratelimit-reset": "1900000000",  # 2030-03-17T17:46:40Z
}

Script = list[httpx.Response | Exception] | Callable[[httpx.Request], httpx.Response]


@pytest.fixture
def api_key() -> str:
    return API_KEY


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test sees the developer's own Sendmux settings."""
    for name in ("SENDMUX_API_KEY", "SENDMUX_BASE_URL", "SENDMUX_LOG"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(scope="session")
def spec_operations(patched_spec: dict[str, Any]) -> dict[str, spec_tools.Operation]:
    return {op.operation_id: op for op in spec_tools.management_operations(patched_spec)}


@pytest.fixture(scope="session")
def model_sample(patched_spec: dict[str, Any]) -> Callable[[str], Any]:
    spec = patched_spec  # what the generator saw: samples fit the models

    def build(schema_name: str) -> Any:
        ref = {"$ref": f"#/components/schemas/{schema_name}"}
        return copy.deepcopy(spec_tools.sample(spec, ref))

    return build


@pytest.fixture(scope="session")
def success_body(
    patched_spec: dict[str, Any], spec_operations: dict[str, spec_tools.Operation]
) -> Callable[[str], tuple[int, Any]]:
    """operation id -> (status, JSON envelope or zone-file text) of its success response."""
    spec = patched_spec

    def build(operation_id: str) -> tuple[int, Any]:
        responses = spec_operations[operation_id].node["responses"]
        status = min(code for code in responses if code.startswith("2"))
        content = spec_tools.resolve(spec, responses[status])["content"]
        if "application/json" not in content:
            return int(status), "$ORIGIN example.com.\n@ 3600 IN MX 10 mail.sendmux.ai.\n"
        body = copy.deepcopy(spec_tools.sample(spec, content["application/json"]["schema"]))
        if "pagination" in body:
            body["pagination"] = {"has_more": False}
        return int(status), body

    return build


@pytest.fixture(scope="session")
def request_sample(
    patched_spec: dict[str, Any], spec_operations: dict[str, spec_tools.Operation]
) -> Callable[[str], dict[str, Any]]:
    """operation id -> keyword arguments for its required query parameters and body fields."""
    spec = patched_spec

    def build(operation_id: str) -> dict[str, Any]:
        node = spec_operations[operation_id].node
        arguments: dict[str, Any] = {}
        if "requestBody" in node:
            content = spec_tools.resolve(spec, node["requestBody"])["content"]
            body = spec_tools.sample(spec, content["application/json"]["schema"])
            arguments.update(copy.deepcopy(body))
        for parameter in node.get("parameters", []):
            parameter = spec_tools.resolve(spec, parameter)
            if parameter["in"] == "query" and parameter.get("required"):
                arguments[parameter["name"]] = spec_tools.sample(spec, parameter["schema"])
        return arguments

    return build


def _envelope(
    data: Any, *, request_id: str = "req_test", pagination: dict[str, Any] | None = None
) -> dict[str, Any]:
    body: dict[str, Any] = {"ok": True, "data": data, "meta": {"request_id": request_id}}
    if pagination is not None:
        body["pagination"] = pagination
    return body


@pytest.fixture(scope="session")
def envelope() -> Callable[..., dict[str, Any]]:
    return _envelope


@pytest.fixture(scope="session")
def api_error() -> Callable[..., httpx.Response]:
    def build(
        status: int,
        code: str,
        message: str = "something went wrong",
        *,
        retryable: bool | None = None,
        headers: dict[str, str] | None = None,
        request_id: str = "req_err",
        **extra: Any,
    ) -> httpx.Response:
        error: dict[str, Any] = {"code": code, "message": message, **extra}
        if retryable is not None:
            error["retryable"] = retryable
        body = {"ok": False, "error": error, "meta": {"request_id": request_id}}
        return httpx.Response(
            status, json=body, headers={"x-request-id": request_id, **(headers or {})}
        )

    return build


@dataclass
class Harness:
    """One client over a scripted transport; hides whether it is sync or async."""

    client: Sendmux | AsyncSendmux
    requests: list[httpx.Request]
    sleeps: list[float]
    runner: asyncio.Runner | None = field(default=None, repr=False)
    http: httpx.Client | httpx.AsyncClient | None = field(default=None, repr=False)

    @property
    def is_async(self) -> bool:
        return self.runner is not None

    def run(self, value: Any) -> Any:
        if inspect.isawaitable(value):
            assert self.runner is not None
            return self.runner.run(_await(value))
        return value

    def call(self, method_path: str, *args: Any, **kwargs: Any) -> Any:
        return self.run(operator.attrgetter(method_path)(self.client)(*args, **kwargs))

    def items(self, paginator: Any) -> list[Any]:
        if self.runner is None:
            return list(paginator)
        return self.runner.run(_collect(paginator))

    def pages(self, paginator: Any) -> list[Page[Any]]:
        if self.runner is None:
            return list(paginator.pages())
        return self.runner.run(_collect(paginator.pages()))

    def close(self) -> None:
        """Close the client, then the pool it was given (the client leaves that one open)."""
        self.run(self.client.close())
        http = self.http
        if http is not None:
            self.run(http.aclose() if isinstance(http, httpx.AsyncClient) else http.close())
        if self.runner is not None:
            self.runner.close()


async def _await(value: Any) -> Any:
    return await value


async def _collect(iterable: Any) -> list[Any]:
    return [item async for item in iterable]


class ScriptedTransport(httpx.MockTransport):
    """Serves the given responses in order (raising the exceptions); fails when they run out."""

    def __init__(self, script: Script, requests: list[httpx.Request]) -> None:
        self.requests = requests
        queue = list(script) if isinstance(script, list) else None

        def handle(request: httpx.Request) -> httpx.Response:
            # A snapshot: the client reuses one request object across retries.
            snapshot = httpx.Request(
                request.method,
                request.url,
                headers=request.headers.copy(),
                content=request.read(),
                extensions=dict(request.extensions),
            )
            requests.append(snapshot)
            if queue is None:
                assert callable(script)
                return script(snapshot)
            if not queue:
                raise AssertionError(f"unexpected request #{len(requests)}: {request}")
            item = queue.pop(0)
            if isinstance(item, Exception):
                raise item
            # A fresh copy, so that one scripted response can be served many times.
            return httpx.Response(item.status_code, headers=item.headers, content=item.read())

        super().__init__(handle)


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def _harness(mode: str, transport: httpx.BaseTransport | None, options: dict[str, Any]) -> Harness:
    requests: list[httpx.Request] = (
        transport.requests if isinstance(transport, ScriptedTransport) else []
    )
    sleeps: list[float] = []
    options.setdefault("api_key", API_KEY)
    if mode == "sync":
        if transport is not None:
            options["http_client"] = httpx.Client(transport=transport)
        client: Sendmux | AsyncSendmux = Sendmux(**options)
        client._requester.sleep = sleeps.append
        return Harness(client, requests, sleeps, http=options.get("http_client"))

    async def fake_sleep(seconds: float) -> None:
        sleeps.append(seconds)

    if transport is not None:
        options["http_client"] = httpx.AsyncClient(transport=transport)
    client = AsyncSendmux(**options)
    client._requester.sleep = fake_sleep
    return Harness(client, requests, sleeps, asyncio.Runner(), options.get("http_client"))


@pytest.fixture
def make_harness(mode: str) -> Iterator[Callable[..., Harness]]:
    """``make_harness(script, **client_options)``: a client over a scripted MockTransport."""
    made: list[Harness] = []

    def make(script: Script, **options: Any) -> Harness:
        made.append(_harness(mode, ScriptedTransport(script, []), options))
        return made[-1]

    yield make
    for harness in made:
        harness.close()


# Every engine a client can own, as "<mode>-<engine>": real-socket tests run on each.
LIVE_ENGINES = ["sync-urllib3", "sync-httpx", "async-httpx", "async-aiohttp"]


@pytest.fixture(params=LIVE_ENGINES)
def live_engine(request: pytest.FixtureRequest) -> tuple[str, str]:
    mode, _, engine = str(request.param).partition("-")
    return mode, engine


@pytest.fixture
def make_fake_harness(
    make_harness: Callable[..., Harness],
) -> Callable[..., tuple[Harness, FakeSendmux]]:
    """``h, fake = make_fake_harness(**client_options)``: a harness whose requests are
    answered by a strict ``FakeSendmux`` (state, cursors, ETags, errors as the API)."""

    def make(fake: FakeSendmux | None = None, **options: Any) -> tuple[Harness, FakeSendmux]:
        fake = fake or FakeSendmux(strict=True)
        options.setdefault("api_key", fake.api_key)
        return make_harness(fake.transport().handle_request, **options), fake

    return make


@pytest.fixture
def make_live(
    live_engine: tuple[str, str], httpserver_ipv4: HTTPServer
) -> Iterator[Callable[..., Harness]]:
    """``make_live(**client_options)``: a client of the real HTTP server on 127.0.0.1,
    on each engine (no retries unless asked: a request the server did not expect
    fails at once)."""
    made: list[Harness] = []
    mode, engine = live_engine

    def make(**options: Any) -> Harness:
        options.setdefault("base_url", httpserver_ipv4.url_for("/api/v1"))
        options.setdefault("max_retries", 0)
        options.setdefault("engine", engine)
        made.append(_harness(mode, None, options))
        return made[-1]

    yield make
    for harness in made:
        harness.close()
    httpserver_ipv4.clear()


def json_response(
    body: Any, status: int = 200, headers: dict[str, str] | None = None
) -> httpx.Response:
    request_id = body.get("meta", {}).get("request_id") if isinstance(body, dict) else None
    base = {**RATE_HEADERS, "x-request-id": request_id or "req_test"}
    return httpx.Response(status, json=body, headers={**base, **(headers or {})})


@pytest.fixture(scope="session")
def respond() -> Callable[..., httpx.Response]:
    """``respond(body, status=200, headers=None)``: a JSON response with the API's headers."""
    return json_response


# -- the fake Sendmux (sendmux_ext.testing) on 127.0.0.1, for the README's snippets ------


@pytest.fixture
def fake_api(httpserver_ipv4: HTTPServer) -> Iterator[FakeSendmux]:
    """A strict ``FakeSendmux`` served over real HTTP on 127.0.0.1 (the README's snippets
    build their clients from ``SENDMUX_BASE_URL``, so no transport can be handed in)."""
    fake = FakeSendmux(strict=True, base_url=httpserver_ipv4.url_for("/api/v1"))
    transport = fake.transport()

    def handle(request: ServerRequest) -> ServerResponse:
        outgoing = httpx.Request(
            request.method,
            request.url,
            headers=list(request.headers.items()),
            content=request.get_data(),
        )
        answer = transport.handle_request(outgoing)
        return ServerResponse(answer.read(), answer.status_code, list(answer.headers.multi_items()))

    httpserver_ipv4.expect_request(re.compile(".*")).respond_with_handler(handle)
    yield fake
    httpserver_ipv4.clear()
