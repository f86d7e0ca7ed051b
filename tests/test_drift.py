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
    gaps = {gap.kind: gap for gap in result.wrapper_gaps}
    assert sorted(gaps) == ["coverage", "fake"]  # neither the client nor the fake has it
    assert {gap.subject for gap in gaps.values()} == {"managementDriftProbe"}
    assert "GET /drift-probe" in gaps["coverage"].message
    assert "without a wrapper method" in gaps["coverage"].message
    text = drift.render(result)
    assert "not in the wrapper yet" in text
    assert "Wrapper gaps" in text


def test_removed_operation_is_breaking_and_leaves_a_row_without_operation(spec: Spec) -> None:
    new = _changed(spec, lambda s: s["paths"]["/me"].pop("get"))
    result = drift.report(spec, new)
    change = _only(result.changes)
    assert (change.kind, change.change, change.breaking) == ("operation", "removed", True)
    assert change.operation == "managementGetConnection"
    [gap] = [gap for gap in result.wrapper_gaps if gap.kind == "coverage"]
    assert gap.subject == "managementGetConnection"
    assert "me() calls an operation that is not in the spec" in gap.message
    assert "BREAKING" in drift.render(result)


def test_moved_operation_is_breaking_and_its_row_is_stale(spec: Spec) -> None:
    new = _changed(spec, lambda s: s["paths"].__setitem__("/whoami", s["paths"].pop("/me")))
    result = drift.report(spec, new)
    change = _only(result.changes)
    assert (change.kind, change.change, change.breaking) == ("operation", "moved", True)
    assert "GET /me to GET /whoami" in change.message
    [gap] = result.wrapper_gaps
    assert (gap.kind, gap.subject) == ("coverage", "managementGetConnection")
    assert "OPERATIONS says GET /me" in gap.message


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
    assert gap.kind == "errors"
    assert "'zz_drift_probe_code' (ApiError.code) has no exception class" in gap.message


def test_removed_error_code_is_breaking_and_leaves_a_class_without_code(spec: Spec) -> None:
    new = _changed(spec, lambda s: _codes(s).remove("limit_exceeded"))
    result = drift.report(spec, new)
    found = _only(result.changes)
    assert (found.kind, found.change, found.breaking) == ("error_code", "removed", True)
    assert result.wrapper_gaps
    assert all(gap.kind == "errors" for gap in result.wrapper_gaps)
    assert "'limit_exceeded', which the spec no longer has" in result.wrapper_gaps[0].message


def test_enum_values_in_a_component_schema_per_operation(spec: Spec) -> None:
    status = _schema(spec, "MailboxDomainVerifyResult")["properties"]["status"]["enum"]
    assert len(status) >= 2

    def enum(new: Spec) -> list[Any]:
        values: list[Any] = _schema(new, "MailboxDomainVerifyResult")["properties"]["status"][
            "enum"
        ]
        return values

    added = _only(_changes(spec, lambda s: enum(s).append("zz-drift-probe")))
    assert (added.kind, added.change, added.subject, added.breaking) == (
        "response",
        "enum",
        "data.status",
        False,
    )
    assert (added.operation, added.via) == ("managementVerifyDomain", "MailboxDomainVerifyResult")
    assert '"zz-drift-probe"' in added.message
    removed = _only(_changes(spec, lambda s: enum(s).remove(status[0])))
    assert (removed.change, removed.breaking) == ("enum", True)
    assert f"no longer has value `{json.dumps(status[0])}`" in removed.message


def test_enum_values_inline_in_an_operation(spec: Spec) -> None:
    def change(new: Spec) -> None:
        for param in _operation(new, "managementListEmailLogs")["parameters"]:
            if param["name"] == "status":
                param["schema"]["enum"].append("zz-drift-probe")

    found = _only(_changes(spec, change))
    assert (found.kind, found.change, found.subject) == ("parameter", "enum", "status")
    assert (found.operation, found.breaking) == ("managementListEmailLogs", False)
    body = _only(
        _changes(
            spec, lambda s: _body(s, "managementCreateDomain")["properties"]["mode"]["enum"].pop()
        )
    )
    assert (body.kind, body.subject, body.operation) == ("body", "mode", "managementCreateDomain")
    assert body.breaking and "no longer takes" in body.message


# --- several at once, the summary and the command line ----------------------------


