"""Verify Sendmux webhook deliveries and parse them into typed events (sync, no network).

Current scheme: ``X-Sendmux-Signature-V2: v1=<hex>`` is HMAC-SHA256, keyed with the
UTF-8 bytes of the whole ``whsec_...`` secret, over ``<X-Sendmux-Timestamp>.<raw body>``;
the timestamp must be within ``tolerance`` seconds of now, which bounds replays.
Legacy scheme: ``X-Sendmux-Signature: sha256=<hex>`` over the raw body alone. It has no
timestamp, so a captured delivery can be replayed forever: it is accepted only with
``allow_legacy=True``, and never when the delivery carries a V2 signature header.

The signature covers the body, not the ``X-Sendmux-Event-Id``/``-Type`` headers, so the
body's ``id`` and ``type`` must equal them (a relabelled delivery is rejected) and the
returned event takes its values from the body. Retries reuse the body and the event id
with a fresh timestamp: dedupe on ``WebhookEvent.id``.

Failures raise ``WebhookVerificationError`` whose ``reason`` is one of:
``missing_header``, ``malformed_header``, ``legacy_not_allowed``, ``signature_mismatch``,
``timestamp_too_old``, ``timestamp_in_future``, ``invalid_body`` (not a UTF-8 JSON
object), ``event_id_mismatch``, ``event_type_mismatch``, ``invalid_payload`` (does not
fit ``WebhookEventPayload``). Messages never contain a secret or an expected signature.
Misuse raises ``TypeError`` (a body that is not bytes) or ``ConfigurationError`` (no
secret, a negative tolerance): those are bugs in the receiver, not bad deliveries.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import math
import re
import time
import types
import typing
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, NoReturn

import attrs
from sendmux_api.models.webhook_event_data import WebhookEventData
from sendmux_api.models.webhook_event_payload import WebhookEventPayload
from sendmux_api.models.webhook_event_payload_type import WebhookEventPayloadType

from ._constants import PARSE_FAILURES
from ._errors import ConfigurationError, WebhookVerificationError
from ._hints import json_name, type_hints

__all__ = [
    "DEFAULT_TOLERANCE",
    "Headers",
    "WebhookEvent",
    "WebhookVerificationError",
    "WebhookVerifier",
    "sign",
    "verify",
]

DEFAULT_TOLERANCE = 300
"""Seconds a V2 timestamp may be away from now, either way (the vendor's value)."""

Headers = Mapping[str, str] | Iterable[tuple[str, str]]
"""Request headers: any mapping, or (name, value) pairs; names are case-insensitive."""

_SIGNATURE = "X-Sendmux-Signature-V2"
_TIMESTAMP = "X-Sendmux-Timestamp"
_LEGACY_SIGNATURE = "X-Sendmux-Signature"
_EVENT_ID = "X-Sendmux-Event-Id"
_EVENT_TYPE = "X-Sendmux-Event-Type"
_ATTEMPT = "X-Sendmux-Delivery-Attempt"

# Exactly one lowercase signature: the comparison is on the whole string, so anything
# else could only mismatch, and a clear "malformed" beats a misleading "mismatch".
_V2_FORMAT = re.compile(r"v1=[0-9a-f]{64}")
_LEGACY_FORMAT = re.compile(r"sha256=[0-9a-f]{64}")
# Plain decimal Unix seconds; 12 digits reach year 33658, more is an overflow.
_TIMESTAMP_FORMAT = re.compile(r"[0-9]{1,12}")
_ATTEMPT_FORMAT = re.compile(r"[0-9]{1,9}")


@dataclass(frozen=True)
class WebhookEvent:
    """A verified delivery. ``id`` is the dedupe key: retries reuse it."""

    id: str
    type: WebhookEventPayloadType
    """Open enum: a type this version does not know yet parses (its ``name`` is ``UNKNOWN``)."""
    occurred_at: datetime
    """Timezone-aware."""
    attempt: int | None
    """``X-Sendmux-Delivery-Attempt`` (1 for the first try); None when absent."""
    data: WebhookEventData
    payload: WebhookEventPayload = field(repr=False)
    """The whole body as the generated model."""
    raw: Mapping[str, Any] = field(repr=False)
    """The decoded JSON body, with any fields the generated model does not know yet."""
    legacy: bool
    """Verified by the legacy scheme: no timestamp, so no replay protection."""


class WebhookVerifier:
    """One endpoint's secrets and settings; build it once, call ``verify`` per request.

    Pass several secrets during a rotation: a delivery signed with any of them passes.
    ``clock`` returns Unix seconds and exists for tests.
    """

    def __init__(
        self,
        secrets: str | Sequence[str],
        *,
        tolerance: float = DEFAULT_TOLERANCE,
        clock: Callable[[], float] = time.time,
        allow_legacy: bool = False,
    ) -> None:
        self._keys = _keys(secrets)
        self._tolerance = _checked_tolerance(tolerance)
        self._clock = clock
        self._allow_legacy = allow_legacy

    def verify(self, body: bytes | bytearray | memoryview, headers: Headers) -> WebhookEvent:
        """Check a delivery; see the module ``verify``."""
        return _verify(
            _raw(body), headers, self._keys, self._tolerance, self._clock(), self._allow_legacy
        )

    def __repr__(self) -> str:
        return (
            f"WebhookVerifier(<{len(self._keys)} secret(s)>, tolerance={self._tolerance!r}, "
            f"allow_legacy={self._allow_legacy!r})"
        )


def verify(
    body: bytes | bytearray | memoryview,
    headers: Headers,
    secret: str | Sequence[str],
    *,
    tolerance: float = DEFAULT_TOLERANCE,
    now: float | None = None,
    allow_legacy: bool = False,
) -> WebhookEvent:
    """Check a delivery's signature, timestamp and body; return the parsed event.

    ``body`` must be the raw request bytes: parsed-and-reserialised JSON differs by a
    space and fails. ``now`` (Unix seconds, default the system clock) is for tests.
    """
    raw = _raw(body)
    keys = _keys(secret)
    tolerance = _checked_tolerance(tolerance)
    return _verify(raw, headers, keys, tolerance, time.time() if now is None else now, allow_legacy)


def sign(
    body: bytes | bytearray | memoryview,
    secret: str,
    *,
    timestamp: int | None = None,
    event_id: str | None = None,
    event_type: str | None = None,
    attempt: int | None = 1,
    legacy: bool = True,
) -> dict[str, str]:
    """Headers Sendmux would send with ``body``, to test a receiver without Sendmux.

    ``event_id``/``event_type`` default to the body's ``id``/``type`` (the header is left
    out when the body has none). ``legacy`` adds the legacy signature header too.
    """
    raw = _raw(body)
    (key,) = _keys([secret])
    if timestamp is None:
        timestamp = int(time.time())
    if isinstance(timestamp, bool) or not isinstance(timestamp, int):
        raise TypeError(f"timestamp must be an int of Unix seconds, not {type(timestamp).__name__}")
    stamp = str(timestamp)
    if not _TIMESTAMP_FORMAT.fullmatch(stamp):
        raise ConfigurationError(f"timestamp {timestamp} is not 0 to 12 digits of Unix seconds")
    document = _json_object_or_none(raw)
    event_id = event_id if event_id is not None else _str_field(document, "id")
    event_type = event_type if event_type is not None else _str_field(document, "type")
    headers = {"Content-Type": "application/json"}
    if event_id is not None:
        headers[_EVENT_ID] = event_id
    if event_type is not None:
        headers[_EVENT_TYPE] = event_type
    if attempt is not None:
        headers[_ATTEMPT] = str(attempt)
    headers[_TIMESTAMP] = stamp
    headers[_SIGNATURE] = _v2_signature(key, stamp, raw)
    if legacy:
        headers[_LEGACY_SIGNATURE] = _legacy_signature(key, raw)
    return headers


def _verify(
    raw: bytes,
    headers: Headers,
    keys: tuple[bytes, ...],
    tolerance: float,
    now: float,
    allow_legacy: bool,
) -> WebhookEvent:
    table = _HeaderTable(headers)
    signature = table.get(_SIGNATURE)
    if signature is None:
        legacy_signature = table.get(_LEGACY_SIGNATURE)
        if legacy_signature is None:
            _fail("missing_header", f"missing header {_SIGNATURE}")
        if not allow_legacy:
            _fail(
                "legacy_not_allowed",
                f"missing header {_SIGNATURE}: the delivery has only the legacy "
                f"{_LEGACY_SIGNATURE}, accepted only with allow_legacy=True",
            )
        _check_format(_LEGACY_SIGNATURE, legacy_signature, _LEGACY_FORMAT, "sha256=<64 hex>")
        _check_signature(keys, legacy_signature, lambda key: _legacy_signature(key, raw))
        event_id, event_type = table.get(_EVENT_ID), table.get(_EVENT_TYPE)
    else:
        stamp = table.require(_TIMESTAMP)
        event_id, event_type = table.require(_EVENT_ID), table.require(_EVENT_TYPE)
        _check_format(_SIGNATURE, signature, _V2_FORMAT, "v1=<64 lowercase hex>")
        _check_format(_TIMESTAMP, stamp, _TIMESTAMP_FORMAT, "Unix seconds as plain digits")
        _check_signature(keys, signature, lambda key: _v2_signature(key, stamp, raw))
        _check_age(int(stamp), now, tolerance)
    attempt = table.get(_ATTEMPT)
    if attempt is not None:
        _check_format(_ATTEMPT, attempt, _ATTEMPT_FORMAT, "a decimal integer")
    legacy = signature is None
    return _event(raw, event_id, event_type, None if attempt is None else int(attempt), legacy)


def _v2_signature(key: bytes, stamp: str, raw: bytes) -> str:
    return "v1=" + hmac.new(key, stamp.encode("ascii") + b"." + raw, hashlib.sha256).hexdigest()


def _legacy_signature(key: bytes, raw: bytes) -> str:
    return "sha256=" + hmac.new(key, raw, hashlib.sha256).hexdigest()


def _check_signature(
    keys: tuple[bytes, ...], received: str, expected: Callable[[bytes], str]
) -> None:
    # Every key is tried (no early exit), so timing does not tell which secret matched.
    matched = False
    for key in keys:
        matched |= hmac.compare_digest(expected(key).encode(), received.encode())
    if not matched:
        _fail("signature_mismatch", "signature mismatch: no configured secret signed this body")


def _check_age(stamp: int, now: float, tolerance: float) -> None:
    age = now - stamp
    if age > tolerance:
        _fail(
            "timestamp_too_old",
            f"timestamp too old by {_seconds(age - tolerance)} s "
            f"({_seconds(age)} s before now, tolerance {_seconds(tolerance)} s)",
        )
    if -age > tolerance:
        _fail(
            "timestamp_in_future",
            f"timestamp in the future by {_seconds(-age - tolerance)} s beyond the tolerance "
            f"({_seconds(-age)} s after now, tolerance {_seconds(tolerance)} s)",
        )


def _event(
    raw: bytes, event_id: str | None, event_type: str | None, attempt: int | None, legacy: bool
) -> WebhookEvent:
    document = _json_object(raw)
    for name, header, expected, reason in (
        ("id", _EVENT_ID, event_id, "event_id_mismatch"),
        ("type", _EVENT_TYPE, event_type, "event_type_mismatch"),
    ):
        value = _str_field(document, name)
        if value is None:
            _fail("invalid_payload", f"body field {name} is missing or not a string")
        if expected is not None and value != expected:
            _fail(
                reason,
                f"event {name} mismatch: body has {_show(value)}, "
                f"header {header} has {_show(expected)}",
            )
    data = document.get("data")
    if not isinstance(data, dict):
        _fail("invalid_payload", "body field 'data' is missing or not an object")
    _from_dict(WebhookEventData, data, "data.")  # first, alone: a missing field gets its path
    payload = _from_dict(WebhookEventPayload, document, "")
    _check_fits(payload, "")
    occurred_at = payload.occurred_at  # a datetime: the model parsed it (format: date-time)
    if occurred_at.utcoffset() is None:
        _fail("invalid_payload", "body field 'occurred_at' is not an ISO 8601 time with an offset")
    return WebhookEvent(
        id=payload.id,
        type=payload.type_,
        occurred_at=occurred_at,
        attempt=attempt,
        data=payload.data,
        payload=payload,
        raw=document,
        legacy=legacy,
    )


_Model = typing.TypeVar("_Model", WebhookEventData, WebhookEventPayload)


def _from_dict(cls: type[_Model], document: Mapping[str, Any], path: str) -> _Model:
    hints = type_hints(cls)
    for attribute in attrs.fields(cls):  # from_dict would fail on these without naming them
        value = document.get(json_name(attribute.name))
        annotation: Any = hints[attribute.name]
        is_time = datetime in (*typing.get_args(annotation), annotation)
        if is_time and value is not None and not _is_iso_time(value):
            _fail(
                "invalid_payload",
                f"body field {path}{json_name(attribute.name)} is not an ISO 8601 time",
            )
    try:
        return cls.from_dict(document)
    except KeyError as error:  # first: the one failure that names a missing field
        _fail("invalid_payload", f"body field {path}{error.args[0]} is missing")
    except PARSE_FAILURES as error:
        # The generated parser names a scalar field of the wrong type: 'field "x": ...'.
        named = re.match(r'field "(\w+)": (.*)', str(error))
        if named:
            _fail("invalid_payload", f"body field {path}{named[1]}: {named[2]}")
        _fail("invalid_payload", f"body does not fit {cls.__name__}")


def _is_iso_time(value: object) -> bool:
    try:
        datetime.fromisoformat(value)  # type: ignore[arg-type]  # a TypeError is an answer too
    except (TypeError, ValueError):  # what fromisoformat raises; not a generated parser
        return False
    return True


def _check_fits(model: Any, path: str) -> None:
    """Fail unless each field of an attrs model has its annotated type.

    The generated ``from_dict`` casts without checking (``"recipients": 5`` gets through),
    so the annotations are checked here, read from the model: regeneration stays in step.
    """
    hints = type_hints(type(model))
    for attribute in attrs.fields(type(model)):
        value, hint = getattr(model, attribute.name), hints[attribute.name]
        name = path + json_name(attribute.name)
        if not _fits(value, hint):
            _fail("invalid_payload", f"body field {name} should be {_describe(hint)}")
        if attrs.has(type(value)):
            _check_fits(value, name + ".")


def _fits(value: object, hint: Any) -> bool:
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        return any(_fits(value, arg) for arg in args)
    if origin is list:
        return isinstance(value, list) and all(_fits(item, args[0]) for item in value)
    if origin is dict:
        return isinstance(value, dict)
    if hint is Any:
        return True
    if hint is type(None):
        return value is None
    if hint is float:  # JSON has one number type; bool is an int subclass, not a number
        return isinstance(value, int | float) and not isinstance(value, bool)
    if hint is int:
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, hint) if isinstance(hint, type) else True


