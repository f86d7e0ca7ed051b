"""The contract checks bite: drift built into copies of the spec is reported by name.

Each case changes a copy of the patched spec in a temporary folder (an
operation added or removed, a query parameter added, a body field made
required, a new error code, an If-Match gained, a list without pagination, an
example the models cannot read), reads it back and runs the checks. The target
of each change is chosen from the spec itself, not from today's names.
"""

from __future__ import annotations

import copy
import dataclasses
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import contract_checks
import pytest
import spec_tools
from contract_checks import Registry, label, management

Spec = dict[str, Any]


@pytest.fixture(scope="module")
def registry() -> Registry:
    return Registry.from_sendmux_ext()


def mutated(spec: Spec, tmp_path: Path, change: Callable[[Spec], None]) -> Spec:
    copied = copy.deepcopy(spec)
    change(copied)
    target = tmp_path / "openapi.json"
    target.write_text(json.dumps(copied), encoding="utf-8")
    result: Spec = json.loads(target.read_text(encoding="utf-8"))
    return result


def problems_of(kind: str, spec: Spec, registry: Registry) -> list[str]:
    if kind == "examples":
        return contract_checks.check_examples(spec, registry)
    return contract_checks.CHECKS[kind](spec, registry)


def mentioning(problems: list[str], *parts: str) -> list[str]:
    return [p for p in problems if all(part in p for part in parts)]


def same(spec: Spec, op: spec_tools.Operation) -> spec_tools.Operation:
    """The operation in another copy of the spec (so that a change lands in the copy)."""
    return management(spec)[op.operation_id]


def first(spec: Spec, test: Callable[[spec_tools.Operation], bool]) -> spec_tools.Operation:
    return next(op for op in management(spec).values() if test(op))


@pytest.mark.parametrize("kind", [*contract_checks.CHECKS, "examples"])
def test_the_unchanged_spec_has_no_problem(
    kind: str, patched_spec: Spec, registry: Registry
) -> None:
    """The baseline: every problem below comes from the change made."""
    assert problems_of(kind, patched_spec, registry) == []


def test_an_added_operation_is_reported(
    patched_spec: Spec, registry: Registry, tmp_path: Path
) -> None:
    tag = first(patched_spec, lambda op: bool(op.tags)).tags[0]

    def change(spec: Spec) -> None:
        spec["paths"]["/contract-probe/widgets"] = {
            "get": {
                "operationId": "managementListContractProbeWidgets",
                "tags": [tag],
                "responses": {"200": {"description": "ok"}},
            }
        }

    problems = problems_of("coverage", mutated(patched_spec, tmp_path, change), registry)
    assert mentioning(
        problems, "managementListContractProbeWidgets", "GET /contract-probe/widgets", "new"
    ), problems


def test_a_removed_operation_is_reported(
    patched_spec: Spec, registry: Registry, tmp_path: Path
) -> None:
    gone = first(patched_spec, lambda op: True)

    def change(spec: Spec) -> None:
        del spec["paths"][gone.path][gone.method]

    problems = problems_of("coverage", mutated(patched_spec, tmp_path, change), registry)
    row = registry.operations[gone.operation_id]
    assert mentioning(
        problems, gone.operation_id, f"{gone.method.upper()} {gone.path}", row.method_path
    ), problems


def test_an_added_query_parameter_is_reported(
    patched_spec: Spec, registry: Registry, tmp_path: Path
) -> None:
    target = first(patched_spec, lambda op: op.method == "get")

    def change(spec: Spec) -> None:
        spec["paths"][target.path][target.method].setdefault("parameters", []).append(
            {
                "in": "query",
                "name": "contract_probe",
                "required": False,
                "schema": {"type": "string"},
            }
        )

    problems = problems_of("parameters", mutated(patched_spec, tmp_path, change), registry)
    method = registry.operations[target.operation_id].method_path
    for flavour in ("sync", "async"):
        assert mentioning(problems, label(target), f"{flavour} {method}()", "'contract_probe'"), (
            problems
        )


def test_a_body_field_made_required_is_reported(
    patched_spec: Spec, registry: Registry, tmp_path: Path
) -> None:
    def optional_fields(spec: Spec, op: spec_tools.Operation) -> list[str]:
        schema = contract_checks.body_schema(spec, op)
        if schema is None:
            return []
        properties, required = contract_checks.object_view(spec, schema)
        return sorted(set(properties) - required)

    target = first(patched_spec, lambda op: bool(optional_fields(patched_spec, op)))
    field = optional_fields(patched_spec, target)[0]

    def change(spec: Spec) -> None:
        media = spec["paths"][target.path][target.method]["requestBody"]["content"]
        schema = spec_tools.resolve(spec, media["application/json"]["schema"])
        schema.setdefault("required", []).append(field)

    problems = problems_of("bodies", mutated(patched_spec, tmp_path, change), registry)
    assert mentioning(problems, label(target), f"body field {field!r} is required"), problems


