"""The Management spec the fake serves by, read from the package data ``spec.json``.

``make regen`` writes ``spec.json`` (the patched spec's Management operations and the
schemas they use), so the fake needs no checkout at run time and follows the same
spec as the generated client. This module reads it: operations with their
permission, success status and schemas, samples built from the spec's examples,
and jsonschema validation (``errors``) for requests and answers.
"""

from __future__ import annotations

import copy
import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

try:
    import jsonschema
    import referencing
    import referencing.jsonschema
except ImportError as exc:  # pragma: no cover - depends on the environment
    raise ImportError(
        "sendmux_ext.testing needs jsonschema: pip install 'sendmux-ext[testing]'"
    ) from exc

SPEC_URI = "urn:sendmux:management-spec"
HTTP_METHODS = ("get", "put", "post", "delete", "patch")
# A timestamp placed where the spec gives none; the store overwrites the ones it owns.
EPOCH = "2026-01-01T00:00:00Z"


@dataclass(frozen=True)
class SpecOperation:
    """What the spec says about one Management operation."""

    operation_id: str
    method: str
    path: str
    node: dict[str, Any]
    permissions: tuple[str, ...]  # the oauth2 scopes of its security requirement
    status: int  # the success status
    content_type: str  # of the success answer
    response_schema: Any
    body_schema: Any  # the JSON request body's schema, or None
    query: dict[str, dict[str, Any]]  # name -> parameter (resolved)

    @property
    def pattern(self) -> re.Pattern[str]:
        return re.compile(
            "^" + re.sub(r"\\\{([^}]+)\\\}", r"(?P<\1>[^/]+)", re.escape(self.path)) + "$"
        )

    def limit_default(self) -> int | None:
        """The default page size, as the ``limit`` parameter's description states it."""
        parameter = self.query.get("limit")
        if parameter is None:
            return None
        schema = parameter.get("schema", {})
        if isinstance(schema.get("default"), int):
            return int(schema["default"])
        found = re.search(r"default (\d+)", str(schema.get("description", "")))
        return int(found.group(1)) if found else None


@cache
def document() -> dict[str, Any]:
    text = resources.files(__package__).joinpath("spec.json").read_text(encoding="utf-8")
    spec: dict[str, Any] = json.loads(text)
    return spec


