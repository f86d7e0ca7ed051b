"""Contract checks: does ``sendmux_ext`` still match ``openapi.json``?

Each check is a plain function ``check_*(spec, registry) -> list[str]`` that
returns one problem per mismatch, naming the operation (operationId, METHOD
path) and the wrapper method. Everything is derived from the spec handed in;
nothing about today's spec is written here. The test suite runs them on the
real (patched) spec and on mutated copies; ``python scripts/contract_checks.py``
runs them all after a ``make regen`` and prints what no longer matches.

The wrapper side (``Registry``) is read from ``sendmux_ext``: its table of
operations, the resource methods of ``Sendmux`` and ``AsyncSendmux`` (found by
walking a client's resources and called once with recording stand-ins for the
engine, so that each method's operation, path arguments and forwarded keywords
are seen, not assumed), the error classes and the retry rule.
"""

from __future__ import annotations

import datetime as dt
import inspect
import json
import re
import sys
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import httpx
import jsonschema
import referencing
import referencing.jsonschema
import spec_tools

# Wrapper-only parameters: not spec parameters, each justified by a feature
# that the checks below compare with the spec (body, pagination, headers).
WRAPPER_ONLY = frozenset(
    {"body", "fields", "if_match", "idempotency_key", "max_items"}
    | {"timeout", "extra_headers", "extra_query"}  # per-call options, on every method
)
# Header parameters -> the wrapper feature that sends them.
HEADER_FEATURES = {
    "if-none-match": "the ETag cache (Operation.etag_cached)",
    "if-match": "if_match=",
    "idempotency-key": "idempotency_key=",
}
PROBE_KEY = "smx_root_contractprobe"
PROBE_BASE_URL = "https://contract.invalid/api/v1"


# -- reading the spec ------------------------------------------------------------------


def label(op: spec_tools.Operation) -> str:
    return f"{op.operation_id or '(no operationId)'} ({op.method.upper()} {op.path})"


def management(spec: dict[str, Any]) -> dict[str, spec_tools.Operation]:
    return {op.operation_id: op for op in spec_tools.management_operations(spec)}


parameters = spec_tools.parameters


def params_in(spec: dict[str, Any], op: spec_tools.Operation, where: str) -> dict[str, bool]:
    """name -> required, for the parameters ``in`` ``where``."""
    return {
        p["name"]: bool(p.get("required", False)) for p in parameters(spec, op) if p["in"] == where
    }


def header_names(spec: dict[str, Any], op: spec_tools.Operation) -> set[str]:
    return {name.lower() for name in params_in(spec, op, "header")}


def object_view(
    spec: dict[str, Any], schema: Any, depth: int = 0
) -> tuple[dict[str, Any], set[str]]:
    """(properties, required) of an object schema, following ``$ref`` and merging ``allOf``."""
    schema = spec_tools.resolve(spec, schema)
    properties: dict[str, Any] = {}
    required: set[str] = set()
    if not isinstance(schema, dict) or depth > 20:
        return properties, required
    for part in schema.get("allOf", []):
        more, needed = object_view(spec, part, depth + 1)
        properties.update(more)
        required |= needed
    properties.update(schema.get("properties", {}))
    required |= set(schema.get("required", []))
    return properties, required


def success_responses(
    spec: dict[str, Any], op: spec_tools.Operation
) -> Iterator[tuple[int, dict[str, Any]]]:
    for status, node in op.node.get("responses", {}).items():
        if str(status).isdigit() and 200 <= int(status) < 300:
            yield int(status), spec_tools.resolve(spec, node)


def json_success_schemas(spec: dict[str, Any], op: spec_tools.Operation) -> list[Any]:
    return [
        media["schema"]
        for _, response in success_responses(spec, op)
        for content_type, media in response.get("content", {}).items()
        if is_json(content_type) and "schema" in media
    ]


def is_json(content_type: str) -> bool:
    return content_type.split(";")[0].strip() in ("application/json", "application/problem+json")


def request_body(spec: dict[str, Any], op: spec_tools.Operation) -> dict[str, Any] | None:
    node = op.node.get("requestBody")
    return None if node is None else spec_tools.resolve(spec, node)


def body_schema(spec: dict[str, Any], op: spec_tools.Operation) -> Any:
    body = request_body(spec, op)
    media = (body or {}).get("content", {}).get("application/json")
    return None if media is None else media.get("schema", {})


def is_spec_list(spec: dict[str, Any], op: spec_tools.Operation) -> bool:
    """Takes ``cursor`` and answers with ``pagination``: a cursor-paginated list."""
    return "cursor" in params_in(spec, op, "query") and returns_pagination(spec, op)


def returns_pagination(spec: dict[str, Any], op: spec_tools.Operation) -> bool:
    return any("pagination" in object_view(spec, s)[0] for s in json_success_schemas(spec, op))


def camel(code: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in code.split("_"))


# -- reading the wrapper ---------------------------------------------------------------


class _Recorded:
    data = None


