"""The README's quickstart runs as written, against a fake Sendmux on 127.0.0.1."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import pytest

from sendmux_ext import Sendmux


def quickstart_blocks(root: Path) -> list[str]:
    readme = (root / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## Quickstart\n", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```python\n(.*?)```", section, flags=re.DOTALL)


@pytest.fixture
def restore_logging() -> Iterator[None]:
    """The snippets configure logging; put it back as it was."""
    loggers = [logging.getLogger(), logging.getLogger("sendmux_ext")]
    saved = [(logger, logger.handlers[:], logger.level) for logger in loggers]
    yield
    for logger, handlers, level in saved:
        logger.handlers[:] = handlers
        logger.setLevel(level)


def test_the_quickstart_has_the_promised_topics(root: Path) -> None:
    text = "\n".join(quickstart_blocks(root))
    for needle in (
        "domains.create(",
        "domains.get(",
        ".list(",
        ".pages()",
        "cursor=",
        "max_items=",
        "request_id",
        "if_match=",
        "from_cache",
        "idempotency_key=",
        "max_retries=",
        "AsyncSendmux",
        "async for",
        "with_response",
        "logging",
    ):
        assert needle in text, needle  # fmt: skip


def test_the_quickstart_runs(
    root: Path,
    fake_api: Any,
    api_key: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    restore_logging: None,
) -> None:
    monkeypatch.setenv("SENDMUX_API_KEY", api_key)
    monkeypatch.setenv("SENDMUX_BASE_URL", fake_api.base_url)
    namespace: dict[str, Any] = {"__name__": "quickstart"}
    for block in quickstart_blocks(root):
        exec(compile(block, "README.md", "exec"), namespace)
    output = capsys.readouterr().out
    assert "404 not_found no such resource req_fake_error" in output
    assert "304 True" in output
    namespace["client"].close()
    assert isinstance(namespace["client"], Sendmux)

    requests = []
    for method, full_path, headers in fake_api.seen:
        path, _, query = full_path.partition("?")
        requests.append((method, path, dict(parse_qsl(query)), headers))
    assert ("POST", "/api/v1/domains") in [(m, p) for m, p, _, _ in requests]
    log_queries = [q for m, p, q, _ in requests if p == "/api/v1/emails/logs"]
    assert log_queries == [
        {"status": "failed", "from_date": "2026-01-01T00:00:00Z"},
        {"status": "failed", "from_date": "2026-01-01T00:00:00Z", "cursor": "cur_page2"},
    ]
    webhook_queries = [q for m, p, q, _ in requests if p == "/api/v1/webhooks"]
    assert webhook_queries == [{"limit": "20"}, {"limit": "20", "cursor": "cur_page2"}]
    conditional = [h for m, p, q, h in requests if m == "GET" and "If-None-Match" in h]
    assert conditional, "the repeat get sent no If-None-Match"
    update = next(h for m, p, q, h in requests if m == "PATCH")
    assert update["If-Match"] == 'W/"v1"'
    create = next(h for m, p, q, h in requests if m == "POST" and p == "/api/v1/mailboxes")
    assert create["Idempotency-Key"] == "signup-4711"
