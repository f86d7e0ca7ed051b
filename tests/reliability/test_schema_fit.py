"""A success that does not fit the spec raises ``APIResponseValidationError`` (scalar types
and nullability are checked while parsing), and every body the spec allows still parses:
hypothesis-jsonschema generates 2xx bodies from each Management operation's documented
schema in the raw vendor spec (``openapi.json``, before our patches), served on a socket.
The one tightening applied first is our reviewed timestamp rule (``spec_rules``): a
``*_at`` field is a date-time, so hypothesis draws RFC 3339 strings there, as the API sends."""

from __future__ import annotations

import functools
import inspect
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema

from sendmux_ext import APIResponseValidationError
from sendmux_ext._operations import OPERATIONS, Operation

from .api import (
    JSON,
    ROOT,
    async_client,
    call_args,
    method_of,
    sample_envelope,
    success_status,
    sync_client,
)
from .faultserver import FaultServer, Reply, script

# -- bodies that do not fit --

UNFIT = {
    "id a number": ("id", 5),
    "mailbox_count a string": ("mailbox_count", "many"),
    "mailbox_count 1e999": ("mailbox_count", "1e999"),
    "created_at a number": ("created_at", 12345),
    "created_at not a date-time": ("created_at", "yesterday"),
    "verified_at (nullable) a number": ("verified_at", 12345),
    "verified_at (nullable) not a date-time": ("verified_at", "yesterday"),
    "domain null": ("domain", None),
    "ses_verified_for_sending a string": ("ses_verified_for_sending", "yes"),
}


def _unfit(field: str, value: Any) -> Reply:
    envelope = sample_envelope("managementGetDomain")
    envelope["data"][field] = "__VALUE__"
    text = json.dumps(envelope).replace(
        '"__VALUE__"', value if value == "1e999" else json.dumps(value)
    )
    return Reply(200, text.encode(), [JSON])


@pytest.mark.parametrize(("field", "value"), UNFIT.values(), ids=UNFIT.keys())
def test_unfit_success_raises_sync(server: FaultServer, field: str, value: Any) -> None:
    server.handler = script(_unfit(field, value))
    with (
        sync_client(base_url=server.base_url) as client,
        pytest.raises(APIResponseValidationError, match=field),
    ):
        client.domains.get("mdom_1")


@pytest.mark.parametrize(("field", "value"), UNFIT.values(), ids=UNFIT.keys())
async def test_unfit_success_raises_async(server: FaultServer, field: str, value: Any) -> None:
    server.handler = script(_unfit(field, value))
    async with async_client(base_url=server.base_url) as client:
        with pytest.raises(APIResponseValidationError, match=field):
            await client.domains.get("mdom_1")


# -- every body the raw spec allows parses --


@functools.cache
def _raw_spec() -> dict[str, Any]:
    import spec_rules

    spec: dict[str, Any] = json.loads((ROOT / "openapi.json").read_text())
    return spec_rules.apply_rules(spec)


def _json_schema(operation: Operation) -> dict[str, Any] | None:
    """The operation's documented 2xx JSON body schema, with the spec's components to
    resolve its references against; None for a non-JSON answer."""
    spec = _raw_spec()
    response = spec["paths"][operation.path][operation.method]["responses"][
        str(success_status(operation.operation_id))
    ]
    while "$ref" in response:
        response = spec["components"]["responses"][response["$ref"].rsplit("/", 1)[1]]
    schema = response.get("content", {}).get("application/json", {}).get("schema")
    if schema is None:
        return None
    return {**schema, "components": spec["components"]}


JSON_OPERATIONS = sorted(
    op.operation_id for op in OPERATIONS.values() if _json_schema(op) is not None
)


@functools.cache
def _bodies(operation_id: str) -> st.SearchStrategy[Any]:
    return from_schema(_json_schema(OPERATIONS[operation_id]))  # type: ignore[arg-type]


def _required_keywords(method: Any, body: dict[str, Any]) -> dict[str, str]:
    """Values for required query parameters (``mailboxes.availability(email=...)``)."""
    return {
        name: "value@example.com"
        for name, parameter in inspect.signature(method).parameters.items()
        if parameter.kind is parameter.KEYWORD_ONLY
        and parameter.default is parameter.empty
        and name not in body
    }


def _call(client: Any, operation: Operation) -> Any:
    ids, body = call_args(operation)
    method = method_of(client, operation)
    result = method(*ids, **body, **_required_keywords(method, body))
    return next(iter(result.pages())).items if operation.paginated else result


def test_every_management_operation_has_a_json_schema_or_is_text() -> None:
    text = [op.operation_id for op in OPERATIONS.values() if op.text_response]
    assert set(JSON_OPERATIONS) | set(text) == set(OPERATIONS)


@pytest.mark.parametrize("operation_id", JSON_OPERATIONS)
@settings(
    max_examples=3,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_every_body_the_spec_allows_parses_sync(
    server: FaultServer, operation_id: str, data: st.DataObject
) -> None:
    operation = OPERATIONS[operation_id]
    body = data.draw(_bodies(operation_id))
    status = success_status(operation_id)
    server.handler = script(Reply(status, json.dumps(body).encode(), [JSON]))
    with sync_client(base_url=server.base_url, max_retries=0) as client:
        _call(client, operation)  # any exception fails the example, shrunk and shown


async def _call_async(server: FaultServer, operation: Operation) -> None:
    async with async_client(base_url=server.base_url, max_retries=0) as client:
        ids, body = call_args(operation)
        method = method_of(client, operation)
        result = method(*ids, **body, **_required_keywords(method, body))
        if operation.paginated:
            async for _ in result.pages():
                break
        else:
            await result


@pytest.mark.parametrize("operation_id", JSON_OPERATIONS)
@settings(
    max_examples=2,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_every_body_the_spec_allows_parses_async(
    server: FaultServer, operation_id: str, data: st.DataObject
) -> None:
    import asyncio

    operation = OPERATIONS[operation_id]
    body = data.draw(_bodies(operation_id))
    server.handler = script(Reply(success_status(operation_id), json.dumps(body).encode(), [JSON]))
    asyncio.run(_call_async(server, operation))
