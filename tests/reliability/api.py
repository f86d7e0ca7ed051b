"""What the fake API answers: envelopes built from the spec's own examples, and the secrets
every test in this package must never see leak (``SECRETS``)."""

from __future__ import annotations

import contextlib
import functools
import json
import secrets
import ssl
import threading
from collections.abc import AsyncIterator, Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import sendmux_api.models
import spec_tools

from sendmux_ext import AsyncSendmux, Sendmux
from sendmux_ext._operations import OPERATIONS, Operation

from .faultserver import Reply

ROOT = Path(__file__).resolve().parents[2]

API_KEY = "smx_root_" + secrets.token_hex(16)
ACCESS_TOKEN = "tok_" + secrets.token_hex(16)
# Everything no log record, exception message or repr may contain. Tests add the
# secrets their fake server hands out.
SECRETS: set[str] = {API_KEY, ACCESS_TOKEN}
_secrets_lock = threading.Lock()


def new_secret(prefix: str) -> str:
    value = prefix + secrets.token_hex(16)
    with _secrets_lock:
        SECRETS.add(value)
    return value


# One TLS context for every client of the suite: building one per httpx client costs
# about 0.1 s, and these tests only speak plain HTTP to 127.0.0.1 anyway.
_TLS = ssl.create_default_context()


@dataclass(frozen=True)
class Engine:
    """How the suite builds a client on one engine: ``sync(http_options, options)`` and
    ``async_(http_options, options)`` return context managers giving the client.

    ``http_options`` are for the engine's own HTTP client (``follow_redirects=True``...);
    an engine that has none ignores them. Every test of this package runs once per row
    of ``ENGINES`` (the autouse ``engine`` fixture in ``conftest.py``)."""

    sync: Callable[[dict[str, Any], dict[str, Any]], contextlib.AbstractContextManager[Sendmux]]
    async_: Callable[
        [dict[str, Any], dict[str, Any]], contextlib.AbstractAsyncContextManager[AsyncSendmux]
    ]
    # The HTTP libraries that log each request at DEBUG on this engine (sync, async).
    sync_loggers: frozenset[str] = frozenset({"httpx", "httpcore"})
    async_loggers: frozenset[str] = frozenset({"httpx", "httpcore"})


@contextlib.contextmanager
def _httpx_sync(http_options: dict[str, Any], options: dict[str, Any]) -> Iterator[Sendmux]:
    with (
        httpx.Client(verify=_TLS, **http_options) as http,
        Sendmux(http_client=http, **options) as client,
    ):
        yield client


@contextlib.asynccontextmanager
async def _httpx_async(
    http_options: dict[str, Any], options: dict[str, Any]
) -> AsyncIterator[AsyncSendmux]:
    async with (
        httpx.AsyncClient(verify=_TLS, **http_options) as http,
        AsyncSendmux(http_client=http, **options) as client,
    ):
        yield client


@contextlib.contextmanager
def _own_pool_sync(http_options: dict[str, Any], options: dict[str, Any]) -> Iterator[Sendmux]:
    with Sendmux(engine="urllib3", **options) as client:
        yield client


@contextlib.asynccontextmanager
async def _own_pool_async(
    http_options: dict[str, Any], options: dict[str, Any]
) -> AsyncIterator[AsyncSendmux]:
    async with AsyncSendmux(engine="aiohttp", **options) as client:
        yield client


# Every engine the client offers: add a row and the whole suite runs on it too.
# "httpx": a user's http_client=; "urllib3-aiohttp": the pools the client owns
# (sync on urllib3, the default; async on the aiohttp extra).
ENGINES: dict[str, Engine] = {
    "httpx": Engine(_httpx_sync, _httpx_async),
    "urllib3-aiohttp": Engine(_own_pool_sync, _own_pool_async, frozenset({"urllib3"}), frozenset()),
}
# The engine of the test running now (set by the ``engine`` fixture).
current_engine = ["httpx"]


def transport_loggers(is_async: bool) -> frozenset[str]:
    """The HTTP libraries' loggers that record requests on the current engine."""
    engine = ENGINES[current_engine[0]]
    return engine.async_loggers if is_async else engine.sync_loggers


def sync_client(
    http_options: dict[str, Any] | None = None, **options: Any
) -> contextlib.AbstractContextManager[Sendmux]:
    """``Sendmux(api_key=API_KEY, **options)`` on the current engine (httpx: a client
    sharing ``_TLS``, with ``http_options``)."""
    options.setdefault("api_key", API_KEY)
    return ENGINES[current_engine[0]].sync(http_options or {}, options)


def async_client(
    http_options: dict[str, Any] | None = None, **options: Any
) -> contextlib.AbstractAsyncContextManager[AsyncSendmux]:
    options.setdefault("api_key", API_KEY)
    return ENGINES[current_engine[0]].async_(http_options or {}, options)


