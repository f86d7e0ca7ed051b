"""Fetch the vendor's OpenAPI spec and commit it normalized, with its provenance.

Sources (``SPEC_SOURCE`` or the first argument):

- ``https://…`` / ``http://…``: any URL (default: the live API's spec);
- ``file:///…`` or a local path;
- ``pypi:sendmux-mcp`` or ``pypi:sendmux-mcp==X.Y.Z``: the spec the vendor ships
  inside that wheel, ``sendmux_mcp/openapi/openapi-app.json``.

The document must be OpenAPI 3.x with ``paths``; anything else (an HTML error
page, truncated JSON, a 404, a timeout) fails with a message naming the problem,
and ``openapi.json`` is only ever replaced whole (written beside, then renamed).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
import urllib.error
import urllib.parse
import urllib.request
import zipfile
from dataclasses import dataclass
from pathlib import Path

DEFAULT_SOURCE = "https://app.sendmux.ai/api/v1/openapi.json"
PYPI_PACKAGE = "sendmux-mcp"
WHEEL_MEMBER = "sendmux_mcp/openapi/openapi-app.json"
TIMEOUT_SECONDS = 30.0
ROOT = Path(__file__).resolve().parent.parent


class SpecFetchError(Exception):
    """The source could not be read, or what it gave is not an OpenAPI 3.x document."""


@dataclass(frozen=True)
class FetchedSpec:
    raw: bytes
    source: str
    version: str | None = None


def fetch(source: str, timeout: float = TIMEOUT_SECONDS) -> FetchedSpec:
    """Read the raw bytes of the spec from any supported source."""
    if source.startswith("pypi:"):
        return _fetch_pypi(source, timeout)
    scheme = urllib.parse.urlsplit(source).scheme
    if scheme in ("http", "https"):
        return FetchedSpec(_fetch_url(source, timeout), source)
    if scheme == "file":
        path = Path(urllib.request.url2pathname(urllib.parse.urlsplit(source).path))
    elif scheme and len(scheme) > 1:  # a one-letter "scheme" is a Windows drive
        raise SpecFetchError(f"unsupported source scheme {scheme!r} in {source!r}")
    else:
        path = Path(source)
    try:
        return FetchedSpec(path.read_bytes(), source)
    except OSError as exc:
        raise SpecFetchError(f"cannot read {source!r}: {exc.strerror or exc}") from exc


def _fetch_url(url: str, timeout: float) -> bytes:
    request = urllib.request.Request(url, headers={"Accept": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return bytes(response.read())
    except urllib.error.HTTPError as exc:
        raise SpecFetchError(f"GET {url} answered HTTP {exc.code} {exc.reason}") from exc
    except TimeoutError as exc:
        raise SpecFetchError(f"GET {url} timed out after {timeout:g} s") from exc
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, TimeoutError):
            raise SpecFetchError(f"GET {url} timed out after {timeout:g} s") from exc
        raise SpecFetchError(f"GET {url} failed: {exc.reason}") from exc
    except OSError as exc:  # connection reset mid-body and the like
        raise SpecFetchError(f"GET {url} failed: {exc}") from exc


def _fetch_pypi(source: str, timeout: float) -> FetchedSpec:
    requirement = source.removeprefix("pypi:").strip()
    match = re.fullmatch(r"([A-Za-z0-9_.-]+)(?:==([A-Za-z0-9_.+!-]+))?", requirement)
    if not match or match.group(1).lower().replace("_", "-") != PYPI_PACKAGE:
        raise SpecFetchError(
            f"unsupported PyPI source {source!r}: expected pypi:{PYPI_PACKAGE} "
            f"or pypi:{PYPI_PACKAGE}==X.Y.Z"
        )
    with tempfile.TemporaryDirectory() as folder:
        command = [
            sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:",
            "--disable-pip-version-check", "--quiet", "--dest", folder, requirement,
        ]  # fmt: skip
        try:
            done = subprocess.run(command, capture_output=True, text=True, timeout=timeout * 4)
        except subprocess.TimeoutExpired as exc:
            raise SpecFetchError(f"pip download {requirement} timed out") from exc
        wheels = sorted(Path(folder).glob("*.whl"))
        if done.returncode != 0 or not wheels:
            detail = (done.stderr or done.stdout).strip().splitlines()
            raise SpecFetchError(
                f"pip download {requirement} failed: {detail[-1] if detail else 'no wheel'}"
            )
        wheel = wheels[0]
        version = wheel.name.split("-")[1]
        try:
            with zipfile.ZipFile(wheel) as archive:
                raw = archive.read(WHEEL_MEMBER)
        except KeyError as exc:
            raise SpecFetchError(f"{wheel.name} has no {WHEEL_MEMBER}") from exc
        except zipfile.BadZipFile as exc:
            raise SpecFetchError(f"{wheel.name} is not a valid wheel: {exc}") from exc
    return FetchedSpec(raw, f"pypi:{PYPI_PACKAGE}=={version}", version)


def parse(raw: bytes, source: str) -> dict[str, object]:
    """Decode and check that the bytes are an OpenAPI 3.x document with paths."""
    head = raw[:200].lstrip().lower()
    if head.startswith((b"<!doctype", b"<html", b"<")):
        raise SpecFetchError(f"{source} returned HTML, not an OpenAPI JSON document")
    if not raw.strip():
        raise SpecFetchError(f"{source} returned an empty document")
    try:
        document = json.loads(raw)
    except UnicodeDecodeError as exc:
        raise SpecFetchError(f"{source} is not UTF-8 text: {exc}") from exc
    except json.JSONDecodeError as exc:
        raise SpecFetchError(
            f"{source} is not valid JSON (truncated or corrupt?): {exc.msg} "
            f"at line {exc.lineno} column {exc.colno}"
        ) from exc
    if not isinstance(document, dict):
        raise SpecFetchError(f"{source} is JSON but not an object")
    version = document.get("openapi")
    if not isinstance(version, str) or not version.startswith("3."):
        raise SpecFetchError(f"{source} is not an OpenAPI 3.x document (openapi={version!r})")
    paths = document.get("paths")
    if not isinstance(paths, dict) or not paths:
        raise SpecFetchError(f"{source} has no 'paths'")
    return document


def normalize(document: dict[str, object]) -> str:
    """Stable key order and indentation, so that spec diffs are readable."""
    return json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def write_atomically(path: Path, text: str) -> None:
    """Write beside the target, then rename: never a half-written file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def provenance_path(spec_path: Path) -> Path:
    return spec_path.with_name(spec_path.stem + ".provenance.json")


