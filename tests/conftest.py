"""Shared fixtures: paths of the repository, the committed spec, the wire validator,
a create call drawn from the spec."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import spec_calls
import spec_patches
from credentials import CREDENTIAL
from spec_validation import SpecValidator

from sendmux_ext import SendmuxError

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


@pytest.fixture(scope="session")
def create_call(patched_spec: dict[str, Any]) -> spec_calls.CreateCall:
    """A create call with a valid body, drawn from the spec (see ``spec_calls``)."""
    return spec_calls.create_call(patched_spec)


WATCHED_LOGGERS = ("sendmux_ext", "httpx", "httpcore", "urllib3")


class _Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.leaks: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        text = record.getMessage()
        found = CREDENTIAL.search(text)
        if found:  # the match and what surrounds it: test credentials only
            self.leaks.append(
                f"{record.name}: ...{text[max(0, found.start() - 60) : found.end() + 20]}"
            )


@pytest.fixture(autouse=True)
def no_credential_in_logs_or_errors(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every test runs with the client's loggers at DEBUG: no record, and no message of an
    exception the library raises, may carry anything shaped like a credential."""
    records = _Records()
    levels = {name: logging.getLogger(name).level for name in WATCHED_LOGGERS}
    for name in WATCHED_LOGGERS:
        logging.getLogger(name).setLevel(logging.DEBUG)
        logging.getLogger(name).addHandler(records)
    messages: list[str] = []
    original = SendmuxError.__init__

    def recording_init(self: SendmuxError, message: str, *args: Any, **kwargs: Any) -> None:
        original(self, message, *args, **kwargs)
        messages.append(f"{type(self).__name__}: {message}")

    monkeypatch.setattr(SendmuxError, "__init__", recording_init)
    try:
        yield
    finally:
        for name, level in levels.items():
            logging.getLogger(name).setLevel(level)
            logging.getLogger(name).removeHandler(records)
    leaks = records.leaks + [m[:160] for m in messages if CREDENTIAL.search(m)]
    assert not leaks, f"credential-shaped text in logs or error messages: {leaks[:3]}"
