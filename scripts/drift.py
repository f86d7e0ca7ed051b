"""What changed in the Management surface between two specs, and what it means to users.

Compares what each Management operation (every tag but "Mailbox API") of an
old and a new ``openapi.json`` RESOLVES to, place by place
(``spec_tools.schema_fields``: ``$ref``s followed, ``allOf``/``anyOf``/``oneOf``
folded, both nullable forms read): its parameters, its request body, its 2xx
responses (status codes, content types, every field at every depth), its
documented error statuses and security. A change is named by operation and
field path, and by the component schema the field belongs to, so that a change
in a shared schema, or an operation re-pointed to another schema, is seen
wherever an operation reaches it.

Each change has a level, from a user's side:

- BREAKING: what a client sent and may now be refused (a new required field or
  parameter at any depth, a new or tighter ``pattern``/length/bound/``format``,
  fewer enum values, no longer nullable, a type change, a removed input), or
  what it read and may now meet unprepared (a field that may now be null or
  absent, changes type or is gone, enum values lost), a 2xx status or content
  type change, a removed or moved operation, a removed error code;
- not breaking: looser input constraints, new optional inputs, new response
  fields and enum values (the generated enums are open);
- info: documented error statuses added or removed, security changes.

"Wrapper gaps" are the contract checks' findings on the new spec
(``contract_checks.check_spec``, what ``make contract`` prints), spec patches
that do not fit it included: any gap means the wrapper needs a human.

Usage: ``drift.py [--old SPEC|git:REV] [--new SPEC] [--json FILE] [--markdown FILE]``.
The old spec defaults to ``git:HEAD`` (``openapi.json`` as last committed); when
there is no git, no commit or no committed spec, the report says so and exits 0.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

import spec_tools

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi.json"
NO_CHANGE = "No change to the Management surface."
PARAMETER_LOCATIONS = ("path", "query", "header", "cookie")


BREAKING, COMPATIBLE, INFO = "breaking", "compatible", "info"


@dataclass(frozen=True)
class Change:
    kind: str  # operation | parameter | body | response | status | content_type | error_status
    #            | security | error_code
    change: str  # added | removed | moved | required | optional | type | nullable | enum
    #              | constraint | changed
    subject: str  # where: "limit" (a parameter), "quotas.per_day", "data.status", "200"
    level: str  # BREAKING | COMPATIBLE | INFO, from a user's side
    operation: str | None = None  # operationId, when the change belongs to one
    message: str = ""  # what changed and what a user must do, one line
    via: str | None = None  # the component schema the changed field belongs to

    @property
    def breaking(self) -> bool:
        return self.level == BREAKING


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
    where: dict[str, str] = field(default_factory=dict)  # operationId -> "METHOD path"

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
            "changes": [{**asdict(change), "breaking": change.breaking} for change in self.changes],
            "wrapper_gaps": [asdict(gap) for gap in self.wrapper_gaps],
        }


# --- what one operation resolves to -------------------------------------------

Field = spec_tools.Field
Places = dict[str, Field]


def _operations(spec: dict[str, Any]) -> dict[str, spec_tools.Operation]:
    return {
        op.operation_id or f"{op.method.upper()} {op.path}": op
        for op in spec_tools.management_operations(spec)
    }


def _where(op: spec_tools.Operation) -> str:
    return f"{op.method.upper()} {op.path}"


def _json_schema(content: dict[str, Any]) -> Any:
    """The schema of the JSON entry of a ``content`` map, if it has one."""
    for media_type, entry in content.items():
        if media_type == "application/json" or media_type.endswith("+json"):
            return entry.get("schema")
    return None


def _join(prefix: str, path: str) -> str:
    if not path:
        return prefix
    return f"{prefix}{path}" if path.startswith("[]") or not prefix else f"{prefix}.{path}"


def _parameters(spec: dict[str, Any], op: spec_tools.Operation) -> dict[str, Places]:
    """Location -> parameter name (and place inside its schema) -> what it allows."""
    found: dict[str, Places] = {where: {} for where in PARAMETER_LOCATIONS}
    for param in spec_tools.parameters(spec, op):
        where = param.get("in")
        if where not in found:
            continue
        name = str(param["name"]).lower() if where == "header" else str(param["name"])
        required = bool(param.get("required", where == "path"))
        for path, place in spec_tools.schema_fields(spec, param.get("schema", {})).items():
            if not path:
                place = replace(place, required=required)
            found[where][_join(name, path)] = place
    return found


def _body(spec: dict[str, Any], op: spec_tools.Operation) -> tuple[Places | None, set[str]]:
    """(place -> what it allows, content types) of the request body; None: no body."""
    if "requestBody" not in op.node:
        return None, set()
    body = spec_tools.resolve(spec, op.node["requestBody"])
    content = body.get("content", {})
    schema = _json_schema(content)
    places = {} if schema is None else spec_tools.schema_fields(spec, schema)
    if "" in places:
        places[""] = replace(places[""], required=bool(body.get("required")))
    return places, set(content)


def _responses(
    spec: dict[str, Any], op: spec_tools.Operation
) -> tuple[Places, dict[str, set[str]]]:
    """(place -> what any 2xx JSON body may hold there, 2xx status -> content types)."""
    schemas: list[Any] = []
    content_types: dict[str, set[str]] = {}
    for status, node in op.node.get("responses", {}).items():
        if str(status).startswith("2"):
            content = spec_tools.resolve(spec, node).get("content", {})
            content_types[str(status)] = set(content)
            schema = _json_schema(content)
            if schema is not None:
                schemas.append(schema)
    # several 2xx bodies read as one that may be any of them
    places = spec_tools.schema_fields(spec, {"anyOf": schemas}) if schemas else {}
    return places, content_types


def _error_statuses(op: spec_tools.Operation) -> set[str]:
    return {str(s) for s in op.node.get("responses", {}) if not str(s).startswith("2")}


def _security(spec: dict[str, Any], op: spec_tools.Operation) -> str:
    return json.dumps(op.node.get("security", spec.get("security")), sort_keys=True)


def _outermost(paths: Iterable[str]) -> list[str]:
    """``paths`` less those inside another of them (``a.b`` when ``a`` is there)."""
    chosen = set(paths)

    def ancestors(path: str) -> Iterator[str]:
        for index, char in enumerate(path):
            if char in ".[" and index:
                yield path[:index]

    return sorted(path for path in chosen if not any(a in chosen for a in ancestors(path)))


# --- what a change means to a user ----------------------------------------------


def _code(text: Any) -> str:
    return f"`{text}`"


def _value(value: Any) -> str:
    return _code(json.dumps(value))


def _types(kinds: frozenset[str] | None) -> str:
    if kinds is None:
        return "any type"
    return " or ".join(_code("None" if kind == "null" else kind) for kind in sorted(kinds))


ROOT_NOUNS = {"request body field": "request body", "response field": "response body"}

# keyword -> what a value must now be, for an input that gets the constraint.
MUST = {
    "pattern": "must now match {}",
    "format": "must now be in format {}",
    "minLength": "must now be at least {} characters",
    "maxLength": "must now be at most {} characters",
    "minimum": "must now be >= {}",
    "maximum": "must now be <= {}",
    "exclusiveMinimum": "must now be > {}",
    "exclusiveMaximum": "must now be < {}",
    "minItems": "must now have at least {} items",
    "maxItems": "must now have at most {} items",
    "multipleOf": "must now be a multiple of {}",
    "minProperties": "must now have at least {} members",
    "maxProperties": "must now have at most {} members",
}


def _kinds(types: frozenset[str] | None) -> frozenset[str]:
    """Types as sets to compare: None is any, and a "number" includes every "integer"."""
    if types is None:
        return frozenset({"any"})
    return types | {"integer"} if "number" in types else types


Verdict = tuple[str, str, str]  # (change, level, consequence)


def _tighter(keyword: str, old: Any, new: Any) -> bool:
    if old is None:
        return True
    direction = spec_tools.CONSTRAINTS[keyword]
    try:
        return direction == "any" or (new > old if direction == "up" else new < old)
    except TypeError:  # OpenAPI 3.0's boolean exclusive bounds against 3.1's numbers
        return True


def _sent(old: Field, new: Field) -> Iterator[Verdict]:
    """A place of what a client sends (parameters, the body): what it may no longer send."""
    if old.required != new.required:
        if new.required:
            yield "required", BREAKING, "is now required: pass it"
        else:
            yield "optional", COMPATIBLE, "is now optional"
    if old.types != new.types:
        lost = _kinds(old.types) - _kinds(new.types)
        if new.types is not None and lost == {"null"}:
            yield "nullable", BREAKING, "may no longer be `None`: pass a value"
        elif new.types is not None and lost:
            yield "type", BREAKING, f"must now be {_types(new.types)} (was {_types(old.types)})"
        else:
            yield "type", COMPATIBLE, f"now also takes {_types(new.types)}"
    if old.enum != new.enum:
        if new.enum is None:
            yield "enum", COMPATIBLE, "is no longer limited to a list of values"
        elif old.enum is None:
            values = ", ".join(map(_value, new.enum))
            yield "enum", BREAKING, f"must now be one of {values}"
        for value in [v for v in old.enum or () if v not in (new.enum or [v])]:
            yield "enum", BREAKING, f"no longer takes {_value(value)}: use another value"
        for value in [v for v in new.enum or () if old.enum and v not in old.enum]:
            yield "enum", COMPATIBLE, f"now also takes {_value(value)}"
    before, after = dict(old.constraints), dict(new.constraints)
    for keyword in sorted(before.keys() | after.keys()):
        was, now = before.get(keyword), after.get(keyword)
        if was == now:
            continue
        if now is not None and _tighter(keyword, was, now):
            text = MUST[keyword].format(_code(now))
            yield "constraint", BREAKING, text + (f" (was {_code(was)})" if was is not None else "")
        else:
            state = f"no longer has {keyword}" if now is None else f"{keyword} is now {_code(now)}"
            yield "constraint", COMPATIBLE, state


def _read(old: Field, new: Field) -> Iterator[Verdict]:
    """A place of what a client reads (2xx bodies): what it may now meet unprepared."""
    if old.required != new.required:
        if new.required:
            yield "required", COMPATIBLE, "is now always present"
        else:
            yield "optional", BREAKING, "is no longer always present (may be `UNSET`): check first"
    if old.types != new.types:
        gained = _kinds(new.types) - _kinds(old.types)
        if old.types is not None and gained == {"null"}:
            yield "nullable", BREAKING, "may now be `None`: check before use"
        elif old.types is not None and gained:
            yield (
                "type",
                BREAKING,
                f"is now {_types(new.types)} (was {_types(old.types)}): update the code reading it",
            )
        else:
            yield "type", COMPATIBLE, f"is now {_types(new.types)} (was {_types(old.types)})"
    if old.enum != new.enum and old.enum is not None:
        if new.enum is None:
            yield "enum", BREAKING, "is no longer an enum: compare with plain values"
        for value in [v for v in old.enum if v not in (new.enum or [v])]:
            yield (
                "enum",
                BREAKING,
                f"no longer has value {_value(value)}: code comparing with it never matches",
            )
        for value in [v for v in new.enum or () if v not in old.enum]:
            yield "enum", COMPATIBLE, f"may now be {_value(value)} (kept as an unknown value)"


def _places(
    kind: str, key: str, noun: str, old: Places, new: Places, *, sent: bool
) -> Iterator[Change]:
    """Changes among the places of one parameter location, the body or the responses."""

    def name(path: str) -> str:
        return ROOT_NOUNS.get(noun, noun) if not path else f"{noun} {_code(path)}"

    def change(path: str, what: str, level: str, text: str, place: Field) -> Change:
        via = f" (in {place.via})" if place.via else ""
        return Change(kind, what, path, level, key, f"{name(path)}{via} {text}", place.via)

    for path in _outermost(new.keys() - old.keys()):
        required = sent and new[path].required
        if sent:
            text = "is new and required: pass it" if required else "is new (optional)"
        else:
            text = "is new"
        yield change(path, "added", BREAKING if required else COMPATIBLE, text, new[path])
    for path in _outermost(old.keys() - new.keys()):
        text = "is no longer accepted: stop sending it" if sent else "is gone: stop reading it"
        yield change(path, "removed", BREAKING, text, old[path])
    for path in sorted(old.keys() & new.keys()):
        for what, level, text in (_sent if sent else _read)(old[path], new[path]):
            yield change(path, what, level, text, new[path])


def _compare_operation(
    old_spec: dict[str, Any],
    new_spec: dict[str, Any],
    key: str,
    old: spec_tools.Operation,
    new: spec_tools.Operation,
) -> Iterator[Change]:
    if (old.method, old.path) != (new.method, new.path):
        text = f"moved from {_where(old)} to {_where(new)}: call the new path"
        yield Change("operation", "moved", _where(new), BREAKING, key, text)

    before, after = _parameters(old_spec, old), _parameters(new_spec, new)
    for where in PARAMETER_LOCATIONS:
        noun = f"{where} parameter"
        yield from _places("parameter", key, noun, before[where], after[where], sent=True)

    (old_body, old_types), (new_body, new_types) = _body(old_spec, old), _body(new_spec, new)
    if old_body is None and new_body is not None:
        required = bool(new_body.get("", Field(None, None, (), False, None)).required)
        text = "now takes a " + ("required request body: pass it" if required else "request body")
        yield Change("body", "added", "", BREAKING if required else COMPATIBLE, key, text)
    elif old_body is not None and new_body is None:
        yield Change("body", "removed", "", BREAKING, key, "no longer takes a request body")
    elif old_body is not None and new_body is not None:
        for media in sorted(old_types - new_types):
            text = (
                f"request body no longer takes {_code(media)}: send {', '.join(sorted(new_types))}"
            )
            yield Change("content_type", "removed", media, BREAKING, key, text)
        for media in sorted(new_types - old_types):
            text = f"request body now also takes {_code(media)}"
            yield Change("content_type", "added", media, COMPATIBLE, key, text)
        yield from _places("body", key, "request body field", old_body, new_body, sent=True)
    (old_read, old_status), (new_read, new_status) = (
        _responses(old_spec, old),
        _responses(new_spec, new),
    )
    if old_status.keys() != new_status.keys():
        was, now = ", ".join(sorted(old_status)), ", ".join(sorted(new_status))
        text = f"answers {now or 'no 2xx status'} instead of {was}: the client must expect it"
        yield Change("status", "changed", now, BREAKING, key, text)
    for status in sorted(old_status.keys() & new_status.keys()):
        if old_status[status] != new_status[status]:
            was = ", ".join(sorted(old_status[status])) or "no body"
            now = ", ".join(sorted(new_status[status])) or "no body"
            text = f"{status} response is now {_code(now)} (was {_code(was)}): read it as such"
            yield Change("content_type", "changed", status, BREAKING, key, text)
    yield from _places("response", key, "response field", old_read, new_read, sent=False)

    old_errors, new_errors = _error_statuses(old), _error_statuses(new)
    for status in sorted(new_errors - old_errors):
        yield Change("error_status", "added", status, INFO, key, f"documents error status {status}")
    for status in sorted(old_errors - new_errors):
        text = f"no longer documents error status {status}"
        yield Change("error_status", "removed", status, INFO, key, text)
    if _security(old_spec, old) != _security(new_spec, new):
        text = f"security is now {_security(new_spec, new)} (was {_security(old_spec, old)})"
        yield Change("security", "changed", "security", INFO, key, text)


def compare(old_spec: dict[str, Any], new_spec: dict[str, Any]) -> list[Change]:
    """Every change to the Management surface, in a stable order."""
    changes: list[Change] = []
    before, after = _operations(old_spec), _operations(new_spec)
    for key in sorted(after.keys() - before.keys()):
        text = f"new operation ({_where(after[key])})"
        changes.append(Change("operation", "added", _where(after[key]), COMPATIBLE, key, text))
    for key in sorted(before.keys() - after.keys()):
        text = f"operation ({_where(before[key])}) removed: stop calling it"
        changes.append(Change("operation", "removed", _where(before[key]), BREAKING, key, text))
    for key in sorted(before.keys() & after.keys()):
        changes.extend(_compare_operation(old_spec, new_spec, key, before[key], after[key]))

    old_codes, new_codes = error_codes(old_spec), error_codes(new_spec)
    for code in [c for c in new_codes if c not in old_codes]:
        text = f"new error code {_code(code)}"
        changes.append(Change("error_code", "added", code, COMPATIBLE, None, text))
    for code in [c for c in old_codes if c not in new_codes]:
        text = f"error code {_code(code)} removed: its exception class is no longer raised"
        changes.append(Change("error_code", "removed", code, BREAKING, None, text))

    old_schemes, new_schemes = _schemes(old_spec), _schemes(new_spec)
    for name in sorted(old_schemes.keys() | new_schemes.keys()):
        if old_schemes.get(name) != new_schemes.get(name):
            what = (
                "added"
                if name not in old_schemes
                else "removed"
                if name not in new_schemes
                else "changed"
            )
            text = f"security scheme {_code(name)} {what}"
            changes.append(Change("security", what, name, INFO, None, text))
    return changes


def _schemes(spec: dict[str, Any]) -> dict[str, str]:
    schemes = spec.get("components", {}).get("securitySchemes", {})
    return {name: json.dumps(node, sort_keys=True) for name, node in schemes.items()}


error_codes = spec_tools.error_codes


# --- the wrapper --------------------------------------------------------------


def wrapper_gaps(spec: dict[str, Any], registry: Any = None) -> list[Gap]:
    """Where the hand-written layer no longer matches ``spec``: the contract checks' findings
    (``make contract``), so that the report and the checks have one rule."""
    import contract_checks

    if registry is None:
        try:
            registry = load_registry()
        except Exception as exc:  # the wrapper itself no longer imports
            return [
                Gap("wrapper_import_failed", "sendmux_ext", f"`import sendmux_ext` failed: {exc}")
            ]
    gaps = []
    for check, problems in contract_checks.check_spec(spec, registry).items():
        for problem in problems:
            named = re.match(r"(\w+) \(", problem)
            gaps.append(Gap(check, named.group(1) if named else check, problem))
    return gaps


def load_registry(root: Path = ROOT) -> Any:
    """The contract checks' view of the ``sendmux_ext`` under ``root``."""
    for entry in (root / "generated", root):  # this checkout's code, not an installed one
        if str(entry) not in sys.path:
            sys.path.insert(0, str(entry))
    import contract_checks

    return contract_checks.Registry.from_sendmux_ext()