@dataclass
class Probe:
    """One wrapper method, called once with recording stand-ins for the engine."""

    path: str
    flavour: str  # "sync" | "async"
    function: Callable[..., Any]
    signature: inspect.Signature
    engine: str | None = None  # "request" or "paginate": what the method called
    operation_id: str | None = None
    path_args: tuple[Any, ...] = ()
    arguments: dict[str, Any] = field(default_factory=dict)
    sent_positional: tuple[Any, ...] = ()
    sent_keywords: dict[str, Any] = field(default_factory=dict)
    error: str | None = None

    def where(self) -> str:
        return f"{self.flavour} {self.path}()"

    @property
    def positional(self) -> list[inspect.Parameter]:
        kinds = (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)
        return [p for p in self.signature.parameters.values() if p.kind in kinds]

    @property
    def path_parameters(self) -> list[str]:
        """Positional parameters without a default: the path ids."""
        return [p.name for p in self.positional if p.default is inspect.Parameter.empty]

    @property
    def named(self) -> dict[str, inspect.Parameter]:
        """Every parameter but the path ids and ``**fields``, by name."""
        return {
            name: p
            for name, p in self.signature.parameters.items()
            if name not in self.path_parameters and p.kind is not inspect.Parameter.VAR_KEYWORD
        }

    @property
    def takes_fields(self) -> bool:
        return any(
            p.kind is inspect.Parameter.VAR_KEYWORD for p in self.signature.parameters.values()
        )


@dataclass
class Registry:
    """What the wrapper declares: the table, the client classes, errors and retry rule."""

    operations: Mapping[str, Any]
    clients: Mapping[str, type[Any]]  # flavour -> client class
    resource_bases: tuple[type[Any], ...]
    error_classes: Mapping[str, type[Any]]
    is_idempotent: Callable[[httpx.Request], bool]
    body_fields: Callable[[type[Any]], dict[str, bool]]
    lifecycle: frozenset[str] = frozenset({"close", "with_options"})

    @classmethod
    def from_sendmux_ext(cls) -> Registry:
        from sendmux_ext import AsyncSendmux, Sendmux
        from sendmux_ext._errors import ERROR_CLASSES
        from sendmux_ext._operations import OPERATIONS
        from sendmux_ext._resource import AsyncAPIResource, SyncAPIResource
        from sendmux_ext._retry import is_idempotent
        from sendmux_ext._validation import body_fields

        return cls(
            operations=OPERATIONS,
            clients={"sync": Sendmux, "async": AsyncSendmux},
            resource_bases=(SyncAPIResource, AsyncAPIResource),
            error_classes=ERROR_CLASSES,
            is_idempotent=is_idempotent,
            body_fields=body_fields,
        )

    def probe_client(
        self, flavour: str, transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None
    ) -> Any:
        client_cls = self.clients[flavour]
        http_cls = httpx.Client if flavour == "sync" else httpx.AsyncClient
        http = http_cls(transport=transport or _refusing(flavour))
        return client_cls(
            api_key=PROBE_KEY, base_url=PROBE_BASE_URL, max_retries=0, http_client=http
        )

    @cached_property
    def methods(self) -> dict[str, dict[str, Probe]]:
        """flavour -> method path -> Probe."""
        return {flavour: self._probe_all(flavour) for flavour in self.clients}

    def by_operation(self, flavour: str) -> dict[str, list[Probe]]:
        found: dict[str, list[Probe]] = {}
        for probe in self.methods[flavour].values():
            if probe.operation_id is not None:
                found.setdefault(probe.operation_id, []).append(probe)
        return found

    def method_for(self, flavour: str, operation_id: str) -> Probe | None:
        row = self.operations.get(operation_id)
        return None if row is None else self.methods[flavour].get(row.method_path)

    # -- discovery and probing --

    def _probe_all(self, flavour: str) -> dict[str, Probe]:
        client = self.probe_client(flavour)
        probes = {
            path: self._probe(client, flavour, path, function)
            for path, function in self._walk(client)
        }
        return probes

    def _walk(self, client: Any) -> Iterator[tuple[str, Callable[..., Any]]]:
        for name, _ in inspect.getmembers(type(client), inspect.isfunction):
            if not name.startswith("_") and name not in self.lifecycle:
                yield name, getattr(client, name)
        yield from self._walk_resources(client, "")

    def _walk_resources(self, owner: Any, prefix: str) -> Iterator[tuple[str, Callable[..., Any]]]:
        # Resources are attributes, or cached properties that load their module on first use.
        lazy = {
            name
            for name in dir(type(owner))
            if isinstance(inspect.getattr_static(type(owner), name), cached_property)
        }
        for name in sorted(set(vars(owner)) | lazy):
            value = getattr(owner, name)
            if name.startswith("_") or not isinstance(value, self.resource_bases):
                continue
            inherited = {n for base in self.resource_bases for n in dir(base)}
            for method_name, _ in inspect.getmembers(type(value), inspect.isfunction):
                if not method_name.startswith("_") and method_name not in inherited:
                    yield f"{prefix}{name}.{method_name}", getattr(value, method_name)
            yield from self._walk_resources(value, f"{prefix}{name}.")

    def _probe(self, client: Any, flavour: str, path: str, function: Callable[..., Any]) -> Probe:
        probe = Probe(path, flavour, function, inspect.signature(function))
        positional = tuple(f"<{name}>" for name in probe.path_parameters)
        keywords: dict[str, Any] = {
            name: f"<{name}>"
            for name, p in probe.signature.parameters.items()
            if p.kind is inspect.Parameter.KEYWORD_ONLY
        }
        if probe.takes_fields:
            keywords["probe_field"] = "<probe_field>"
        probe.sent_positional, probe.sent_keywords = positional, keywords

        def record(engine: str, operation_id: str, path_args: Any, arguments: Any) -> None:
            if probe.engine is not None:
                raise RuntimeError("called the engine twice")
            probe.engine, probe.operation_id = engine, operation_id
            probe.path_args, probe.arguments = tuple(path_args), dict(arguments)

        def request(operation_id: str, path_args: Any, arguments: Any) -> _Recorded:
            record("request", operation_id, path_args, arguments)
            return _Recorded()

        async def arequest(operation_id: str, path_args: Any, arguments: Any) -> _Recorded:
            return request(operation_id, path_args, arguments)

        def paginate(operation_id: str, path_args: Any, arguments: Any) -> None:
            record("paginate", operation_id, path_args, arguments)

        client._request = request if flavour == "sync" else arequest
        client._paginate = paginate
        try:
            outcome = function(*positional, **keywords)
            if inspect.iscoroutine(outcome):
                if flavour == "sync":
                    outcome.close()
                    probe.error = "is a coroutine function on the sync client"
                else:
                    _drive(outcome)
            elif flavour == "async" and probe.engine == "request":
                probe.error = "is not awaitable on the async client"
        except Exception as exc:  # a method that cannot even be called is a finding
            probe.error = (
                f"could not be called with its own parameters ({type(exc).__name__}: {exc})"
            )
        finally:
            del client._request, client._paginate
        if probe.error is None and probe.engine is None:
            probe.error = "calls no operation"
        return probe


