"""Fixtures of the reliability suite: a fault server per test, recorded sleeps, every log
record at DEBUG checked for secrets, and the figures measured (printed at the end)."""

from __future__ import annotations

import asyncio
import logging
import traceback
from collections.abc import Iterator

import pytest

from .api import ENGINES, SECRETS, current_engine
from .faultserver import FaultServer

FIGURES: list[str] = []
LOGGERS = ("sendmux_ext", "httpx", "httpcore", "urllib3", "hpack", "h11")


def leaked(text: str) -> list[str]:
    """Which secrets (by their first characters only) appear in ``text``."""
    return [secret[:12] + "..." for secret in sorted(SECRETS) if secret in text]


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.texts: list[tuple[str, str]] = []

    def emit(self, record: logging.LogRecord) -> None:
        text = record.getMessage()
        if record.exc_info:
            text += "".join(traceback.format_exception(*record.exc_info))
        self.texts.append((record.name, text))


@pytest.fixture(autouse=True)
def no_secret_in_logs() -> Iterator[_Collect]:
    """Every test here runs with DEBUG logging on; no record may carry a secret."""
    collect = _Collect()
    root = logging.getLogger()
    levels = {name: logging.getLogger(name).level for name in LOGGERS}
    root.addHandler(collect)
    for name in LOGGERS:
        logging.getLogger(name).setLevel(logging.DEBUG)
    try:
        yield collect
    finally:
        root.removeHandler(collect)
        for name, level in levels.items():
            logging.getLogger(name).setLevel(level)
    bad = [(name, leaked(text)) for name, text in collect.texts if leaked(text)]
    assert not bad, f"secrets in log records: {bad[:5]}"


@pytest.fixture(autouse=True, params=sorted(ENGINES))
def engine(request: pytest.FixtureRequest) -> Iterator[str]:
    """Each test runs once per engine; ``api.sync_client``/``async_client`` build on it."""
    current_engine[0] = request.param
    try:
        yield request.param
    finally:
        current_engine[0] = "httpx"


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with FaultServer() as fault_server:
        yield fault_server


class Sleeps(list[float]):
    """Stands in for the requester's sleep: records each wait, sleeps not at all."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)

    async def coro(self, seconds: float) -> None:
        self.append(seconds)
        await asyncio.sleep(0)  # still a suspension point, as a real sleep is


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if FIGURES:
        terminalreporter.section("reliability figures")
        for line in FIGURES:
            terminalreporter.write_line(line)
