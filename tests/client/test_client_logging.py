"""Logger ``sendmux_ext``: one record per attempt with the useful facts, never a secret."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from sendmux_ext import APIConnectionError, AsyncSendmux, Sendmux, SendmuxError

Harness = Any
LOGGER = logging.getLogger("sendmux_ext")
RECORD = re.compile(
    r"^(?P<method>[A-Z]+) (?P<path>\S+) -> (?P<status>\S+) request_id=(?P<request_id>\S+) "
    r"(?P<elapsed>\d+\.\d)ms attempt=(?P<attempt>\d+)$"
)


def records(caplog: pytest.LogCaptureFixture) -> list[dict[str, str]]:
    found = []
    for record in caplog.records:
        if record.name == "sendmux_ext" and record.levelname != "DEBUG":  # DEBUG: headers
            match = RECORD.match(record.getMessage())
            assert match, record.getMessage()
            found.append(match.groupdict() | {"level": record.levelname})
    return found


def no_secret_anywhere(caplog: pytest.LogCaptureFixture, secret: str) -> None:
    for record in caplog.records:
        text = record.getMessage() + repr(record.args) + repr(record.__dict__)
        assert secret not in text, record.name
        assert "Bearer" not in text, record.name


def test_each_attempt_is_logged(
    make_harness: Callable[..., Harness],
    caplog: pytest.LogCaptureFixture,
    api_error: Any,
    respond: Any,
    envelope: Any,
    model_sample: Any,
    api_key: str,
) -> None:
    caplog.set_level(logging.DEBUG)
    ok = respond(envelope(model_sample("MailboxDomain"), request_id="req_ok"))
    h = make_harness([api_error(503, "service_unavailable", retryable=True), ok])
    h.call("domains.get", "mdom_1")
    first, second = records(caplog)
    assert first["method"] == second["method"] == "GET"
    assert first["path"] == second["path"] == "/api/v1/domains/mdom_1"
    assert (first["status"], second["status"]) == ("503", "200")
    assert (first["request_id"], second["request_id"]) == ("req_err", "req_ok")
    assert (first["attempt"], second["attempt"]) == ("1", "2")
    assert float(first["elapsed"]) >= 0
    assert (first["level"], second["level"]) == ("WARNING", "INFO")
    no_secret_anywhere(caplog, api_key)


def test_transport_failures_are_logged(
    make_harness: Callable[..., Harness], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    h = make_harness([httpx.ConnectError("refused")], max_retries=0)
    with pytest.raises(APIConnectionError):
        h.call("domains.verify", "mdom_1")
    (record,) = records(caplog)
    assert record["method"] == "POST"
    assert record["status"] == "ConnectError"
    assert record["request_id"] == "None"


def test_access_tokens_never_reach_a_log_or_an_error(
    make_harness: Callable[..., Harness], caplog: pytest.LogCaptureFixture, api_error: Any
) -> None:
    caplog.set_level(logging.DEBUG)
    token = "oauth_TOKENSECRET_123"
    h = make_harness(
        [api_error(401, "authentication_required", "bad token")],
        api_key=None,
        access_token=lambda: token,
    )
    with pytest.raises(SendmuxError) as caught:
        h.call("me")
    assert h.requests[0].headers["authorization"] == f"Bearer {token}"
    no_secret_anywhere(caplog, token)
    error = caught.value
    assert token not in str(error) + repr(error) + repr(error.__dict__)


def test_quiet_when_the_logger_is_off(
    make_harness: Callable[..., Harness],
    caplog: pytest.LogCaptureFixture,
    respond: Any,
    envelope: Any,
    model_sample: Any,
) -> None:
    caplog.set_level(logging.ERROR, logger="sendmux_ext")
    h = make_harness([respond(envelope(model_sample("Balance")))])
    h.call("billing.balance")
    assert records(caplog) == []


@pytest.fixture
def pristine_logger() -> Iterator[logging.Logger]:
    """The ``sendmux_ext`` logger without handlers; restored afterwards."""
    saved = (LOGGER.handlers[:], LOGGER.level)
    LOGGER.handlers.clear()
    LOGGER.setLevel(logging.NOTSET)
    yield LOGGER
    LOGGER.handlers[:] = saved[0]
    LOGGER.setLevel(saved[1])


@pytest.mark.parametrize("cls", [Sendmux, AsyncSendmux])
@pytest.mark.parametrize(("value", "level"), [("debug", logging.DEBUG), ("INFO", logging.INFO)])
def test_sendmux_log_configures_the_logger(
    cls: type[Sendmux],
    value: str,
    level: int,
    pristine_logger: logging.Logger,
    monkeypatch: pytest.MonkeyPatch,
    api_key: str,
) -> None:
    monkeypatch.setenv("SENDMUX_LOG", value)
    cls(api_key=api_key)
    assert pristine_logger.level == level
    assert len(pristine_logger.handlers) == 1
    cls(api_key=api_key)  # a second client adds no second handler
    assert len(pristine_logger.handlers) == 1


@pytest.mark.parametrize("value", [None, "", "verbose"])
def test_without_sendmux_log_the_logger_is_left_alone(
    value: str | None,
    pristine_logger: logging.Logger,
    monkeypatch: pytest.MonkeyPatch,
    api_key: str,
) -> None:
    if value is not None:
        monkeypatch.setenv("SENDMUX_LOG", value)
    if value == "verbose":  # an unknown value is warned about, and changes nothing
        with pytest.warns(RuntimeWarning, match="SENDMUX_LOG"):
            Sendmux(api_key=api_key)
    else:
        Sendmux(api_key=api_key)
    assert pristine_logger.handlers == []
    assert pristine_logger.level == logging.NOTSET


def test_sendmux_log_keeps_an_applications_own_handler(
    pristine_logger: logging.Logger, monkeypatch: pytest.MonkeyPatch, api_key: str
) -> None:
    mine = logging.NullHandler()
    pristine_logger.addHandler(mine)
    monkeypatch.setenv("SENDMUX_LOG", "debug")
    Sendmux(api_key=api_key)
    assert pristine_logger.handlers == [mine]