def _drive(coroutine: Any) -> None:
    """Run a coroutine that awaits nothing real (the recording engine) to its end."""
    try:
        coroutine.send(None)
    except StopIteration:
        return
    coroutine.close()
    raise RuntimeError("awaited something besides the engine")


def _refusing(flavour: str) -> httpx.BaseTransport | httpx.AsyncBaseTransport:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise RuntimeError(f"the probe client must not send requests ({request.url})")

    return httpx.MockTransport(refuse)


# -- the checks -------------------------------------------------------------------------


def _where(registry: Registry, op_id: str, flavour: str = "sync") -> str:
    row = registry.operations.get(op_id)
    return f"{flavour} {row.method_path}()" if row is not None else "(no wrapper method)"


def _known(spec: dict[str, Any], registry: Registry) -> Iterator[tuple[spec_tools.Operation, Any]]:
    """Management operations that the table has too (the others are coverage findings)."""
    for op_id, op in management(spec).items():
        row = registry.operations.get(op_id)
        if row is not None:
            yield op, row


def check_coverage(spec: dict[str, Any], registry: Registry) -> list[str]:
    """Every Management operation has exactly one method, sync and async, and vice versa."""
    problems = []
    ops = management(spec)
    seen: dict[str, str] = {}
    for op in spec_tools.management_operations(spec):
        if not op.operation_id:
            problems.append(f"{label(op)}: has no operationId, so no wrapper method can name it")
        elif op.operation_id in seen:
            problems.append(f"{label(op)}: operationId also used by {seen[op.operation_id]}")
        seen[op.operation_id] = label(op)
    for op_id, op in ops.items():
        row = registry.operations.get(op_id)
        if row is None:
            problems.append(
                f"{label(op)}: new Management operation without a wrapper method "
                "(add a row to OPERATIONS and a sync and an async method)"
            )
        elif (row.method, row.path) != (op.method, op.path):
            problems.append(
                f"{label(op)}: OPERATIONS says {row.method.upper()} {row.path} "
                f"for {row.method_path}()"
            )
    for op_id, row in registry.operations.items():
        if op_id not in ops:
            problems.append(
                f"{op_id} ({row.method.upper()} {row.path}): {row.method_path}() calls an "
                "operation that is not in the spec's Management API (removed or renamed?)"
            )
            continue
        try:
            row.module  # noqa: B018 - importing is the check
        except ImportError as exc:
            problems.append(
                f"{label(ops[op_id])}: generated module missing ({exc}); run make regen"
            )
    for flavour in registry.clients:
        methods = registry.methods[flavour]
        for op_id, row in registry.operations.items():
            probe = methods.get(row.method_path)
            where = f"{op_id} ({row.method.upper()} {row.path})"
            if probe is None:
                problems.append(f"{where}: no {flavour} method {row.method_path}()")
            elif probe.operation_id not in (None, op_id):
                problems.append(f"{where}: {probe.where()} calls {probe.operation_id} instead")
        for probe in methods.values():
            if probe.error is not None:
                problems.append(f"{probe.where()}: {probe.error}")
            elif probe.operation_id not in registry.operations:
                problems.append(
                    f"{probe.where()} calls {probe.operation_id}, which has no row in OPERATIONS"
                )
        for op_id, probes in registry.by_operation(flavour).items():
            if len(probes) > 1:
                names = ", ".join(p.where() for p in probes)
                problems.append(f"{op_id}: several {flavour} methods call it: {names}")
    return problems


