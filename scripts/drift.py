"""What changed in the Management surface between two specs, breaking or not.

Compares the Management operations (every tag but "Mailbox API") of an old and
a new ``openapi.json``:

- operations added, removed or moved (method/path);
- path, query and header parameters added, removed, or whose ``required`` changed;
- request body fields added, removed, or whose ``required`` changed;
- response fields (``data``, ``pagination``, ``meta`` of 2xx JSON responses)
  added, removed, or no longer always present;
- error codes (the ``ApiError`` code enum) added or removed;
- enum values added or removed anywhere a Management operation reaches.

Each change is marked BREAKING or not from a client's point of view: what a
client could send before and can no longer (a removed operation, parameter,
body field or enum value, a newly required one), or could read before and no
longer can (a removed response field or enum member) is breaking; additions
that a client may ignore are not (the generated enums are open).

"Wrapper gaps" compare the new spec with the hand-written layer instead: a
Management operation without a row in ``sendmux_ext._operations.OPERATIONS``,
a row whose operation is gone or moved, an error code without an exception
class in ``sendmux_ext._errors.ERROR_CLASSES`` and the reverse. Any gap means
the wrapper needs a human.

Usage: ``drift.py [--old SPEC|git:REV] [--new SPEC] [--json FILE] [--markdown FILE]``.
The old spec defaults to ``git:HEAD`` (``openapi.json`` as last committed); when
there is no git, no commit or no committed spec, the report says so and exits 0.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import spec_tools

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi.json"
NO_CHANGE = "No change to the Management surface."
PARAMETER_LOCATIONS = ("path", "query", "header")
MAX_DEPTH = 12


@dataclass(frozen=True)
class Change:
    kind: str  # operation | parameter | body | response | error_code | enum_value
    change: str  # added | removed | moved | required | optional
    subject: str  # what changed, e.g. "query limit", "body field mode", "data.status"
    breaking: bool
    operation: str | None = None  # operationId, when the change belongs to one
    message: str = ""


@dataclass(frozen=True)
class Gap:
    kind: str  # operation_not_wrapped | row_without_operation | row_mismatch | ...
    subject: str
    message: str


@dataclass
class Report:
    changes: list[Change] = field(default_factory=list)
    wrapper_gaps: list[Gap] = field(default_factory=list)
    old_version: str | None = None
    new_version: str | None = None
    note: str | None = None  # why there was nothing to compare, when so

    @property
    def breaking(self) -> bool:
        return any(change.breaking for change in self.changes)

    @property
    def changed(self) -> bool:
        return bool(self.changes)

    def summary(self) -> dict[str, Any]:
        """The machine-readable report."""
        return {
            "changed": self.changed,
            "breaking": self.breaking,
            "counts": {
                "changes": len(self.changes),
                "breaking": sum(change.breaking for change in self.changes),
                "wrapper_gaps": len(self.wrapper_gaps),
            },
            "old_version": self.old_version,
            "new_version": self.new_version,
            "note": self.note,
            "changes": [asdict(change) for change in self.changes],
            "wrapper_gaps": [asdict(gap) for gap in self.wrapper_gaps],
        }


# --- reading one operation ----------------------------------------------------


def _operations(spec: dict[str, Any]) -> dict[str, spec_tools.Operation]:
    return {
        op.operation_id or f"{op.method.upper()} {op.path}": op
        for op in spec_tools.management_operations(spec)
    }


def _where(op: spec_tools.Operation) -> str:
    return f"{op.method.upper()} {op.path}"


def _parameters(spec: dict[str, Any], op: spec_tools.Operation) -> dict[tuple[str, str], bool]:
    """(location, name) -> required, path-level parameters included."""
    found: dict[tuple[str, str], bool] = {}
    for param in spec_tools.parameters(spec, op):
        if param.get("in") in PARAMETER_LOCATIONS:
            name = str(param["name"])
            if param["in"] == "header":
                name = name.lower()  # header names are case-insensitive
            found[(param["in"], name)] = bool(param.get("required", param["in"] == "path"))
    return found


def _json_schema(spec: dict[str, Any], node: Any) -> Any:
    """The JSON schema of a request body or response object, if it has one."""
    content = spec_tools.resolve(spec, node).get("content", {})
    for media_type, entry in content.items():
        if media_type == "application/json" or media_type.endswith("+json"):
            return entry.get("schema")
    return None


def _non_null(spec: dict[str, Any], branches: list[Any]) -> list[Any]:
    return [b for b in branches if spec_tools.resolve(spec, b).get("type") != "null"]


def _parts(spec: dict[str, Any], node: Any, refs: tuple[str, ...]) -> Iterator[Any]:
    """``node`` and its ``allOf`` parts, resolved, each with the ``$ref``s followed to it."""
    if len(refs) > MAX_DEPTH or not isinstance(node, dict):
        return
    ref = node.get("$ref")
    if isinstance(ref, str):
        if ref not in refs:
            yield from _parts(spec, spec_tools.resolve(spec, node), (*refs, ref))
        return
    yield node, refs
    for part in node.get("allOf", []):
        yield from _parts(spec, part, refs)


def _fields(spec: dict[str, Any], schema: Any) -> dict[str, bool]:
    """Every property path under ``schema`` -> whether it is always present.

    Nested objects give ``a.b``, array items ``a[].b``; ``allOf`` parts merge
    (their ``required`` lists too); a nullable ``anyOf``/``oneOf`` (one branch
    plus null) is its branch, any other union contributes every branch's
    fields as optional.
    """
    found: dict[str, bool] = {}

    def walk(node: Any, prefix: str, required: bool, refs: tuple[str, ...]) -> None:
        parts = list(_parts(spec, node, refs))
        needed = {name for part, _ in parts for name in part.get("required", [])}
        for part, chain in parts:
            for key in ("anyOf", "oneOf"):
                branches = _non_null(spec, part.get(key, []))
                for branch in branches:
                    walk(branch, prefix, required and len(branches) == 1, chain)
            for name, child in part.get("properties", {}).items():
                path = f"{prefix}.{name}" if prefix else name
                always = required and name in needed
                found[path] = found.get(path, False) or always
                walk(child, path, always, chain)
            if "items" in part:
                walk(part["items"], f"{prefix}[]", required, chain)

    walk(schema, "", True, ())
    return found


def _outermost(paths: Iterable[str]) -> list[str]:
    """``paths`` less those inside another of them (``a.b`` when ``a`` is there)."""
    chosen = set(paths)

    def ancestors(path: str) -> Iterator[str]:
        for index, char in enumerate(path):
            if char == ".":
                yield path[:index].removesuffix("[]")

    return sorted(path for path in chosen if not any(a in chosen for a in ancestors(path)))


def _request_fields(spec: dict[str, Any], op: spec_tools.Operation) -> dict[str, bool] | None:
    """Body field -> required; None when the operation takes no JSON body."""
    body = op.node.get("requestBody")
    if body is None:
        return None
    schema = _json_schema(spec, body)
    return {} if schema is None else _fields(spec, schema)


def _response_fields(spec: dict[str, Any], op: spec_tools.Operation) -> dict[str, bool]:
    """Fields of the 2xx JSON responses -> always present (in every one of them)."""
    schemas = [
        _json_schema(spec, response)
        for status, response in op.node.get("responses", {}).items()
        if str(status).startswith("2")
    ]
    each = [_fields(spec, schema) for schema in schemas if schema is not None]
    paths = {path for fields in each for path in fields}
    return {path: all(fields.get(path, False) for fields in each) for path in paths}


# --- enums --------------------------------------------------------------------


error_codes = spec_tools.error_codes


ERROR_CODE_LOCATION = "ApiError.error.code"


def _enums(spec: dict[str, Any]) -> dict[str, list[Any]]:
    """Location -> enum values, for every enum a Management operation reaches.

    An enum inside a component schema is located by the schema's name
    (``MailboxDomain.status``), so that it is reported once however many
    operations use it; one written inline in an operation by the operation
    (``managementCreateDomain body.mode``, ``managementListEmailLogs query status``).
    """
    found: dict[str, list[Any]] = {}
    visited: set[str] = set()
    schemas = spec.get("components", {}).get("schemas", {})

    def walk(node: Any, where: str, depth: int) -> None:
        if depth > 3 * MAX_DEPTH or not isinstance(node, dict):
            return
        ref = node.get("$ref")
        if isinstance(ref, str):
            if ref.startswith("#/components/schemas/"):
                name = ref.rsplit("/", 1)[1]
                if name not in visited and name in schemas:
                    visited.add(name)
                    walk(schemas[name], name, 0)
            else:
                walk(spec_tools.resolve(spec, node), where, depth + 1)
            return
        if isinstance(node.get("enum"), list):
            values = found.setdefault(where, [])
            values.extend(value for value in node["enum"] if value not in values)
        for key in ("allOf", "anyOf", "oneOf"):
            for branch in node.get(key, []):
                walk(branch, where, depth + 1)
        for name, child in node.get("properties", {}).items():
            walk(child, f"{where}.{name}", depth + 1)
        if "items" in node:
            walk(node["items"], f"{where}[]", depth + 1)
        if isinstance(node.get("additionalProperties"), dict):
            walk(node["additionalProperties"], f"{where}.*", depth + 1)

    for key, op in _operations(spec).items():
        shared = spec.get("paths", {}).get(op.path, {}).get("parameters", [])
        for raw in [*shared, *op.node.get("parameters", [])]:
            param = spec_tools.resolve(spec, raw)
            walk(param.get("schema"), f"{key} {param.get('in')} {param.get('name')}", 0)
        if "requestBody" in op.node:
            walk(_json_schema(spec, op.node["requestBody"]), f"{key} body", 0)
        for status, response in op.node.get("responses", {}).items():
            walk(_json_schema(spec, response), f"{key} {status} response", 0)
    return found


# --- comparing ----------------------------------------------------------------


def _code(text: str) -> str:
    return f"`{text}`"


def _members(
    kind: str,
    key: str,
    before: dict[str, bool],
    after: dict[str, bool],
    noun: str,
    *,
    sent: bool,
) -> Iterator[Change]:
    """Changes among named members (parameters, fields) -> required / always present.

    ``sent``: the client sends them (parameters, body fields), so a new
    required one breaks; else it reads them, so one no longer always present breaks.
    """
    for name in _outermost(after.keys() - before.keys()):
        required = sent and after[name]
        adjective = ("required " if required else "optional ") if sent else ""
        text = f"{_code(key)}: new {adjective}{noun} {_code(name)}"
        yield Change(kind, "added", name, required, key, text)
    for name in _outermost(before.keys() - after.keys()):
        yield Change(
            kind, "removed", name, True, key, f"{_code(key)}: {noun} {_code(name)} removed"
        )
    for name in sorted(before.keys() & after.keys()):
        if before[name] == after[name]:
            continue
        if sent:
            state = "required" if after[name] else "optional"
            text = f"{_code(key)}: {noun} {_code(name)} is now {state}"
            yield Change(kind, state, name, after[name], key, text)
        elif not after[name]:
            text = f"{_code(key)}: {noun} {_code(name)} is no longer always present"
            yield Change(kind, "optional", name, True, key, text)


def _compare_operation(
    old_spec: dict[str, Any],
    new_spec: dict[str, Any],
    key: str,
    old: spec_tools.Operation,
    new: spec_tools.Operation,
) -> Iterator[Change]:
    if (old.method, old.path) != (new.method, new.path):
        text = f"operation {_code(key)} moved from {_where(old)} to {_where(new)}"
        yield Change("operation", "moved", _where(new), True, key, text)

    before, after = _parameters(old_spec, old), _parameters(new_spec, new)
    for where in PARAMETER_LOCATIONS:
        yield from _members(
            "parameter",
            key,
            {name: required for (place, name), required in before.items() if place == where},
            {name: required for (place, name), required in after.items() if place == where},
            f"{where} parameter",
            sent=True,
        )

    old_body, new_body = _request_fields(old_spec, old), _request_fields(new_spec, new)
    if old_body is None and new_body is not None:
        required = bool(spec_tools.resolve(new_spec, new.node["requestBody"]).get("required"))
        text = f"{_code(key)}: now takes a {'required' if required else 'optional'} request body"
        yield Change("body", "added", "request body", required, key, text)
    elif old_body is not None and new_body is None:
        text = f"{_code(key)}: no longer takes a request body"
        yield Change("body", "removed", "request body", True, key, text)
    else:
        yield from _members(
            "body", key, old_body or {}, new_body or {}, "request body field", sent=True
        )

    yield from _members(
        "response",
        key,
        _response_fields(old_spec, old),
        _response_fields(new_spec, new),
        "response field",
        sent=False,
    )


def compare(old_spec: dict[str, Any], new_spec: dict[str, Any]) -> list[Change]:
    """Every change to the Management surface, in a stable order."""
    changes: list[Change] = []
    before, after = _operations(old_spec), _operations(new_spec)
    for key in sorted(after.keys() - before.keys()):
        text = f"new operation {_code(key)} ({_where(after[key])})"
        changes.append(Change("operation", "added", _where(after[key]), False, key, text))
    for key in sorted(before.keys() - after.keys()):
        text = f"operation {_code(key)} ({_where(before[key])}) removed"
        changes.append(Change("operation", "removed", _where(before[key]), True, key, text))
    for key in sorted(before.keys() & after.keys()):
        changes.extend(_compare_operation(old_spec, new_spec, key, before[key], after[key]))

    old_codes, new_codes = error_codes(old_spec), error_codes(new_spec)
    for code in [c for c in new_codes if c not in old_codes]:
        text = f"new error code {_code(code)}"
        changes.append(Change("error_code", "added", code, False, None, text))
    for code in [c for c in old_codes if c not in new_codes]:
        text = f"error code {_code(code)} removed"
        changes.append(Change("error_code", "removed", code, True, None, text))

    old_enums, new_enums = _enums(old_spec), _enums(new_spec)
    for where in sorted((old_enums.keys() & new_enums.keys()) - {ERROR_CODE_LOCATION}):
        operation = where.split(" ", 1)[0] if " " in where else None
        for value in [v for v in new_enums[where] if v not in old_enums[where]]:
            text = f"{_code(where)}: new enum value {_code(json.dumps(value))}"
            changes.append(
                Change("enum_value", "added", f"{where} = {value!r}", False, operation, text)
            )
        for value in [v for v in old_enums[where] if v not in new_enums[where]]:
            text = f"{_code(where)}: enum value {_code(json.dumps(value))} removed"
            changes.append(
                Change("enum_value", "removed", f"{where} = {value!r}", True, operation, text)
            )
    return changes


# --- the wrapper --------------------------------------------------------------


@dataclass(frozen=True)
class Row:
    """What the drift check needs of an ``OPERATIONS`` row."""

    method: str
    path: str
    method_path: str


def wrapper_gaps(
    spec: dict[str, Any], rows: Mapping[str, Row], error_classes: Iterable[str]
) -> list[Gap]:
    """Where the hand-written layer no longer matches ``spec``."""
    gaps: list[Gap] = []
    operations = _operations(spec)
    for key in sorted(operations.keys() - rows.keys()):
        op = operations[key]
        gaps.append(
            Gap(
                "operation_not_wrapped",
                key,
                f"{_code(key)} ({_where(op)}, tag {', '.join(op.tags) or '-'}) has no row "
                "in `sendmux_ext/_operations.py` and no wrapper method",
            )
        )
    for key in sorted(rows.keys() - operations.keys()):
        row = rows[key]
        gaps.append(
            Gap(
                "row_without_operation",
                key,
                f"`{row.method_path}()` calls {_code(key)} ({row.method.upper()} {row.path}), "
                "which is no longer a Management operation of the spec",
            )
        )
    for key in sorted(rows.keys() & operations.keys()):
        row, op = rows[key], operations[key]
        if (row.method.lower(), row.path) != (op.method, op.path):
            gaps.append(
                Gap(
                    "row_mismatch",
                    key,
                    f"the row of {_code(key)} says {row.method.upper()} {row.path}, "
                    f"the spec says {_where(op)}",
                )
            )
    codes, classes = error_codes(spec), set(error_classes)
    for code in [c for c in codes if c not in classes]:
        gaps.append(
            Gap(
                "error_code_without_class",
                code,
                f"error code {_code(code)} has no exception class in `sendmux_ext/_errors.py`",
            )
        )
    for code in sorted(classes - set(codes)):
        gaps.append(
            Gap(
                "class_without_error_code",
                code,
                f"`sendmux_ext/_errors.py` has a class for {_code(code)}, "
                "which the spec's ApiError enum no longer lists",
            )
        )
    return gaps


def load_wrapper(root: Path = ROOT) -> tuple[dict[str, Row], list[str]]:
    """The table and the error classes of the ``sendmux_ext`` under ``root``."""
    for entry in (root / "generated", root):  # this checkout's code, not an installed one
        if str(entry) not in sys.path:
            sys.path.insert(0, str(entry))
    from sendmux_ext._errors import ERROR_CLASSES
    from sendmux_ext._operations import OPERATIONS

    rows = {key: Row(row.method, row.path, row.method_path) for key, row in OPERATIONS.items()}
    return rows, list(ERROR_CLASSES)


def report(
    old_spec: dict[str, Any] | None,
    new_spec: dict[str, Any],
    rows: Mapping[str, Row] | None = None,
    error_classes: Iterable[str] | None = None,
    note: str | None = None,
) -> Report:
    """Changes from ``old_spec`` (None: nothing to compare) plus the wrapper's gaps."""
    result = Report(note=note, new_version=str(new_spec.get("info", {}).get("version")))
    if old_spec is not None:
        result.old_version = str(old_spec.get("info", {}).get("version"))
        result.changes = compare(old_spec, new_spec)
    if rows is None or error_classes is None:
        try:
            loaded_rows, loaded_classes = load_wrapper()
        except Exception as exc:  # the wrapper itself no longer imports
            result.wrapper_gaps = [
                Gap("wrapper_import_failed", "sendmux_ext", f"`import sendmux_ext` failed: {exc}")
            ]
            return result
        rows = loaded_rows if rows is None else rows
        error_classes = loaded_classes if error_classes is None else error_classes
    result.wrapper_gaps = wrapper_gaps(new_spec, rows, error_classes)
    return result


