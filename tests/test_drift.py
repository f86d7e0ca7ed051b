"""scripts/drift.py on pairs of specs: the real one and copies changed in one known way."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import drift
import pytest
import spec_tools

Spec = dict[str, Any]


def _operation(spec: Spec, operation_id: str) -> dict[str, Any]:
    for op in spec_tools.operations(spec):
        if op.operation_id == operation_id:
            return op.node
    raise KeyError(operation_id)


def _schema(spec: Spec, name: str) -> dict[str, Any]:
    node: dict[str, Any] = spec["components"]["schemas"][name]
    return node


def _body(spec: Spec, operation_id: str) -> dict[str, Any]:
    schema: dict[str, Any] = _operation(spec, operation_id)["requestBody"]["content"][
        "application/json"
    ]["schema"]
    return spec_tools.resolve(spec, schema)  # type: ignore[no-any-return]


def _changed(spec: Spec, change: Callable[[Spec], None]) -> Spec:
    new = copy.deepcopy(spec)
    change(new)
    return new


def _changes(spec: Spec, change: Callable[[Spec], None]) -> list[drift.Change]:
    return drift.compare(spec, _changed(spec, change))


def _only(changes: list[drift.Change]) -> drift.Change:
    assert len(changes) == 1, [c.message for c in changes]
    return changes[0]


def _add_operation(spec: Spec, operation_id: str = "managementDriftProbe") -> None:
    node = copy.deepcopy(_operation(spec, "managementGetConnection"))
    node["operationId"] = operation_id
    spec["paths"]["/drift-probe"] = {"get": node}


# --- nothing changed ------------------------------------------------------------


def test_same_spec_has_no_change_and_the_wrapper_covers_it(spec: Spec) -> None:
    result = drift.report(spec, copy.deepcopy(spec))
    assert result.changes == []
    assert result.wrapper_gaps == [], [gap.message for gap in result.wrapper_gaps]
    assert result.summary()["breaking"] is False
    assert drift.NO_CHANGE in drift.render(result)


def test_mailbox_api_changes_are_not_the_management_surface(spec: Spec) -> None:
    def change(new: Spec) -> None:
        for op in spec_tools.operations(new):
            if not op.is_management:
                op.node.setdefault("parameters", []).append(
                    {"in": "query", "name": "brand_new", "required": True, "schema": {}}
                )
        new["paths"]["/mailbox/teleport"] = {
            "post": {"operationId": "mailboxTeleport", "tags": ["Mailbox API"], "responses": {}}
        }

    assert _changes(spec, change) == []


# --- operations -----------------------------------------------------------------


def test_added_operation_is_not_breaking_but_is_a_wrapper_gap(spec: Spec) -> None:
    new = _changed(spec, _add_operation)
    result = drift.report(spec, new)
    change = _only(result.changes)
    assert (change.kind, change.change, change.breaking) == ("operation", "added", False)
    assert change.operation == "managementDriftProbe"
    assert change.subject == "GET /drift-probe"
    [gap] = result.wrapper_gaps
    assert (gap.kind, gap.subject) == ("operation_not_wrapped", "managementDriftProbe")
    assert "GET /drift-probe" in gap.message
    text = drift.render(result)
    assert "not in the wrapper yet" in text
    assert "Wrapper gaps" in text


def test_removed_operation_is_breaking_and_leaves_a_row_without_operation(spec: Spec) -> None:
    new = _changed(spec, lambda s: s["paths"]["/me"].pop("get"))
    result = drift.report(spec, new)
    change = _only(result.changes)
    assert (change.kind, change.change, change.breaking) == ("operation", "removed", True)
    assert change.operation == "managementGetConnection"
    [gap] = result.wrapper_gaps
    assert (gap.kind, gap.subject) == ("row_without_operation", "managementGetConnection")
    assert "me()" in gap.message
    assert "BREAKING" in drift.render(result)


def test_moved_operation_is_breaking_and_its_row_is_stale(spec: Spec) -> None:
    new = _changed(spec, lambda s: s["paths"].__setitem__("/whoami", s["paths"].pop("/me")))
    result = drift.report(spec, new)
    change = _only(result.changes)
    assert (change.kind, change.change, change.breaking) == ("operation", "moved", True)
    assert "GET /me to GET /whoami" in change.message
    [gap] = result.wrapper_gaps
    assert gap.kind == "row_mismatch"


# --- parameters -----------------------------------------------------------------


@pytest.mark.parametrize(("required", "breaking"), [(False, False), (True, True)])
def test_added_query_parameter(spec: Spec, required: bool, breaking: bool) -> None:
    def change(new: Spec) -> None:
        _operation(new, "managementListDomains")["parameters"].append(
            {
                "in": "query",
                "name": "zz_drift_probe",
                "required": required,
                "schema": {"type": "string"},
            }
        )

    found = _only(_changes(spec, change))
    assert (found.kind, found.change, found.subject) == ("parameter", "added", "zz_drift_probe")
    assert found.operation == "managementListDomains"
    assert found.breaking is breaking
    assert "query parameter `zz_drift_probe`" in found.message


def test_removed_query_parameter_is_breaking(spec: Spec) -> None:
    def change(new: Spec) -> None:
        params = _operation(new, "managementListEmailLogs")["parameters"]
        params[:] = [p for p in params if p.get("name") != "search"]

    found = _only(_changes(spec, change))
    assert (found.kind, found.change, found.subject, found.breaking) == (
        "parameter",
        "removed",
        "search",
        True,
    )


@pytest.mark.parametrize(("required", "breaking"), [(True, True), (False, False)])
def test_parameter_required_changes(spec: Spec, required: bool, breaking: bool) -> None:
    def flip(new: Spec, value: bool) -> None:
        for param in _operation(new, "managementListEmailLogs")["parameters"]:
            if param["name"] == "status":
                param["required"] = value

    old = _changed(spec, lambda s: flip(s, not required))
    found = _only(drift.compare(old, _changed(spec, lambda s: flip(s, required))))
    assert found.change == ("required" if required else "optional")
    assert found.breaking is breaking


def test_new_if_match_header_is_an_optional_header_parameter(spec: Spec) -> None:
    target = next(
        op.operation_id
        for op in spec_tools.management_operations(spec)
        if op.method == "post"
        and not any(p.get("name") == "If-Match" for p in op.node.get("parameters", []))
    )

    def change(new: Spec) -> None:
        _operation(new, target).setdefault("parameters", []).append(
            {"in": "header", "name": "If-Match", "required": False, "schema": {"type": "string"}}
        )

    found = _only(_changes(spec, change))
    assert (found.kind, found.subject, found.breaking) == ("parameter", "if-match", False)
    assert found.operation == target
    assert "header parameter" in found.message


# --- request bodies -------------------------------------------------------------


@pytest.mark.parametrize(("required", "breaking"), [(False, False), (True, True)])
def test_added_body_field(spec: Spec, required: bool, breaking: bool) -> None:
    def change(new: Spec) -> None:
        body = _body(new, "managementCreateDomain")
        body["properties"]["zz_drift_probe"] = {"type": "string"}
        if required:
            body["required"].append("zz_drift_probe")

    found = _only(_changes(spec, change))
    assert (found.kind, found.change, found.subject) == ("body", "added", "zz_drift_probe")
    assert found.breaking is breaking


def test_removed_body_field_is_breaking(spec: Spec) -> None:
    found = _only(
        _changes(spec, lambda s: _body(s, "managementCreateDomain")["properties"].pop("mode"))
    )
    assert (found.kind, found.change, found.subject, found.breaking) == (
        "body",
        "removed",
        "mode",
        True,
    )


def test_body_field_made_required_is_breaking_and_the_reverse_is_not(spec: Spec) -> None:
    required = _changed(
        spec, lambda s: _body(s, "managementCreateDomain")["required"].append("mode")
    )
    found = _only(drift.compare(spec, required))
    assert (found.kind, found.change, found.subject, found.breaking) == (
        "body",
        "required",
        "mode",
        True,
    )
    back = _only(drift.compare(required, spec))
    assert (back.change, back.breaking) == ("optional", False)


def test_a_new_nested_object_is_reported_once(spec: Spec) -> None:
    def change(new: Spec) -> None:
        _body(new, "managementCreateDomain")["properties"]["zz_drift_probe_object"] = {
            "type": "object",
            "properties": {"opens": {"type": "boolean"}, "clicks": {"type": "boolean"}},
            "required": ["opens"],
        }

    found = _only(_changes(spec, change))
    assert (found.subject, found.breaking) == ("zz_drift_probe_object", False)


# --- responses ------------------------------------------------------------------


def test_response_field_added_and_removed_in_a_shared_schema(spec: Spec) -> None:
    added = _changes(
        spec,
        lambda s: _schema(s, "MailboxDomain")["properties"].__setitem__(
            "zz_drift_probe", {"type": "string"}
        ),
    )
    by_operation = {c.operation: c for c in added}
    assert by_operation["managementGetDomain"].subject == "data.zz_drift_probe"
    assert by_operation["managementListDomains"].subject == "data[].zz_drift_probe"
    assert all(c.kind == "response" and not c.breaking for c in added)

    gone = _changes(spec, lambda s: _schema(s, "MailboxDomain")["properties"].pop("created_at"))
    assert gone and all(c.change == "removed" and c.breaking for c in gone)
    assert "managementGetDomain" in {c.operation for c in gone}


def test_list_that_loses_pagination_is_breaking(spec: Spec) -> None:
    def change(new: Spec) -> None:
        part = _schema(new, "DomainItemCursorListResponse")["allOf"][1]
        part["properties"].pop("pagination")
        part["required"].remove("pagination")

    found = _only(_changes(spec, change))
    assert (found.operation, found.kind, found.change, found.subject, found.breaking) == (
        "managementListDomains",
        "response",
        "removed",
        "pagination",
        True,
    )


def test_response_field_no_longer_always_present_is_breaking(spec: Spec) -> None:
    def change(new: Spec) -> None:
        _schema(new, "MailboxDomain")["required"].remove("created_at")

    found = _changes(spec, change)
    assert found and all(c.change == "optional" and c.breaking for c in found)


# --- error codes and enums ------------------------------------------------------


def _codes(spec: Spec) -> list[str]:
    codes: list[str] = _schema(spec, "ApiError")["properties"]["error"]["properties"]["code"][
        "enum"
    ]
    return codes


def test_new_error_code_is_not_breaking_but_needs_an_exception_class(spec: Spec) -> None:
    new = _changed(spec, lambda s: _codes(s).append("zz_drift_probe_code"))
    result = drift.report(spec, new)
    found = _only(result.changes)
    assert (found.kind, found.change, found.subject, found.breaking) == (
        "error_code",
        "added",
        "zz_drift_probe_code",
        False,
    )
    [gap] = result.wrapper_gaps
    assert (gap.kind, gap.subject) == ("error_code_without_class", "zz_drift_probe_code")


def test_removed_error_code_is_breaking_and_leaves_a_class_without_code(spec: Spec) -> None:
    new = _changed(spec, lambda s: _codes(s).remove("limit_exceeded"))
    result = drift.report(spec, new)
    found = _only(result.changes)
    assert (found.kind, found.change, found.breaking) == ("error_code", "removed", True)
    [gap] = result.wrapper_gaps
    assert (gap.kind, gap.subject) == ("class_without_error_code", "limit_exceeded")


def test_enum_values_in_a_component_schema(spec: Spec) -> None:
    status = _schema(spec, "MailboxDomainVerifyResult")["properties"]["status"]["enum"]
    assert len(status) >= 2
    added = _only(
        _changes(
            spec,
            lambda s: _schema(s, "MailboxDomainVerifyResult")["properties"]["status"][
                "enum"
            ].append("zz-drift-probe"),
        )
    )
    assert (added.kind, added.change, added.breaking) == ("enum_value", "added", False)
    assert added.subject == "MailboxDomainVerifyResult.status = 'zz-drift-probe'"
    assert added.operation is None
    removed = _only(
        _changes(
            spec,
            lambda s: _schema(s, "MailboxDomainVerifyResult")["properties"]["status"][
                "enum"
            ].remove(status[0]),
        )
    )
    assert (removed.change, removed.breaking) == ("removed", True)


def test_enum_values_inline_in_an_operation(spec: Spec) -> None:
    def change(new: Spec) -> None:
        for param in _operation(new, "managementListEmailLogs")["parameters"]:
            if param["name"] == "status":
                param["schema"]["enum"].append("zz-drift-probe")

    found = _only(_changes(spec, change))
    assert found.subject == "managementListEmailLogs query status = 'zz-drift-probe'"
    assert (found.operation, found.breaking) == ("managementListEmailLogs", False)
    body = _only(
        _changes(
            spec, lambda s: _body(s, "managementCreateDomain")["properties"]["mode"]["enum"].pop()
        )
    )
    assert body.subject.startswith("managementCreateDomain body.mode = ")
    assert body.breaking


# --- several at once, the summary and the command line ----------------------------


def test_summary_and_markdown_of_mixed_changes(spec: Spec) -> None:
    def change(new: Spec) -> None:
        _add_operation(new)
        _body(new, "managementCreateDomain")["required"].append("mode")
        _codes(new).append("zz_drift_probe_code")

    result = drift.report(spec, _changed(spec, change))
    summary = result.summary()
    assert summary["breaking"] is True
    assert summary["counts"] == {"changes": 3, "breaking": 1, "wrapper_gaps": 2}
    assert {gap["subject"] for gap in summary["wrapper_gaps"]} == {
        "managementDriftProbe",
        "zz_drift_probe_code",
    }
    json.dumps(summary)  # serializable as is
    text = drift.render(result)
    assert text.index("### BREAKING") < text.index("### Not breaking") < text.index("Wrapper gaps")
    assert "- BREAKING: `managementCreateDomain`: request body field `mode` is now required" in text


def test_command_line_writes_text_and_json(spec: Spec, root: Path, tmp_path: Path) -> None:
    old, new = tmp_path / "old.json", tmp_path / "new.json"
    old.write_text(json.dumps(spec), encoding="utf-8")
    new.write_text(json.dumps(_changed(spec, _add_operation)), encoding="utf-8")
    out = tmp_path / "out" / "drift.json"
    done = subprocess.run(
        [sys.executable, str(root / "scripts" / "drift.py"), "--old", str(old), "--new", str(new),
         "--json", str(out), "--markdown", str(tmp_path / "drift.md")],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert "new operation `managementDriftProbe` (GET /drift-probe)" in done.stdout
    summary = json.loads(out.read_text())
    assert summary["breaking"] is False
    assert [gap["subject"] for gap in summary["wrapper_gaps"]] == ["managementDriftProbe"]
    assert (tmp_path / "drift.md").read_text() == done.stdout


def test_git_spec_without_git_without_head_and_with_a_commit(
    root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    old, note = drift.git_spec("HEAD", repo)
    assert old is None
    assert note is not None and "git show HEAD:openapi.json" in note

    (repo / "openapi.json").write_text('{"openapi": "3.1.0", "paths": {}}', encoding="utf-8")
    git = ["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@example.com"]
    subprocess.run([*git, "add", "openapi.json"], check=True)
    subprocess.run([*git, "commit", "-q", "-m", "spec"], check=True)
    old, note = drift.git_spec("HEAD", repo)
    assert (old, note) == ({"openapi": "3.1.0", "paths": {}}, None)

    monkeypatch.setenv("PATH", str(tmp_path / "nothing-here"))
    old, note = drift.git_spec("HEAD", repo)
    assert old is None
    assert note is not None and "git is not installed" in note
    assert "No previous spec" in drift.render(drift.report(None, {"paths": {}}, {}, [], note))