def check_parameters(spec: dict[str, Any], registry: Registry) -> list[str]:
    """Path and query parameters taken under their spec names, required ones required."""
    problems = []
    for op, row in _known(spec, registry):
        path_params = params_in(spec, op, "path")
        query = params_in(spec, op, "query")
        for where_in in ("header", "cookie"):
            for name in params_in(spec, op, where_in):
                if where_in == "cookie" or name.lower() not in HEADER_FEATURES:
                    problems.append(
                        f"{label(op)}: {where_in} parameter {name} is not handled by the wrapper"
                    )
        generated_query = {_spec_name(n) for n in row.query_params}
        if generated_query != set(query) or set(row.path_params) != set(path_params):
            problems.append(
                f"{label(op)}: the generated function takes path {list(row.path_params)} and "
                f"query {sorted(generated_query)}, the spec path {list(path_params)} and query "
                f"{sorted(query)}; run make regen"
            )
        for flavour in registry.clients:
            probe = registry.method_for(flavour, op.operation_id)
            if probe is None or probe.error is not None:
                continue  # reported by check_coverage
            where = f"{label(op)} -> {probe.where()}"
            if probe.path_parameters != list(row.path_params):
                problems.append(
                    f"{where}: takes path ids {probe.path_parameters}, the operation "
                    f"{list(row.path_params)} (same names, same order)"
                )
            elif probe.path_args != probe.sent_positional:
                problems.append(f"{where}: does not pass its path ids on in order")
            for name, required in query.items():
                parameter = probe.named.get(name)
                if parameter is None:
                    problems.append(f"{where}: no parameter for query parameter {name!r}")
                    continue
                has_default = parameter.default is not inspect.Parameter.empty
                if required and has_default:
                    problems.append(f"{where}: query parameter {name!r} is required by the spec")
                if not required and not has_default:
                    problems.append(f"{where}: query parameter {name!r} is optional in the spec")
            for name, parameter in probe.named.items():
                if name not in query and name not in WRAPPER_ONLY:
                    problems.append(
                        f"{where}: takes {name!r}, which is not a parameter of the operation"
                    )
                if parameter.kind is inspect.Parameter.KEYWORD_ONLY and probe.arguments.get(
                    name
                ) != probe.sent_keywords.get(name):
                    problems.append(f"{where}: does not pass {name!r} on to the engine")
    return problems


def _spec_name(generated: str) -> str:
    """The spec's name of a generated parameter: the wrapper's one rule (``_hints.json_name``),
    so that a mismatch between that rule and the generator is a finding here."""
    from sendmux_ext._hints import json_name

    return json_name(generated)


def check_bodies(spec: dict[str, Any], registry: Registry) -> list[str]:
    """The body fields the wrapper accepts are the body schema's, with the same required set."""
    problems = []
    for op, row in _known(spec, registry):
        body = request_body(spec, op)
        model = row.body_model
        for content_type in (body or {}).get("content", {}):
            if content_type != "application/json":
                problems.append(f"{label(op)}: request body type {content_type} is not supported")
        schema = body_schema(spec, op)
        for flavour in registry.clients:
            probe = registry.method_for(flavour, op.operation_id)
            if probe is None or probe.error is not None:
                continue
            takes = "body" in probe.named and probe.takes_fields
            if takes != (schema is not None):
                problems.append(
                    f"{label(op)} -> {probe.where()}: "
                    + (
                        "takes body= / **fields but the operation has no body"
                        if takes
                        else "the operation has a body; the method lacks body= and **fields"
                    )
                )
            elif takes and probe.arguments.get("fields") != {"probe_field": "<probe_field>"}:
                problems.append(f"{label(op)} -> {probe.where()}: does not pass **fields on")
        if schema is None:
            if model is not None:
                problems.append(f"{label(op)}: the wrapper sends a body the spec does not declare")
            continue
        if model is None:
            problems.append(
                f"{label(op)}: the spec declares a body; the generated function "
                "takes none (run make regen)"
            )
            continue
        properties, required = object_view(spec, schema)
        accepted = registry.body_fields(model)
        where = f"{label(op)} -> {_where(registry, op.operation_id)}"
        for name in sorted(set(properties) - set(accepted)):
            problems.append(f"{where}: body field {name!r} of the spec is not accepted")
        for name in sorted(set(accepted) - set(properties)):
            problems.append(f"{where}: accepts body field {name!r}, which the spec does not have")
        for name in sorted(set(accepted) & set(properties)):
            if accepted[name] != (name in required):
                state = "required" if name in required else "optional"
                problems.append(f"{where}: body field {name!r} is {state} in the spec")
    return problems


