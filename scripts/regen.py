"""Regenerate ``generated/sendmux_api`` from ``openapi.json`` + ``spec-patches.json``.

Runs the pinned openapi-python-client with our templates and config, shows its
warnings, and fails when a warning drops a Management operation or a schema a
Management operation uses; then prints the drift report (``drift.py``) from the
last committed ``openapi.json`` to the current one. ``--check`` regenerates
into a temporary folder and lists the files that differ from ``generated/``
instead of replacing it.
"""

from __future__ import annotations

import argparse
import filecmp
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import spec_tools
from spec_patches import SpecPatchError, patched_spec

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi.json"
CONFIG = ROOT / "generator-config.yml"
TEMPLATES = ROOT / "templates"
TARGET = ROOT / "generated" / "sendmux_api"
PACKAGE = "sendmux_api"
# The Management part of the patched spec, shipped as package data: the fake
# (sendmux_ext.testing) serves and validates by it in an installed package.
FAKE_SPEC = ROOT / "sendmux_ext" / "testing" / "spec.json"
RESOURCES = ROOT / "sendmux_ext" / "resources"
NAMES = ROOT / "sendmux_ext" / "_operations.py"


class RegenError(Exception):
    """Generation failed or dropped part of the Management surface."""


def snake(name: str) -> str:
    from openapi_python_client.strings import snake_case

    return str(snake_case(name))


def generate(spec: dict[str, object], output: Path) -> str:
    """Run the generator on ``spec`` into ``output``; return what it printed."""
    with tempfile.TemporaryDirectory() as folder:
        spec_file = Path(folder) / "openapi.patched.json"
        spec_file.write_text(json.dumps(spec, indent=2, sort_keys=True), encoding="utf-8")
        bin_dir = str(Path(sys.executable).parent)
        env = {**os.environ, "PATH": bin_dir + os.pathsep + os.environ.get("PATH", "")}
        if shutil.which("ruff", path=env["PATH"]) is None:
            raise RegenError(
                "ruff is not on the generator's PATH; run `make regen` (it installs it)"
            )
        command = [
            str(Path(bin_dir) / "openapi-python-client"), "generate",
            "--path", str(spec_file), "--config", str(CONFIG), "--meta", "none",
            "--custom-template-path", str(TEMPLATES), "--output-path", str(output),
            "--overwrite",
        ]  # fmt: skip
        done = subprocess.run(command, capture_output=True, text=True, env=env, cwd=folder)
    printed = (done.stdout + done.stderr).strip()
    if done.returncode != 0 or not (output / "__init__.py").exists():
        raise RegenError(f"openapi-python-client failed (exit {done.returncode}):\n{printed}")
    # PEP 561 marker: with --meta none the generator leaves it out, and without it a
    # user's type checker sees every model as Any.
    (output / "py.typed").write_text("")
    return printed


def emit_resources(spec: dict[str, object], generated: Path, output: Path) -> None:
    """Emit ``sendmux_ext/resources`` into ``output`` (``emit_resources.py``, against the
    freshly generated package), formatted as the repository's ruff settings want it."""
    spec_file = output.parent / "openapi.patched.json"
    spec_file.write_text(json.dumps(spec), encoding="utf-8")
    bin_dir = Path(sys.executable).parent
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(generated.parent), str(ROOT / "scripts")]),
    }
    command = [sys.executable, str(ROOT / "scripts" / "emit_resources.py"),
               str(spec_file), str(NAMES), str(output)]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, env=env)
    if done.stderr.strip():
        print(done.stderr.strip(), file=sys.stderr)
    if done.returncode != 0:
        raise RegenError(f"emitting sendmux_ext/resources failed (exit {done.returncode})")
    files = sorted(str(p) for p in output.glob("*.py"))
    config = ["--config", str(ROOT / "pyproject.toml"), "--no-cache", "--quiet"]
    ruff = str(bin_dir / "ruff")
    for step in (["format", *config], ["check", "--fix", *config], ["format", *config]):
        formatted = subprocess.run([ruff, *step, *files], capture_output=True, text=True)
        if formatted.returncode != 0:
            raise RegenError(f"ruff {step[0]} on the emitted resources failed:\n"
                             + formatted.stdout + formatted.stderr)  # fmt: skip


def check_management_surface(spec: dict[str, object], output: Path, printed: str) -> list[str]:
    """Problems that make the output unusable for the Management client."""
    problems = []
    management = spec_tools.management_operations(spec)  # type: ignore[arg-type]
    for operation in management:
        tag = snake(operation.tags[0]) if operation.tags else "default"
        module = output / "api" / tag / f"{snake(operation.operation_id)}.py"
        if not module.exists():
            problems.append(f"operation {operation} was not generated ({module.name} missing)")
    used = spec_tools.referenced_schemas(spec, [op.node for op in management])  # type: ignore[arg-type]
    for name, part in sorted(dropped_schemas(spec, printed).items()):
        if name in used:
            problems.append(f"schema {part}, used by the Management API, was dropped by a warning")
    return problems


