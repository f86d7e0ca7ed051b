"""The wrapper against Prism, an independent server driven by the spec.

Every Management operation is called once through ``Sendmux`` (and a sample
through ``AsyncSendmux``) with arguments built from the spec: path ids and
required query parameters from its examples, the body's required fields from
its example values. Prism validates each request (it answers 422/400 with a
problem document when one does not match) and answers from the spec; the
wrapper must return the model its method promises. Our own openapi-core
validator watches the same exchanges.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import contract_checks
import httpx
import pytest
import spec_patches
from contract_checks import Probe, Registry, label
from prism_server import PrismServer
from spec_validation import AsyncValidatingTransport, SpecValidator, ValidatingTransport

from sendmux_ext import APIError, AsyncSendmux, Sendmux
from sendmux_ext._errors import error_class

ROOT = Path(__file__).resolve().parent.parent.parent
SPEC = spec_patches.patched_spec(ROOT / "openapi.json")
OPERATIONS = contract_checks.management(SPEC)
KEY = "smx_root_prism"


@pytest.fixture(scope="module")
def registry() -> Registry:
    return Registry.from_sendmux_ext()


def _probe(registry: Registry, flavour: str, op_id: str) -> Probe:
    probe = registry.method_for(flavour, op_id)
    assert probe is not None, f"{op_id}: no {flavour} method (see the contract coverage test)"
    return probe


def _items(result: Any) -> list[Any]:
    return result if isinstance(result, list) else [result]


def _check_result(probe: Probe, result: Any, transport: Any, prism: PrismServer) -> None:
    expected = contract_checks.expected_model(probe)
    got = sorted({type(item).__name__ for item in _items(result)})
    assert got in ([expected], []), f"{probe.where()} returned {got}, it promises {expected}"
    assert not transport.violations, "\n".join(transport.violations)
    assert len(transport.exchanges) == 1


def _rejected(exc: APIError, prism: PrismServer) -> str:
    return (
        f"Prism answered {exc.status_code}: {exc.body.decode(errors='replace')}\n"
        f"Prism's log:\n{prism.tail(10)}"
    )


@pytest.mark.parametrize("op_id", sorted(OPERATIONS))
def test_prism_accepts_every_operation(
    op_id: str, prism: PrismServer, registry: Registry, spec_validator: SpecValidator
) -> None:
    op = OPERATIONS[op_id]
    probe = _probe(registry, "sync", op_id)
    transport = ValidatingTransport(
        httpx.HTTPTransport(), spec_validator, api_root="", strict=False
    )
    client = Sendmux(
        api_key=KEY,
        base_url=prism.url,
        max_retries=0,
        timeout=30,
        http_client=httpx.Client(transport=transport),
    )
    path_ids, keywords = contract_checks.call_arguments(SPEC, op, all_body_fields=False)
    method = contract_checks._resolve_method(client, probe.path)
    with client:
        try:
            result = method(*path_ids, **keywords)
            if probe.engine == "paginate":
                result = next(iter(result.pages())).items
        except APIError as exc:
            pytest.fail(f"{label(op)} -> {probe.where()}: {_rejected(exc, prism)}")
    _check_result(probe, result, transport, prism)


def _async_sample() -> list[str]:
    """A list, a call with a body, one with path ids, one with a non-JSON answer."""
    registry = Registry.from_sendmux_ext()
    tests = [
        lambda op: contract_checks.is_spec_list(SPEC, op),
        lambda op: contract_checks.body_schema(SPEC, op) is not None,
        lambda op: "{" in op.path and op.method == "get",
        lambda op: getattr(registry.operations.get(op.operation_id), "text_response", False),
    ]
    chosen = []
    for test in tests:
        found = next((op_id for op_id, op in sorted(OPERATIONS.items()) if test(op)), None)
        if found is not None and found not in chosen:
            chosen.append(found)
    return chosen


@pytest.mark.parametrize("op_id", _async_sample())
async def test_prism_accepts_a_sample_through_the_async_client(
    op_id: str, prism: PrismServer, registry: Registry, spec_validator: SpecValidator
) -> None:
    op = OPERATIONS[op_id]
    probe = _probe(registry, "async", op_id)
    transport = AsyncValidatingTransport(
        httpx.AsyncHTTPTransport(), spec_validator, api_root="", strict=False
    )
    path_ids, keywords = contract_checks.call_arguments(SPEC, op, all_body_fields=False)
    async with AsyncSendmux(
        api_key=KEY,
        base_url=prism.url,
        max_retries=0,
        timeout=30,
        http_client=httpx.AsyncClient(transport=transport),
    ) as client:
        method = contract_checks._resolve_method(client, probe.path)
        try:
            if probe.engine == "paginate":
                result: Any = (await anext(aiter(method(*path_ids, **keywords).pages()))).items
            else:
                result = await method(*path_ids, **keywords)
        except APIError as exc:
            pytest.fail(f"{label(op)} -> {probe.where()}: {_rejected(exc, prism)}")
    _check_result(probe, result, transport, prism)


def _documents_404(op_id: str) -> bool:
    op = OPERATIONS[op_id]
    return op.method == "get" and "404" in op.node.get("responses", {})


@pytest.mark.parametrize("op_id", [o for o in sorted(OPERATIONS) if _documents_404(o)][:1])
def test_a_documented_404_from_prism_raises_the_api_error(
    op_id: str, prism: PrismServer, registry: Registry, spec_validator: SpecValidator
) -> None:
    """``Prefer: code=404`` makes Prism answer the documented 404; the wrapper raises the
    class of the error code in the body (the spec's ApiError example), with status 404."""
    op = OPERATIONS[op_id]
    probe = _probe(registry, "sync", op_id)
    transport = ValidatingTransport(httpx.HTTPTransport(), spec_validator, api_root="")
    client = Sendmux(
        api_key=KEY,
        base_url=prism.url,
        max_retries=0,
        default_headers={"Prefer": "code=404"},
        http_client=httpx.Client(transport=transport),
    )
    path_ids, keywords = contract_checks.call_arguments(SPEC, op, all_body_fields=False)
    with client, pytest.raises(APIError) as caught:
        contract_checks._resolve_method(client, probe.path)(*path_ids, **keywords)
    error = caught.value
    assert error.status_code == 404
    assert type(error) is error_class(error.code, 404)
    assert error.request_id  # from the body's meta
