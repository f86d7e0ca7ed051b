"""The benchmark's server and harness work (they are not timed here: no test asserts a time)."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest


@pytest.fixture(scope="module")
def server(root: Path) -> Iterator[str]:
    process = subprocess.Popen(
        [sys.executable, str(root / "bench" / "server.py")], stdout=subprocess.PIPE, text=True
    )
    assert process.stdout is not None
    port = process.stdout.readline().strip()
    try:
        assert port.isdigit(), "the bench server did not start"
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_domain_get_has_an_etag_and_revalidates_to_304(server: str) -> None:
    with httpx.Client(base_url=server) as http:
        first = http.get("/domains/mdom_clbench0000000000000000001")
        assert first.status_code == 200
        assert first.json()["data"]["id"] == "mdom_clbench0000000000000000001"
        etag = first.headers["etag"]
        again = http.get(
            "/domains/mdom_clbench0000000000000000001", headers={"If-None-Match": etag}
        )
        assert (again.status_code, again.content, again.headers["etag"]) == (304, b"", etag)
        other = http.get(
            "/domains/mdom_clbench0000000000000000002", headers={"If-None-Match": etag}
        )
        assert other.status_code == 200
        missing = http.get("/domains/nope")
        assert missing.status_code == 404
        assert missing.json()["ok"] is False


def test_domain_list_is_50_pages_of_100_with_cursors(server: str) -> None:
    from sendmux_api.models.domain_item_cursor_list_response import (
        DomainItemCursorListResponse,
    )

    ids, pages, params = [], 0, {"limit": 100}
    with httpx.Client(base_url=server) as http:
        while True:
            page = DomainItemCursorListResponse.from_dict(
                http.get("/domains", params=params).json()
            )
            pages += 1
            ids += [item.id for item in page.data]
            if not page.pagination.has_more:
                break
            params["cursor"] = page.pagination.next_cursor
    assert (pages, len(ids), len(set(ids))) == (50, 5000, 5000)


def test_bench_runs_and_writes_json(root: Path, tmp_path: Path) -> None:
    output = tmp_path / "bench.json"
    done = subprocess.run(
        [sys.executable, str(root / "bench" / "run.py"), "--quick", "--reps", "1",
         "--calls", "20", "--flat-items", "6000", "--only", "raw-httpx,sendmux_api",
         "--scenarios", "single_get,revalidation,pagination,memory,parse",
         "--output", str(output)],
        capture_output=True, text=True, timeout=300, cwd=root,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    results = json.loads(output.read_text())
    for scenario in ("single_get", "revalidation", "pagination", "memory", "parse"):
        assert set(results["scenarios"][scenario]) == {"raw-httpx", "sendmux_api"}, scenario
    assert results["scenarios"]["revalidation"]["sendmux_api"]["share_304"] == 1.0
    assert results["scenarios"]["pagination"]["sendmux_api"]["items"] == 5000
    assert results["scenarios"]["memory"]["raw-httpx"]["long_items"] == 6000
    assert results["scenarios"]["memory"]["raw-httpx"]["mid_items"] == 600
    assert "\ntargets\n" in done.stdout
