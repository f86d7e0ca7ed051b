"""spec-patches.json applies to the committed spec and fails loudly when upstream moves under it."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from spec_patches import SpecPatchError, apply_fitting, apply_patches, load_patch


@pytest.fixture(scope="module")
def patches() -> list[dict[str, Any]]:
    return load_patch()


def test_every_patch_has_a_reason(patches: list[dict[str, Any]]) -> None:
    assert patches
    assert all(p["why"].strip() for p in patches)


def test_patches_fix_the_known_defects(spec: dict[str, Any], patches: list[dict[str, Any]]) -> None:
    patched = apply_patches(spec, patches)
    schemas = patched["components"]["schemas"]
    assert schemas["SuccessEnvelope"]["properties"]["meta"] == {
        "$ref": "#/components/schemas/ResponseMeta"
    }
    bounce = schemas["WebhookEventData"]["properties"]["bounce_type"]
    assert {"type": "null"} in bounce["anyOf"]
    bodies = [
        node["requestBody"]
        for item in patched["paths"].values()
        for node in item.values()
        if isinstance(node, dict) and "requestBody" in node
    ]
    assert bodies and all(body.get("required") is True for body in bodies)
    assert spec["components"]["schemas"]["SuccessEnvelope"]["properties"]["meta"] != {
        "$ref": "#/components/schemas/ResponseMeta"
    }, "apply_patches must not modify its input"


def test_a_path_gone_upstream_fails_naming_the_patch(
    spec: dict[str, Any], patches: list[dict[str, Any]]
) -> None:
    moved = copy.deepcopy(spec)
    del moved["paths"]["/domains"]["post"]
    with pytest.raises(
        SpecPatchError, match=r"add /paths/~1domains/post/requestBody/required.*gone"
    ):
        apply_patches(moved, patches)


def test_a_defect_fixed_upstream_fails(spec: dict[str, Any], patches: list[dict[str, Any]]) -> None:
    fixed = copy.deepcopy(spec)
    fixed["paths"]["/webhooks"]["post"]["requestBody"]["required"] = True
    with pytest.raises(SpecPatchError, match=r"already exists.*fixed upstream"):
        apply_patches(fixed, patches)


def test_a_value_changed_upstream_fails(
    spec: dict[str, Any], patches: list[dict[str, Any]]
) -> None:
    changed = copy.deepcopy(spec)
    changed["components"]["schemas"]["WebhookEventData"]["properties"]["bounce_type"][
        "enum"
    ].append("Other")
    with pytest.raises(SpecPatchError, match=r"bounce_type.*changed under this patch"):
        apply_patches(changed, patches)


def test_replace_without_a_test_is_refused(spec: dict[str, Any]) -> None:
    patch = [{"op": "replace", "path": "/info/title", "value": "x", "why": "demo"}]
    with pytest.raises(SpecPatchError, match="must follow a 'test'"):
        apply_patches(spec, patch)


# --- a spec the patches were not written for (an older release) ---------------------


def _older(spec: dict[str, Any]) -> dict[str, Any]:
    """The shape of releases before 1.5.1: no DeliveryLogRecipient, nor the field using it."""
    old = copy.deepcopy(spec)
    schemas = old["components"]["schemas"]
    del schemas["DeliveryLogRecipient"]
    for schema in schemas.values():
        for name, node in list(schema.get("properties", {}).items()):
            if "DeliveryLogRecipient" in json.dumps(node):
                del schema["properties"][name]
                schema["required"] = [r for r in schema.get("required", []) if r != name]
    assert "DeliveryLogRecipient" not in json.dumps(old)
    return old


def _index(patches: list[dict[str, Any]], op: str, path_part: str) -> int:
    return next(i for i, p in enumerate(patches) if p["op"] == op and path_part in p["path"])


def test_patches_that_do_not_fit_are_reported_and_skipped(
    spec: dict[str, Any], patches: list[dict[str, Any]]
) -> None:
    test = _index(patches, "test", "DeliveryLogRecipient")
    replace = _index(patches, "replace", "DeliveryLogRecipient")
    patched, misfits = apply_fitting(_older(spec), patches)
    assert misfits == [
        f"patch #{test} does not apply: target is gone (no 'DeliveryLogRecipient' in "
        f"/components/schemas) ({patches[test]['op']} {patches[test]['path']})",
        f"patch #{replace} does not apply: its test, patch #{test}, does not apply "
        f"({patches[replace]['op']} {patches[replace]['path']})",
    ]
    # every other patch still applied
    assert patched == apply_patches(
        _older(spec), [p for p in patches if "Recipient" not in p["path"]]
    )
    assert apply_fitting(spec, patches) == (apply_patches(spec, patches), [])


def test_make_contract_on_an_older_spec_reports_the_misfit_and_runs_every_check(
    spec: dict[str, Any], patches: list[dict[str, Any]], root: Path, tmp_path: Path
) -> None:
    older = tmp_path / "openapi-older.json"
    older.write_text(json.dumps(_older(spec)), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(root / "scripts" / "contract_checks.py"), str(older)],
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert "Traceback" not in done.stderr, done.stderr[-3000:]
    assert done.returncode == 1
    test = _index(patches, "test", "DeliveryLogRecipient")
    assert "contract patches: 2 problem(s)" in done.stdout
    assert f"  - patch #{test} does not apply: target is gone" in done.stdout
    for check in ("coverage", "parameters", "bodies", "errors", "envelope", "examples"):
        assert f"contract {check}: " in done.stdout


def test_timestamp_rule_gives_date_times_and_fails_when_it_matches_nothing(
    spec: dict[str, Any],
) -> None:
    import spec_rules

    patched = spec_rules.apply_rules(copy.deepcopy(spec))
    schemas = patched["components"]["schemas"]
    times = [
        (name, prop)
        for name, schema in schemas.items()
        for prop, node in schema.get("properties", {}).items()
        if prop.endswith("_at") and "string" in str(node.get("type"))
    ]
    assert len(times) > 40
    assert all(
        schemas[name]["properties"][prop].get("format") == "date-time" for name, prop in times
    )
    # fixed upstream (every *_at has a format): the rule matched nothing and says so
    with pytest.raises(spec_rules.SpecRuleError, match="timestamps_are_date_times"):
        spec_rules.apply_rules(patched)


def test_date_filter_rule_marks_iso_8601_query_parameters(spec: dict[str, Any]) -> None:
    import spec_rules

    patched = spec_rules.apply_rules(copy.deepcopy(spec))
    marked = {
        (path, parameter["name"])
        for path, item in patched["paths"].items()
        for operation in item.values()
        if isinstance(operation, dict)
        for parameter in operation.get("parameters", [])
        if parameter.get(spec_rules.DATETIME_QUERY)
    }
    assert ("/emails/logs", "from_date") in marked
    assert all(name.endswith("_date") for _, name in marked)
    untouched = copy.deepcopy(spec)
    for _, item in untouched["paths"].items():
        for operation in item.values():
            for parameter in operation.get("parameters", []) if isinstance(operation, dict) else []:
                parameter.get("schema", {}).pop("description", None)
    with pytest.raises(spec_rules.SpecRuleError, match="date_filters_take_datetimes"):
        spec_rules.apply_rules(untouched, [spec_rules.date_filters_take_datetimes])
