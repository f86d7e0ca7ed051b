"""Reviewed RULES for defects the vendor spec repeats too often for one patch each.

``spec-patches.json`` fixes single places. A rule fixes a pattern: it names
what it matches, says why, and fails when it matches nothing (the defect was
fixed upstream, or the pattern changed: review the rule, do not let it rot).
Each rule returns how many places it changed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from spec_patches import SpecPatchError

Spec = dict[str, Any]

# Query parameters the wrapper also takes as an aware ``datetime`` (sent as RFC 3339).
# They stay ``type: string``: the API also takes a bare date there (a whole UTC day).
DATETIME_QUERY = "x-sendmux-datetime"


class SpecRuleError(SpecPatchError):
    """A rule matched nothing: the spec changed under it."""


def _properties(node: Any) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every (name, schema) of every ``properties`` map below ``node``."""
    if isinstance(node, dict):
        properties = node.get("properties")
        if isinstance(properties, dict):
            for name, schema in properties.items():
                if isinstance(schema, dict):
                    yield name, schema
        for value in node.values():
            yield from _properties(value)
    elif isinstance(node, list):
        for value in node:
            yield from _properties(value)


def _is_plain_string(schema: dict[str, Any]) -> bool:
    kind = schema.get("type")
    kinds = set(kind) if isinstance(kind, list) else {kind}
    return "string" in kinds and kinds <= {"string", "null"} and "format" not in schema


def timestamps_are_date_times(spec: Spec) -> int:
    """``*_at`` string properties without a format are timestamps: ``format: date-time``.

    Why: the vendor documents them as "ISO 8601 timestamp" (or not at all) but
    gives only one of them a format, so every timestamp would reach users as ``str``.
    """
    changed = 0
    for name, schema in _properties(spec.get("components", {})):
        if name.endswith("_at") and _is_plain_string(schema) and "enum" not in schema:
            schema["format"] = "date-time"
            changed += 1
    return changed


def date_filters_take_datetimes(spec: Spec) -> int:
    """Query parameters described as "ISO 8601 ..." dates are marked ``x-sendmux-datetime``.

    Why: ``from_date`` / ``to_date`` filters are plain strings in the spec; the
    wrapper also takes an aware ``datetime`` for them. No ``format`` is added:
    the API also takes a bare date there (a whole UTC day), which a ``date-time``
    would refuse.
    """
    changed = 0
    for item in spec.get("paths", {}).values():
        for operation in [item, *(v for v in item.values() if isinstance(v, dict))]:
            for parameter in operation.get("parameters", []):
                schema = parameter.get("schema", {})
                described = str(schema.get("description", parameter.get("description", "")))
                if (
                    parameter.get("in") == "query"
                    and _is_plain_string(schema)
                    and described.startswith("ISO 8601")
                    and DATETIME_QUERY not in parameter
                ):
                    parameter[DATETIME_QUERY] = True
                    changed += 1
    return changed


RULES: list[Callable[[Spec], int]] = [timestamps_are_date_times, date_filters_take_datetimes]


def rule_misfits(spec: Spec, rules: list[Callable[[Spec], int]] = RULES) -> list[str]:
    """Apply every rule in place; one line per rule that matched nothing.

    For checking a spec the rules were not written for (an older release), as
    ``spec_patches.apply_fitting`` does for the patches.
    """
    misfits = []
    for rule in rules:
        if rule(spec) == 0:
            why = (rule.__doc__ or "").strip().splitlines()[0]
            misfits.append(
                f"spec rule {rule.__name__} ({why}) matched nothing: fixed upstream? "
                "review scripts/spec_rules.py and remove or update the rule"
            )
    return misfits


def apply_rules(spec: Spec, rules: list[Callable[[Spec], int]] = RULES) -> Spec:
    """Apply every rule in place; raise SpecRuleError naming a rule that matched nothing."""
    misfits = rule_misfits(spec, rules)
    if misfits:
        raise SpecRuleError(misfits[0])
    return spec