def report(
    old_spec: dict[str, Any] | None,
    new_spec: dict[str, Any],
    note: str | None = None,
    *,
    registry: Any = None,
) -> Report:
    """Changes from ``old_spec`` (None: nothing to compare) plus the wrapper's gaps."""
    result = Report(note=note, new_version=str(new_spec.get("info", {}).get("version")))
    if old_spec is not None:
        result.old_version = str(old_spec.get("info", {}).get("version"))
        result.changes = compare(old_spec, new_spec)
        result.where = {k: _where(op) for k, op in _operations(old_spec).items()}
    result.where.update({k: _where(op) for k, op in _operations(new_spec).items()})
    result.wrapper_gaps = wrapper_gaps(new_spec, registry)
    return result


# --- rendering ----------------------------------------------------------------

SECTIONS = (
    (BREAKING, "### BREAKING: what users must change"),
    (COMPATIBLE, "### Not breaking"),
    (INFO, "### Info"),
)


def _grouped(result: Report, changes: list[Change]) -> list[str]:
    """Bullets under one heading per operation, API-wide changes last."""
    lines: list[str] = []
    operations = sorted({c.operation for c in changes if c.operation is not None})
    unwrapped = {gap.subject for gap in result.wrapper_gaps if gap.kind == "coverage"}
    for operation in [*operations, None]:
        mine = [c for c in changes if c.operation == operation]
        if not mine:
            continue
        where = result.where.get(operation or "", "")
        lines.append(f"#### `{operation}` ({where})" if operation else "#### API-wide")
        for change in mine:
            new_gap = change.kind == "operation" and change.operation in unwrapped
            lines.append(f"- {change.message}{' (not in the wrapper yet)' if new_gap else ''}")
        lines.append("")
    return lines


def render(result: Report) -> str:
    """Markdown that reads as plain text in a terminal and as a PR description."""
    lines = ["## Management API drift", ""]
    if result.note:
        lines += [result.note, ""]
    elif not result.changes:
        lines += [NO_CHANGE, ""]
    else:
        counts = {level: sum(c.level == level for c in result.changes) for level, _ in SECTIONS}
        versions = (
            f" (spec version {result.old_version} -> {result.new_version})"
            if result.old_version != result.new_version
            else ""
        )
        lines += [
            f"{len(result.changes)} change(s): {counts[BREAKING]} breaking, "
            f"{counts[COMPATIBLE]} not breaking, {counts[INFO]} info{versions}.",
            "",
        ]
        for level, heading in SECTIONS:
            mine = [c for c in result.changes if c.level == level]
            if mine:
                lines += [heading, "", *_grouped(result, mine)]
    if result.wrapper_gaps:
        lines += [
            "### Wrapper gaps: the wrapper needs a human (`make contract`)",
            "",
            *[f"- {gap.kind}: {gap.message}" for gap in result.wrapper_gaps],
            "",
        ]
    else:
        lines += ["Wrapper: `make contract` finds no problem with the new spec.", ""]
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