@functools.cache
def spec() -> dict[str, Any]:
    """What the generator saw (patched: timestamps are date-times), so samples fit the models."""
    import spec_patches

    return spec_patches.patched_spec(ROOT / "openapi.json")


def _operation_node(operation_id: str) -> dict[str, Any]:
    op = OPERATIONS[operation_id]
    node: dict[str, Any] = spec()["paths"][op.path][op.method]
    return node


@functools.cache
def _sample_envelope_text(operation_id: str) -> str:
    responses = _operation_node(operation_id)["responses"]
    status = next(code for code in responses if code.startswith("2"))
    response = spec_tools.resolve(spec(), responses[status])
    schema = response["content"]["application/json"]["schema"]
    return json.dumps(spec_tools.sample(spec(), schema))


def sample_envelope(operation_id: str) -> dict[str, Any]:
    """A valid success envelope for the operation, from the spec's examples (a fresh copy)."""
    envelope: dict[str, Any] = json.loads(_sample_envelope_text(operation_id))
    return envelope


def sample_data(operation_id: str) -> Any:
    return sample_envelope(operation_id)["data"]


def sample_body(operation_id: str) -> dict[str, Any]:
    """Field keywords for the operation's request body (every property the spec shows)."""
    node = _operation_node(operation_id).get("requestBody")
    if node is None:
        return {}
    schema = spec_tools.resolve(spec(), node)["content"]["application/json"]["schema"]
    body: dict[str, Any] = spec_tools.sample(spec(), schema)
    return body


def data_model(operation_id: str) -> type:
    """The generated model of the operation's success ``data`` (the spec's ``$ref`` there)."""
    responses = _operation_node(operation_id)["responses"]
    status = next(code for code in responses if code.startswith("2"))
    response = spec_tools.resolve(spec(), responses[status])
    envelope = spec_tools.resolve(spec(), response["content"]["application/json"]["schema"])
    for part in envelope.get("allOf", [envelope]):
        ref = spec_tools.resolve(spec(), part).get("properties", {}).get("data", {}).get("$ref")
        if ref:
            model: type = getattr(sendmux_api.models, ref.rsplit("/", 1)[1])
            return model
    raise LookupError(f"{operation_id}: no $ref for its success data")


def success_status(operation_id: str) -> int:
    return int(next(c for c in _operation_node(operation_id)["responses"] if c.startswith("2")))


JSON = ("Content-Type", "application/json")


def ok(
    operation_id: str,
    data: Any = None,
    *,
    headers: Sequence[tuple[str, str]] = (),
    then_reset: bool = False,
) -> Reply:
    """The operation's success response, with ``data`` (default: the spec's example); a list
    answers with its last page."""
    envelope = sample_envelope(operation_id)
    if data is not None:
        envelope["data"] = data
    if "pagination" in envelope:
        envelope["pagination"] = {"has_more": False, "next_cursor": None}
    return Reply(
        success_status(operation_id),
        json.dumps(envelope).encode(),
        [JSON, ("X-Request-Id", "req_test"), *headers],
        then_reset=then_reset,
    )


def error(
    status: int,
    code: str,
    *,
    retryable: bool | None = None,
    headers: Sequence[tuple[str, str]] = (),
) -> Reply:
    error_body: dict[str, Any] = {"code": code, "message": f"test {code}"}
    if retryable is not None:
        error_body["retryable"] = retryable
    envelope = {"ok": False, "error": error_body, "meta": {"request_id": "req_test"}}
    return Reply(status, json.dumps(envelope).encode(), [JSON, *headers])


def method_of(client: Sendmux | AsyncSendmux, operation: Operation) -> Callable[..., Any]:
    """The public method that calls ``operation`` (``client.domains.filters.set``...)."""
    target: Any = client
    for part in filter(None, operation.resource.split(".")):
        target = getattr(target, part)
    method: Callable[..., Any] = getattr(target, operation.name)
    return method


def call_args(operation: Operation) -> tuple[tuple[str, ...], dict[str, Any]]:
    """Plausible positional ids and body field keywords for calling ``operation``."""
    ids = tuple(f"{name}_1" for name in operation.path_params)
    return ids, sample_body(operation.operation_id) if operation.body_model else {}


def leaked_none(exc: BaseException, *secrets_: str) -> None:
    """No secret (the suite's, and ``secrets_``) in the exception's message, repr,
    attributes or pickle."""
    import pickle

    texts = [str(exc), repr(exc), repr(vars(exc)), repr(pickle.dumps(exc))]
    for secret in [*SECRETS, *secrets_]:
        for text in texts:
            assert secret not in text, f"a secret ({secret[:12]}...) leaked: {text[:200]}"
