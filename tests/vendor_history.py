"""The vendor's released specs: ``sendmux-mcp`` on PyPI ships ``openapi-app.json``.

Each release is fetched once with pip (``fetch_spec``'s ``pypi:`` source) and
cached under ``build/vendor-specs/`` (ignored by git), so later runs read the
cache. Without PyPI the tests that need it skip, except under ``CI=true``,
where they fail: CI must replay the history.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any, NoReturn

import fetch_spec
import pytest

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "build" / "vendor-specs"
PACKAGE = fetch_spec.PYPI_PACKAGE


def unreachable(reason: str) -> NoReturn:
    if os.environ.get("CI") == "true":
        pytest.fail(f"PyPI is needed under CI=true: {reason}")
    pytest.skip(f"PyPI unreachable: {reason}")


def listed_versions() -> list[str]:
    """The versions PyPI lists for the package (``pip index versions``), newest first."""
    command = [sys.executable, "-m", "pip", "index", "versions", PACKAGE]
    command += ["--disable-pip-version-check"]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    except subprocess.TimeoutExpired:
        unreachable("pip index versions timed out")
    for line in done.stdout.splitlines():
        if line.startswith("Available versions:"):
            return [v.strip() for v in line.split(":", 1)[1].split(",")]
    unreachable(f"pip index versions {PACKAGE} listed nothing: {done.stderr.strip()[-300:]}")


def release_spec(version: str) -> dict[str, Any]:
    """The spec shipped in ``sendmux-mcp==version``, from the cache or PyPI."""
    cached = CACHE / f"{PACKAGE}-{version}.json"
    if not cached.exists():
        try:
            fetched = fetch_spec.fetch(f"pypi:{PACKAGE}=={version}")
        except fetch_spec.SpecFetchError as exc:
            unreachable(str(exc))
        CACHE.mkdir(parents=True, exist_ok=True)
        partial = cached.with_suffix(".part")
        partial.write_bytes(fetched.raw)
        partial.replace(cached)
    document: dict[str, Any] = json.loads(cached.read_bytes())
    return document
