"""Emit ``sendmux_ext/resources/`` from the spec, the generated code and the names table.

Run by ``regen.py`` in a subprocess whose ``sys.path`` starts with the freshly
generated ``sendmux_api`` (so the types are today's, never a stale install)::

    python scripts/emit_resources.py PATCHED_SPEC.json NAMES_FILE OUT_DIR

A human writes only the public name of each operation (``NAMES`` in
``sendmux_ext/_operations.py``). Everything else is read here: method, path and
generated module from the spec; path, query and header parameters, the body's
fields and the returned model from the generated function and models (their
types); descriptions and valid values from the spec. One template
(``templates/ext_resources.py.jinja``) renders every area module, sync, async and
their ``with_response`` twins; ``_facts.py`` carries what the engine needs.
"""

from __future__ import annotations

import ast
import datetime as dt
import enum
import importlib
import importlib.util
import inspect
import json
import keyword
import sys
import textwrap
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import attrs
import jinja2
import spec_tools
from spec_rules import DATETIME_QUERY

ROOT = Path(__file__).resolve().parent.parent
TEMPLATE = ROOT / "templates" / "ext_resources.py.jinja"
HEADER_PARAMETERS = {"if_match": "If-Match", "idempotency_key": "Idempotency-Key"}
INTERNAL_PARAMETERS = {"client", "body", "if_none_match", *HEADER_PARAMETERS}
# Keywords every method takes besides the operation's own: they must not clash.
OPTIONS = ("timeout", "extra_headers", "extra_query")
RESERVED = {"self", "body", "fields", "max_items", *OPTIONS, *HEADER_PARAMETERS}


class EmitError(Exception):
    """The spec, the names table and the generated code do not fit together."""


def _load_hints_module() -> types.ModuleType:
    """``sendmux_ext/_hints.py`` on its own: the one Python <-> JSON name rule, without
    importing ``sendmux_ext`` (whose resources are what we are emitting)."""
    path = ROOT / "sendmux_ext" / "_hints.py"
    loaded = importlib.util.spec_from_file_location("_sendmux_hints", path)
    assert loaded is not None and loaded.loader is not None
    module = importlib.util.module_from_spec(loaded)
    loaded.loader.exec_module(module)
    return module


_HINTS = _load_hints_module()


