"""A small, fast HTTP/1.1 keep-alive server for the benchmark (run in its own process).

It serves envelopes built from the spec (see payloads.py), with every body
prepared up front so that the server costs little per request:

- ``GET /domains/{id}``: a ``DomainItemResponse`` for any ``mdom_*`` id, with a
  weak ``ETag``; ``304 Not Modified`` (no body) when ``If-None-Match`` matches;
  404 with an ``ApiError`` body for other ids;
- ``GET /domains?limit=&cursor=``: a ``DomainItemCursorListResponse`` cursor list
  (``pagination: {has_more, next_cursor}``), 50 pages of 100 items by default;
- ``GET /_bench/pages/{n}``: make the list ``n`` pages long (for the flat-memory run);
- ``GET /_bench/stats``: counts of responses by status since the last call.

It prints its port on stdout once listening. Only 127.0.0.1 is served.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import os
import sys
from collections import Counter
from typing import Any
from urllib.parse import parse_qs, urlsplit

import payloads

REASONS = {200: "OK", 304: "Not Modified", 400: "Bad Request", 404: "Not Found"}


def response(status: int, body: bytes = b"", headers: dict[str, str] | None = None) -> bytes:
    lines = [f"HTTP/1.1 {status} {REASONS[status]}"]
    all_headers = {"Content-Type": "application/json", **(headers or {})}
    if status != 304:
        all_headers["Content-Length"] = str(len(body))
    lines += [f"{name}: {value}" for name, value in all_headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


class App:
    """Routes a request to prepared response bytes."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.domain_body = payloads.domain_item_body(spec)
        self.not_found = response(404, json.dumps(payloads.sample(spec, "ApiError")).encode())
        self.pages = payloads.PAGES
        self.page_size = payloads.PAGE_SIZE
        # A page body without its pagination object, per page of the standard list;
        # longer lists reuse them (ids repeat, sizes do not change).
        self.page_heads = [self._page_head(spec, page) for page in range(payloads.PAGES)]
        self.stats: Counter[int] = Counter()

    def _page_head(self, spec: dict[str, Any], page: int) -> bytes:
        body = payloads.domain_list_page(spec, page)
        body.pop("pagination")
        encoded = json.dumps(body).encode()
        return encoded[:-1] + b', "pagination": '

    @staticmethod
    def etag(public_id: str) -> str:
        return 'W/"' + hashlib.sha1(public_id.encode()).hexdigest()[:16] + '"'

    def respond(self, method: str, target: str, headers: dict[str, str]) -> bytes:
        url = urlsplit(target)
        path = url.path.rstrip("/")
        if method != "GET":
            return self._count(response(400, b'{"error": "GET only"}'))
        if path.startswith("/domains/"):
            return self._count(self.domain(path[len("/domains/") :], headers))
        if path == "/domains":
            return self._count(self.domain_page(parse_qs(url.query)))
        if path.startswith("/_bench/pages/"):
            self.pages = int(path.rsplit("/", 1)[1])
            return response(200, b"{}")
        if path == "/_bench/stats":
            stats, self.stats = self.stats, Counter()
            return response(200, json.dumps({str(k): v for k, v in stats.items()}).encode())
        return self._count(self.not_found)

    def _count(self, raw: bytes) -> bytes:
        self.stats[int(raw[9:12])] += 1
        return raw

    def domain(self, public_id: str, headers: dict[str, str]) -> bytes:
        if not public_id.startswith("mdom_"):
            return self.not_found
        etag = self.etag(public_id)
        if headers.get("if-none-match") == etag:
            return response(304, headers={"ETag": etag})
        body = self.domain_body.replace(payloads.DOMAIN_ID.encode(), public_id.encode())
        return response(200, body, {"ETag": etag})

    def domain_page(self, query: dict[str, list[str]]) -> bytes:
        cursor = query.get("cursor", ["c0"])[0]
        page = int(cursor[1:]) if cursor.startswith("c") and cursor[1:].isdigit() else -1
        if not 0 <= page < self.pages:
            return response(400, b'{"error": "bad cursor"}')
        has_more = page + 1 < self.pages
        pagination: dict[str, Any] = {"has_more": has_more}
        if has_more:
            pagination["next_cursor"] = f"c{page + 1}"
        body = self.page_heads[page % len(self.page_heads)] + json.dumps(pagination).encode() + b"}"
        return response(200, body)


class HttpProtocol(asyncio.Protocol):
    """HTTP/1.1 with keep-alive; requests on one connection are answered in order."""

    def __init__(self, app: App) -> None:
        self.app = app
        self.buffer = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        assert self.transport is not None
        self.buffer += data
        while True:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            head = self.buffer[:end].decode("latin-1").split("\r\n")
            headers = {}
            for line in head[1:]:
                name, _, value = line.partition(":")
                headers[name.strip().lower()] = value.strip()
            length = int(headers.get("content-length", "0"))
            if len(self.buffer) < end + 4 + length:
                return  # wait for the rest of the body
            self.buffer = self.buffer[end + 4 + length :]
            method, target, _version = head[0].split(" ", 2)
            self.transport.write(self.app.respond(method, target, headers))
            if headers.get("connection", "").lower() == "close":
                self.transport.close()
                return


async def serve(port: int, cpu: int | None) -> None:
    if cpu is not None and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {cpu})
    app = App(payloads.load_spec())
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: HttpProtocol(app), "127.0.0.1", port, backlog=512)
    print(server.sockets[0].getsockname()[1], flush=True)
    async with server:
        await server.serve_forever()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=0, help="0: any free port (printed)")
    parser.add_argument("--cpu", type=int, default=None, help="pin the server to this core")
    args = parser.parse_args()
    try:
        asyncio.run(serve(args.port, args.cpu))
    except KeyboardInterrupt:
        sys.exit(0)


if __name__ == "__main__":
    main()
