"""Prism (``@stoplight/prism-cli``), the spec-driven mock server, as a test server.

Installed project-locally by ``make node-tools`` (``tools/node``, pinned by its
``package-lock.json``). ``PrismServer`` writes a spec to a file, starts
``prism mock`` on 127.0.0.1 on a free port, waits (bounded) for its
"listening" line and stops it afterwards. Prism serves the spec's paths at its
root, so the client's base URL is ``server.url`` with no ``/api/v1``.
"""

from __future__ import annotations

import json
import os
import queue
import shutil
import socket
import subprocess
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PRISM = ROOT / "tools" / "node" / "node_modules" / ".bin" / "prism"
READY_MARK = "Prism is listening on"


class PrismUnavailable(Exception):
    """Prism is not installed here, or did not start."""


def missing() -> str | None:
    """Why Prism cannot run on this machine, or None."""
    if shutil.which("node") is None:
        return "Node.js is not installed (.ci/run installs it; locally: apt-get install nodejs npm)"
    if not PRISM.exists():
        return f"Prism is not installed in {PRISM.relative_to(ROOT)}; run `make node-tools`"
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


class PrismServer:
    def __init__(self, spec: dict[str, Any], folder: Path) -> None:
        self.spec_file = folder / "openapi.patched.json"
        self.spec_file.write_text(json.dumps(spec), encoding="utf-8")
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log: list[str] = []
        self._lines: queue.Queue[str | None] = queue.Queue()
        self._process: subprocess.Popen[str] | None = None
        self._reader: threading.Thread | None = None

    def start(self, timeout: float = 90.0) -> None:
        reason = missing()
        if reason is not None:
            raise PrismUnavailable(reason)
        command = [str(PRISM), "mock", "--host", "127.0.0.1", "--port", str(self.port)]
        self._process = subprocess.Popen(
            [*command, "--errors", str(self.spec_file)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            env={**os.environ, "NO_COLOR": "1", "FORCE_COLOR": "0"},
        )
        self._reader = threading.Thread(target=self._read, name="prism-log", daemon=True)
        self._reader.start()
        deadline = time.monotonic() + timeout
        try:
            while True:
                line = self._lines.get(timeout=max(0.0, deadline - time.monotonic()))
                if line is None:
                    raise PrismUnavailable("Prism exited before listening:\n" + self.tail())
                if READY_MARK in line:
                    return
        except queue.Empty:
            self.stop()
            raise PrismUnavailable(
                f"Prism did not listen within {timeout}s:\n{self.tail()}"
            ) from None
        except PrismUnavailable:
            self.stop()
            raise

    def _read(self) -> None:
        assert self._process is not None and self._process.stdout is not None
        for line in self._process.stdout:
            self.log.append(line.rstrip())
            self._lines.put(line)
        self._lines.put(None)

    def tail(self, lines: int = 30) -> str:
        return "\n".join(self.log[-lines:])

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
        if self._reader is not None:
            self._reader.join(timeout=10)