def check_pagination(spec: dict[str, Any], registry: Registry) -> list[str]:
    """cursor + pagination in the spec == Operation.paginated == methods returning a Paginator."""
    problems = []
    for op, row in _known(spec, registry):
        takes_cursor = "cursor" in params_in(spec, op, "query")
        answers_page = returns_pagination(spec, op)
        spec_list = takes_cursor and answers_page
        if takes_cursor != answers_page:
            has, lacks = ("cursor", "pagination") if takes_cursor else ("pagination", "cursor")
            problems.append(f"{label(op)}: has {has} but no {lacks}; the wrapper cannot page it")
        if row.paginated != spec_list:
            problems.append(
                f"{label(op)}: OPERATIONS says paginated={row.paginated}, "
                f"the spec {'lists with' if spec_list else 'has no'} cursor pagination"
            )
        for flavour in registry.clients:
            probe = registry.method_for(flavour, op.operation_id)
            if probe is None or probe.error is not None:
                continue
            pages = probe.engine == "paginate"
            if pages != spec_list:
                problems.append(
                    f"{label(op)} -> {probe.where()}: "
                    + (
                        "returns a paginator; the spec's operation is not a cursor list"
                        if pages
                        else "the operation is a cursor list; the method returns no paginator"
                    )
                )
            if ("max_items" in probe.named) != spec_list:
                problems.append(f"{label(op)} -> {probe.where()}: max_items= belongs to lists only")
    return problems


def check_conditional(spec: dict[str, Any], registry: Registry) -> list[str]:
    """If-None-Match == ETag cache, If-Match == if_match=, Idempotency-Key == idempotency_key=."""
    problems = []
    for op, row in _known(spec, registry):
        headers = header_names(spec, op)
        if ("if-none-match" in headers) != row.etag_cached:
            problems.append(
                f"{label(op)}: "
                + (
                    "takes If-None-Match but the ETag cache does not serve it (run make regen)"
                    if "if-none-match" in headers
                    else "the ETag cache serves it but the spec has no If-None-Match"
                )
            )
        if "if-none-match" in headers and op.method != "get":
            problems.append(f"{label(op)}: If-None-Match on a {op.method.upper()} is not cached")
        for header, argument, derived in (
            ("If-Match", "if_match", row.takes_if_match),
            ("Idempotency-Key", "idempotency_key", row.idempotent_post),
        ):
            in_spec = header.lower() in headers
            if derived != in_spec:
                problems.append(
                    f"{label(op)}: the generated function {'lacks' if in_spec else 'takes'} "
                    f"{argument} but the spec {'has' if in_spec else 'has no'} {header} "
                    "(run make regen)"
                )
            for flavour in registry.clients:
                probe = registry.method_for(flavour, op.operation_id)
                if probe is None or probe.error is not None:
                    continue
                if (argument in probe.named) != in_spec:
                    problems.append(
                        f"{label(op)} -> {probe.where()}: "
                        + (
                            f"the operation takes {header}; the method has no {argument}="
                            if in_spec
                            else f"takes {argument}= but the operation has no {header}"
                        )
                    )
        if "idempotency-key" in headers:
            request = httpx.Request(
                op.method.upper(), PROBE_BASE_URL + op.path, headers={"Idempotency-Key": "k"}
            )
            if not registry.is_idempotent(request):
                problems.append(
                    f"{label(op)}: a request with an Idempotency-Key is not retried as idempotent"
                )
    return problems


def check_errors(spec: dict[str, Any], registry: Registry) -> list[str]:
    """The ApiError code enum == the codes with an exception class, named after the code."""
    problems = []
    codes = spec_tools.error_codes(spec)
    if not codes:
        return ["components.schemas.ApiError: no error.code enum in the spec"]
    for name in codes:
        if name not in registry.error_classes:
            problems.append(f"error code {name!r} (ApiError.code) has no exception class")
    for name, cls in registry.error_classes.items():
        if name not in codes:
            problems.append(
                f"{cls.__name__} is for error code {name!r}, which the spec no longer has"
            )
        expected = camel(name) if camel(name).endswith("Error") else camel(name) + "Error"
        if cls.__name__ != expected:
            problems.append(f"error code {name!r}: class {cls.__name__}, expected {expected}")
    statuses = {
        int(status)
        for op in management(spec).values()
        for status in op.node.get("responses", {})
        if str(status).isdigit() and int(status) >= 400
    }
    for name, cls in registry.error_classes.items():
        status = getattr(cls, "status", None)
        if status is not None and status not in statuses:
            problems.append(
                f"{cls.__name__} ({name!r}) expects status {status}, "
                "which no Management operation documents"
            )
    return problems


