"""make fetch-spec: every source kind, and every bad input fails clearly without a partial file."""

from __future__ import annotations

import hashlib
import io
import json
import time
import zipfile
from pathlib import Path
from typing import Any

import fetch_spec
import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

MINIMAL = {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {"/me": {}}}


def _raw(document: dict[str, Any]) -> bytes:
    return json.dumps(document).encode()


def _fake_wheel(folder: Path, version: str, spec: bytes | None) -> Path:
    wheel = folder / f"sendmux_mcp-{version}-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as archive:
        if spec is not None:
            archive.writestr(fetch_spec.WHEEL_MEMBER, spec)
        info = f"sendmux_mcp-{version}.dist-info"
        archive.writestr(
            f"{info}/METADATA", f"Metadata-Version: 2.1\nName: sendmux-mcp\nVersion: {version}\n"
        )
        archive.writestr(
            f"{info}/WHEEL", "Wheel-Version: 1.0\nRoot-Is-Purelib: true\nTag: py3-none-any\n"
        )
        archive.writestr(f"{info}/RECORD", "")
    return wheel


def test_local_path_is_normalized_with_provenance(tmp_path: Path) -> None:
    source = tmp_path / "in.json"
    source.write_bytes(b'{"paths": {"/b": {}, "/a": {}}, "openapi": "3.1.0", "info": {}}')
    out = tmp_path / "openapi.json"
    record = fetch_spec.run(str(source), out)
    text = out.read_text()
    assert text == json.dumps(json.loads(text), indent=2, sort_keys=True) + "\n"
    assert list(json.loads(text)["paths"]) == ["/a", "/b"]
    provenance = json.loads((tmp_path / "openapi.provenance.json").read_text())
    assert provenance == record
    assert provenance["sha256"] == hashlib.sha256(source.read_bytes()).hexdigest()
    assert provenance["source"] == str(source)
    assert provenance["version"] is None
    assert provenance["fetched_at"].endswith("Z")


def test_file_url(tmp_path: Path) -> None:
    source = tmp_path / "in.json"
    source.write_bytes(_raw(MINIMAL))
    out = tmp_path / "openapi.json"
    fetch_spec.run(source.as_uri(), out)
    assert json.loads(out.read_text()) == MINIMAL


def test_http_url(tmp_path: Path, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/api/v1/openapi.json").respond_with_data(
        _raw(MINIMAL), content_type="application/json"
    )
    out = tmp_path / "openapi.json"
    fetch_spec.run(httpserver.url_for("/api/v1/openapi.json"), out)
    assert json.loads(out.read_text()) == MINIMAL


