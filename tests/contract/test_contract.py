"""The contract suite: the wrapper matches the spec, operation by operation.

Each check kind is its own test, so a failure names the kind and lists every
operation that drifted (operationId, METHOD path, wrapper method). The checks
themselves live in ``scripts/contract_checks.py``; ``test_contract_bites.py``
shows that they report drift.
"""

from __future__ import annotations

from typing import Any

import contract_checks
import httpx
import pytest
import spec_tools
from contract_checks import Registry
from spec_validation import AsyncValidatingTransport, SpecValidator, ValidatingTransport

from sendmux_ext import AsyncSendmux


@pytest.fixture(scope="module")
def registry() -> Registry:
    return Registry.from_sendmux_ext()


@pytest.mark.parametrize("kind", list(contract_checks.CHECKS))
def test_contract(kind: str, patched_spec: dict[str, Any], registry: Registry) -> None:
    problems = contract_checks.CHECKS[kind](patched_spec, registry)
    assert not problems, f"{len(problems)} {kind} problem(s):\n" + "\n".join(problems)


def test_the_registry_sees_every_method_of_both_clients(registry: Registry) -> None:
    """The walk over the clients finds one method per table row, and each calls its row."""
    for flavour in ("sync", "async"):
        probes = registry.methods[flavour]
        assert sorted(probes) == sorted(row.method_path for row in registry.operations.values())
        assert {p.operation_id for p in probes.values()} == set(registry.operations)


def test_examples_parse_and_every_exchange_matches_the_spec(
    patched_spec: dict[str, Any], registry: Registry, spec_validator: SpecValidator
) -> None:
    """Every 2xx example and sample of every Management operation, through the sync
    client over a mock transport; each request and response is validated by openapi-core."""
    transports: list[ValidatingTransport] = []

    def wrap(inner: httpx.BaseTransport) -> httpx.BaseTransport:
        transports.append(ValidatingTransport(inner, spec_validator))
        return transports[-1]

    problems = contract_checks.check_examples(patched_spec, registry, wrap_transport=wrap)
    assert not problems, "\n".join(problems)
    exchanged = {
        (request.method.lower(), spec_validator.operation_of(request))
        for transport in transports
        for request, _ in transport.exchanges
    }
    expected = {(op.method, op.path) for op in spec_tools.management_operations(patched_spec)}
    assert exchanged == expected
    assert not [v for t in transports for v in t.violations]


async def test_async_client_parses_what_the_sync_client_parses(
    patched_spec: dict[str, Any], registry: Registry, spec_validator: SpecValidator
) -> None:
    """Every Management operation once through AsyncSendmux, validated on the wire."""
    operations = contract_checks.management(patched_spec)
    failures = []
    for op_id, op in operations.items():
        probe = registry.method_for("async", op_id)
        assert probe is not None, op_id
        answers = [
            (status, content_type, media)
            for status, response in contract_checks.success_responses(patched_spec, op)
            for content_type, media in response.get("content", {}).items()
        ]
        if not answers:
            continue  # no body to answer with: check_envelope names it
        status, content_type, media = answers[0]
        example = spec_tools.sample(patched_spec, media.get("schema", {}))

        def answer(request: httpx.Request, status: int = status, example: Any = example,
                   content_type: str = content_type) -> httpx.Response:  # fmt: skip
            if contract_checks.is_json(content_type):
                return httpx.Response(status, json=example)
            return httpx.Response(status, text=example, headers={"Content-Type": content_type})

        transport = AsyncValidatingTransport(httpx.MockTransport(answer), spec_validator)
        async with AsyncSendmux(
            api_key=contract_checks.PROBE_KEY,
            base_url=contract_checks.PROBE_BASE_URL,
            http_client=httpx.AsyncClient(transport=transport),
        ) as client:
            method = contract_checks._resolve_method(client, probe.path)
            path_ids, keywords = contract_checks.call_arguments(patched_spec, op)
            if probe.engine == "paginate":
                page = await anext(aiter(method(*path_ids, **keywords).pages()))
                got: Any = page.items
            else:
                got = await method(*path_ids, **keywords)
        expected = example["data"] if contract_checks.is_json(content_type) else example
        difference = contract_checks.first_difference(
            contract_checks.comparable(contract_checks.to_json(got)),
            contract_checks.comparable(expected),
        )
        if difference or len(transport.exchanges) != 1:
            failures.append(f"{contract_checks.label(op)}: {difference or 'not one exchange'}")
    assert not failures, "\n".join(failures)
