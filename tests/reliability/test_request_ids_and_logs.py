"""A success's request id falls back to the body's ``meta.request_id`` (in the result and in
the log line); DEBUG adds masked headers and the start of the body; an unknown
``SENDMUX_LOG`` is warned about."""

from __future__ import annotations

import json
import logging

import pytest

from sendmux_ext import Sendmux

from .api import API_KEY, JSON, async_client, sample_envelope, sync_client
from .conftest import _Collect
from .faultserver import FaultServer, Reply, script

BODY_ID = "req_from_the_body"


def _without_header() -> Reply:
    envelope = sample_envelope("managementGetDomain")
    envelope["meta"] = {"request_id": BODY_ID}
    envelope["data"]["domain"] = "d" * 5000  # a long body, to see it truncated
    return Reply(200, json.dumps(envelope).encode(), [JSON])  # no X-Request-Id


def _check(request_id: str | None, logs: _Collect) -> None:
    assert request_id == BODY_ID
    lines = [text for name, text in logs.texts if name == "sendmux_ext"]
    assert any(f"request_id={BODY_ID}" in line for line in lines), lines
    debug = [line for line in lines if line.startswith("request headers:")]
    assert debug, "no DEBUG record with headers"
    assert "authorization: [redacted]" in debug[-1].lower()
    assert "content-type: application/json" in debug[-1].lower()
    assert "... (" in debug[-1] and len(debug[-1]) < 3000  # the body, truncated


def test_request_id_from_the_body_sync(server: FaultServer, no_secret_in_logs: _Collect) -> None:
    server.handler = script(_without_header())
    with sync_client(base_url=server.base_url) as client:
        result = client.domains.with_response.get("mdom_1")
    _check(result.request_id, no_secret_in_logs)


async def test_request_id_from_the_body_async(
    server: FaultServer, no_secret_in_logs: _Collect
) -> None:
    server.handler = script(_without_header())
    async with async_client(base_url=server.base_url) as client:
        result = await client.domains.with_response.get("mdom_1")
    _check(result.request_id, no_secret_in_logs)


def test_debug_masks_secret_fields_in_bodies(
    server: FaultServer, no_secret_in_logs: _Collect
) -> None:
    """A created webhook's secret in the body: the DEBUG record masks it (the autouse
    fixture fails the test on any leak)."""
    from .api import new_secret, ok, sample_data

    secret = new_secret("hooksecret_")  # not credential-shaped: masked by its field name
    data = {**sample_data("managementCreateWebhook"), "secret": secret}
    server.handler = script(ok("managementCreateWebhook", data))
    with sync_client(base_url=server.base_url) as client:
        hook = client.webhooks.create(url="https://hooks.example", event_types=["message.bounced"])
    assert hook.secret == secret
    assert any('"secret": "[redacted]"' in text for _, text in no_secret_in_logs.texts)


@pytest.mark.parametrize("value", ["verbose", "DEBUG2", "1"])
def test_unknown_log_level_is_warned(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv("SENDMUX_LOG", value)
    with pytest.warns(RuntimeWarning, match="SENDMUX_LOG"):
        Sendmux(api_key=API_KEY).close()


def test_known_log_levels_are_not_warned(monkeypatch: pytest.MonkeyPatch) -> None:
    import warnings

    logger = logging.getLogger("sendmux_ext")
    handlers = list(logger.handlers)
    monkeypatch.setenv("SENDMUX_LOG", "info")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            Sendmux(api_key=API_KEY).close()
    finally:
        for handler in logger.handlers[len(handlers) :]:
            logger.removeHandler(handler)