def test_summary_and_markdown_of_mixed_changes(spec: Spec) -> None:
    def change(new: Spec) -> None:
        _add_operation(new)
        _body(new, "managementCreateDomain")["required"].append("mode")
        _codes(new).append("zz_drift_probe_code")

    result = drift.report(spec, _changed(spec, change))
    summary = result.summary()
    assert summary["breaking"] is True
    assert summary["counts"] == {"changes": 3, "breaking": 1, "wrapper_gaps": 4}
    # the contract checks' findings: the new operation (no wrapper, no fake behaviour), the
    # new code, and the body model that still has `mode` optional
    kinds = {gap["kind"] for gap in summary["wrapper_gaps"]}
    assert kinds == {"coverage", "fake", "errors", "bodies"}
    json.dumps(summary)  # serializable as is
    text = drift.render(result)
    assert text.index("### BREAKING") < text.index("### Not breaking") < text.index("Wrapper gaps")
    section = text[text.index("### BREAKING") : text.index("### Not breaking")]
    assert "#### `managementCreateDomain` (POST /domains)" in section
    assert "- request body field `mode` is now required: pass it" in section


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
    assert "#### `managementDriftProbe` (GET /drift-probe)" in done.stdout
    assert "- new operation (GET /drift-probe) (not in the wrapper yet)" in done.stdout
    summary = json.loads(out.read_text())
    assert summary["breaking"] is False
    gaps = [(gap["kind"], gap["subject"]) for gap in summary["wrapper_gaps"]]
    assert gaps == [("coverage", "managementDriftProbe"), ("fake", "managementDriftProbe")]
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
    assert "No previous spec" in drift.render(drift.report(None, {"paths": {}}, note))


# --- what an operation resolves to: type, nullability, constraints, statuses ------


def _response_schema(spec: Spec, operation_id: str, status: str = "200") -> dict[str, Any]:
    node: dict[str, Any] = _operation(spec, operation_id)["responses"][status]["content"][
        "application/json"
    ]
    return node


def test_field_made_required_inside_an_optional_body_object(spec: Spec) -> None:
    quotas = _schema(spec, "ProviderCreateBody")["properties"]["quotas"]
    assert "quotas" not in _schema(spec, "ProviderCreateBody")["required"]
    assert "per_day" not in quotas.get("required", [])

    def change(new: Spec) -> None:
        _schema(new, "ProviderCreateBody")["properties"]["quotas"]["required"] = ["per_day"]

    found = [c for c in _changes(spec, change) if c.operation == "managementCreateProvider"]
    change_ = _only(found)
    assert (change_.kind, change_.change, change_.subject, change_.breaking) == (
        "body",
        "required",
        "quotas.per_day",
        True,
    )
    assert change_.via == "ProviderCreateBody"
    assert "`quotas.per_day` (in ProviderCreateBody) is now required" in change_.message


def test_enum_values_lost_when_a_response_is_re_pointed(spec: Spec) -> None:
    """The operation's response now names another component, with fewer status values."""
    values = _schema(spec, "MailboxDomainVerifyResult")["properties"]["status"]["enum"]
    envelope = _response_schema(spec, "managementVerifyDomain")["schema"]["$ref"].rsplit("/")[-1]

    def change(new: Spec) -> None:
        schemas = new["components"]["schemas"]
        schemas["VerifyOutcome"] = copy.deepcopy(schemas["MailboxDomainVerifyResult"])
        schemas["VerifyOutcome"]["properties"]["status"]["enum"] = values[1:]
        schemas["VerifyOutcomeResponse"] = json.loads(
            json.dumps(schemas[envelope]).replace(
                "#/components/schemas/MailboxDomainVerifyResult",
                "#/components/schemas/VerifyOutcome",
            )
        )
        _response_schema(new, "managementVerifyDomain")["schema"] = {
            "$ref": "#/components/schemas/VerifyOutcomeResponse"
        }

    found = _only(_changes(spec, change))
    assert (found.operation, found.kind, found.change, found.subject, found.breaking) == (
        "managementVerifyDomain",
        "response",
        "enum",
        "data.status",
        True,
    )
    assert found.via == "VerifyOutcome"
    assert f"no longer has value `{json.dumps(values[0])}`" in found.message


def test_response_field_changing_type_is_breaking(spec: Spec) -> None:
    def change(new: Spec) -> None:
        _schema(new, "MailboxDomain")["properties"]["created_at"]["type"] = "integer"

    found = _changes(spec, change)
    assert {c.operation for c in found} >= {"managementGetDomain", "managementListDomains"}
    get = next(c for c in found if c.operation == "managementGetDomain")
    assert (get.kind, get.change, get.subject, get.breaking) == (
        "response",
        "type",
        "data.created_at",
        True,
    )
    assert "is now `integer` (was `string`)" in get.message
    assert all(c.change == "type" and c.breaking for c in found)