def test_a_new_error_code_is_reported(
    patched_spec: Spec, registry: Registry, tmp_path: Path
) -> None:
    def change(spec: Spec) -> None:
        code = spec["components"]["schemas"]["ApiError"]["properties"]["error"]["properties"]
        code["code"]["enum"].append("contract_probe_melted")

    problems = problems_of("errors", mutated(patched_spec, tmp_path, change), registry)
    assert mentioning(problems, "'contract_probe_melted'", "no exception class"), problems


def test_an_operation_that_gains_if_match_is_reported(
    patched_spec: Spec, registry: Registry, tmp_path: Path
) -> None:
    target = first(
        patched_spec,
        lambda op: (
            op.method != "get" and "if-match" not in contract_checks.header_names(patched_spec, op)
        ),
    )

    def change(spec: Spec) -> None:
        spec["paths"][target.path][target.method].setdefault("parameters", []).append(
            {"in": "header", "name": "If-Match", "required": False, "schema": {"type": "string"}}
        )

    problems = problems_of("conditional", mutated(patched_spec, tmp_path, change), registry)
    method = registry.operations[target.operation_id].method_path
    for flavour in ("sync", "async"):
        assert mentioning(problems, label(target), f"{flavour} {method}()", "if_match="), problems


def test_a_list_that_loses_pagination_is_reported(
    patched_spec: Spec, registry: Registry, tmp_path: Path
) -> None:
    target = first(patched_spec, lambda op: contract_checks.is_spec_list(patched_spec, op))

    def change(spec: Spec) -> None:
        for _, response in contract_checks.success_responses(spec, same(spec, target)):
            media = response["content"]["application/json"]
            properties, required = contract_checks.object_view(spec, media["schema"])
            properties.pop("pagination")
            media["schema"] = {
                "type": "object",
                "properties": properties,
                "required": sorted(required - {"pagination"}),
            }

    problems = problems_of("pagination", mutated(patched_spec, tmp_path, change), registry)
    method = registry.operations[target.operation_id].method_path
    assert mentioning(problems, label(target), "OPERATIONS says paginated=True"), problems
    for flavour in ("sync", "async"):
        assert mentioning(problems, label(target), f"{flavour} {method}()", "paginator"), problems


def test_an_example_the_model_cannot_read_is_reported(
    patched_spec: Spec, registry: Registry, tmp_path: Path
) -> None:
    """A response example whose ``data`` is not an object the model can read."""
    target = first(
        patched_spec,
        lambda op: (
            not registry.operations[op.operation_id].text_response
            and not contract_checks.is_spec_list(patched_spec, op)
        ),
    )

    def change(spec: Spec) -> None:
        for _, response in contract_checks.success_responses(spec, same(spec, target)):
            media = response["content"]["application/json"]
            body = spec_tools.sample(spec, media["schema"])
            media["example"] = {**body, "data": "not an object"}

    problems = problems_of("examples", mutated(patched_spec, tmp_path, change), registry)
    assert mentioning(problems, label(target), "example", "the wrapper failed"), problems


def test_a_wrapper_without_a_row_or_method_is_reported(
    patched_spec: Spec, registry: Registry
) -> None:
    """The other direction: the wrapper side loses an operation."""
    op_id, row = next(iter(registry.operations.items()))
    rows = {k: v for k, v in registry.operations.items() if k != op_id}
    smaller = dataclasses.replace(registry, operations=rows)
    problems = contract_checks.check_coverage(patched_spec, smaller)
    assert mentioning(problems, op_id, f"{row.method.upper()} {row.path}", "without a wrapper"), (
        problems
    )
    assert mentioning(problems, f"sync {row.method_path}()", "no row in OPERATIONS"), problems


def test_an_operation_the_fake_cannot_answer_is_reported(
    patched_spec: Spec, registry: Registry, tmp_path: Path
) -> None:
    """A new kind of action (a POST on a resource the fake has no handler for) is named."""
    item = first(patched_spec, lambda op: op.method == "get" and op.path.endswith("}"))
    path = item.path + "/contract-probe"

    def change(spec: Spec) -> None:
        spec["paths"][path] = {
            "post": {
                "operationId": "managementContractProbeAction",
                "tags": item.tags,
                "parameters": item.node.get("parameters", [])[:1],
                "responses": {"200": {"description": "ok"}},
            }
        }

    problems = contract_checks.check_fake_behaviour(
        mutated(patched_spec, tmp_path, change), registry
    )
    assert mentioning(
        problems, "managementContractProbeAction", f"POST {path}", "no fake behaviour"
    )
    assert len(problems) == 1, problems
