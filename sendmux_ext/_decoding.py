"""Response bodies decoded by ``Content-Encoding``, never beyond a byte budget.

httpx decodes a whole socket read through every encoding layer before anyone can
count the result, so a few hundred compressed bytes can become hundreds of MiB.
Here the raw bytes are inflated incrementally with ``zlib``'s ``max_length``: no
call produces more than what is left of the budget. Only one layer of gzip or
deflate is accepted (and only those are asked for, see ``ACCEPT_ENCODING``);
stacked or unknown encodings are refused before anything is inflated.

Every engine behind ``_receive`` feeds its raw body through ``BodyDecoder``.
"""

from __future__ import annotations

import zlib

# What we ask servers for: exactly the encodings this module can bound.
ACCEPT_ENCODING = "gzip, deflate"

_WBITS = {"gzip": zlib.MAX_WBITS | 16, "x-gzip": zlib.MAX_WBITS | 16, "deflate": zlib.MAX_WBITS}
# Raw bytes may exceed the decoded size a little (headers, stored blocks): this much slack.
_RAW_SLACK = 1024


class DecodingFailure(Exception):
    """Base of what ``BodyDecoder`` raises; the message names the problem, never the body."""


class BodyTooLarge(DecodingFailure):
    """The body (raw or decoded) exceeds the budget."""


class UnsupportedEncoding(DecodingFailure):
    """A ``Content-Encoding`` we did not ask for and cannot bound: stacked or unknown."""


class CorruptEncoding(DecodingFailure):
    """The bytes do not decode as their ``Content-Encoding`` says (a broken proxy)."""


def encoding_of(content_encoding: str | None) -> str | None:
    """The one coding to undo (None for identity); raise ``UnsupportedEncoding`` otherwise."""
    if not content_encoding:
        return None
    codings = [c.strip().lower() for c in content_encoding.split(",") if c.strip()]
    codings = [c for c in codings if c != "identity"]
    if not codings:
        return None
    if len(codings) > 1:
        raise UnsupportedEncoding(
            f"stacked Content-Encoding {', '.join(codings)!r} refused "
            f"(only one of {ACCEPT_ENCODING} is accepted)"
        )
    if codings[0] not in _WBITS:
        raise UnsupportedEncoding(
            f"Content-Encoding {codings[0][:40]!r} refused (not asked for; "
            f"accepted: {ACCEPT_ENCODING})"
        )
    return codings[0]


class BodyDecoder:
    """``feed(raw)`` repeatedly, then ``finish()`` for the decoded body (at most ``max_bytes``)."""

    def __init__(self, content_encoding: str | None, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self.coding = encoding_of(content_encoding)
        self._raw = 0
        self._body = bytearray()
        self._inflater = None if self.coding is None else zlib.decompressobj(_WBITS[self.coding])
        self._fed_any = False

    def _left(self) -> int:
        """Bytes that may still be produced, plus one to notice going over."""
        return self.max_bytes - len(self._body) + 1

    def _check(self) -> None:
        if len(self._body) > self.max_bytes:
            raise BodyTooLarge(f"decoded body exceeds {self.max_bytes} bytes")

    def feed(self, raw: bytes) -> None:
        self._raw += len(raw)
        if self._raw > self.max_bytes + (0 if self._inflater is None else _RAW_SLACK):
            raise BodyTooLarge(f"body exceeds {self.max_bytes} bytes")
        if self._inflater is None:
            self._body += raw
            self._check()
            return
        if not raw:
            return
        if self._inflater.eof:
            raise CorruptEncoding(f"data after the end of the {self.coding} stream")
        try:
            out = self._inflater.decompress(raw, self._left())
        except zlib.error as exc:
            if self.coding == "deflate" and not self._fed_any:
                # Some servers send raw deflate without the zlib wrapper (as httpx allows).
                self._inflater = zlib.decompressobj(-zlib.MAX_WBITS)
                self._fed_any = True
                self._raw -= len(raw)
                self.feed(raw)
                return
            raise CorruptEncoding(f"body does not decode as {self.coding}: {exc}") from None
        self._fed_any = True
        self._body += out
        self._check()
        if self._inflater.unused_data:
            raise CorruptEncoding(f"data after the end of the {self.coding} stream")

    def finish(self) -> bytes:
        if self._inflater is not None:
            if not self._fed_any:
                return b""  # an empty body carries no stream (a 204 or HEAD with an encoding)
            try:
                self._body += self._inflater.flush(self._left())
            except zlib.error as exc:
                raise CorruptEncoding(f"body does not decode as {self.coding}: {exc}") from None
            self._check()
            if not self._inflater.eof:
                raise CorruptEncoding(f"{self.coding} stream is truncated")
        return bytes(self._body)
