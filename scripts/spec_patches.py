"""Apply ``spec-patches.json``, our reviewed fixes to the vendor spec's known defects.

The file is an RFC 6902 JSON Patch; each operation carries a ``why`` (ignored by
the RFC, read by reviewers). Applying is stricter than the RFC so that a change
upstream is noticed rather than papered over:

- ``add`` must create its member: if it already exists, upstream probably fixed
  the defect and the patch should go;
- ``replace`` and ``remove`` must follow a ``test`` of the same path, so that a
  value changed upstream fails instead of being silently overwritten;
- any path that no longer exists fails, naming the operation and its reason.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import jsonpatch
import jsonpointer

ROOT = Path(__file__).resolve().parent.parent
PATCH_FILE = ROOT / "spec-patches.json"


class SpecPatchError(Exception):
    """A patch no longer fits the spec it is applied to."""


def load_patch(path: Path = PATCH_FILE) -> list[dict[str, Any]]:
    operations = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(operations, list):
        raise SpecPatchError(f"{path.name} must hold a JSON array of patch operations")
    for index, operation in enumerate(operations):
        if not isinstance(operation, dict) or not str(operation.get("why", "")).strip():
            raise SpecPatchError(f"{path.name} operation #{index} has no 'why'")
    return operations


def _describe(index: int, operation: dict[str, Any]) -> str:
    return f"patch #{index} ({operation['op']} {operation['path']}: {operation['why']})"


def _missing(document: Any, path: str) -> str | None:
    """What is missing on the way to ``path`` ("no 'X' in /a/b"), or None."""
    node, walked = document, ""
    for part in jsonpointer.JsonPointer(path).parts:
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            return f"no {part!r} in {walked or '/'}"
        walked += "/" + part.replace("~", "~0").replace("/", "~1")
    return None


class _Misfit(Exception):
    """One operation does not fit: its reason, without the patch's description."""


def _apply_one(patched: Any, operation: dict[str, Any], tested: set[str]) -> Any:
    op, path = operation["op"], operation["path"]
    if op in ("replace", "remove") and path not in tested:
        raise _Misfit(f"must follow a 'test' of {path}")
    missing = _missing(patched, path if op != "add" else path.rsplit("/", 1)[0])
    if missing:
        raise _Misfit(f"target is gone ({missing})")
    if op == "add":
        pointer = jsonpointer.JsonPointer(path)
        parent, last = pointer.parts[:-1], pointer.parts[-1]
        container = jsonpointer.JsonPointer.from_parts(parent).resolve(patched)
        if isinstance(container, dict) and last in container:
            raise _Misfit(
                f"the member already exists (value {container[last]!r}); "
                "fixed upstream? remove this patch"
            )
    try:
        patched = jsonpatch.apply_patch(patched, [operation], in_place=True)
    except jsonpatch.JsonPatchTestFailed as exc:
        raise _Misfit(
            "the spec changed under this patch (fixed upstream? review and update the patch)"
        ) from exc
    except (jsonpatch.JsonPatchConflict, jsonpointer.JsonPointerException) as exc:
        raise _Misfit(f"target is gone ({exc})") from exc
    if op == "test":
        tested.add(path)
    return patched


def apply_patches(spec: dict[str, Any], operations: list[dict[str, Any]]) -> dict[str, Any]:
    """Return a patched copy of ``spec``; raise SpecPatchError naming the first misfit."""
    patched = copy.deepcopy(spec)
    tested: set[str] = set()
    for index, operation in enumerate(operations):
        try:
            patched = _apply_one(patched, operation, tested)
        except _Misfit as exc:
            raise SpecPatchError(f"{_describe(index, operation)}: {exc}") from exc
    return patched  # type: ignore[no-any-return]


def apply_fitting(
    spec: dict[str, Any], operations: list[dict[str, Any]]
) -> tuple[dict[str, Any], list[str]]:
    """A copy of ``spec`` with every patch that fits it, and one line per patch that does not.

    For checking a spec the patches were not written for (an older release, a new
    one): each misfit is "patch #N does not apply: <reason>" and is skipped, as is
    a ``replace``/``remove`` whose ``test`` did not apply.
    """
    patched = copy.deepcopy(spec)
    tested: set[str] = set()
    failed_tests: dict[str, int] = {}
    misfits: list[str] = []
    for index, operation in enumerate(operations):
        where = f"({operation['op']} {operation['path']})"
        path = operation["path"]
        if operation["op"] in ("replace", "remove") and path in failed_tests:
            reason = f"its test, patch #{failed_tests[path]}, does not apply"
            misfits.append(f"patch #{index} does not apply: {reason} {where}")
            continue
        try:
            patched = _apply_one(patched, operation, tested)
        except _Misfit as exc:
            misfits.append(f"patch #{index} does not apply: {exc} {where}")
            if operation["op"] == "test":
                failed_tests[path] = index
    return patched, misfits


def patched_spec(spec_path: Path, patch_path: Path = PATCH_FILE) -> dict[str, Any]:
    """The spec the generator sees: the JSON patches, then the rules (``spec_rules.py``)."""
    from spec_rules import apply_rules  # imports this module

    spec = json.loads(spec_path.read_text(encoding="utf-8"))
    return apply_rules(apply_patches(spec, load_patch(patch_path)))
