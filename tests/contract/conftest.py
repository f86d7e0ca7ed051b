"""The Prism server for the suites under tests/contract, one per session."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from prism_server import PrismServer, PrismUnavailable, missing


@pytest.fixture(scope="session")
def prism(
    patched_spec: dict[str, Any], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[PrismServer]:
    """Prism serving the patched spec on 127.0.0.1. Skips where Node or Prism is not
    installed, except under CI=true, where the Prism suite must run."""
    reason = missing()
    if reason is not None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true and the Prism suite cannot run: {reason}")
        pytest.skip(reason)
    server = PrismServer(patched_spec, Path(tmp_path_factory.mktemp("prism")))
    try:
        server.start()
    except PrismUnavailable as exc:
        pytest.fail(f"Prism did not start: {exc}")
    yield server
    server.stop()