def check_envelope(spec: dict[str, Any], registry: Registry) -> list[str]:
    """2xx JSON bodies are {ok, data, meta} (+ pagination for lists), else declared text."""
    problems = []
    for op, row in _known(spec, registry):
        lists = "cursor" in params_in(spec, op, "query")
        for status, response in success_responses(spec, op):
            content = response.get("content", {})
            where = f"{label(op)} {status}"
            if not content:
                problems.append(f"{where}: no response body; the wrapper expects an envelope")
            for content_type, media in content.items():
                if not is_json(content_type):
                    if not row.text_response:
                        problems.append(
                            f"{where}: answers {content_type}; declare text_response=True "
                            "in OPERATIONS or handle it"
                        )
                    continue
                if row.text_response:
                    problems.append(f"{where}: declared text_response but answers {content_type}")
                    continue
                properties, required = object_view(spec, media.get("schema", {}))
                expected = {"ok", "data", "meta"} | ({"pagination"} if lists else set())
                for name in sorted(expected - properties.keys()):
                    problems.append(
                        f"{where}: the {content_type} body has no {name!r} envelope member"
                    )
                for name in sorted((expected & properties.keys()) - required):
                    problems.append(f"{where}: envelope member {name!r} is not required")
    return problems


CHECKS: dict[str, Callable[[dict[str, Any], Registry], list[str]]] = {
    "coverage": check_coverage,
    "parameters": check_parameters,
    "bodies": check_bodies,
    "pagination": check_pagination,
    "conditional": check_conditional,
    "errors": check_errors,
    "envelope": check_envelope,
}
"""The static checks: spec and wrapper read side by side, nothing sent."""


def check_fake_behaviour(spec: dict[str, Any], registry: Registry) -> list[str]:
    """Every Management operation of the spec has behaviour in the fake (sendmux_ext.testing)."""
    from sendmux_ext.testing import _behaviour

    problems = []
    ops = management(spec)
    paths = {op.path for op in ops.values()}
    for op_id, op in ops.items():
        json_answer = bool(json_success_schemas(spec, op))
        found = _behaviour.classify(
            op_id, op.method, op.path, paths,
            paginated=is_spec_list(spec, op), json_answer=json_answer,
        )  # fmt: skip
        if found is None or op_id not in registry.operations:
            problems.append(
                f"{label(op)}: no fake behaviour in sendmux_ext.testing; add a handler to "
                "_behaviour.SPECIAL (or give it a path shape the fake knows)"
            )
    return problems


CHECKS["fake"] = check_fake_behaviour


# -- examples: the real client over a mock transport answering with the spec's examples --


def schema_validator(spec: dict[str, Any]) -> Callable[[Any, Any], list[str]]:
    """``validate(instance, schema)`` -> messages, for schemas of ``spec`` (JSON Schema 2020-12)."""
    resource = referencing.Resource.from_contents(
        spec, default_specification=referencing.jsonschema.DRAFT202012
    )
    registry: referencing.Registry[Any] = referencing.Registry().with_resource("urn:spec", resource)

    def validate(instance: Any, schema: Any) -> list[str]:
        if isinstance(schema, dict) and "$ref" in schema and len(schema) == 1:
            schema = {"$ref": "urn:spec" + schema["$ref"]}
        else:
            schema = {"$id": "urn:spec-inline", "allOf": [_rebase(schema)]}
        validator = jsonschema.Draft202012Validator(
            schema, registry=registry, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
        )
        return [
            f"{'/'.join(map(str, e.absolute_path)) or '(root)'}: {e.message}"
            for e in validator.iter_errors(instance)
        ]

    return validate


def _rebase(node: Any) -> Any:
    """Point an inline schema's local ``$ref``s at the whole spec."""
    if isinstance(node, dict):
        return {
            k: (
                "urn:spec" + v
                if k == "$ref" and isinstance(v, str) and v.startswith("#")
                else _rebase(v)
            )
            for k, v in node.items()
        }
    if isinstance(node, list):
        return [_rebase(item) for item in node]
    return node


def response_examples(spec: dict[str, Any], media: dict[str, Any]) -> list[tuple[str, Any]]:
    """(name, body) for every example of a response media type, and a built sample."""
    found: list[tuple[str, Any]] = []
    if "example" in media:
        found.append(("example", media["example"]))
    for name, example in media.get("examples", {}).items():
        example = spec_tools.resolve(spec, example)
        if "value" in example:
            found.append((f"examples.{name}", example["value"]))
    schema = spec_tools.resolve(spec, media.get("schema", {}))
    if isinstance(schema, dict):
        if "example" in schema:
            found.append(("schema example", schema["example"]))
        for index, value in enumerate(schema.get("examples") or []):
            found.append((f"schema examples[{index}]", value))
    found.append(("spec_tools.sample", spec_tools.sample(spec, media.get("schema", {}))))
    return found