def fetch_normalized(
    source: str, timeout: float = TIMEOUT_SECONDS
) -> tuple[str, dict[str, object]]:
    """The checked, normalized spec text and its provenance record (nothing written)."""
    fetched = fetch(source, timeout)
    text = normalize(parse(fetched.raw, fetched.source))
    record: dict[str, object] = {
        "source": fetched.source,
        "version": fetched.version,
        "sha256": hashlib.sha256(fetched.raw).hexdigest(),
        "normalized_sha256": hashlib.sha256(text.encode()).hexdigest(),
        "fetched_at": dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
    }
    return text, record


def save(output: Path, text: str, record: dict[str, object]) -> None:
    """Write the spec and its provenance file beside it, each replaced whole."""
    write_atomically(output, text)
    write_atomically(provenance_path(output), json.dumps(record, indent=2) + "\n")


def run(source: str, output: Path, timeout: float = TIMEOUT_SECONDS) -> dict[str, object]:
    text, record = fetch_normalized(source, timeout)
    save(output, text, record)
    return record


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "source", nargs="?", default=os.environ.get("SPEC_SOURCE") or DEFAULT_SOURCE
    )
    parser.add_argument("--output", type=Path, default=ROOT / "openapi.json")
    parser.add_argument("--timeout", type=float, default=TIMEOUT_SECONDS)
    args = parser.parse_args(argv)
    try:
        record = run(args.source, args.output, args.timeout)
    except SpecFetchError as exc:
        print(f"fetch-spec: error: {exc}", file=sys.stderr)
        return 1
    print(
        f"fetch-spec: wrote {args.output.name} from {record['source']} (sha256 {record['sha256']})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
