"""A scriptable HTTP/1.1 server on 127.0.0.1 that misbehaves on request.

Requests are parsed with ``h11`` (the HTTP/1.1 state machine under httpx); what
goes back is chosen per request by ``server.handler(seen) -> Action`` and written
byte by byte, so an action can lie about lengths, stall, or reset the
connection. One thread per connection; ``close()`` shuts every connection
down, which also ends any stall. Every request is recorded in ``server.seen``.
"""

from __future__ import annotations

import contextlib
import json
import socket
import struct
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import h11

STALL_CAP = 10.0  # a stalled connection gives up on its own after this many seconds


@dataclass(frozen=True)
class Seen:
    """One request as the server received it."""

    index: int
    method: str
    target: str  # the request-target exactly as sent: path and query, still percent-encoded
    headers: dict[str, str]  # lower-case names
    body: bytes

    @property
    def json(self) -> Any:
        return json.loads(self.body)


class Action:
    """What the server does with one request. ``perform`` returns True to keep the connection."""

    def perform(self, sock: socket.socket, conn: h11.Connection) -> bool:
        raise NotImplementedError


def _reset(sock: socket.socket) -> None:
    """Close with RST instead of FIN (SO_LINGER 0)."""
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    sock.close()


def _wait_for_peer(sock: socket.socket) -> None:
    """Say nothing until the client hangs up (its timeout), the server closes, or the cap."""
    sock.settimeout(STALL_CAP)
    with contextlib.suppress(OSError):
        while sock.recv(65536):
            pass


def head(status: int, headers: Sequence[tuple[str, str]]) -> bytes:
    lines = [f"HTTP/1.1 {status} Whatever"] + [f"{name}: {value}" for name, value in headers]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


@dataclass(frozen=True)
class Reply(Action):
    """A well-formed response (Content-Length set); ``then_reset`` resets the connection after."""

    status: int
    body: bytes = b""
    headers: Sequence[tuple[str, str]] = ()
    then_reset: bool = False

    def perform(self, sock: socket.socket, conn: h11.Connection) -> bool:
        headers = [*self.headers, ("Content-Length", str(len(self.body)))]
        data = conn.send(h11.Response(status_code=self.status, headers=headers))
        data = (data or b"") + (conn.send(h11.Data(data=self.body)) or b"")
        data += conn.send(h11.EndOfMessage()) or b""
        sock.sendall(data)
        if self.then_reset:
            _reset(sock)
            return False
        return True


@dataclass(frozen=True)
class Reset(Action):
    """Reset the connection without a byte of response (the request was fully read)."""

    def perform(self, sock: socket.socket, conn: h11.Connection) -> bool:
        _reset(sock)
        return False


@dataclass(frozen=True)
class Raw(Action):
    """Send these bytes as they are, then reset, close (FIN) or stall."""

    data: bytes
    then: str = "reset"  # "reset" | "close" | "stall"

    def perform(self, sock: socket.socket, conn: h11.Connection) -> bool:
        sock.sendall(self.data)
        if self.then == "reset":
            _reset(sock)
        elif self.then == "stall":
            _wait_for_peer(sock)
        return False


@dataclass(frozen=True)
class Stall(Action):
    """Send nothing (no status line) until the client gives up."""

    def perform(self, sock: socket.socket, conn: h11.Connection) -> bool:
        _wait_for_peer(sock)
        return False


@dataclass(frozen=True)
class Flood(Action):
    """A chunked body of ``total`` bytes (or a ``declared`` Content-Length), until the client
    hangs up."""

    status: int = 200
    total: int = 1 << 30
    declared: int | None = None
    chunk: bytes = b" " * 65536

    def perform(self, sock: socket.socket, conn: h11.Connection) -> bool:
        framing = (
            ("Content-Length", str(self.declared))
            if self.declared is not None
            else ("Transfer-Encoding", "chunked")
        )
        with contextlib.suppress(OSError):
            sock.sendall(head(self.status, [("Content-Type", "application/json"), framing]))
            sent = 0
            while sent < self.total:
                piece = self.chunk if self.declared is not None else self._framed()
                sock.sendall(piece)
                sent += len(self.chunk)
            if self.declared is None:
                sock.sendall(b"0\r\n\r\n")
        return False

    def _framed(self) -> bytes:
        return f"{len(self.chunk):x}\r\n".encode() + self.chunk + b"\r\n"


Handler = Callable[[Seen], Action]


def script(*actions: Action) -> Handler:
    """A handler answering the n-th request with ``actions[n]`` (the last one repeats)."""
    lock = threading.Lock()
    served = [0]

    def handler(seen: Seen) -> Action:
        with lock:
            n = served[0]
            served[0] += 1
        return actions[min(n, len(actions) - 1)]

    return handler


@dataclass
class FaultServer:
    handler: Handler = field(default_factory=lambda: script(Reply(404)))
    seen: list[Seen] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._lock = threading.Lock()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port: int = self._listener.getsockname()[1]
        self._connections: set[socket.socket] = set()
        self._threads: list[threading.Thread] = []
        self._closing = False
        self._acceptor = threading.Thread(target=self._accept, daemon=True)
        self._acceptor.start()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/v1"

    def _accept(self) -> None:
        while True:
            try:
                sock, _ = self._listener.accept()
            except OSError:
                return
            with self._lock:
                if self._closing:
                    sock.close()
                    return
                self._connections.add(sock)
                thread = threading.Thread(target=self._serve, args=(sock,), daemon=True)
                self._threads.append(thread)
            thread.start()

    def _requests(self, sock: socket.socket, conn: h11.Connection) -> Iterator[Seen]:
        while True:
            method = target = ""
            headers: dict[str, str] = {}
            body = b""
            while True:
                event = conn.next_event()
                if event is h11.NEED_DATA:
                    conn.receive_data(sock.recv(65536))  # b"" tells h11 the peer hung up
                    continue
                if isinstance(event, h11.Request):
                    method, target = event.method.decode(), event.target.decode("latin-1")
                    headers = {k.decode().lower(): v.decode("latin-1") for k, v in event.headers}
                elif isinstance(event, h11.Data):
                    body += event.data
                elif isinstance(event, h11.EndOfMessage):
                    break
                elif isinstance(event, h11.ConnectionClosed):
                    return
            with self._lock:
                seen = Seen(len(self.seen), method, target, headers, body)
                self.seen.append(seen)
            yield seen

    def _serve(self, sock: socket.socket) -> None:
        conn = h11.Connection(h11.SERVER)
        try:
            for seen in self._requests(sock, conn):
                if not self.handler(seen).perform(sock, conn):
                    return
                conn.start_next_cycle()
        except (OSError, h11.ProtocolError):
            pass
        finally:
            with self._lock:
                self._connections.discard(sock)
            sock.close()

    def close(self) -> None:
        with self._lock:
            self._closing = True
            connections = list(self._connections)
        # Wake the acceptor (closing a listening socket does not interrupt accept()).
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", self.port), 1):
            pass
        self._listener.close()
        for sock in connections:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
        self._acceptor.join(5)
        for thread in self._threads:
            thread.join(5)

    def __enter__(self) -> FaultServer:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


@contextlib.contextmanager
def refusing_port() -> Iterator[int]:
    """A loopback port that refuses connections: bound (nobody else takes it), not listening."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        sock.bind(("127.0.0.1", 0))
        yield sock.getsockname()[1]
    finally:
        sock.close()