def test_2xx_status_change_is_breaking(spec: Spec) -> None:
    def change(new: Spec) -> None:
        responses = _operation(new, "managementGetDomain")["responses"]
        responses["202"] = responses.pop("200")

    found = _only(_changes(spec, change))
    assert (found.operation, found.kind, found.subject, found.breaking) == (
        "managementGetDomain",
        "status",
        "202",
        True,
    )
    assert "answers 202 instead of 200" in found.message


def test_2xx_content_type_change_is_breaking(spec: Spec) -> None:
    def change(new: Spec) -> None:
        content = _operation(new, "managementGetDomain")["responses"]["200"]["content"]
        content["application/vnd.sendmux.v2+json"] = content.pop("application/json")

    found = _only(_changes(spec, change))
    assert (found.operation, found.kind, found.subject, found.breaking) == (
        "managementGetDomain",
        "content_type",
        "200",
        True,
    )
    assert "`application/vnd.sendmux.v2+json` (was `application/json`)" in found.message


NULL = {"type": "null"}


@pytest.mark.parametrize(
    ("before", "after"),
    [
        (  # the vendor's 2.1.2 -> 2.1.3 change
            {
                "allOf": [
                    {"$ref": "#/components/schemas/MailboxDomain"},
                    {"type": ["object", "null"]},
                ]
            },
            {"anyOf": [{"$ref": "#/components/schemas/MailboxDomain"}, NULL]},
        ),
        ({"type": "string"}, {"type": ["string", "null"]}),
        ({"type": "string"}, {"type": "string", "nullable": True}),  # OpenAPI 3.0
        ({"type": "string"}, {"oneOf": [{"type": "string"}, NULL]}),
    ],
    ids=["allOf-to-anyOf-null", "type-list", "nullable-3.0", "oneOf-null"],
)
def test_response_field_that_may_now_be_null(
    spec: Spec, before: dict[str, Any], after: dict[str, Any]
) -> None:
    def put(value: dict[str, Any]) -> Callable[[Spec], None]:
        def change(new: Spec) -> None:
            _schema(new, "MailboxDomainVerifyResult")["properties"]["zz_probe"] = value

        return change

    old = _changed(spec, put(before))
    found = _only(drift.compare(old, _changed(spec, put(after))))
    assert (found.kind, found.change, found.subject, found.breaking) == (
        "response",
        "nullable",
        "data.zz_probe",
        True,
    )
    assert found.message.endswith("may now be `None`: check before use")
    assert drift.compare(_changed(spec, put(after)), old)[0].breaking is False  # the reverse


@pytest.mark.parametrize(
    ("before", "after", "breaking", "says"),
    [
        ({"type": "string"}, {"type": "string", "pattern": "^[a-z]+$"}, True, "must now match"),
        ({"type": "string", "pattern": "^a"}, {"type": "string", "pattern": "^b"}, True, "match"),
        ({"type": "string", "pattern": "^a"}, {"type": "string"}, False, "no longer has pattern"),
        ({"type": "string"}, {"type": "string", "minLength": 3}, True, "at least `3` characters"),
        ({"type": "string", "maxLength": 9}, {"type": "string", "maxLength": 5}, True, "at most"),
        ({"type": "string", "maxLength": 5}, {"type": "string", "maxLength": 9}, False, "now"),
        ({"type": "integer", "minimum": 1}, {"type": "integer", "minimum": 2}, True, ">= `2`"),
        ({"type": "integer", "maximum": 9}, {"type": "integer", "maximum": 99}, False, "now"),
        ({"type": "string", "enum": ["a", "b"]}, {"type": "string", "enum": ["a"]}, True, '"b"'),
        ({"type": "string", "enum": ["a"]}, {"type": "string", "enum": ["a", "b"]}, False, '"b"'),
        ({"type": "string"}, {"type": "string", "enum": ["a"]}, True, "must now be one of"),
        ({"type": ["string", "null"]}, {"type": "string"}, True, "may no longer be `None`"),
        ({"type": "string"}, {"type": "integer"}, True, "must now be `integer`"),
        ({"type": "string"}, {"type": ["string", "integer"]}, False, "now also takes"),
        ({"type": "number"}, {"type": "integer"}, True, "must now be `integer`"),
        ({"type": "integer"}, {"type": "number"}, False, "now also takes `number`"),
        ({"type": "object"}, {"type": "object", "maxProperties": 3}, True, "at most `3` members"),
    ],
)
def test_input_constraints(
    spec: Spec, before: dict[str, Any], after: dict[str, Any], breaking: bool, says: str
) -> None:
    def put(value: dict[str, Any]) -> Callable[[Spec], None]:
        def change(new: Spec) -> None:
            _body(new, "managementCreateDomain")["properties"]["zz_probe"] = value

        return change

    found = _only(drift.compare(_changed(spec, put(before)), _changed(spec, put(after))))
    assert (found.kind, found.subject, found.operation) == (
        "body",
        "zz_probe",
        "managementCreateDomain",
    )
    assert found.breaking is breaking, found.message
    assert says in found.message


