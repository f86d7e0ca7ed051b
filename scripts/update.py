"""``make update``: fetch the spec; when it changed, regenerate, report the drift, run the tests.

The spec comes from ``SPEC_SOURCE`` (or the first argument), with every source
``make fetch-spec`` takes. It is compared with ``openapi.json`` as it is on disk
(the committed one, in CI). Nothing is ever committed.

Exit codes (``make`` itself turns any non-zero one into 2, so read the outcome
from ``build/update-report.json`` when running through ``make update``):

- 0  unchanged: the fetched spec is ``openapi.json``; nothing was written;
- 10 changed: ``openapi.json``, its provenance and ``generated/`` were updated,
  and the tests passed;
- 20 changed, needs a human: regeneration failed (a warning dropped a
  Management operation or a schema one uses, or a spec patch no longer fits),
  the wrapper has gaps (a Management operation or error code it does not
  cover, a row whose operation is gone), or the tests failed;
- 1  could not run: the spec could not be fetched or is not OpenAPI 3.x.

Every run writes ``build/update-report.md`` (the pull request's description)
and ``build/update-report.json`` (outcome, title, breaking, wrapper gaps, steps).
The test step runs ``UPDATE_TEST_COMMAND`` (default ``make test``).
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import subprocess
import sys
from collections import deque
from pathlib import Path
from typing import Any

import drift
import fetch_spec

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi.json"
REPORT_DIR = ROOT / "build"
REPORT_NAME = "update-report"
DEFAULT_TEST_COMMAND = "make test"
EXIT_UNCHANGED, EXIT_CHANGED, EXIT_NEEDS_HUMAN, EXIT_ERROR = 0, 10, 20, 1
OUTPUT_TAIL_LINES = 60
MAX_BODY_CHARS = 60_000  # a pull request description holds 65,536 characters


def run_streaming(command: list[str], env: dict[str, str]) -> tuple[int, str]:
    """Run ``command`` in the repository, echoing its output; return its status and tail."""
    tail: deque[str] = deque(maxlen=OUTPUT_TAIL_LINES)
    try:
        process = subprocess.Popen(
            command,
            cwd=ROOT,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            errors="replace",
        )
    except OSError as exc:
        message = f"cannot run {shlex.join(command)}: {exc}"
        print(f"update: {message}", flush=True)
        return 127, message
    assert process.stdout is not None
    for line in process.stdout:
        print(line, end="", flush=True)
        tail.append(line.rstrip("\n"))
    return process.wait(), "\n".join(tail)


def child_env() -> dict[str, str]:
    """The environment for the steps: this checkout's code before any installed copy."""
    paths = [str(ROOT), str(ROOT / "generated")]
    if os.environ.get("PYTHONPATH"):
        paths.append(os.environ["PYTHONPATH"])
    return {**os.environ, "PYTHONPATH": os.pathsep.join(paths)}


def _fenced(text: str) -> list[str]:
    return ["````text", text.replace("````", "` ` ` `"), "````"]


def render(outcome: dict[str, Any], drift_text: str | None) -> str:
    """The pull request description."""
    lines = [f"# {outcome['title']}", ""]
    record = outcome.get("provenance") or {}
    if outcome["outcome"] == "error":
        return "\n".join([*lines, f"The update could not run: {outcome['error']}", ""])
    lines += [
        f"Spec source: `{outcome['source']}` (sha256 `{record.get('sha256', '?')}`, "
        f"fetched {record.get('fetched_at', '?')}).",
        "",
    ]
    if outcome["outcome"] == "unchanged":
        return "\n".join([*lines, "The spec is unchanged: nothing to do.", ""])
    if outcome["breaking"]:
        lines += [
            "**This spec change is BREAKING for clients**: the first section below says "
            "what users must change, per operation.",
            "",
        ]
    if outcome["needs_human"]:
        lines += ["**The wrapper needs a human:**", ""]
        lines += [f"- {reason}" for reason in outcome["reasons"]] + [""]
    else:
        lines += ["Regenerated; the wrapper covers the new spec and the tests pass.", ""]
    if drift_text:
        lines += [drift_text.rstrip("\n").replace("## Management API drift", "## Drift"), ""]
    lines += ["## Steps", ""]
    for name, step in outcome["steps"].items():
        detail = f" (exit {step['exit_code']})" if step.get("exit_code") not in (None, 0) else ""
        command = f" `{step['command']}`" if step.get("command") else ""
        lines.append(f"- {name}{command}: {step['status']}{detail}")
    lines += [
        "",
        "A maintainer reviews the drift above, fills any wrapper gap in `sendmux_ext/` "
        "(a row in `_operations.py` and a method, or an exception class in `_errors.py`), "
        "pushes to this branch and merges once CI is green.",
        "",
    ]
    for name, step in outcome["steps"].items():
        if step.get("status") == "failed" and step.get("output"):
            lines += [
                f"<details><summary>{name}: last lines of output</summary>",
                "",
                *_fenced(step["output"]),
                "",
                "</details>",
                "",
            ]
    body = "\n".join(lines)
    if len(body) > MAX_BODY_CHARS:
        body = body[:MAX_BODY_CHARS] + "\n\n(truncated: see build/update-report.md in the run)\n"
    return body


