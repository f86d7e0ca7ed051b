"""Shared fixtures: paths of the repository, the committed spec, the wire validator."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import spec_patches
from spec_validation import SpecValidator

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    document: dict[str, Any] = json.loads((ROOT / "openapi.json").read_text(encoding="utf-8"))
    return document


@pytest.fixture(scope="session")
def patched_spec() -> dict[str, Any]:
    """``openapi.json`` with ``spec-patches.json`` applied: what the generator saw."""
    return spec_patches.patched_spec(ROOT / "openapi.json")


@pytest.fixture(scope="session")
def spec_validator(patched_spec: dict[str, Any]) -> SpecValidator:
    """Wrap a transport in ``spec_validation.ValidatingTransport(inner, spec_validator)``."""
    return SpecValidator(patched_spec)