def _describe(hint: Any) -> str:
    return getattr(hint, "__name__", None) or str(hint)


class _HeaderTable:
    """Case-insensitive view of the headers this module reads; a repeated one is refused."""

    def __init__(self, headers: Headers) -> None:
        pairs = headers.items() if isinstance(headers, Mapping) else headers
        self._values: dict[str, list[object]] = {}
        for name, value in pairs:
            self._values.setdefault(str(name).lower(), []).append(value)

    def get(self, name: str) -> str | None:
        values = self._values.get(name.lower())
        if values is None:
            return None
        if len(values) > 1:
            _fail("malformed_header", f"header {name} appears {len(values)} times")
        (value,) = values
        if not isinstance(value, str):
            raise TypeError(f"header {name} must be a str, not {type(value).__name__}")
        if not value:
            _fail("malformed_header", f"header {name} is empty")
        return value

    def require(self, name: str) -> str:
        value = self.get(name)
        if value is None:
            _fail("missing_header", f"missing header {name}")
        return value


def _check_format(name: str, value: str, pattern: re.Pattern[str], expected: str) -> None:
    if not pattern.fullmatch(value):
        _fail("malformed_header", f"malformed header {name}: expected {expected}")


def _raw(body: object) -> bytes:
    if isinstance(body, bytes | bytearray | memoryview):
        return bytes(body)
    raise TypeError(
        f"body must be the raw request bytes, not {type(body).__name__}: "
        "decoded or re-serialised JSON no longer matches the signature"
    )