def dropped_schemas(spec: dict[str, object], printed: str) -> dict[str, str]:
    """Component schema -> the part of it named by a generator warning.

    The generator names parts of a schema after it (``Foo_type_0`` is a branch
    of ``Foo``), so a warning counts against the longest schema name it starts with.
    """
    names = sorted(spec["components"]["schemas"], key=len, reverse=True)  # type: ignore[index]
    found = {}
    for warned in re.findall(r"/components/schemas/([A-Za-z0-9_.-]+)", printed):
        found[next((n for n in names if warned.startswith(n)), warned)] = warned
    return found


def management_spec(spec: dict[str, object]) -> str:
    """The patched spec's Management operations and the components they use, as JSON text."""
    management = spec_tools.management_operations(spec)  # type: ignore[arg-type]
    paths: dict[str, dict[str, object]] = {}
    for op in management:
        item = spec["paths"][op.path]  # type: ignore[index]
        shared = {k: v for k, v in item.items() if k not in spec_tools.HTTP_METHODS}
        paths.setdefault(op.path, shared)[op.method] = op.node
    components: dict[str, object] = dict(spec.get("components", {}))  # type: ignore[call-overload]
    used = spec_tools.referenced_schemas(spec, [paths])  # type: ignore[arg-type]
    components["schemas"] = {n: s for n, s in components["schemas"].items() if n in used}  # type: ignore[attr-defined]
    document = {key: spec[key] for key in ("openapi", "info", "servers", "security") if key in spec}
    document.update(paths=paths, components=components)
    return json.dumps(document, indent=1, sort_keys=True) + "\n"


def differing_files(left: Path, right: Path) -> list[str]:
    """Relative paths that differ, or exist on one side only."""
    out: list[str] = []

    def walk(cmp: filecmp.dircmp[str], prefix: str) -> None:
        for name in cmp.left_only + cmp.right_only + cmp.diff_files + cmp.funny_files:
            out.append(prefix + name)
        for name, sub in cmp.subdirs.items():
            walk(sub, f"{prefix}{name}/")

    walk(filecmp.dircmp(left, right, ignore=["__pycache__"]), "")
    return sorted(out)


def regenerate(check: bool = False) -> int:
    try:
        spec = patched_spec(SPEC)
    except SpecPatchError as exc:
        print(f"regen: error: {exc}", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as folder:
        output = Path(folder) / PACKAGE
        try:
            printed = generate(spec, output)
        except RegenError as exc:
            print(f"regen: error: {exc}", file=sys.stderr)
            return 1
        if printed:
            print(printed)
        for name, part in sorted(dropped_schemas(spec, printed).items()):
            print(f"regen: warning: schema {part} was dropped ({name} is not Management API)")
        problems = check_management_surface(spec, output, printed)
        if problems:
            for problem in problems:
                print(f"regen: error: {problem}", file=sys.stderr)
            return 1
        fake_spec = management_spec(spec)
        resources = Path(folder) / "resources"
        try:
            emit_resources(spec, output, resources)
        except RegenError as exc:
            print(f"regen: error: {exc}", file=sys.stderr)
            return 1
        if check:
            stale = differing_files(output, TARGET) if TARGET.exists() else ["(generated/ missing)"]
            stale = [f"generated/{PACKAGE}/{name}" for name in stale]
            if not FAKE_SPEC.exists() or FAKE_SPEC.read_text(encoding="utf-8") != fake_spec:
                stale.append(str(FAKE_SPEC.relative_to(ROOT)))
            for name in stale:
                print(f"regen: stale: {name}")
            emitted = differing_files(resources, RESOURCES) if RESOURCES.exists() else ["(all)"]
            for name in emitted:
                print(f"regen: stale: sendmux_ext/resources/{name}")
            return 1 if stale or emitted else 0
        FAKE_SPEC.write_text(fake_spec, encoding="utf-8")
        for source, target in ((output, TARGET), (resources, RESOURCES)):
            if target.exists():
                shutil.rmtree(target)
            shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__"))
    print(f"regen: generated/{PACKAGE} is up to date with openapi.json")
    print("regen: sendmux_ext/resources is emitted from it (scripts/emit_resources.py)")
    return 0


def print_drift() -> None:
    """The drift report from the last committed ``openapi.json`` to the current one."""
    import drift

    old, note = drift.git_spec("HEAD")
    try:
        result = drift.report(old, spec_tools.load(SPEC), note=note)
    except Exception as exc:  # a report that cannot be made must not hide the regen result
        print(f"regen: warning: no drift report: {type(exc).__name__}: {exc}", file=sys.stderr)
        return
    print()
    print(drift.render(result), end="")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    parser.add_argument(
        "--no-drift", action="store_true", help="skip the drift report (since git HEAD)"
    )
    args = parser.parse_args(argv)
    status = regenerate(check=args.check)
    if not args.check and not args.no_drift:
        print_drift()
    return status


if __name__ == "__main__":
    sys.exit(main())
