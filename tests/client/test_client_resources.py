"""Every operation is reachable; calls return the envelope's ``data`` as the generated model."""

from __future__ import annotations

import datetime as dt
import inspect
import json
import operator
import typing
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from sendmux_ext import APIResponse, AsyncPaginator, AsyncSendmux, Paginator, RateLimit, Sendmux
from sendmux_ext._hints import type_hints
from sendmux_ext._operations import OPERATIONS, Operation

ROWS = list(OPERATIONS.values())
IDS = [op.operation_id for op in ROWS]


def _declared_return(method: Any) -> Any:
    """The model a resource method's annotation promises (the item type for lists)."""
    hint = type_hints(method)["return"]
    args = typing.get_args(hint)
    return args[0] if args else hint


def test_the_table_has_every_management_operation(spec_operations: dict[str, Any]) -> None:
    assert set(OPERATIONS) == set(spec_operations)
    assert spec_operations  # the spec has a Management API to wrap


@pytest.fixture(scope="module")
def both_clients() -> tuple[Sendmux, AsyncSendmux]:
    transport = httpx.MockTransport(lambda request: httpx.Response(599))
    key = "smx_root_test"
    return (
        Sendmux(api_key=key, http_client=httpx.Client(transport=transport)),
        AsyncSendmux(api_key=key, http_client=httpx.AsyncClient(transport=transport)),
    )


@pytest.mark.parametrize("operation", ROWS, ids=IDS)
def test_every_operation_has_its_method_sync_and_async(
    operation: Operation, both_clients: tuple[Sendmux, AsyncSendmux]
) -> None:
    sync_method = operator.attrgetter(operation.method_path)(both_clients[0])
    async_method = operator.attrgetter(operation.method_path)(both_clients[1])
    assert callable(sync_method)
    assert not inspect.iscoroutinefunction(sync_method)
    # List methods return an async paginator at once; the rest are coroutines.
    assert inspect.iscoroutinefunction(async_method) is not operation.paginated


@pytest.mark.parametrize("operation", ROWS, ids=IDS)
def test_every_operation_round_trips(
    operation: Operation,
    make_harness: Callable[..., Any],
    success_body: Callable[[str], tuple[int, Any]],
    request_sample: Callable[[str], dict[str, Any]],
    respond: Callable[..., httpx.Response],
) -> None:
    """Spec-sampled arguments in, spec-sampled response out: right request, model back."""
    status, body = success_body(operation.operation_id)
    if isinstance(body, str):
        response = httpx.Response(status, text=body, headers={"x-request-id": "req_zone"})
    else:
        response = respond(body, status)
    h = make_harness([response])
    ids = [f"id_{n}" for n in range(len(operation.path_params))]
    arguments = request_sample(operation.operation_id)
    result = h.call(operation.method_path, *ids, **arguments)
    if operation.paginated:
        assert isinstance(result, AsyncPaginator if h.is_async else Paginator)
        result = h.items(result)
        assert len(result) == len(body["data"]) == 1
        result = result[0]
    (request,) = h.requests
    expected_path = operation.path.format_map(dict(zip(operation.path_params, ids, strict=True)))
    assert request.method == operation.method.upper()
    assert request.url.path == "/api/v1" + expected_path
    query_names = {name.rstrip("_") for name in operation.query_params}
    assert dict(request.url.params) == {
        name: value for name, value in arguments.items() if name in query_names
    }
    if operation.body_model is not None:
        sent = json.loads(request.content)
        assert sent == {k: v for k, v in arguments.items() if k not in query_names}
    else:
        assert request.content == b""
    # The runtime type is the one the method's annotation states.
    assert isinstance(
        result, _declared_return(operator.attrgetter(operation.method_path)(h.client))
    )
    if operation.text_response:
        assert result == body


def test_unwrapped_data_is_the_generated_model(
    make_harness: Callable[..., Any], respond: Any, envelope: Any, model_sample: Any
) -> None:
    from sendmux_api.models import MailboxDomain

    domain = model_sample("MailboxDomain")
    h = make_harness([respond(envelope(domain))])
    result = h.call("domains.get", "mdom_1")
    assert isinstance(result, MailboxDomain)
    assert result.id == domain["id"]
    assert result.domain == domain["domain"]
    assert result.to_dict() == domain


def test_zone_file_returns_text(make_harness: Callable[..., Any]) -> None:
    zone = "$ORIGIN example.com.\n@ IN MX 10 mail.sendmux.ai.\n"
    h = make_harness([httpx.Response(200, text=zone, headers={"content-type": "text/plain"})])
    assert h.call("domains.zone_file", "mdom_1") == zone


def test_with_response_gives_the_response_facts(
    make_harness: Callable[..., Any], respond: Any, envelope: Any, model_sample: Any
) -> None:
    from sendmux_api.models import Mailbox

    headers = {
        "x-request-id": "req_abc",
        "etag": 'W/"7"',
        "x-ratelimit-limit": "600",
        "x-ratelimit-remaining": "12",
        "x-ratelimit-reset": "1900000000",
    }
    h = make_harness([respond(envelope(model_sample("Mailbox")), headers=headers)])
    response = h.call("mailboxes.with_response.get", "mbx_1")
    assert isinstance(response, APIResponse)
    assert isinstance(response.data, Mailbox)
    assert response.status_code == 200
    assert response.headers["x-request-id"] == "req_abc"
    assert response.request_id == "req_abc"
    assert response.etag == 'W/"7"'
    assert response.from_cache is False
    assert response.rate_limit == RateLimit(
        limit=600, remaining=12, reset=dt.datetime(2030, 3, 17, 17, 46, 40, tzinfo=dt.UTC)
    )
    assert response.rate_limit.reset.tzinfo is not None


def test_with_response_on_nested_resources_and_me(
    make_harness: Callable[..., Any], respond: Any, envelope: Any, model_sample: Any
) -> None:
    h = make_harness(
        [
            respond(envelope(model_sample("FilterState"), request_id="req_f")),
            respond(envelope(model_sample("Connection"), request_id="req_me")),
        ]
    )
    assert h.call("domains.with_response.filters.get", "mdom_1").request_id == "req_f"
    assert h.call("with_response.me").request_id == "req_me"


def test_rate_limit_is_none_without_headers(
    make_harness: Callable[..., Any], envelope: Any, model_sample: Any
) -> None:
    h = make_harness([httpx.Response(200, json=envelope(model_sample("Balance")))])
    response = h.call("billing.with_response.balance")
    assert response.rate_limit is None
    assert response.request_id == "req_test"  # no X-Request-Id: the body's meta.request_id
