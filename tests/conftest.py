"""Shared fixtures: paths of the repository, the committed spec, the wire validator,
a create call drawn from the spec."""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple

import pytest
import spec_patches
import spec_tools
from spec_validation import SpecValidator

from sendmux_ext import SendmuxError
from sendmux_ext._operations import OPERATIONS

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


class CreateCall(NamedTuple):
    """A create call with a valid body: ``h.call(create.method_path, **create.kwargs)``."""

    method_path: str
    kwargs: dict[str, Any]
    operation_id: str


@pytest.fixture(scope="session")
def create_call(patched_spec: dict[str, Any]) -> CreateCall:
    """The first idempotent POST of the table that takes a body and no path parameter, with
    its required body fields drawn from the spec's examples: what tests meaning "any
    create" call (they stay true when that operation's body or name changes)."""
    operation = next(
        op
        for op in OPERATIONS.values()
        if op.idempotent_post and op.body_model is not None and not op.path_params
    )
    node = patched_spec["paths"][operation.path][operation.method.lower()]
    content = spec_tools.resolve(patched_spec, node["requestBody"])["content"]
    schema = spec_tools.resolve(patched_spec, content["application/json"]["schema"])
    fields = spec_tools.sample(patched_spec, schema)
    kwargs = {name: fields[name] for name in schema.get("required", [])}
    assert kwargs, f"{operation.operation_id} has no required body field to send"
    return CreateCall(operation.method_path, kwargs, operation.operation_id)


# Credential-shaped text: a key or agent token, a bearer value, a webhook signing secret.
CREDENTIAL = re.compile(r"smx_(?:root|mbx|agent)_[A-Za-z0-9]|Bearer [^\s\[]|whsec_[A-Za-z0-9]")
WATCHED_LOGGERS = ("sendmux_ext", "httpx", "httpcore")


class _Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.leaks: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        text = record.getMessage()
        if CREDENTIAL.search(text):
            self.leaks.append(f"{record.name}: {text[:120]}")


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
