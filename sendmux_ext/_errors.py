"""Everything the library raises derives from ``SendmuxError``.

    SendmuxError
    ├── ConfigurationError            bad client settings (key, base_url, options); ValueError too
    ├── InvalidRequestError           a call rejected before anything was sent; ValueError too
    ├── APIConnectionError            the request did not get a usable HTTP answer
    │   └── APITimeoutError
    ├── WebhookVerificationError      a webhook delivery failed verification
    └── APIError                      the API answered with an error (or an unusable body)
        ├── APIResponseValidationError  a 2xx/304 whose body is not what the spec says
        └── one class per error code of the spec's ApiError enum:
            InvalidParameterError, MissingParameterError, AuthenticationRequiredError,
            InsufficientPermissionsError, NotFoundError, ConflictError, LimitExceededError,
            IdempotencyConflictError, PayloadTooLargeError, ValidationError,
            RateLimitExceededError, ServiceUnavailableError, InternalError

An ``APIError`` is chosen by the body's ``code``; when the code is unknown or the
body is not the API's (a proxy's HTML page), by the status when exactly one code
belongs to it, else ``APIError`` itself (``error_from_response``, the one mapping from a
response to its exception, with ``redirect_error``). Exceptions pickle (state in ``__dict__``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

import httpx

from ._constants import RETRYABLE_STATUSES
from ._response import meta_request_id, parse_retry_after, request_id_of, sent_credentials

if TYPE_CHECKING:
    from ._engines import Answer, Request

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APITimeoutError",
    "AuthenticationRequiredError",
    "ConfigurationError",
    "ConflictError",
    "FieldIssue",
    "IdempotencyConflictError",
    "InsufficientPermissionsError",
    "InternalError",
    "InvalidParameterError",
    "InvalidRequestError",
    "LimitExceededError",
    "MissingParameterError",
    "NotFoundError",
    "PayloadTooLargeError",
    "RateLimitExceededError",
    "SendmuxError",
    "ServiceUnavailableError",
    "ValidationError",
    "WebhookVerificationError",
]


# Credential-shaped text (a server or proxy echoing the request's Authorization header,
# a signing secret): masked in everything an exception carries, which logs, pickles,
# multiprocessing and task-queue result backends pass around.
_CREDENTIAL = r"(?i)(bearer\s+|smx_[a-z]+_|whsec_)[^\s\"'<>&,;\\]+"
_CREDENTIAL_TEXT = re.compile(_CREDENTIAL)
_CREDENTIAL_BYTES = re.compile(_CREDENTIAL.encode())
REDACTED = "[redacted]"


def redact(text: str, credentials: Iterable[str] = ()) -> str:
    """``text`` with credential-shaped parts, and each of ``credentials``, masked."""
    for credential in credentials:
        if credential:
            text = text.replace(credential, REDACTED)
    return _CREDENTIAL_TEXT.sub(r"\1" + REDACTED, text)


def redact_bytes(body: bytes, credentials: Iterable[str] = ()) -> bytes:
    for credential in credentials:
        if credential:
            body = body.replace(credential.encode("utf-8", "replace"), REDACTED.encode())
    return _CREDENTIAL_BYTES.sub(rb"\1" + REDACTED.encode(), body)


def _restore(cls: type[SendmuxError], state: dict[str, Any]) -> SendmuxError:
    error = cls.__new__(cls)
    Exception.__init__(error, state.get("message", ""))
    error.__dict__.update(state)
    return error


class SendmuxError(Exception):
    """Base of every exception this library raises."""

    idempotency_key: str | None = None
    """Set when a call that sent an ``Idempotency-Key`` failed: pass it back as
    ``idempotency_key=`` to retry without risking a second create."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message

    def __reduce__(self) -> tuple[Any, ...]:
        return (_restore, (type(self), dict(self.__dict__)))


class ConfigurationError(SendmuxError, ValueError):
    """The client was configured with an unusable value (never echoes a secret)."""


class InvalidRequestError(SendmuxError, ValueError):
    """A call's arguments were rejected before any request was sent."""


