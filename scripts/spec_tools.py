"""Small readers of an OpenAPI document shared by the maintainers' scripts and tests."""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
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


# --- what a schema allows, place by place -----------------------------------------

# Keywords that narrow what a value may be, each with the direction that is TIGHTER:
# "up" (a bigger bound accepts less), "down" (a smaller bound accepts less), "any"
# (any new or changed value may refuse what was accepted).
CONSTRAINTS = {
    "pattern": "any",
    "format": "any",
    "minLength": "up",
    "maxLength": "down",
    "minimum": "up",
    "maximum": "down",
    "exclusiveMinimum": "up",
    "exclusiveMaximum": "down",
    "minItems": "up",
    "maxItems": "down",
    "multipleOf": "any",
    "minProperties": "up",
    "maxProperties": "down",
}
MAX_DEPTH = 16


@dataclass(frozen=True)
class Field:
    """What a schema allows at one place of a document (``""``, ``a.b``, ``a[].c``)."""

    types: frozenset[str] | None  # JSON types, "null" when nullable; None: any
    enum: tuple[Any, ...] | None  # the allowed values, None: no enum
    constraints: tuple[tuple[str, Any], ...]  # (keyword, value) of CONSTRAINTS, sorted
    required: bool  # present whenever its parent is (the root: True)
    via: str | None  # the component schema that declares it, if any


@dataclass
class _Shape:
    """One schema node with ``$ref``, ``allOf``, ``anyOf``/``oneOf`` and nullability folded in."""

    types: frozenset[str] | None = None
    enum: tuple[Any, ...] | None = None
    constraints: dict[str, Any] = field(default_factory=dict)
    properties: dict[str, list[tuple[Any, tuple[str, ...]]]] = field(default_factory=dict)
    required: set[str] = field(default_factory=set)
    items: list[tuple[Any, tuple[str, ...]]] = field(default_factory=list)

    def narrow(self, other: _Shape) -> None:
        """Both apply (``allOf``, a node's own keywords beside its ``$ref``)."""
        if other.types is not None:
            self.types = other.types if self.types is None else self.types & other.types
        if other.enum is not None:
            self.enum = other.enum if self.enum is None else _common(self.enum, other.enum)
        self.constraints.update(other.constraints)
        for name, children in other.properties.items():
            self.properties.setdefault(name, []).extend(children)
        self.required |= other.required
        self.items.extend(other.items)


def _common(left: Iterable[Any], right: Iterable[Any]) -> tuple[Any, ...]:
    kept = list(right)
    return tuple(value for value in left if value in kept)


def _either(shapes: list[_Shape]) -> _Shape:
    """Any one of ``shapes`` applies (``anyOf``/``oneOf``): only what they all share binds."""
    if len(shapes) == 1:
        return shapes[0]
    union = _Shape()
    kinds = [s.types for s in shapes]
    union.types = None if None in kinds else frozenset().union(*kinds)  # type: ignore[arg-type]
    enums = [s.enum for s in shapes]
    if None not in enums:
        values: list[Any] = []
        values.extend(v for e in enums for v in e or () if v not in values)
        union.enum = tuple(values)
    first = shapes[0].constraints
    union.constraints = {
        k: v for k, v in first.items() if all(s.constraints.get(k) == v for s in shapes)
    }
    for shape in shapes:
        for name, children in shape.properties.items():
            union.properties.setdefault(name, []).extend(children)
        union.items.extend(shape.items)
    union.required = set.intersection(*(s.required for s in shapes))
    return union


def _shape(spec: dict[str, Any], node: Any, chain: tuple[str, ...]) -> _Shape:
    shape = _Shape()
    if not isinstance(node, dict) or len(chain) > MAX_DEPTH:
        return shape
    kind = node.get("type")
    if kind is not None:
        shape.types = frozenset([kind] if isinstance(kind, str) else kind)
    if "const" in node:
        shape.enum = (node["const"],)
    elif isinstance(node.get("enum"), list):
        shape.enum = tuple(node["enum"])
    shape.constraints = {k: node[k] for k in CONSTRAINTS if k in node}
    shape.properties = {
        name: [(child, chain)] for name, child in node.get("properties", {}).items()
    }
    shape.required = set(node.get("required") or ())
    if isinstance(node.get("items"), dict):
        shape.items = [(node["items"], chain)]
    ref = node.get("$ref")
    if isinstance(ref, str) and ref not in chain:  # a cycle allows anything further down
        shape.narrow(_shape(spec, resolve(spec, {"$ref": ref}), (*chain, ref)))
    for part in node.get("allOf") or ():
        shape.narrow(_shape(spec, part, chain))
    for key in ("anyOf", "oneOf"):
        branches = [_shape(spec, branch, chain) for branch in node.get(key) or ()]
        if not branches:
            continue
        real = [b for b in branches if b.types != frozenset({"null"})]
        union = _either(real) if real else _Shape(types=frozenset())
        if len(real) < len(branches) and union.types is not None:
            union.types |= {"null"}
        shape.narrow(union)
    if node.get("nullable") is True and shape.types is not None:  # OpenAPI 3.0
        shape.types |= {"null"}
    return shape


def _component(chain: tuple[str, ...]) -> str | None:
    names = [ref.rsplit("/", 1)[1] for ref in chain if ref.startswith("#/components/schemas/")]
    return names[-1] if names else None


def schema_fields(spec: dict[str, Any], schema: Any) -> dict[str, Field]:
    """Every place under ``schema`` -> what it allows there.

    ``$ref``s are followed, ``allOf`` parts all apply, ``anyOf``/``oneOf`` branches
    are merged (a field is required when every branch requires it), and both ways
    of saying "or null" (``type: [x, "null"]``, a ``{"type": "null"}`` branch, and
    OpenAPI 3.0's ``nullable``) give ``"null"`` in ``Field.types``. Object members
    are ``a.b``, array items ``a[]``.
    """
    found: dict[str, Field] = {}

    def walk(nodes: list[tuple[Any, tuple[str, ...]]], path: str, required: bool) -> None:
        shape = _Shape()
        for node, chain in nodes:
            shape.narrow(_shape(spec, node, chain))
        via = next((_component(chain) for _, chain in nodes if _component(chain)), None)
        found[path] = Field(
            shape.types,
            shape.enum,
            tuple(sorted(shape.constraints.items())),
            required,
            via,
        )
        if path.count(".") + path.count("[]") >= MAX_DEPTH:
            return
        for name, children in shape.properties.items():
            walk(children, f"{path}.{name}" if path else name, name in shape.required)
        if shape.items:
            walk(shape.items, f"{path}[]", True)

    walk([(schema, ())], "", True)
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
