"""The README's quickstart runs as written, against the fake Sendmux on 127.0.0.1."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from sendmux_ext import Sendmux
from sendmux_ext.testing import FakeSendmux


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
    fake_api: FakeSendmux,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    restore_logging: None,
) -> None:
    """Against the fake Sendmux: enough failed email logs and webhooks for several pages."""
    fake_api.seed_email_logs(300, statuses=["failed", "sent"], start="2026-02-01T00:00:00Z")
    fake_api.limits["webhooks"] = 25  # more than a team may have: two pages of 20
    for number in range(25):
        fake_api.create("webhooks", url=f"https://hooks{number}.example.com/sendmux")
    monkeypatch.setenv("SENDMUX_API_KEY", fake_api.api_key)
    monkeypatch.setenv("SENDMUX_BASE_URL", fake_api.base_url)
    namespace: dict[str, Any] = {"__name__": "quickstart"}
    for block in quickstart_blocks(root):
        exec(compile(block, "README.md", "exec"), namespace)
    output = capsys.readouterr().out
    assert re.search(r"^404 not_found .+ req_\w+$", output, flags=re.MULTILINE), output
    assert "304 True" in output
    namespace["client"].close()
    assert isinstance(namespace["client"], Sendmux)

    requests = fake_api.requests
    created = [r for r in requests if (r.method, r.path) == ("POST", "/domains")]
    assert [r.json for r in created] == [{"domain": "mail.example.com"}]
    assert [r.status for r in created] == [201]
    # max_items=200 of 300 failed-or-sent logs, default page size: pages until 200 failed.
    log_queries = [r.query for r in requests if r.path == "/emails/logs"]
    assert all(q["status"] == "failed" and q["from_date"] == "2026-01-01T00:00:00Z"
               for q in log_queries)  # fmt: skip
    assert len(log_queries) > 1 and "cursor" not in log_queries[0]
    assert all(q["cursor"].startswith("cur_") for q in log_queries[1:])
    webhook_queries = [r.query for r in requests if r.path == "/webhooks"]
    first_cursor = webhook_queries[1]["cursor"]
    assert webhook_queries == [{"limit": "20"}, {"limit": "20", "cursor": first_cursor}]
    conditional = [
        r for r in requests if r.path.startswith("/domains/") and "if-none-match" in r.headers
    ]
    assert conditional, "the repeat get sent no If-None-Match"
    assert {r.status for r in conditional} == {304}  # unchanged since the first get
    update = next(r for r in requests if r.method == "PATCH")
    assert update.headers["if-match"] == conditional[0].headers["if-none-match"]
    assert update.status == 200
    create = next(r for r in requests if (r.method, r.path) == ("POST", "/mailboxes"))
    assert create.headers["idempotency-key"] == "signup-4711"
    assert [m["email"] for m in fake_api.records("mailboxes")] == ["ops@mail.example.com"]
    assert fake_api.records("domains")[0]["verification_status"] == "verified"
