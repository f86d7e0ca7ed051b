"""The wire validator catches what it is for: wrong names, bodies, content types, answers."""

from __future__ import annotations

from typing import Any

import contract_checks
import httpx
import pytest
import spec_tools
from spec_validation import (
    AsyncValidatingTransport,
    SpecValidator,
    SpecViolation,
    ValidatingTransport,
)

from sendmux_ext import AsyncSendmux, Sendmux

BASE = "https://api.test/api/v1"
AUTH = {"Authorization": "Bearer smx_root_test"}


def _first(spec: dict[str, Any], test: Any) -> spec_tools.Operation:
    return next(op for op in contract_checks.management(spec).values() if test(op))


def _envelope(spec: dict[str, Any], op: spec_tools.Operation) -> tuple[int, Any]:
    status, response = next(contract_checks.success_responses(spec, op))
    return status, spec_tools.sample(spec, response["content"]["application/json"]["schema"])


def _recording(spec_validator: SpecValidator, answer: Any) -> ValidatingTransport:
    return ValidatingTransport(httpx.MockTransport(answer), spec_validator, strict=False)


def _list_op(spec: dict[str, Any]) -> spec_tools.Operation:
    return _first(spec, lambda op: contract_checks.is_spec_list(spec, op))


def test_a_valid_exchange_passes(
    patched_spec: dict[str, Any], spec_validator: SpecValidator
) -> None:
    op = _list_op(patched_spec)
    status, body = _envelope(patched_spec, op)
    transport = _recording(spec_validator, lambda request: httpx.Response(status, json=body))
    with httpx.Client(transport=transport) as http:
        http.get(BASE + op.path, params={"cursor": "c"}, headers=AUTH)
    assert transport.violations == []
    assert len(transport.exchanges) == 1


def test_an_undeclared_query_parameter_is_a_violation(
    patched_spec: dict[str, Any], spec_validator: SpecValidator
) -> None:
    op = _list_op(patched_spec)
    status, body = _envelope(patched_spec, op)
    transport = _recording(spec_validator, lambda request: httpx.Response(status, json=body))
    with httpx.Client(transport=transport) as http:
        http.get(BASE + op.path, params={"curser": "c"}, headers=AUTH)
    assert len(transport.violations) == 1
    assert "'curser' is not a parameter" in transport.violations[0]


def test_a_missing_bearer_token_is_a_violation(
    patched_spec: dict[str, Any], spec_validator: SpecValidator
) -> None:
    op = _list_op(patched_spec)
    status, body = _envelope(patched_spec, op)
    transport = _recording(spec_validator, lambda request: httpx.Response(status, json=body))
    with httpx.Client(transport=transport) as http:
        http.get(BASE + op.path)
    assert any("Authorization: Bearer" in v for v in transport.violations)


def test_an_unknown_body_field_and_a_wrong_content_type_are_violations(
    patched_spec: dict[str, Any], spec_validator: SpecValidator
) -> None:
    op = _first(
        patched_spec,
        lambda op: op.method == "post" and contract_checks.body_schema(patched_spec, op),
    )
    body = contract_checks.body_example(patched_spec, op, only_required=False)
    status, answer = _envelope(patched_spec, op)
    transport = _recording(spec_validator, lambda request: httpx.Response(status, json=answer))
    with httpx.Client(transport=transport) as http:
        http.post(BASE + op.path, json=body, headers=AUTH)
        http.post(BASE + op.path, json={**body, "contract_probe": 1}, headers=AUTH)
        http.post(BASE + op.path, data={"a": "b"}, headers=AUTH)
    assert len(transport.violations) == 2, transport.violations
    assert "contract_probe" in transport.violations[0]
    assert "application/x-www-form-urlencoded" in transport.violations[1]


def test_a_response_that_breaks_the_spec_fails_the_client_call(
    patched_spec: dict[str, Any], spec_validator: SpecValidator
) -> None:
    op = _list_op(patched_spec)
    status, body = _envelope(patched_spec, op)
    del body["pagination"]
    transport = ValidatingTransport(
        httpx.MockTransport(lambda request: httpx.Response(status, json=body)), spec_validator
    )
    row = contract_checks.Registry.from_sendmux_ext().operations[op.operation_id]
    client = Sendmux(
        api_key="smx_root_test", base_url=BASE, http_client=httpx.Client(transport=transport)
    )
    method = contract_checks._resolve_method(client, row.method_path)
    with client, pytest.raises(SpecViolation, match="'pagination' is a required property"):
        list(method())


async def test_the_async_transport_validates_too(
    patched_spec: dict[str, Any], spec_validator: SpecValidator
) -> None:
    op = _first(patched_spec, lambda op: not params_needed(patched_spec, op))
    status, body = _envelope(patched_spec, op)
    body["data"] = "not what the spec says"
    transport = AsyncValidatingTransport(
        httpx.MockTransport(lambda request: httpx.Response(status, json=body)), spec_validator
    )
    row = contract_checks.Registry.from_sendmux_ext().operations[op.operation_id]
    async with AsyncSendmux(
        api_key="smx_root_test", base_url=BASE, http_client=httpx.AsyncClient(transport=transport)
    ) as client:
        method = contract_checks._resolve_method(client, row.method_path)
        with pytest.raises(SpecViolation, match=op.path.split("{")[0]):
            await method()


def params_needed(spec: dict[str, Any], op: spec_tools.Operation) -> bool:
    """Whether calling the operation needs any argument (path id, required query, body)."""
    required = [p for p in contract_checks.parameters(spec, op) if p.get("required")]
    return (
        bool(required)
        or contract_checks.body_schema(spec, op) is not None
        or (contract_checks.is_spec_list(spec, op))
    )
