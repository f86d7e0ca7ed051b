"""spec-patches.json applies to the committed spec and fails loudly when upstream moves under it."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from spec_patches import SpecPatchError, apply_patches, load_patch


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