def title(outcome: dict[str, Any]) -> str:
    if outcome["outcome"] == "error":
        return "Spec update failed"
    if outcome["outcome"] == "unchanged":
        return "Spec unchanged"
    changes = outcome["drift"]["counts"]["changes"] if outcome.get("drift") else 0
    what = f"{changes} Management change(s)" if changes else "no Management change"
    breaking = ", BREAKING" if outcome["breaking"] else ""
    prefix = "[needs human] " if outcome["needs_human"] else ""
    return f"{prefix}Update the Sendmux API spec ({what}{breaking})"


def write_report(outcome: dict[str, Any], drift_text: str | None, folder: Path) -> None:
    outcome["title"] = title(outcome)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{REPORT_NAME}.md").write_text(render(outcome, drift_text), encoding="utf-8")
    (folder / f"{REPORT_NAME}.json").write_text(
        json.dumps(outcome, indent=2) + "\n", encoding="utf-8"
    )
    print(f"update: {outcome['title']} (exit {outcome['exit_code']}); report in {folder.name}/")


def update(source: str, test_command: str, folder: Path, timeout: float) -> int:
    for suffix in (".md", ".json"):
        (folder / f"{REPORT_NAME}{suffix}").unlink(missing_ok=True)
    outcome: dict[str, Any] = {
        "outcome": "error",
        "exit_code": EXIT_ERROR,
        "source": source,
        "provenance": None,
        "breaking": False,
        "needs_human": False,
        "reasons": [],
        "wrapper_gaps": [],
        "drift": None,
        "steps": {},
    }
    try:
        text, record = fetch_spec.fetch_normalized(source, timeout)
    except fetch_spec.SpecFetchError as exc:
        print(f"update: error: {exc}", file=sys.stderr)
        outcome["error"] = str(exc)
        write_report(outcome, None, folder)
        return EXIT_ERROR
    outcome["provenance"] = record
    new_spec = json.loads(text)
    old_spec = json.loads(SPEC.read_text(encoding="utf-8")) if SPEC.exists() else None
    if old_spec == new_spec:
        print(f"update: openapi.json is the same as {record['source']}: nothing to do")
        outcome.update(outcome="unchanged", exit_code=EXIT_UNCHANGED)
        write_report(outcome, None, folder)
        return EXIT_UNCHANGED

    print(f"update: the spec from {record['source']} differs from openapi.json; updating")
    fetch_spec.save(SPEC, text, record)
    env = child_env()
    regen_command = [sys.executable, str(ROOT / "scripts" / "regen.py"), "--no-drift"]
    status, output = run_streaming(regen_command, env)
    outcome["steps"]["regenerate"] = {
        "status": "passed" if status == 0 else "failed",
        "exit_code": status,
        "command": "scripts/regen.py",
        "output": output,
    }
    reasons: list[str] = []
    if status != 0:
        reasons.append(
            "regeneration failed: a generator warning dropped a Management operation or a "
            "schema one uses, or a spec patch no longer fits (see the regenerate output)"
        )

    note = None if old_spec is not None else "No previous openapi.json to compare with."
    result = drift.report(old_spec, new_spec, note=note)
    drift_text = drift.render(result)
    print(drift_text, end="", flush=True)
    outcome["drift"] = result.summary()
    outcome["breaking"] = result.breaking
    outcome["wrapper_gaps"] = outcome["drift"]["wrapper_gaps"]
    if result.wrapper_gaps:
        kinds = sorted({gap.kind for gap in result.wrapper_gaps})
        subjects = sorted({gap.subject for gap in result.wrapper_gaps} - set(kinds))
        reasons.append(
            f"`make contract` finds {len(result.wrapper_gaps)} problem(s) with the new spec "
            f"({', '.join(kinds)}"
            + (f": {', '.join(subjects)}" if subjects else "")
            + "); see the wrapper gaps below"
        )

    if status == 0:
        status, output = run_streaming(shlex.split(test_command), env)
        outcome["steps"]["tests"] = {
            "status": "passed" if status == 0 else "failed",
            "exit_code": status,
            "command": test_command,
            "output": output,
        }
        if status != 0:
            reasons.append(f"the tests failed (`{test_command}` exited {status})")
    else:
        outcome["steps"]["tests"] = {
            "status": "skipped (regeneration failed)",
            "command": test_command,
        }

    needs_human = bool(reasons)
    outcome.update(
        outcome="needs-human" if needs_human else "changed",
        exit_code=EXIT_NEEDS_HUMAN if needs_human else EXIT_CHANGED,
        needs_human=needs_human,
        reasons=reasons,
    )
    write_report(outcome, drift_text, folder)
    return int(outcome["exit_code"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "source",
        nargs="?",
        default=os.environ.get("SPEC_SOURCE") or fetch_spec.DEFAULT_SOURCE,
        help="URL, file or pypi:sendmux-mcp[==X.Y.Z] (default: $SPEC_SOURCE, else the live API)",
    )
    parser.add_argument(
        "--test-command",
        default=os.environ.get("UPDATE_TEST_COMMAND") or DEFAULT_TEST_COMMAND,
        help="the test step (default: $UPDATE_TEST_COMMAND, else `make test`)",
    )
    parser.add_argument("--report-dir", type=Path, default=REPORT_DIR)
    parser.add_argument("--timeout", type=float, default=fetch_spec.TIMEOUT_SECONDS)
    args = parser.parse_args(argv)
    return update(args.source, args.test_command, args.report_dir, args.timeout)


if __name__ == "__main__":
    sys.exit(main())
