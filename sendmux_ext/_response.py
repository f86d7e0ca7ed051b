"""What a call returns besides its data, and the response facts errors and logs quote."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx

from ._ratelimit import rate_limit_window

if TYPE_CHECKING:
    from ._engines import Answer

T = TypeVar("T")


@dataclass(frozen=True)
class RateLimit:
    """The ``X-RateLimit-*`` headers of a response."""

    limit: int
    remaining: int
    reset: dt.datetime

    @classmethod
    def from_headers(cls, headers: httpx.Headers) -> RateLimit | None:
        window = rate_limit_window(headers)  # the gate's reader: one rule for both
        if window is None:
            return None
        limit, remaining, reset = window
        if limit is None:
            return None
        try:
            return cls(limit, remaining, dt.datetime.fromtimestamp(reset, dt.UTC))
        except (ValueError, OverflowError, OSError):
            return None


@dataclass(frozen=True)
class APIResponse(Generic[T]):
    """The unwrapped ``data`` with the response facts users quote or act on."""

    data: T
    status_code: int
    headers: httpx.Headers = field(repr=False)
    request_id: str | None
    from_cache: bool = False

    @property
    def etag(self) -> str | None:
        value: str | None = self.headers.get("etag")
        return value

    @property
    def rate_limit(self) -> RateLimit | None:
        return RateLimit.from_headers(self.headers)


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header: delta-seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=dt.UTC)
        reference = now if now is not None else dt.datetime.now(dt.UTC).timestamp()
        seconds = when.timestamp() - reference
    if seconds != seconds or seconds in (float("inf"), float("-inf")):  # NaN / inf
        return None
    return max(0.0, seconds)


def sent_credentials(response: Answer | None) -> tuple[str, ...]:
    """The credential the request of ``response`` carried (to mask where it is echoed)."""
    if response is None:
        return ()
    try:
        authorization = response.request.headers.get("authorization", "")
    except RuntimeError:  # a response built without a request
        return ()
    token = authorization.partition(" ")[2] or authorization
    return (token,) if token else ()


def request_id_of(response: Answer) -> str | None:
    value: str | None = response.headers.get("x-request-id")
    return value


# Bodies larger than this are not parsed only to find a request id for a log line.
_REQUEST_ID_SCAN_BYTES = 1 << 20


def logged_request_id(response: Answer) -> str | None:
    """The header's request id, else the body's ``meta.request_id`` (for log lines)."""
    request_id = request_id_of(response)
    body = response.content
    if request_id is not None or not body or len(body) > _REQUEST_ID_SCAN_BYTES:
        return request_id
    try:
        decoded = json.loads(body)
    except (ValueError, RecursionError):
        return None
    return meta_request_id(decoded)


def meta_request_id(envelope: Any) -> str | None:
    """``meta.request_id`` of an envelope: a decoded dict or a generated model."""
    meta = envelope.get("meta") if isinstance(envelope, dict) else getattr(envelope, "meta", None)
    value = meta.get("request_id") if isinstance(meta, dict) else getattr(meta, "request_id", None)
    return value if isinstance(value, str) else None
