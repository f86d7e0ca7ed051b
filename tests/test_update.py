"""Rehearsals of `make update` (scripts/update.py) in temporary copies of the repository.

Each test copies the repository's files (tracked and new, as in the working
tree) into a temporary git repository, serves a spec from 127.0.0.1 and runs
the update script there with this interpreter (the outer virtual environment),
so the working tree is never touched. The update's own test step runs a fast
subset (the regenerated models of tests/test_generated.py) instead of the
whole suite.
"""

from __future__ import annotations

import copy
import hashlib
import json
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonpatch
import pytest
import spec_tools
from pytest_httpserver import HTTPServer

SPEC_PATH = "/api/v1/openapi.json"
# The update's test step: the regenerated models import and parse (regen itself
# just checked that they match the spec, so its --check is not run twice).
INNER_TESTS = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"]
INNER_TESTS += ["tests/test_generated.py", "-k", "not up_to_date"]
GIT_IDENTITY = ["-c", "user.name=rehearsal", "-c", "user.email=rehearsal@example.com"]
NEW_OPERATION = "managementRehearsalProbe"


def _copy_repository(root: Path, destination: Path) -> Path:
    listed = subprocess.run(
        ["git", "-C", str(root), "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        capture_output=True,
        check=False,
    )
    if listed.returncode != 0:
        pytest.skip("not a git checkout: cannot list the repository's files to copy")
    for name in filter(None, listed.stdout.decode().split("\0")):
        source = root / name
        if source.is_file():  # not deleted in the working tree
            target = destination / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    git = ["git", "-C", str(destination), *GIT_IDENTITY]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "-A"], check=True)
    subprocess.run([*git, "commit", "-q", "--no-verify", "-m", "rehearsal base"], check=True)
    return destination


@pytest.fixture
def repo(root: Path, tmp_path: Path) -> Path:
    return _copy_repository(root, tmp_path / "repo")


def _fingerprint(root: Path) -> dict[str, str]:
    """What an update could change in a repository."""
    paths = [root / "openapi.json", root / "openapi.provenance.json"]
    paths += sorted((root / "generated" / "sendmux_api").rglob("*.py"))
    return {
        str(path.relative_to(root)): hashlib.sha256(path.read_bytes()).hexdigest() for path in paths
    }


@pytest.fixture
def untouched(root: Path) -> Any:
    """Fails the test if the real working tree changed under it."""
    before = _fingerprint(root)
    yield
    assert _fingerprint(root) == before, "the rehearsal touched the working tree"


def _serve(httpserver: HTTPServer, document: dict[str, Any]) -> str:
    httpserver.expect_request(SPEC_PATH).respond_with_data(
        json.dumps(document), content_type="application/json"
    )
    return str(httpserver.url_for(SPEC_PATH))


