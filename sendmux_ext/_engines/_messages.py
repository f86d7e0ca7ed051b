"""The request an engine sends and the answer it gives back, in plain Python types.

Inside the requester a request is a method, an absolute URL and a dict of
lowercase header names: no ``httpx.Request``, ``URL`` or ``Headers`` to build
on every attempt. ``httpx.Headers`` is built only when a caller reads
``.headers`` (``APIResponse.headers``, an error's ``headers``).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import httpx

RawHeaders = Sequence[tuple[bytes, bytes]]


@dataclass(slots=True, weakref_slot=True)
class Request:
    """One call's request; every attempt sends it as it is (bar ``authorization``)."""

    method: str  # upper case
    url: str  # absolute, with the query string
    path: str  # for messages and logs
    headers: dict[str, str]  # lowercase names
    content: bytes | None
    timeout: httpx.Timeout
    extensions: dict[str, Any] = field(default_factory=dict)  # notes for the response


def header_map(raw: RawHeaders) -> dict[str, str]:
    """Lowercase name -> value, a repeated header's values joined by ", " (as httpx's
    ``Headers.get`` gives them); for non-ASCII bytes httpx's own decoding decides."""
    found: dict[str, str] = {}
    try:
        for key, value in raw:
            name = key.decode("ascii").lower()
            text = value.decode("ascii")
            found[name] = f"{found[name]}, {text}" if name in found else text
    except UnicodeDecodeError:
        return dict(httpx.Headers(list(raw)).items())
    return found


class LazyHeaders(httpx.Headers):
    """``httpx.Headers`` whose lookups use a plain dict, and which normalises the raw
    header list only when something else is asked of it (or it is changed)."""

    def __init__(self, raw: RawHeaders, lookup: dict[str, str]) -> None:
        # No super().__init__(): that is the eager work this class defers.
        self._raw = raw
        self._lookup: dict[str, str] | None = lookup
        self._encoding = None

    @property
    def _list(self) -> list[tuple[bytes, bytes, bytes]]:
        built: list[tuple[bytes, bytes, bytes]] | None = self.__dict__.get("_built")
        if built is None:
            built = [(key, key.lower(), value) for key, value in self._raw]
            self._list = built
        return built

    @_list.setter
    def _list(self, value: list[tuple[bytes, bytes, bytes]]) -> None:
        self.__dict__["_built"] = value
        self._lookup = None  # httpx's own methods may change the list from here on

    def get(self, key: str, default: Any = None) -> Any:
        if self._lookup is None:
            return super().get(key, default)
        return self._lookup.get(key.lower(), default)

    def __getitem__(self, key: str) -> str:
        if self._lookup is None:
            return super().__getitem__(key)
        try:
            return self._lookup[key.lower()]
        except KeyError:
            raise KeyError(key) from None

    def __contains__(self, key: Any) -> bool:
        if self._lookup is None or not isinstance(key, str):
            return super().__contains__(key)
        return key.lower() in self._lookup

    def __repr__(self) -> str:
        return repr(httpx.Headers(self))


class Answer:
    """A fully read, decoded response: what the generated parser, errors and callers read.

    It has the part of ``httpx.Response`` those use: ``status_code``, ``content``,
    ``json()``, ``text`` and ``headers``; ``header_map`` is for our own lookups.
    """

    __slots__ = ("_headers", "_raw", "content", "header_map", "request", "status_code")

    def __init__(
        self,
        request: Request,
        status_code: int,
        raw_headers: RawHeaders,
        content: bytes,
        headers: httpx.Headers | None = None,
    ) -> None:
        self.request = request  # what was sent (the ETag cache reads its extensions)
        self.status_code = status_code
        self.content = content
        self.header_map = header_map(raw_headers)
        self._raw = raw_headers
        self._headers = headers

    @property
    def headers(self) -> httpx.Headers:
        if self._headers is None:
            self._headers = LazyHeaders(self._raw, self.header_map)
        return self._headers

    def json(self) -> Any:
        return json.loads(self.content)

    @property
    def text(self) -> str:
        return self.content.decode("utf-8", "replace")

    def __repr__(self) -> str:
        return f"<Answer [{self.status_code}]>"