class APIConnectionError(SendmuxError):
    """The request got no usable HTTP answer (refused, reset, DNS, TLS, a body whose
    Content-Encoding does not decode, ...)."""


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, read, write or pool)."""


class WebhookVerificationError(SendmuxError):
    """A webhook delivery failed signature, timestamp or payload checks.

    ``reason`` is a short machine string (``"signature_mismatch"``, ...) for
    metrics and branching; the message is for people. Neither holds a secret.
    """

    def __init__(self, message: str, *, reason: str = "invalid") -> None:
        super().__init__(message)
        self.reason = reason


@dataclass(frozen=True)
class FieldIssue:
    """One validation failure from ``error.errors[]``."""

    field: str
    code: str
    message: str


class APIError(SendmuxError):
    """The API (or a proxy in front of it) answered with an error."""

    code_name: ClassVar[str | None] = None
    status: ClassVar[int | None] = None

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        code: str | None = None,
        param: str | None = None,
        doc_url: str | None = None,
        retryable: bool = False,
        errors: tuple[FieldIssue, ...] = (),
        request_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        retry_after: float | None = None,
        body: bytes = b"",
        credentials: Iterable[str] = (),
    ) -> None:
        """``credentials``: what the request sent (masked wherever the answer echoes it)."""
        credentials = tuple(credentials)
        super().__init__(redact(message, credentials))
        self.status_code = status_code
        self.code = code
        self.param = param
        self.doc_url = doc_url
        self.retryable = retryable
        self.errors = errors
        self.request_id = request_id
        self.headers = {k: redact(v, credentials) for k, v in (headers or {}).items()}
        self.retry_after = retry_after
        self.body = redact_bytes(body, credentials)

    def __str__(self) -> str:
        where = f" (param {self.param})" if self.param else ""
        request = f" [request_id {self.request_id}]" if self.request_id else ""
        return f"{self.status_code} {self.code or 'error'}: {self.message}{where}{request}"

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status_code={self.status_code}, code={self.code!r}, "
            f"message={self.message!r}, request_id={self.request_id!r})"
        )


class APIResponseValidationError(APIError):
    """A success status whose body does not match the spec (or is not JSON at all), or a
    response of any status whose body exceeds the client's ``max_response_bytes``."""


class InvalidParameterError(APIError):
    code_name = "invalid_parameter"
    status = 400


class MissingParameterError(APIError):
    code_name = "missing_parameter"
    status = 400


class AuthenticationRequiredError(APIError):
    code_name = "authentication_required"
    status = 401


class InsufficientPermissionsError(APIError):
    code_name = "insufficient_permissions"
    status = 403


class NotFoundError(APIError):
    code_name = "not_found"
    status = 404


class ConflictError(APIError):
    """409 ``conflict``: the resource's state forbids it, e.g. a stale ``if_match``."""

    code_name = "conflict"
    status = 409


class LimitExceededError(APIError):
    code_name = "limit_exceeded"
    status = 409


class IdempotencyConflictError(APIError):
    code_name = "idempotency_conflict"
    status = 409


class PayloadTooLargeError(APIError):
    code_name = "payload_too_large"
    status = 413


class ValidationError(APIError):
    """422 ``validation_error``: a semantic rule failed; see ``errors`` for each field."""

    code_name = "validation_error"
    status = 422


class RateLimitExceededError(APIError):
    code_name = "rate_limit_exceeded"
    status = 429


class InternalError(APIError):
    code_name = "internal_error"
    status = 500


class ServiceUnavailableError(APIError):
    code_name = "service_unavailable"
    status = 503


ERROR_CLASSES: dict[str, type[APIError]] = {
    cls.code_name: cls for cls in APIError.__subclasses__() if cls.code_name is not None
}
"""API error code -> exception class: the one table the mapping and contract tests read."""


def _by_status() -> dict[int, type[APIError]]:
    counts: dict[int, list[type[APIError]]] = {}
    for cls in ERROR_CLASSES.values():
        counts.setdefault(cls.status or 0, []).append(cls)
    return {status: classes[0] for status, classes in counts.items() if len(classes) == 1}


STATUS_CLASSES = _by_status()
"""Status -> class, for bodies without a known code, where one code owns the status."""


def error_class(code: str | None, status_code: int) -> type[APIError]:
    if code is not None and code in ERROR_CLASSES:
        return ERROR_CLASSES[code]
    return STATUS_CLASSES.get(status_code, APIError)


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