def read_names(path: Path) -> dict[str, str]:
    """``NAMES`` of ``_operations.py`` (a literal dict), read without importing the package."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in tree.body:
        target = node.target if isinstance(node, ast.AnnAssign) else None
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
        if isinstance(target, ast.Name) and target.id == "NAMES" and node.value is not None:
            names = ast.literal_eval(node.value)
            if isinstance(names, dict):
                return names
    raise EmitError(f"{path.name} has no literal NAMES = {{operationId: 'area.method'}}")


def pascal(path: str) -> str:
    return "".join(part.capitalize() for chunk in path.split(".") for part in chunk.split("_"))


# -- types: generated annotations -> what a user may pass / gets back --------------------


@dataclass
class Imports:
    models: set[str] = field(default_factory=set)

    def model(self, cls: type[Any]) -> str:
        self.models.add(cls.__name__)
        return cls.__name__


def _options(annotation: Any) -> list[Any]:
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        return [o for o in typing.get_args(annotation) if getattr(o, "__name__", "") != "Unset"]
    return [annotation]


def _join(parts: list[str]) -> str:
    unique = sorted(dict.fromkeys(parts), key=lambda part: part == "None")  # None last
    return " | ".join(unique) if unique else "Any"


def input_type(annotation: Any, imports: Imports) -> str:
    """What a caller may pass for a field or parameter of this generated type."""
    parts = []
    for option in _options(annotation):
        origin = typing.get_origin(option)
        if option is type(None):
            parts.append("None")
        elif origin is list:
            (item,) = typing.get_args(option) or (Any,)
            parts.append(f"Sequence[{input_type(item, imports)}]")
        elif origin is dict:
            _, value = typing.get_args(option) or (str, Any)
            parts.append(f"Mapping[str, {input_type(value, imports)}]")
        elif isinstance(option, type) and issubclass(option, enum.Enum):
            values = ", ".join(json.dumps(m.value) for m in option)
            parts.append(f"Literal[{values}]")
            parts.append(imports.model(option))
        elif isinstance(option, type) and attrs.has(option):
            parts += [imports.model(option), "Mapping[str, Any]"]
        elif option is dt.datetime:
            parts += ["datetime", "str"]
        elif option in (str, int, float, bool, dt.date):
            parts.append(option.__name__)
        else:
            parts.append("Any")
    return _join(parts)


def output_type(annotation: Any, imports: Imports) -> str:
    parts = []
    for option in _options(annotation):
        origin = typing.get_origin(option)
        if option is type(None):
            parts.append("None")
        elif origin is list:
            (item,) = typing.get_args(option) or (Any,)
            parts.append(f"list[{output_type(item, imports)}]")
        elif isinstance(option, type) and (issubclass(option, enum.Enum) or attrs.has(option)):
            parts.append(imports.model(option))
        elif isinstance(option, type) and option.__module__ == "builtins":
            parts.append(option.__name__)
        else:
            parts.append("Any")
    return _join(parts)


def _hints_of(obj: Any) -> dict[str, Any]:
    models = importlib.import_module("sendmux_api.models")
    namespace = {name: getattr(models, name) for name in models.__all__}
    return typing.get_type_hints(obj, localns=namespace)


# -- docstrings --------------------------------------------------------------------------


def _text(value: Any) -> str:
    return " ".join(str(value or "").split())


def _valid_values(schema: dict[str, Any]) -> str:
    values = [v for v in schema.get("enum", []) if v is not None]
    return f" One of: {', '.join(repr(v) for v in values)}." if values else ""


def _describe(spec: dict[str, Any], schema: Any, fallback: str = "") -> str:
    schema = spec_tools.resolve(spec, schema) if schema is not None else {}
    for key in ("anyOf", "oneOf"):
        for branch in schema.get(key, []):
            branch = spec_tools.resolve(spec, branch)
            if branch.get("enum"):
                schema = {**branch, **{k: v for k, v in schema.items() if k != key}}
    text = _text(schema.get("description")) or fallback
    text += _valid_values(schema)
    if "default" in schema:
        text += f" Default: {schema['default']!r}."
    return text.strip()


def _wrap(text: str, indent: int, width: int = 92) -> list[str]:
    return textwrap.wrap(text, width=width - indent, break_on_hyphens=False) or [""]


@dataclass
class Arg:
    name: str  # the keyword users pass (the spec's name)
    annotation: str
    required: bool
    doc: str


@dataclass
class Method:
    name: str
    operation_id: str
    path_params: list[Arg]
    query: list[Arg]
    headers: list[Arg]
    body_model: str | None
    fields_type: str | None
    fields: list[Arg]
    returns: str
    paginated: bool
    doc: list[str]


@dataclass
class Resource:
    path: str  # "" for the client itself
    cls: str
    children: dict[str, str] = field(default_factory=dict)  # attribute -> class base name
    methods: list[Method] = field(default_factory=list)


def _docstring(
    spec: dict[str, Any], op: spec_tools.Operation, method: Method, statuses: list[str]
) -> list[str]:
    lines = _wrap(_text(op.node.get("summary")) or method.operation_id, 8)
    if lines[-1] and not lines[-1].endswith("."):
        lines[-1] += "."
    description = _text(op.node.get("description"))
    if description:
        lines += ["", *_wrap(description, 8)]
    lines += ["", *_wrap(f"``{op.method.upper()} {op.path}`` ({op.operation_id}).", 8)]
    args = [*method.path_params, *method.query, *method.fields, *method.headers]
    if method.body_model:
        args.append(Arg("body", "", False, f"the whole body as a ``{method.body_model}``, "
                        "instead of the field keywords"))  # fmt: skip
    if method.paginated:
        args.append(Arg("max_items", "", False, "stop after this many items (all pages)."))
    args.append(Arg("timeout", "", False, "this call's timeout in seconds (or an httpx.Timeout)."))
    args.append(Arg("extra_headers", "", False, "headers added to this call."))
    args.append(Arg("extra_query", "", False, "query parameters added to this call."))
    lines += ["", "Args:"]
    for arg in args:
        text = f"{arg.name}: {'(required) ' if arg.required else ''}{arg.doc or '-'}"
        first, *rest = _wrap(text, 12)
        lines.append("    " + first)
        lines += ["        " + line for line in rest]
    raised = (
        f"APIError: the API's error, one subclass per error code (documented statuses: "
        f"{', '.join(statuses)})."
        if statuses
        else "APIError: the API's error, one subclass per error code."
    )
    lines += ["", "Raises:"]
    for text in (
        "InvalidRequestError: an argument is refused before anything is sent.",
        raised,
        "APIConnectionError: no answer (APITimeoutError: the timeout passed).",
        "APIResponseValidationError: the answer does not fit the spec.",
    ):
        first, *rest = _wrap(text, 12)
        lines.append("    " + first)
        lines += ["        " + line for line in rest]
    return lines


# -- reading one operation ---------------------------------------------------------------


def _module_name(op: spec_tools.Operation) -> str:
    from openapi_python_client.strings import snake_case

    tag = snake_case(op.tags[0]) if op.tags else "default"
    return f"{tag}.{snake_case(op.operation_id)}"


def _success_model(return_hint: Any) -> Any:
    (parsed,) = typing.get_args(return_hint)
    # ApiError bodies never reach the parser (the requester raises); Any is a 304.
    options = [o for o in _options(parsed) if o is not Any and o.__name__ != "ApiError"]
    if len(options) != 1:
        raise EmitError(f"expected one success type, got {options}")
    return options[0]


def _check_keyword(where: str, name: str) -> None:
    if not name.isidentifier() or keyword.iskeyword(name) or name in RESERVED:
        raise EmitError(
            f"{where}: {name!r} cannot be a keyword argument (a Python keyword or one of "
            f"{sorted(RESERVED)}): it needs a rename rule in scripts/emit_resources.py"
        )


def read_operation(
    spec: dict[str, Any], op: spec_tools.Operation, public: str, imports: Imports
) -> tuple[Method, tuple[Any, ...]]:
    where = f"{op.operation_id} ({public})"
    module_name = _module_name(op)
    module = importlib.import_module(f"sendmux_api.api.{module_name}")
    function = module.sync_detailed
    hints = _hints_of(function)
    signature = inspect.signature(function)
    spec_params = {(p["in"], p["name"]): p for p in spec_tools.parameters(spec, op)}
    path_params, query, headers = [], [], []
    datetime_params = []
    for name, parameter in signature.parameters.items():
        if name in ("client", "body", "if_none_match"):
            continue  # the client is ours; the body below; If-None-Match is the ETag cache's
        if name in HEADER_PARAMETERS:
            headers.append(Arg(name, "str | None", False, _header_doc(spec, op, name)))
            continue
        if parameter.kind is not inspect.Parameter.KEYWORD_ONLY:  # a path id
            node = spec_params.get(("path", name), {})
            doc = _describe(spec, node.get("schema"), _text(node.get("description")))
            path_params.append(Arg(name, "str", True, doc))
            continue
        node = spec_params.get(("query", name)) or spec_params.get(
            ("query", _HINTS.json_name(name))
        )
        if node is None:
            raise EmitError(f"{where}: generated query parameter {name} is not in the spec")
        public_name = node["name"]
        _check_keyword(where, public_name)
        annotation = input_type(hints[name], imports)
        if node.get(DATETIME_QUERY):
            annotation = "datetime | str"
            datetime_params.append(public_name)
        doc = _describe(spec, node.get("schema"), _text(node.get("description")))
        query.append(Arg(public_name, annotation, bool(node.get("required")), doc))
    body_model = fields_type = None
    fields: list[Arg] = []
    if "body" in hints:
        model = hints["body"]
        body_model = imports.model(model)
        fields_type = pascal(public) + "Fields"
        schema = spec_tools.resolve(spec, _body_schema(spec, op))
        properties = _properties(spec, schema)
        model_hints = _hints_of(model)
        for attribute in attrs.fields(model):
            if not attribute.init:
                continue
            json_field = _HINTS.json_name(attribute.name)
            _check_keyword(where, json_field)
            required = attribute.default is attrs.NOTHING
            fields.append(Arg(json_field, input_type(model_hints[attribute.name], imports),
                              required, _describe(spec, properties.get(json_field))))  # fmt: skip
    success = _success_model(hints["return"])
    text_response = success is str
    data = success if text_response else _hints_of(success)["data"]
    # A cursor list: takes ``cursor`` and answers with ``pagination`` (as the contract checks).
    paginated = (
        not text_response
        and "cursor" in {a.name for a in query}
        and "pagination" in attrs.fields_dict(success)
    )
    if paginated:
        (item,) = typing.get_args(data)
        returns = output_type(item, imports)
        query = [a for a in query if a.name != "cursor"] + [a for a in query if a.name == "cursor"]
    else:
        returns = output_type(data, imports)
    method = Method(
        name=public.rpartition(".")[2],
        operation_id=op.operation_id,
        path_params=path_params,
        query=query,
        headers=headers,
        body_model=body_model,
        fields_type=fields_type,
        fields=fields,
        returns=returns,
        paginated=paginated,
        doc=[],
    )
    statuses = sorted(s for s in op.node.get("responses", {}) if not s.startswith(("2", "3")))
    method.doc = _docstring(spec, op, method, statuses)
    facts = (op.method, op.path, module_name, paginated, text_response, tuple(datetime_params))
    return method, facts


def _header_doc(spec: dict[str, Any], op: spec_tools.Operation, name: str) -> str:
    header = HEADER_PARAMETERS[name]
    node = next(
        (p for p in spec_tools.parameters(spec, op) if p["name"].lower() == header.lower()), {}
    )
    text = _text(
        node.get("description")
        or spec_tools.resolve(spec, node.get("schema", {})).get("description")
    )
    if name == "idempotency_key":
        return (
            text + " Left out, the client makes one per call and reuses it on every retry."
        ).strip()
    return text or f"sent as {header}: the write happens only if the ETag still matches."


def _body_schema(spec: dict[str, Any], op: spec_tools.Operation) -> Any:
    body = spec_tools.resolve(spec, op.node.get("requestBody", {}))
    return body.get("content", {}).get("application/json", {}).get("schema", {})


def _properties(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    properties = dict(schema.get("properties", {}))
    for part in schema.get("allOf", []):
        properties.update(_properties(spec, spec_tools.resolve(spec, part)))
    return properties


# -- the whole surface -------------------------------------------------------------------


def build(
    spec: dict[str, Any], names: dict[str, str]
) -> tuple[dict[str, list[Resource]], dict[str, tuple[Any, ...]], dict[str, Imports]]:
    management = {op.operation_id: op for op in spec_tools.management_operations(spec)}
    unknown = sorted(set(names) - set(management))
    if unknown:
        raise EmitError(
            "NAMES in sendmux_ext/_operations.py names operations that are not in the "
            f"spec's Management API (removed or renamed?): {', '.join(unknown)}"
        )
    resources: dict[str, Resource] = {"": Resource("", "Root")}
    facts: dict[str, tuple[Any, ...]] = {}
    imports: dict[str, Imports] = {}
    for operation_id, public in names.items():
        resource_path, _, _ = public.rpartition(".")
        area = resource_path.split(".")[0]
        method, facts[operation_id] = read_operation(
            spec, management[operation_id], public, imports.setdefault(area, Imports())
        )
        parts = resource_path.split(".") if resource_path else []
        for depth in range(len(parts) + 1):
            path = ".".join(parts[:depth])
            if path not in resources:
                resources[path] = Resource(path, pascal(path))
                parent = ".".join(parts[: depth - 1])
                resources[parent].children[parts[depth - 1]] = pascal(path)
        resources[resource_path].methods.append(method)
    by_area: dict[str, list[Resource]] = {}
    for path, resource in resources.items():
        by_area.setdefault(path.split(".")[0], []).append(resource)
    return by_area, facts, imports


HEADER = "# Emitted by `make regen` (scripts/emit_resources.py) from openapi.json: do not edit."


def render(spec: dict[str, Any], names: dict[str, str]) -> dict[str, str]:
    """File name -> text of every emitted module."""
    by_area, facts, imports = build(spec, names)
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATE.parent)),
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    template = environment.get_template(TEMPLATE.name)
    files = {}
    for area, resources in sorted(by_area.items()):
        module = f"_{'root'}.py" if area == "" else f"{area}.py"
        files[module] = template.render(
            header=HEADER,
            area=area,
            resources=resources,
            models=sorted(imports.get(area, Imports()).models),
            root_children=resources[0].children if area == "" else {},
            options=OPTIONS,
        )
    doc = '"""The resource classes, emitted from the spec: see ``scripts/emit_resources.py``."""'
    files["__init__.py"] = f"{HEADER}\n{doc}\n"
    rows = "".join(f"    {key!r}: {value!r},\n" for key, value in facts.items())
    files["_facts.py"] = (
        f"{HEADER}\n"
        '"""What the engine needs of each operation, read from the spec at regen time:\n'
        "(method, path, generated module, paginated, text response,\n"
        'datetime query parameters)."""\n\n'
        "from typing import Any\n\n"
        f"FACTS: dict[str, tuple[Any, ...]] = {{\n{rows}}}\n"
    )
    return files


def main(argv: list[str]) -> int:
    spec_file, names_file, out = (Path(a) for a in argv)
    spec = json.loads(spec_file.read_text(encoding="utf-8"))
    try:
        files = render(spec, read_names(names_file))
    except EmitError as exc:
        print(f"regen: error: {exc}", file=sys.stderr)
        return 1
    out.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (out / name).write_text(text, encoding="utf-8")
    missing = sorted(
        set(op.operation_id for op in spec_tools.management_operations(spec))
        - set(read_names(names_file))
    )
    for operation_id in missing:
        print(
            f"regen: warning: Management operation {operation_id} has no public name: add "
            f'"{operation_id}": "area.method" to NAMES in sendmux_ext/_operations.py',
            file=sys.stderr,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