def test_new_required_field_at_depth_and_inside_a_new_object(spec: Spec) -> None:
    def change(new: Spec) -> None:
        quotas = _schema(new, "ProviderCreateBody")["properties"]["quotas"]
        quotas["properties"]["zz_probe"] = {"type": "integer"}
        quotas["required"] = ["zz_probe"]

    found = _only([c for c in _changes(spec, change) if c.operation == "managementCreateProvider"])
    assert (found.change, found.subject, found.breaking) == ("added", "quotas.zz_probe", True)


def test_error_statuses_and_security_are_info(spec: Spec) -> None:
    def change(new: Spec) -> None:
        op = _operation(new, "managementGetDomain")
        op["responses"]["418"] = {"description": "teapot"}
        op["security"] = [{"zz_probe_scheme": []}]
        new["components"].setdefault("securitySchemes", {})["zz_probe_scheme"] = {
            "type": "http",
            "scheme": "basic",
        }

    found = _changes(spec, change)
    assert {(c.kind, c.change, c.subject, c.level) for c in found} == {
        ("error_status", "added", "418", drift.INFO),
        ("security", "changed", "security", drift.INFO),
        ("security", "added", "zz_probe_scheme", drift.INFO),
    }
    text = drift.render(drift.report(spec, _changed(spec, change)))
    assert "### Info" in text and "### BREAKING" not in text


@pytest.mark.parametrize(
    ("before", "after", "breaking"),
    [
        ({"type": "number"}, {"type": "integer"}, False),  # every integer is a number
        ({"type": "integer"}, {"type": "number"}, True),
        ({"type": "string", "maxLength": 5}, {"type": "string", "maxLength": 9}, None),
    ],
)
def test_response_types_read_as_sets(
    spec: Spec, before: dict[str, Any], after: dict[str, Any], breaking: bool | None
) -> None:
    """None: a response constraint is not compared (see the README)."""

    def put(value: dict[str, Any]) -> Callable[[Spec], None]:
        def change(new: Spec) -> None:
            _schema(new, "MailboxDomainVerifyResult")["properties"]["zz_probe"] = value

        return change

    found = drift.compare(_changed(spec, put(before)), _changed(spec, put(after)))
    if breaking is None:
        assert found == []
    else:
        assert _only(found).breaking is breaking, found[0].message


def test_cookie_parameters_are_compared(spec: Spec) -> None:
    def change(new: Spec) -> None:
        _operation(new, "managementListDomains")["parameters"].append(
            {"in": "cookie", "name": "zz_probe", "required": True, "schema": {"type": "string"}}
        )

    found = _only(_changes(spec, change))
    assert (found.kind, found.subject, found.breaking) == ("parameter", "zz_probe", True)
    assert "cookie parameter `zz_probe` is new and required" in found.message


def test_wrapper_verdict_is_the_contract_checks_own(spec: Spec) -> None:
    """A body field made required: `make contract` finds the wrapper's optional field, and so
    does the report (it said "every Management operation is covered" before)."""
    import contract_checks

    new = _changed(spec, lambda s: _body(s, "managementCreateDomain")["required"].append("mode"))
    result = drift.report(spec, new)
    found = contract_checks.check_spec(new)
    assert [(g.kind, g.message) for g in result.wrapper_gaps] == [
        (check, problem) for check, problems in found.items() for problem in problems
    ]
    assert [g.kind for g in result.wrapper_gaps] == ["bodies"]
    assert "body field 'mode' is required in the spec" in result.wrapper_gaps[0].message
    assert "finds no problem" not in drift.render(result)


def test_several_2xx_bodies_are_read_as_any_of_them(spec: Spec) -> None:
    def change(new: Spec) -> None:
        responses = _operation(new, "managementGetDomain")["responses"]
        other = copy.deepcopy(responses["200"])
        other["content"]["application/json"]["schema"] = {
            "type": "object",
            "properties": {"ok": {"type": "boolean"}, "queued": {"type": "boolean"}},
            "required": ["ok", "queued"],
        }
        responses["202"] = other

    found = {(c.kind, c.change, c.subject): c.breaking for c in _changes(spec, change)}
    assert found[("status", "changed", "200, 202")] is True
    assert found[("response", "optional", "data")] is True  # absent from the 202 body
    assert found[("response", "added", "queued")] is False