# --- rendering ----------------------------------------------------------------


def render(result: Report) -> str:
    """Markdown that reads as plain text in a terminal and as a PR description."""
    lines = ["## Management API drift", ""]
    if result.note:
        lines += [result.note, ""]
    elif not result.changes:
        lines += [NO_CHANGE, ""]
    else:
        breaking = [c for c in result.changes if c.breaking]
        other = [c for c in result.changes if not c.breaking]
        versions = (
            f" (spec version {result.old_version} -> {result.new_version})"
            if result.old_version != result.new_version
            else ""
        )
        lines += [f"{len(result.changes)} change(s), {len(breaking)} breaking{versions}.", ""]
        if breaking:
            lines += ["### BREAKING", ""]
            lines += [f"- BREAKING: {c.message}" for c in breaking] + [""]
        if other:
            lines += ["### Not breaking", ""]
            unwrapped = {
                gap.subject for gap in result.wrapper_gaps if gap.kind == "operation_not_wrapped"
            }
            for change in other:
                new_gap = change.kind == "operation" and change.operation in unwrapped
                lines.append(f"- {change.message}{' (not in the wrapper yet)' if new_gap else ''}")
            lines.append("")
    if result.wrapper_gaps:
        lines += [
            "### Wrapper gaps: the wrapper needs a human",
            "",
            *[f"- {gap.message}" for gap in result.wrapper_gaps],
            "",
        ]
    else:
        lines += ["Wrapper: every Management operation and error code is covered.", ""]
    return "\n".join(lines)


