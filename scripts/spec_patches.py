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


def apply_patches(spec: dict[str, Any], operations: list[dict[str, Any]]) -> dict[str, Any]:
    """Return a patched copy of ``spec``; raise SpecPatchError naming the first misfit."""
    patched = copy.deepcopy(spec)
    tested: set[str] = set()
    for index, operation in enumerate(operations):
        op, path = operation["op"], operation["path"]
        if op in ("replace", "remove") and path not in tested:
            raise SpecPatchError(f"{_describe(index, operation)} must follow a 'test' of {path}")
        if op == "add":
            pointer = jsonpointer.JsonPointer(path)
            parent, last = pointer.parts[:-1], pointer.parts[-1]
            try:
                container = jsonpointer.JsonPointer.from_parts(parent).resolve(patched)
            except jsonpointer.JsonPointerException as exc:
                raise SpecPatchError(f"{_describe(index, operation)}: target is gone") from exc
            if isinstance(container, dict) and last in container:
                raise SpecPatchError(
                    f"{_describe(index, operation)}: the member already exists "
                    f"(value {container[last]!r}); fixed upstream? remove this patch"
                )
        try:
            patched = jsonpatch.apply_patch(patched, [operation], in_place=True)
        except jsonpatch.JsonPatchTestFailed as exc:
            raise SpecPatchError(
                f"{_describe(index, operation)}: the spec changed under this patch "
                "(fixed upstream? review and update the patch)"
            ) from exc
        except (jsonpatch.JsonPatchConflict, jsonpointer.JsonPointerException) as exc:
            raise SpecPatchError(f"{_describe(index, operation)}: target is gone ({exc})") from exc
        if op == "test":
            tested.add(path)
    return patched


def patched_spec(spec_path: Path, patch_path: Path = PATCH_FILE) -> dict[str, Any]:
    """The spec the generator sees: the JSON patches, then the rules (``spec_rules.py``)."""
    from spec_rules import apply_rules  # imports this module

    spec = json.loads(spec_path.read_text(encoding="utf-8"))
    return apply_rules(apply_patches(spec, load_patch(patch_path)))