def _keys(secrets: str | Sequence[str]) -> tuple[bytes, ...]:
    listed = [secrets] if isinstance(secrets, str) else list(secrets)
    if not listed:
        raise ConfigurationError("no webhook signing secret given")
    for secret in listed:
        if not isinstance(secret, str):
            raise TypeError(f"a webhook signing secret must be a str, not {type(secret).__name__}")
        if not secret:
            raise ConfigurationError("a webhook signing secret is empty")
        if secret != secret.strip():
            # Usually a newline read along with it from a file or an env var.
            raise ConfigurationError("a webhook signing secret has leading or trailing whitespace")
    return tuple(secret.encode("utf-8") for secret in listed)


def _checked_tolerance(tolerance: float) -> float:
    if isinstance(tolerance, bool) or not isinstance(tolerance, int | float):
        raise TypeError(f"tolerance must be a number of seconds, not {type(tolerance).__name__}")
    if not (0 <= tolerance < math.inf):
        raise ConfigurationError(
            f"tolerance must be a finite number of seconds >= 0, not {tolerance}"
        )
    return tolerance


def _json_object(raw: bytes) -> dict[str, Any]:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        _fail("invalid_body", "body is not UTF-8")
    try:
        document = json.loads(text, object_pairs_hook=_no_duplicates)
    except _DuplicateKey as error:
        _fail("invalid_body", f"body has the key {_show(str(error))} twice")
    except json.JSONDecodeError as error:
        _fail("invalid_body", f"body is not JSON: {error.msg} at char {error.pos}")
    except (ValueError, RecursionError):  # an integer of > 4300 digits, deep nesting
        _fail("invalid_body", "body is not JSON this parser can read")
    if not isinstance(document, dict):
        kind = {list: "array", str: "string", bool: "boolean", type(None): "null"}
        _fail("invalid_body", f"body is a JSON {kind.get(type(document), 'number')}, not an object")
    return document


def _json_object_or_none(raw: bytes) -> dict[str, Any] | None:
    try:
        return _json_object(raw)
    except WebhookVerificationError:
        return None


class _DuplicateKey(ValueError):
    pass


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # Parsers disagree on which duplicate wins; a signed body must mean one thing.
    document: dict[str, Any] = {}
    for key, value in pairs:
        if key in document:
            raise _DuplicateKey(key)
        document[key] = value
    return document


def _str_field(document: Mapping[str, Any] | None, name: str) -> str | None:
    value = None if document is None else document.get(name)
    return value if isinstance(value, str) else None


def _show(value: str) -> str:
    return repr(value if len(value) <= 80 else value[:80] + "...")


def _seconds(value: float) -> str:
    return f"{value:.3f}".rstrip("0").rstrip(".")


def _fail(reason: str, message: str) -> NoReturn:
    raise WebhookVerificationError(message, reason=reason)