def git_spec(revision: str, root: Path = ROOT) -> tuple[dict[str, Any] | None, str | None]:
    """``openapi.json`` at ``revision``, or None and why it is not available."""
    relative = SPEC.relative_to(ROOT).as_posix()
    try:
        done = subprocess.run(
            ["git", "-C", str(root), "show", f"{revision}:{relative}"],
            capture_output=True,
            check=False,
        )
    except OSError:
        return None, "No previous spec to compare with: git is not installed."
    if done.returncode != 0:
        reason = done.stderr.decode(errors="replace").strip().splitlines()
        return None, (
            f"No previous spec to compare with: `git show {revision}:{relative}` failed"
            f" ({reason[-1] if reason else 'no output'})."
        )
    try:
        document: dict[str, Any] = json.loads(done.stdout)
    except json.JSONDecodeError as exc:
        return None, f"No previous spec to compare with: {revision}:{relative} is not JSON ({exc})."
    return document, None


def load_old(source: str, root: Path = ROOT) -> tuple[dict[str, Any] | None, str | None]:
    if source.startswith("git:"):
        return git_spec(source.removeprefix("git:"), root)
    return spec_tools.load(Path(source)), None


def write_outputs(result: Report, json_path: Path | None, markdown_path: Path | None) -> None:
    for path, text in (
        (json_path, json.dumps(result.summary(), indent=2) + "\n"),
        (markdown_path, render(result)),
    ):
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--old", default="git:HEAD", help="a spec file, or git:REV (default)")
    parser.add_argument("--new", type=Path, default=SPEC, help="default: openapi.json")
    parser.add_argument("--json", type=Path, help="also write the JSON summary here")
    parser.add_argument("--markdown", type=Path, help="also write the report here")
    args = parser.parse_args(argv)
    old, note = load_old(args.old)
    result = report(old, spec_tools.load(args.new), note=note)
    print(render(result), end="")
    write_outputs(result, args.json, args.markdown)
    return 0


if __name__ == "__main__":
    sys.exit(main())