def _update(repo: Path, source: str) -> tuple[subprocess.CompletedProcess[str], dict[str, Any]]:
    env = {k: v for k, v in os.environ.items() if k not in ("SPEC_SOURCE", "UPDATE_TEST_COMMAND")}
    done = subprocess.run(
        [sys.executable, str(repo / "scripts" / "update.py"), source,
         "--test-command", shlex.join(INNER_TESTS), "--timeout", "10"],
        cwd=repo, env=env, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    report: dict[str, Any] = json.loads((repo / "build" / "update-report.json").read_text())
    return done, report


def _with_new_operation(spec: dict[str, Any]) -> dict[str, Any]:
    new = copy.deepcopy(spec)
    [connection] = [
        op for op in spec_tools.operations(new) if op.operation_id == "managementGetConnection"
    ]
    node = copy.deepcopy(connection.node)
    node["operationId"] = NEW_OPERATION
    node["summary"] = "A Management operation the wrapper does not know"
    new["paths"]["/me/rehearsal-probe"] = {"get": node}
    return new


def test_new_management_operation_regenerates_and_needs_a_human(
    repo: Path, spec: dict[str, Any], httpserver: HTTPServer, untouched: None
) -> None:
    new = _with_new_operation(spec)
    source = _serve(httpserver, new)

    done, report = _update(repo, source)

    assert done.returncode == 20, done.stdout[-4000:] + done.stderr[-2000:]
    assert report["outcome"] == "needs-human"
    assert report["exit_code"] == 20
    assert report["needs_human"] is True
    assert report["breaking"] is False
    gaps = [(gap["kind"], gap["subject"]) for gap in report["wrapper_gaps"]]
    assert gaps == [("coverage", NEW_OPERATION), ("fake", NEW_OPERATION)]
    assert report["steps"]["regenerate"]["status"] == "passed"
    assert report["steps"]["tests"]["status"] == "passed"
    assert len(report["reasons"]) == 1 and NEW_OPERATION in report["reasons"][0]
    assert report["title"].startswith("[needs human] ")
    body = (repo / "build" / "update-report.md").read_text()
    assert body.startswith(f"# {report['title']}")
    assert "The wrapper needs a human" in body
    assert f"#### `{NEW_OPERATION}` (GET /me/rehearsal-probe)" in body
    assert "- new operation (GET /me/rehearsal-probe)" in body
    assert "not in the wrapper yet" in body
    assert f"#### `{NEW_OPERATION}`" in done.stdout  # the drift report is printed

    assert json.loads((repo / "openapi.json").read_text()) == new
    provenance = json.loads((repo / "openapi.provenance.json").read_text())
    assert provenance["source"] == source
    module = repo / "generated/sendmux_api/api/connection/management_rehearsal_probe.py"
    assert module.is_file()

    # `make regen` ends with the drift report from the last commit (the old spec).
    regen = subprocess.run(
        [sys.executable, str(repo / "scripts" / "regen.py")],
        cwd=repo, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert regen.returncode == 0, regen.stderr
    tail = regen.stdout[regen.stdout.index("regen: generated/sendmux_api is up to date") :]
    assert "## Management API drift" in tail
    assert f"#### `{NEW_OPERATION}`" in tail
    assert "Wrapper gaps" in tail


def test_committed_spec_is_unchanged_and_nothing_is_written(
    repo: Path, httpserver: HTTPServer, untouched: None
) -> None:
    committed = json.loads((repo / "openapi.json").read_text())
    before = _fingerprint(repo)

    done, report = _update(repo, _serve(httpserver, committed))

    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
    assert report["outcome"] == "unchanged"
    assert report["steps"] == {}
    assert "nothing to do" in done.stdout
    assert _fingerprint(repo) == before
    status = subprocess.run(
        ["git", "-C", str(repo), "status", "--porcelain", "--untracked-files=no"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert status.stdout == ""


def test_a_breaking_change_the_wrapper_absorbs_passes_and_says_breaking(
    root: Path, repo: Path, spec: dict[str, Any], httpserver: HTTPServer, untouched: None
) -> None:
    new = copy.deepcopy(spec)
    domain = new["components"]["schemas"]["MailboxDomain"]
    field = sorted(domain["properties"])[-1]
    del domain["properties"][field]
    domain["required"] = [name for name in domain.get("required", []) if name != field]

    done, report = _update(repo, _serve(httpserver, new))

    assert done.returncode == 10, done.stdout[-4000:] + done.stderr[-2000:]
    assert report["outcome"] == "changed"
    assert report["needs_human"] is False
    assert report["breaking"] is True
    assert report["wrapper_gaps"] == []
    assert "BREAKING" in report["title"] and "needs human" not in report["title"]
    body = (repo / "build" / "update-report.md").read_text()
    assert f"response field `data.{field}` (in MailboxDomain) is gone" in body
    model = (repo / "generated/sendmux_api/models/mailbox_domain.py").read_text()
    assert f"{field}:" not in model
    assert f"{field}:" in (root / "generated/sendmux_api/models/mailbox_domain.py").read_text()


def test_regeneration_failure_needs_a_human_and_skips_the_tests(
    repo: Path, spec: dict[str, Any], httpserver: HTTPServer, untouched: None
) -> None:
    # Upstream fixes the defect one of our spec patches adds: the patch no longer fits.
    patches = json.loads((repo / "spec-patches.json").read_text())
    first_add = next(patch for patch in patches if patch["op"] == "add")
    new = jsonpatch.apply_patch(spec, [first_add])

    done, report = _update(repo, _serve(httpserver, new))

    assert done.returncode == 20, done.stdout[-4000:] + done.stderr[-2000:]
    assert report["outcome"] == "needs-human"
    assert report["steps"]["regenerate"]["status"] == "failed"
    assert report["steps"]["tests"]["status"].startswith("skipped")
    assert "regeneration failed" in report["reasons"][0]
    assert "the member already exists" in report["steps"]["regenerate"]["output"]
    body = (repo / "build" / "update-report.md").read_text()
    assert "regenerate: last lines of output" in body


def test_unreachable_spec_is_an_error_and_changes_nothing(
    repo: Path, httpserver: HTTPServer, untouched: None
) -> None:
    httpserver.expect_request(SPEC_PATH).respond_with_data("gone", status=404)
    before = _fingerprint(repo)

    done, report = _update(repo, str(httpserver.url_for(SPEC_PATH)))

    assert done.returncode == 1
    assert report["outcome"] == "error"
    assert "HTTP 404" in report["error"]
    assert _fingerprint(repo) == before


def test_make_update_runs_the_update_script_with_spec_source(root: Path) -> None:
    done = subprocess.run(
        ["make", "-n", "update", "SPEC_SOURCE=file:///elsewhere/openapi.json"],
        cwd=root, capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert 'scripts/update.py "file:///elsewhere/openapi.json"' in done.stdout


def _older(spec: dict[str, Any]) -> dict[str, Any]:
    """The shape of releases before 1.5.1, which spec-patches.json was not written for."""
    old = copy.deepcopy(spec)
    schemas = old["components"]["schemas"]
    del schemas["DeliveryLogRecipient"]
    del schemas["DeliveryLogDetail"]["properties"]["recipients"]
    schemas["DeliveryLogDetail"]["required"].remove("recipients")
    return old


def test_update_from_an_older_spec_to_the_current_one(
    repo: Path, spec: dict[str, Any], httpserver: HTTPServer, untouched: None
) -> None:
    (repo / "openapi.json").write_text(json.dumps(_older(spec)), encoding="utf-8")

    done, report = _update(repo, _serve(httpserver, spec))

    assert done.returncode == 10, done.stdout[-4000:] + done.stderr[-2000:]
    assert (report["outcome"], report["breaking"], report["wrapper_gaps"]) == ("changed", False, [])
    body = (repo / "build" / "update-report.md").read_text()
    assert "#### `managementGetEmailLog` (GET /emails/logs/{public_id})" in body
    assert "- response field `data.recipients` (in DeliveryLogDetail) is new" in body


def test_update_to_a_spec_a_patch_does_not_fit_names_the_patch(
    repo: Path, spec: dict[str, Any], httpserver: HTTPServer, untouched: None
) -> None:
    done, report = _update(repo, _serve(httpserver, _older(spec)))

    assert done.returncode == 20, done.stdout[-4000:] + done.stderr[-2000:]
    assert "Traceback" not in done.stdout + done.stderr
    assert report["steps"]["regenerate"]["status"] == "failed"
    [misfit, follower] = [g for g in report["wrapper_gaps"] if g["kind"] == "patches"]
    assert "does not apply: target is gone (no 'DeliveryLogRecipient'" in misfit["message"]
    assert "does not apply: its test" in follower["message"]
    body = (repo / "build" / "update-report.md").read_text()
    assert "- patches: patch #" in body
    # the breaking change is listed first, with what users must do
    assert body.index("### BREAKING") < body.index("### Wrapper gaps")
    assert "`data.recipients` (in DeliveryLogDetail) is gone: stop reading it" in body


def test_the_pull_request_says_what_users_must_change_first(spec: dict[str, Any]) -> None:
    """BREAKING first, per operation, each with what a user must do (like 2.1.3 and 1.7.0)."""
    import drift
    import update

    def email(document: dict[str, Any]) -> dict[str, Any]:
        body = document["paths"]["/mailboxes"]["post"]["requestBody"]["content"]
        field: dict[str, Any] = body["application/json"]["schema"]["properties"]["email"]
        return field

    old = copy.deepcopy(spec)
    pattern = email(old).pop("pattern")  # 1.7.0 added it
    new = copy.deepcopy(spec)
    domain = new["components"]["schemas"]["MailboxDomain"]["properties"]
    domain["created_at"] = {"type": ["string", "null"]}  # may now be null
    domain["zz_probe"] = {"type": "string"}  # not breaking
    result = drift.report(old, new)
    outcome = {
        "outcome": "changed", "exit_code": 10, "source": "test", "provenance": {},
        "breaking": result.breaking, "needs_human": False, "reasons": [],
        "drift": result.summary(), "steps": {}, "title": "Update",
    }  # fmt: skip

    body = update.render(outcome, drift.render(result))

    first = body.index("BREAKING for clients")
    section = body.index("### BREAKING: what users must change")
    assert first < body.index("Regenerated;") < section < body.index("### Not breaking")
    breaking = body[section : body.index("### Not breaking")]
    assert "#### `managementCreateMailbox` (POST /mailboxes)\n" in breaking
    assert f"- request body field `email` must now match `{pattern}`\n" in breaking
    assert "#### `managementGetDomain` (GET /domains/{public_id})\n" in breaking
    assert (
        "- response field `data.created_at` (in MailboxDomain) may now be `None`: "
        "check before use\n"
    ) in breaking
    assert "zz_probe" not in breaking