def example_value(spec: dict[str, Any], parameter: dict[str, Any]) -> Any:
    if "example" in parameter:
        return parameter["example"]
    for example in (parameter.get("examples") or {}).values():
        example = spec_tools.resolve(spec, example)
        if "value" in example:
            return example["value"]
    return spec_tools.sample(spec, parameter.get("schema", {}))


def body_example(
    spec: dict[str, Any], op: spec_tools.Operation, *, only_required: bool
) -> dict[str, Any] | None:
    """A request body from the spec's example values (all fields, or the required ones)."""
    schema = body_schema(spec, op)
    if schema is None:
        return None
    media = request_body(spec, op)["content"]["application/json"]  # type: ignore[index]
    value = media.get("example")
    if value is None:
        value = spec_tools.sample(spec, schema)
    if not isinstance(value, dict):
        return value  # type: ignore[no-any-return]
    if only_required:
        required = object_view(spec, schema)[1]
        value = {k: v for k, v in value.items() if k in required}
    return value


def call_arguments(
    spec: dict[str, Any], op: spec_tools.Operation, *, all_body_fields: bool = True
) -> tuple[tuple[Any, ...], dict[str, Any]]:
    """Positional path ids and keywords for the wrapper method, from the spec's examples."""
    by_name = {(p["in"], p["name"]): p for p in parameters(spec, op)}
    path_ids = tuple(
        str(example_value(spec, by_name[("path", name)]))
        for name in re.findall(r"{([^}]+)}", op.path)
    )
    keywords = {
        p["name"]: example_value(spec, p)
        for p in parameters(spec, op)
        if p["in"] == "query" and p.get("required")
    }
    body = body_example(spec, op, only_required=not all_body_fields)
    if isinstance(body, dict):
        keywords.update(body)
    return path_ids, keywords


def to_json(value: Any) -> Any:
    if hasattr(value, "to_dict"):
        return to_json(value.to_dict())
    if isinstance(value, list):
        return [to_json(item) for item in value]
    if isinstance(value, dict):
        return {key: to_json(item) for key, item in value.items()}
    return value


_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")


def comparable(value: Any) -> Any:
    """Datetimes compared as instants (the models write ``+00:00`` where examples say ``Z``)."""
    if isinstance(value, str) and _DATETIME.match(value):
        try:
            return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return value
    if isinstance(value, list):
        return [comparable(item) for item in value]
    if isinstance(value, dict):
        return {key: comparable(item) for key, item in value.items()}
    return value


def first_difference(left: Any, right: Any, where: str = "data") -> str | None:
    if isinstance(left, dict) and isinstance(right, dict):
        for key in sorted(set(left) | set(right)):
            if key not in left or key not in right:
                missing = "missing in the model" if key not in left else "not in the example"
                return f"{where}.{key}: {missing}"
            found = first_difference(left[key], right[key], f"{where}.{key}")
            if found:
                return found
        return None
    if isinstance(left, list) and isinstance(right, list):
        if len(left) != len(right):
            return f"{where}: {len(left)} items vs {len(right)}"
        for index, (a, b) in enumerate(zip(left, right, strict=True)):
            found = first_difference(a, b, f"{where}[{index}]")
            if found:
                return found
        return None
    return None if left == right else f"{where}: model {left!r} vs example {right!r}"


def expected_model(probe: Probe) -> str:
    """The model name a method's return annotation states (``Paginator[X]`` -> ``X``)."""
    annotation = probe.signature.return_annotation
    text = annotation if isinstance(annotation, str) else getattr(annotation, "__name__", "")
    match = re.fullmatch(r"(?:Async)?Paginator\[(.+)\]", text)
    return match.group(1) if match else text


Wrap = Callable[[httpx.BaseTransport], httpx.BaseTransport]


def check_examples(
    spec: dict[str, Any], registry: Registry, *, wrap_transport: Wrap | None = None
) -> list[str]:
    """Every 2xx example (and a sample) parses through the wrapper into its model; request
    bodies built from the spec's examples validate and are what the wrapper sends."""
    problems: list[str] = []
    validate = schema_validator(spec)
    for op, _row in _known(spec, registry):
        probe = registry.method_for("sync", op.operation_id)
        if probe is None or probe.error is not None:
            continue
        where = f"{label(op)} -> {probe.where()}"
        path_ids, keywords = call_arguments(spec, op)
        body = body_example(spec, op, only_required=False)
        schema = body_schema(spec, op)
        if schema is not None:
            for message in validate(body, schema):
                problems.append(
                    f"{where}: request body from the spec's examples is invalid: {message}"
                )
        for status, response in success_responses(spec, op):
            for content_type, media in response.get("content", {}).items():
                for name, example in response_examples(spec, media):
                    problem = _run_example(
                        spec, registry, probe, op, path_ids, keywords, body,
                        status, content_type, example, wrap_transport,
                    )  # fmt: skip
                    if problem:
                        problems.append(f"{where}: {status} {content_type} {name}: {problem}")
    return problems


