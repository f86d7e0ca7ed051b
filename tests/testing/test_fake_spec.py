"""Every answer of the fake matches the spec, for every Management operation of the spec.

Each operation is called through the client on a fake that holds one resource of
each kind (made by the API's own create operations), with the arguments the spec's
examples give; openapi-core (tests/spec_validation.py) checks each request and
answer on the wire, independently of the fake's own jsonschema check (``strict``).
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import httpx
import pytest
import spec_patches
import spec_tools
from spec_validation import AsyncValidatingTransport, SpecValidator, ValidatingTransport

from sendmux_ext._operations import OPERATIONS
from sendmux_ext.testing import FakeSendmux
from sendmux_ext.testing._behaviour import behaviour, collection_name


def _management(spec: dict[str, Any]) -> list[spec_tools.Operation]:
    return spec_tools.management_operations(spec)


def arguments(spec: dict[str, Any], op: spec_tools.Operation) -> dict[str, Any]:
    """Keyword arguments from the spec's samples: the body and the required query parameters."""
    found: dict[str, Any] = {}
    if "requestBody" in op.node:
        content = spec_tools.resolve(spec, op.node["requestBody"])["content"]
        found.update(copy.deepcopy(spec_tools.sample(spec, content["application/json"]["schema"])))
    for parameter in spec_tools.parameters(spec, op):
        if parameter["in"] == "query" and parameter.get("required"):
            found[parameter["name"]] = spec_tools.sample(spec, parameter["schema"])
    return found


def path_ids(fake: FakeSendmux, path: str) -> list[str]:
    """An existing id for each path parameter: the newest record of the collection before it."""
    ids = []
    parts = path.strip("/").split("/")
    for index, part in enumerate(parts):
        if part.startswith("{"):
            name = collection_name("/" + "/".join(parts[:index]))
            records = fake.records(name)
            assert records, f"nothing in {name!r} to address {path}"
            ids.append(records[0]["id"])
    return ids


def populate(api: Any, spec: dict[str, Any], skip: str) -> None:
    """One resource of each kind: every POST on a path without ids, through the client;
    collections no operation creates are seeded; one webhook delivery."""
    for op in _management(spec):
        if op.method == "post" and "{" not in op.path and op.operation_id != skip:
            api.call(OPERATIONS[op.operation_id].method_path, **arguments(spec, op))
    tested = behaviour(skip)
    created = tested.collection if tested and tested.kind == "create" else None
    for op in _management(spec):
        found = behaviour(op.operation_id)
        top_list = found is not None and found.kind == "list" and found.parent is None
        if top_list and found.collection != created and not api.fake.records(found.collection):
            api.fake.create(found.collection)
    for webhook in api.fake.records("webhooks")[:1]:
        api.fake.deliver(webhook["event_types"][0], subscription=webhook["id"])


@pytest.fixture
def validating(mode: str, spec_validator: SpecValidator) -> Any:
    def wrap(fake: FakeSendmux) -> dict[str, Any]:
        if mode == "sync":
            transport = ValidatingTransport(fake.transport(), spec_validator)
            return {"http_client": httpx.Client(transport=transport), "_t": transport}
        atransport = AsyncValidatingTransport(fake.async_transport(), spec_validator)
        return {"http_client": httpx.AsyncClient(transport=atransport), "_t": atransport}

    return wrap


def _operation_ids() -> list[str]:
    """Today's Management operations, read from the spec (parametrize needs them early)."""
    spec = spec_patches.patched_spec(Path(__file__).resolve().parents[2] / "openapi.json")
    return [op.operation_id for op in _management(spec)]


@pytest.mark.parametrize("operation_id", _operation_ids())
def test_every_answer_matches_the_spec(
    operation_id: str, make_api: Any, patched_spec: dict[str, Any], validating: Any
) -> None:
    op = next(o for o in _management(patched_spec) if o.operation_id == operation_id)
    api = make_api()
    populate(api, patched_spec, skip=operation_id)  # a create of its own would conflict
    wired = validating(api.fake)
    transport = wired.pop("_t")
    client = api.client(**wired)
    row = OPERATIONS[operation_id]
    result = api.call(
        row.method_path, *path_ids(api.fake, op.path), client=client, **arguments(patched_spec, op)
    )
    if row.paginated:
        result = api.items(result)
    exchanged = [r for r, response in transport.exchanges if response.status_code < 300]
    assert exchanged, f"{operation_id}: no successful exchange"
    assert not transport.violations, transport.violations
    assert api.fake.requests[-1].operation_id == operation_id
    assert api.fake.requests[-1].status == int(
        min(code for code in op.node["responses"] if code.startswith("2"))
    )


def test_strict_mode_refuses_an_answer_the_spec_does_not_allow(api: Any) -> None:
    """The check bites: a record bent out of its schema is refused before it leaves."""
    from sendmux_ext.testing import FakeSpecError

    domain = api.fake.seed_domain("bent.example.com")
    domain["mailbox_count"] = "fourteen"
    with pytest.raises(
        FakeSpecError, match=r"managementGetDomain answer .* at mailbox_count: 'fourteen'"
    ):
        api.call("domains.get", domain["id"])


def test_every_spec_operation_is_routed(patched_spec: dict[str, Any]) -> None:
    missing = [
        op.operation_id for op in _management(patched_spec) if behaviour(op.operation_id) is None
    ]
    assert not missing
