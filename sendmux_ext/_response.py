"""What a call returns besides its data, and how an error response becomes an exception."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx

from ._constants import RETRYABLE_STATUSES
from ._errors import APIError, FieldIssue, error_class
from ._ratelimit import rate_limit_window

if TYPE_CHECKING:
    from ._engines import Answer, Request

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


def redirect_error(request: Request, response: Answer) -> APIError:
    """A 3xx is never followed (a 307 would re-send a create elsewhere): it is an error
    naming the status and the origin it points to (never its path or query)."""
    location = response.headers.get("location")
    try:
        target = httpx.URL(request.url).join(location) if location else None
    except httpx.InvalidURL:
        target = None
    where = (
        f"{target.scheme}://{target.netloc.decode('ascii', 'replace')}"
        if target is not None and target.scheme
        else "no usable Location"
    )
    return APIError(
        f"HTTP {response.status_code} redirect to {where} not followed "
        f"({request.method} {request.path}); check base_url",
        status_code=response.status_code,
        request_id=request_id_of(response),
        headers=response.headers,
    )


def _str_or_none(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _issues(raw: Any) -> tuple[FieldIssue, ...]:
    if not isinstance(raw, list):
        return ()
    return tuple(
        FieldIssue(
            str(item.get("field", "")), str(item.get("code", "")), str(item.get("message", ""))
        )
        for item in raw
        if isinstance(item, dict)
    )


def error_from_response(response: Answer) -> APIError:
    """The exception for a non-success response, whatever its body holds."""
    status = response.status_code
    body = response.content
    error: dict[str, Any] = {}
    request_id = request_id_of(response)
    try:
        decoded = json.loads(body) if body else None
    except (ValueError, RecursionError):  # not JSON, or nested beyond the stack
        decoded = None
    if isinstance(decoded, dict):
        if isinstance(decoded.get("error"), dict):
            error = decoded["error"]
        if request_id is None:
            request_id = meta_request_id(decoded)
    code = _str_or_none(error.get("code"))
    message = _str_or_none(error.get("message"))
    if message is None:
        kind = response.headers.get("content-type", "no content type")
        excerpt = body[:200].decode("utf-8", "replace").strip()
        message = f"HTTP {status} without an API error body ({kind}): {excerpt!r}"
    retryable = error.get("retryable")
    return error_class(code, status)(
        message,
        status_code=status,
        code=code,
        param=_str_or_none(error.get("param")),
        doc_url=_str_or_none(error.get("doc_url")),
        # The body's flag wins; without one, the status decides (see RETRYABLE_STATUSES).
        retryable=retryable if isinstance(retryable, bool) else status in RETRYABLE_STATUSES,
        errors=_issues(error.get("errors")),
        request_id=request_id,
        headers=response.headers,
        retry_after=parse_retry_after(response.headers.get("retry-after")),
        body=body,
        credentials=sent_credentials(response),
    )