def resolve(node: Any) -> Any:
    """Follow local ``$ref``s until a node without one."""
    while isinstance(node, dict) and "$ref" in node:
        target: Any = document()
        for part in node["$ref"][2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


@cache
def operations() -> dict[str, SpecOperation]:
    """operationId -> SpecOperation, for every operation in ``spec.json``."""
    found = {}
    for path, item in document()["paths"].items():
        for method, node in item.items():
            if method not in HTTP_METHODS:
                continue
            scopes = tuple(
                scope
                for requirement in node.get("security", [])
                for scope in requirement.get("oauth2", [])
            )
            responses = node["responses"]
            status = min(code for code in responses if code.startswith("2"))
            content: dict[str, Any] = resolve(responses[status]).get("content", {})
            content_type, media = next(
                iter(content.items()), ("application/json", {"schema": None})
            )
            request_body: dict[str, Any] = resolve(node.get("requestBody", {}))
            body = request_body.get("content", {}).get("application/json")
            parameters = [
                resolve(p) for p in [*item.get("parameters", []), *node.get("parameters", [])]
            ]
            found[node["operationId"]] = SpecOperation(
                operation_id=node["operationId"],
                method=method,
                path=path,
                node=node,
                permissions=scopes,
                status=int(status),
                content_type=content_type,
                response_schema=media["schema"],
                body_schema=None if body is None else body.get("schema", {}),
                query={p["name"]: p for p in parameters if p["in"] == "query"},
            )
    return found


# -- validation -------------------------------------------------------------------------


@cache
def _registry() -> referencing.Registry[Any]:
    resource = referencing.Resource.from_contents(
        document(), default_specification=referencing.jsonschema.DRAFT202012
    )
    registry: referencing.Registry[Any] = referencing.Registry().with_resource(SPEC_URI, resource)
    return registry


def _absolute(schema: Any) -> Any:
    """The schema with its local ``$ref``s pointed at the spec resource."""
    if isinstance(schema, dict):
        return {
            key: (SPEC_URI + value if key == "$ref" and value.startswith("#") else _absolute(value))
            for key, value in schema.items()
        }
    if isinstance(schema, list):
        return [_absolute(item) for item in schema]
    return schema


def _validator(schema: Any) -> jsonschema.protocols.Validator:
    return jsonschema.Draft202012Validator(
        _absolute(schema), registry=_registry(), format_checker=jsonschema.FormatChecker()
    )


_validators: dict[str, jsonschema.protocols.Validator] = {}


def errors(instance: Any, schema: Any) -> list[jsonschema.ValidationError]:
    """What ``schema`` (a node of the spec) finds wrong with ``instance``, first field first."""
    key = json.dumps(schema, sort_keys=True)
    validator = _validators.get(key)
    if validator is None:
        validator = _validators[key] = _validator(schema)
    found = list(validator.iter_errors(instance))
    return sorted(found, key=lambda e: [str(p) for p in e.absolute_path])


def schema_ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


# -- samples ----------------------------------------------------------------------------


def sample(schema: Any, name: str = "", depth: int = 0) -> Any:
    """A value valid for ``schema``, from its examples where it has them.

    Objects get every property, arrays one item, nullable values without an
    example ``None`` (what a fresh resource has), timestamps an RFC 3339 time.
    """
    return copy.deepcopy(_sample(json.dumps(schema, sort_keys=True), name, depth))


@cache
def _sample(schema_text: str, name: str, depth: int) -> Any:
    schema = resolve(json.loads(schema_text))
    if not isinstance(schema, dict) or depth > 12:
        return None
    for key in ("const", "example", "default"):
        if key in schema and schema[key] is not None:
            return schema[key]
    examples = schema.get("examples")
    if isinstance(examples, list) and examples and examples[0] is not None:
        return examples[0]
    if schema.get("enum"):
        return next((value for value in schema["enum"] if value is not None), None)
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            value = sample(part, name, depth + 1)
            if isinstance(value, dict):
                merged.update(value)
        own = {k: v for k, v in schema.items() if k != "allOf"}
        if own.get("properties"):
            merged.update(sample(own, name, depth + 1))
        return merged or sample(schema["allOf"][0], name, depth + 1)
    for key in ("oneOf", "anyOf"):
        if key in schema:
            branches = [b for b in schema[key] if resolve(b).get("type") != "null"]
            if len(branches) < len(schema[key]):
                return None
            return sample(branches[0], name, depth + 1)
    kind = schema.get("type")
    if isinstance(kind, list):
        if "null" in kind:
            return None
        kind = kind[0]
    if kind == "object" or "properties" in schema:
        return {
            prop: sample(node, prop, depth + 1)
            for prop, node in schema.get("properties", {}).items()
        }
    if kind == "array":
        return [sample(schema.get("items", {}), name, depth + 1)]
    if kind == "string":
        return _string(schema, name)
    if kind == "integer":
        return int(schema.get("minimum", 1))
    if kind == "number":
        return float(schema.get("minimum", 1.5))
    if kind == "boolean":
        return True
    return None


_FORMATS = {
    "date-time": EPOCH,
    "date": EPOCH[:10],
    "email": "user@example.com",
    "uri": "https://example.com/hook",
    "uuid": "00000000-0000-4000-8000-000000000000",
}


def _string(schema: dict[str, Any], name: str) -> str:
    if name.endswith("_at") or name.endswith("_date") or "timestamp" in name:
        candidates = [EPOCH]
    else:
        candidates = [_FORMATS.get(schema.get("format", ""), name or "string")]
    candidates += _FORMATS.values()
    pattern = schema.get("pattern")
    fitting = [c for c in candidates if pattern is None or re.search(pattern, c)]
    value = (fitting or candidates)[0]
    low, high = schema.get("minLength", 0), schema.get("maxLength")
    value = value.ljust(low, "x")
    return value if high is None else value[:high]


def data_schema(envelope: Any) -> Any:
    """The ``data`` property's schema of a success envelope (``allOf`` parts searched)."""
    node = resolve(envelope)
    for part in [node, *node.get("allOf", [])]:
        part = resolve(part)
        if "data" in part.get("properties", {}):
            return part["properties"]["data"]
    return None


def properties(schema: Any) -> dict[str, Any]:
    """An object schema's properties, ``allOf`` parts merged."""
    node = resolve(schema)
    found: dict[str, Any] = {}
    for part in node.get("allOf", []):
        found.update(properties(part))
    found.update(node.get("properties", {}))
    return found