def test_pypi_source_reads_the_spec_out_of_the_wheel(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Offline: pip is pointed at a local folder holding a wheel laid out like the vendor's."""
    wheels = tmp_path / "wheels"
    wheels.mkdir()
    _fake_wheel(wheels, "9.8.7", _raw(MINIMAL))
    monkeypatch.setenv("PIP_NO_INDEX", "1")
    monkeypatch.setenv("PIP_FIND_LINKS", str(wheels))
    out = tmp_path / "openapi.json"
    record = fetch_spec.run("pypi:sendmux-mcp==9.8.7", out)
    assert record["source"] == "pypi:sendmux-mcp==9.8.7"
    assert record["version"] == "9.8.7"
    assert json.loads(out.read_text()) == MINIMAL


def test_pypi_wheel_without_the_spec_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    wheels = tmp_path / "wheels"
    wheels.mkdir()
    _fake_wheel(wheels, "1.0.0", None)
    monkeypatch.setenv("PIP_NO_INDEX", "1")
    monkeypatch.setenv("PIP_FIND_LINKS", str(wheels))
    with pytest.raises(fetch_spec.SpecFetchError, match="has no sendmux_mcp/openapi"):
        fetch_spec.run("pypi:sendmux-mcp==1.0.0", tmp_path / "openapi.json")


@pytest.mark.parametrize("source", ["pypi:requests", "pypi:sendmux-mcp>=1", "ftp://x/spec.json"])
def test_unsupported_sources_are_named(tmp_path: Path, source: str) -> None:
    with pytest.raises(fetch_spec.SpecFetchError, match="unsupported"):
        fetch_spec.run(source, tmp_path / "openapi.json")


@pytest.mark.pypi
def test_real_pypi_release_matches_the_committed_spec(tmp_path: Path, root: Path) -> None:
    """The committed openapi.json is exactly what `make fetch-spec` makes of the pinned release."""
    provenance = json.loads((root / "openapi.provenance.json").read_text())
    out = tmp_path / "openapi.json"
    try:
        record = fetch_spec.run(provenance["source"], out)
    except fetch_spec.SpecFetchError as exc:
        if "pip download" in str(exc):
            pytest.skip(f"PyPI unreachable: {exc}")
        raise
    assert record["sha256"] == provenance["sha256"]
    assert out.read_bytes() == (root / "openapi.json").read_bytes()


BAD_BODIES = [
    (b"<!DOCTYPE html><html><body>502 Bad Gateway</body></html>", "returned HTML"),
    (_raw(MINIMAL)[:-7], "not valid JSON"),
    (b"", "empty document"),
    (b"[1, 2]", "not an object"),
    (_raw({"swagger": "2.0", "paths": {"/a": {}}}), "not an OpenAPI 3.x"),
    (_raw({"openapi": "3.0.3", "info": {}}), "has no 'paths'"),
    (b"\xff\xfe{", "not"),
]


@pytest.mark.parametrize(("body", "message"), BAD_BODIES)
def test_bad_documents_fail_and_leave_the_old_spec(
    tmp_path: Path, httpserver: HTTPServer, body: bytes, message: str
) -> None:
    httpserver.expect_request("/spec").respond_with_data(body, content_type="text/html")
    out = tmp_path / "openapi.json"
    out.write_text("previous\n")
    with pytest.raises(fetch_spec.SpecFetchError, match=message):
        fetch_spec.run(httpserver.url_for("/spec"), out)
    assert out.read_text() == "previous\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["openapi.json"]


def test_http_404_is_reported(tmp_path: Path, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/spec").respond_with_data("nope", status=404)
    with pytest.raises(fetch_spec.SpecFetchError, match="HTTP 404"):
        fetch_spec.run(httpserver.url_for("/spec"), tmp_path / "openapi.json")
    assert not (tmp_path / "openapi.json").exists()


def test_timeout_is_reported(tmp_path: Path, httpserver: HTTPServer) -> None:
    def stall(request: Request) -> Response:
        time.sleep(1.5)
        return Response(_raw(MINIMAL), content_type="application/json")

    httpserver.expect_request("/spec").respond_with_handler(stall)
    with pytest.raises(fetch_spec.SpecFetchError, match="timed out"):
        fetch_spec.run(httpserver.url_for("/spec"), tmp_path / "openapi.json", timeout=0.3)
    assert not (tmp_path / "openapi.json").exists()


def test_missing_file_is_reported(tmp_path: Path) -> None:
    with pytest.raises(fetch_spec.SpecFetchError, match="cannot read"):
        fetch_spec.run(str(tmp_path / "absent.json"), tmp_path / "openapi.json")


def test_cli_exit_code_and_message(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("<html>")
    code = fetch_spec.main([str(bad), "--output", str(tmp_path / "o.json")])
    assert code == 1
    assert "returned HTML" in capsys.readouterr().err


def test_write_is_atomic_when_interrupted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "openapi.json"
    out.write_text("previous\n")

    class Boom(io.StringIO):
        def write(self, text: str) -> int:
            raise KeyboardInterrupt

    monkeypatch.setattr(fetch_spec.os, "fdopen", lambda *a, **k: Boom())
    with pytest.raises(KeyboardInterrupt):
        fetch_spec.write_atomically(out, "new")
    assert out.read_text() == "previous\n"
    assert [p.name for p in tmp_path.iterdir()] == ["openapi.json"]


def test_default_source_is_the_live_api() -> None:
    assert fetch_spec.DEFAULT_SOURCE == "https://app.sendmux.ai/api/v1/openapi.json"
