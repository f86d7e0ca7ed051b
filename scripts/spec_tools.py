"""Small readers of an OpenAPI document shared by the maintainers' scripts and tests."""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
NON_MANAGEMENT_TAGS = frozenset({"Mailbox API"})


@dataclass(frozen=True)
class Operation:
    method: str
    path: str
    operation_id: str
    tags: tuple[str, ...]
    node: dict[str, Any]

    @property
    def is_management(self) -> bool:
        return not (set(self.tags) & NON_MANAGEMENT_TAGS)

    def __str__(self) -> str:
        return f"{self.operation_id} ({self.method.upper()} {self.path})"


def load(path: Path) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return document


def operations(spec: dict[str, Any]) -> Iterator[Operation]:
    for path, item in spec.get("paths", {}).items():
        for method, node in item.items():
            if method in HTTP_METHODS and isinstance(node, dict):
                yield Operation(
                    method,
                    path,
                    str(node.get("operationId", "")),
                    tuple(node.get("tags", ())),
                    node,
                )


def management_operations(spec: dict[str, Any]) -> list[Operation]:
    return [operation for operation in operations(spec) if operation.is_management]


def resolve(spec: dict[str, Any], node: Any) -> Any:
    """Follow local ``$ref``s until a node without one."""
    seen: set[str] = set()
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        if ref in seen or not ref.startswith("#/"):
            raise ValueError(f"cannot resolve $ref {ref!r}")
        seen.add(ref)
        node = spec
        for part in ref[2:].split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def parameters(spec: dict[str, Any], operation: Operation) -> list[dict[str, Any]]:
    """Path-item and operation parameters, resolved; the operation's win."""
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    item = spec.get("paths", {}).get(operation.path, {})
    for node in [*item.get("parameters", []), *operation.node.get("parameters", [])]:
        parameter = resolve(spec, node)
        merged[(parameter["in"], parameter["name"])] = parameter
    return list(merged.values())


def error_codes(spec: dict[str, Any]) -> list[str]:
    """The ``ApiError`` code enum (``components.schemas.ApiError.error.code``), or []."""
    try:
        error = resolve(spec, spec["components"]["schemas"]["ApiError"])
        error = resolve(spec, error["properties"]["error"])
        code = resolve(spec, error["properties"]["code"])
    except (KeyError, TypeError):
        return []
    return [str(value) for value in code.get("enum", [])]


def referenced_schemas(spec: dict[str, Any], roots: list[Any]) -> set[str]:
    """Names of the component schemas reachable from ``roots``."""
    found: set[str] = set()
    stack = list(roots)
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
                name = ref.rsplit("/", 1)[1]
                if name not in found:
                    found.add(name)
                    stack.append(spec["components"]["schemas"][name])
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return found


_FORMAT_SAMPLES = {
    "date-time": "2026-03-19T10:30:00+00:00",  # what datetime.isoformat() gives back
    "date": "2026-03-19",
    "email": "user@example.com",
    "uri": "https://example.com/hook",
    "url": "https://example.com/hook",
    "uuid": "00000000-0000-4000-8000-000000000000",
}


def sample(spec: dict[str, Any], schema: Any, depth: int = 0) -> Any:
    """A value valid for ``schema``, built from its examples where it has them.

    Objects get every property (so that models are exercised whole), arrays one
    item, unions their first non-null branch.
    """
    schema = resolve(spec, schema)
    if not isinstance(schema, dict) or depth > 12:
        return None
    for key in ("const", "example", "default"):
        if key in schema and schema[key] is not None:
            return copy.deepcopy(schema[key])  # callers may edit it; the spec stays intact
    examples = schema.get("examples")
    if isinstance(examples, list) and examples and examples[0] is not None:
        return copy.deepcopy(examples[0])
    if schema.get("enum"):
        return next((value for value in schema["enum"] if value is not None), None)
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            value = sample(spec, part, depth + 1)
            if isinstance(value, dict):
                merged.update(value)
        own = {k: v for k, v in schema.items() if k != "allOf"}
        if own.get("properties"):
            merged.update(sample(spec, own, depth + 1))
        return merged
    for key in ("oneOf", "anyOf"):
        if key in schema:
            branches = [b for b in schema[key] if resolve(spec, b).get("type") != "null"]
            return sample(spec, (branches or schema[key])[0], depth + 1)
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if kind == "object" or "properties" in schema:
        return {
            name: sample(spec, prop, depth + 1)
            for name, prop in schema.get("properties", {}).items()
        }
    if kind == "array":
        return [sample(spec, schema.get("items", {}), depth + 1)]
    if kind == "string":
        # A known sample that fits the pattern, if any does (e.g. an email address).
        candidates = [_FORMAT_SAMPLES.get(schema.get("format", ""), "string")]
        candidates += _FORMAT_SAMPLES.values()
        pattern = schema.get("pattern")
        fitting = [c for c in candidates if pattern is None or re.search(pattern, c)]
        return (fitting or candidates)[0]
    if kind == "integer":
        return int(schema.get("minimum", 1))
    if kind == "number":
        return float(schema.get("minimum", 1.5))
    if kind == "boolean":
        return True
    return None