def _run_example(
    spec: dict[str, Any],
    registry: Registry,
    probe: Probe,
    op: spec_tools.Operation,
    path_ids: tuple[Any, ...],
    keywords: dict[str, Any],
    body: Any,
    status: int,
    content_type: str,
    example: Any,
    wrap_transport: Wrap | None,
) -> str | None:
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        headers = {"X-Request-Id": "req_contract"}
        if is_json(content_type):
            return httpx.Response(status, json=example, headers=headers)
        headers["Content-Type"] = content_type
        return httpx.Response(status, text=str(example), headers=headers)

    transport: httpx.BaseTransport = httpx.MockTransport(answer)
    if wrap_transport is not None:
        transport = wrap_transport(transport)
    client = registry.probe_client("sync", transport)
    method = _resolve_method(client, probe.path)
    try:
        result = method(*path_ids, **keywords)
        if probe.engine == "paginate":
            page = next(iter(result.pages()))
            got: Any = page.items
        else:
            got = result
    except Exception as exc:
        return f"the wrapper failed: {type(exc).__name__}: {exc}"
    finally:
        client.close()
    if len(sent) != 1:
        return f"sent {len(sent)} requests, expected 1"
    problem = _check_sent(spec, op, sent[0], body, content_type)
    if problem:
        return problem
    expected = example.get("data") if is_json(content_type) else example
    items = got if isinstance(got, list) else [got]
    model = expected_model(probe)
    wrong = [type(item).__name__ for item in items if type(item).__name__ != model]
    if wrong:
        return f"returned {wrong[0]}, the method says it returns {model}"
    return first_difference(comparable(to_json(got)), comparable(expected))


def _check_sent(
    spec: dict[str, Any],
    op: spec_tools.Operation,
    request: httpx.Request,
    body: Any,
    content_type: str,
) -> str | None:
    if request.method.lower() != op.method:
        return f"sent {request.method}, the operation is {op.method.upper()}"
    takes_key = "idempotency-key" in header_names(spec, op)
    if takes_key != ("idempotency-key" in request.headers):
        return "sent " + ("no Idempotency-Key" if takes_key else "an Idempotency-Key it lacks")
    accept = request.headers.get("accept", "*/*")
    if not accepts(accept, content_type):
        return f"sent Accept: {accept}, which refuses the operation's {content_type}"
    if body is not None:
        try:
            sent_body = json.loads(request.content)
        except ValueError:
            return f"sent a body that is not JSON: {request.content[:80]!r}"
        difference = first_difference(comparable(sent_body), comparable(body), "body")
        if difference:
            return f"the body sent differs from the one built from the spec: {difference}"
    elif request.content:
        return "sent a body; the operation has none"
    return None


def accepts(accept: str, content_type: str) -> bool:
    """Whether an ``Accept`` header admits ``content_type`` (RFC 9110 media ranges)."""
    kind, _, subtype = content_type.split(";")[0].strip().lower().partition("/")
    for media_range in accept.split(","):
        media, *params = (part.strip().lower() for part in media_range.split(";"))
        quality = next((p[2:] for p in params if p.startswith("q=")), "1")
        if media in ("*/*", f"{kind}/*", f"{kind}/{subtype}") and float(quality or 0) > 0:
            return True
    return False


def _resolve_method(client: Any, path: str) -> Callable[..., Any]:
    target = client
    for part in path.split("."):
        target = getattr(target, part)
    return target  # type: ignore[no-any-return]


def run_all(spec: dict[str, Any], registry: Registry | None = None) -> dict[str, list[str]]:
    """Check name -> problems, for every check (examples included)."""
    registry = registry or Registry.from_sendmux_ext()
    results = {name: check(spec, registry) for name, check in CHECKS.items()}
    results["examples"] = check_examples(spec, registry)
    return results


def check_spec(spec: dict[str, Any], registry: Registry | None = None) -> dict[str, list[str]]:
    """``run_all`` on the vendor ``spec`` with the patches that fit it; a patch that does not
    fit (an older or newer spec than it was written for) is a "patches" problem, not a crash."""
    from spec_patches import apply_fitting, load_patch
    from spec_rules import rule_misfits

    patched, misfits = apply_fitting(spec, load_patch())
    misfits += rule_misfits(patched)  # the generator sees the rules' output too
    return {"patches": misfits, **run_all(patched, registry)}


def main(argv: list[str] | None = None) -> int:
    root = Path(__file__).resolve().parent.parent
    args = argv if argv is not None else sys.argv[1:]
    spec = spec_tools.load(Path(args[0]) if args else root / "openapi.json")
    failed = 0
    for name, problems in check_spec(spec).items():
        print(f"contract {name}: {'ok' if not problems else f'{len(problems)} problem(s)'}")
        for problem in problems:
            print(f"  - {problem}")
        failed += len(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
