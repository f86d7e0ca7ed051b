"""``FakeSendmux``: the Management API in memory, behind an httpx transport.

One request goes through the steps the API takes, in order: route (404), record
in ``requests``, authenticate (401), rate limit (429), injected faults, permission
(403), query and body validation against the spec (400), ``Idempotency-Key``
replay (409 on another body), the operation's behaviour (``_behaviour``), then
the envelope with ``X-Request-Id``, rate-limit headers and ``ETag`` (304 on a
matching ``If-None-Match``). ``strict=True`` validates every answer against the
spec before it leaves.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
import math
import random
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl

import httpx

from .._constants import SECRET_FIELD_WORDS
from .._errors import REDACTED
from .._operations import OPERATIONS
from ..webhooks import sign
from . import _behaviour, _spec
from ._behaviour import Answer, Behaviour, Call, Problem
from ._store import Record, Store

if TYPE_CHECKING:
    from .._client import AsyncSendmux, Sendmux

DEFAULT_BASE_URL = "https://app.sendmux.ai/api/v1"
ROLES = {"root:full", "root:readonly"}
# The client's words for secret fields, and two more a request body may carry.
_SECRET_FIELDS = (*SECRET_FIELD_WORDS, "api_key", "private_key")


class FakeSpecError(AssertionError):
    """The fake produced an answer the spec does not allow (``strict=True``)."""


@dataclass(frozen=True)
class RecordedRequest:
    """One request the fake received: credentials redacted."""

    method: str
    path: str  # relative to the API root: ``/domains/mdom_...``
    query: dict[str, str]
    json: Any  # the decoded JSON body, or None
    headers: dict[str, str]
    operation_id: str | None
    status: int | None = None  # the status answered; None for a reset or a timeout


@dataclass(frozen=True)
class Delivery:
    """A signed webhook delivery: POST ``body`` with ``headers`` to ``url``."""

    url: str
    body: bytes
    headers: dict[str, str]
    event_id: str
    event_type: str
    subscription_id: str

    @property
    def payload(self) -> Any:
        return json.loads(self.body)


@dataclass
class _Fault:
    status: int | None
    code: str | None
    retry_after: float | None
    times: int
    error: str | None  # "reset" | "timeout"
    delay: float


@dataclass
class _Window:
    start: float
    count: int = 0


@dataclass
class _Outcome:
    response: httpx.Response | None = None
    error: Exception | None = None
    delay: float = 0.0


_STATUS_CODES = {
    400: "invalid_parameter",
    401: "authentication_required",
    403: "insufficient_permissions",
    404: "not_found",
    409: "conflict",
    413: "payload_too_large",
    422: "validation_error",
    429: "rate_limit_exceeded",
    500: "internal_error",
    502: "service_unavailable",
    503: "service_unavailable",
    504: "service_unavailable",
}


@dataclass
class FakeSendmux:
    """A stateful, in-memory Sendmux Management API for tests.

    ``rate_limit=(requests, seconds)`` is enforced per key (None: reported, not
    enforced); ``clock`` gives Unix seconds (rate-limit windows, timestamps);
    ``seed`` makes ids repeatable; ``strict`` validates every answer against the spec.
    """

    rate_limit: tuple[int, float] | None = (600, 60.0)
    clock: Callable[[], float] = time.time
    strict: bool = False
    seed: int | None = 0
    base_url: str = DEFAULT_BASE_URL
    team: dict[str, str] = field(default_factory=lambda: {"id": "team_fake", "name": "Fake team"})
    limits: dict[str, int] = field(default_factory=lambda: {"webhooks": 10})
    # What POST /domains/{id}/verify finds: set False to see a verification fail.
    dns_ready: bool = True

    def __post_init__(self) -> None:
        self.store = Store(random.Random(self.seed))
        self.requests: list[RecordedRequest] = []
        self.deliveries: list[Delivery] = []
        self._keys: dict[str, tuple[str, ...]] = {}
        self._windows: dict[str, _Window] = {}
        self._faults: dict[str, list[_Fault]] = {}
        self._idempotent: dict[tuple[str, str, str, str], tuple[str, httpx.Response]] = {}
        self._reports: dict[str, Record] = {}
        self._lock = threading.RLock()
        self.api_key = self.add_api_key(role="root:full", prefix="smx_root_")
        self.base_path = httpx.URL(self.base_url).path.rstrip("/")
        self._routes = sorted(
            (
                (op, found)
                for op_id, op in _spec.operations().items()
                if (found := _behaviour.behaviour(op_id)) is not None
            ),
            key=lambda item: item[0].path.count("{"),
        )

    # -- wiring -------------------------------------------------------------------------

    def transport(self) -> httpx.BaseTransport:
        return _Transport(self)

    def async_transport(self) -> httpx.AsyncBaseTransport:
        return _AsyncTransport(self)

    def client(self, **options: Any) -> Sendmux:
        """A ``Sendmux`` wired to this fake (``api_key`` defaults to its root key)."""
        from .._client import Sendmux

        options.setdefault("api_key", self.api_key)
        options.setdefault("base_url", self.base_url)
        options.setdefault("http_client", httpx.Client(transport=self.transport()))
        return Sendmux(**options)

    def async_client(self, **options: Any) -> AsyncSendmux:
        """An ``AsyncSendmux`` wired to this fake."""
        from .._client import AsyncSendmux

        options.setdefault("api_key", self.api_key)
        options.setdefault("base_url", self.base_url)
        options.setdefault("http_client", httpx.AsyncClient(transport=self.async_transport()))
        return AsyncSendmux(**options)

    # -- keys, faults -------------------------------------------------------------------

    def add_api_key(
        self,
        role: str | None = None,
        *,
        permissions: Iterable[str] | None = None,
        prefix: str = "smx_root_",
    ) -> str:
        """A new key: a ``role`` (``root:full``, ``root:readonly``) or explicit
        ``permissions`` (``domain.read``, ``domain.*``)."""
        if (role is None) == (permissions is None):
            raise ValueError("add_api_key takes a role or a list of permissions, not both")
        if role is not None and role not in ROLES:
            raise ValueError(f"unknown role {role!r}; roles are {', '.join(sorted(ROLES))}")
        granted = (role,) if role is not None else tuple(permissions or ())
        if isinstance(permissions, str):
            raise TypeError("permissions is a list of permission names, not one string")
        key = prefix + "".join(
            self.store.rng.choice("abcdefghijkmnpqrstuvwxyz23456789") for _ in range(32)
        )
        self._keys[key] = granted
        return key

    def revoke_api_key(self, key: str) -> None:
        """From now on the key gets 401, as a key deleted in the dashboard would."""
        if self._keys.pop(key, None) is None:
            raise KeyError("no such key in this fake")

    def fail_next(
        self,
        operation_id: str,
        status: int | None = 503,
        *,
        code: str | None = None,
        retry_after: float | None = None,
        times: int = 1,
        reset: bool = False,
        timeout: bool = False,
        delay: float = 0.0,
    ) -> None:
        """The next ``times`` calls of ``operation_id`` fail: an error answer of ``status``
        (``code`` defaults to the status's own), a connection reset (``reset=True``), a
        read timeout (``timeout=True``), or only answer ``delay`` seconds late
        (``status=None, delay=...``)."""
        if operation_id not in OPERATIONS:
            raise ValueError(
                f"unknown operation {operation_id!r}; see sendmux_ext._operations.OPERATIONS"
            )
        if times < 1:
            raise ValueError("times must be at least 1")
        error = "reset" if reset else "timeout" if timeout else None
        fault = _Fault(None if error else status, code, retry_after, times, error, delay)
        self._faults.setdefault(operation_id, []).append(fault)

    # -- state --------------------------------------------------------------------------

    def now(self) -> str:
        return _stamp(self.clock())

    def records(self, collection: str) -> list[dict[str, Any]]:
        """The JSON of every resource of ``collection`` (``"domains"``,
        ``"emails.logs"``, ``"webhooks.deliveries"``...), newest first."""
        return [record.data for record in self.store.records(collection)]

    def get(self, collection: str, record_id: str) -> dict[str, Any]:
        record = self.store.get(collection, record_id)
        if record is None:
            raise KeyError(f"no {collection} with id {record_id!r} in this fake")
        return record.data

    def create(self, collection: str, **fields: Any) -> dict[str, Any]:
        """Seed one resource directly (no request): the spec's sample with ``fields``."""
        if _behaviour.item_schema_of(collection) is None:
            names = sorted(
                {b.collection for _, b in self._routes if b.collection and b.kind == "list"}
            )
            raise ValueError(f"unknown collection {collection!r}; seedable: {', '.join(names)}")
        try:
            record, _ = _behaviour.create_record(self, collection, fields)
        except Problem as problem:
            raise ValueError(f"cannot seed {collection}: {problem.message}") from None
        return record.data

    def seed_domain(
        self, domain: str = "mail.example.com", *, verified: bool = True, **fields: Any
    ) -> dict[str, Any]:
        """A domain as it is after DNS verification (or pending, ``verified=False``)."""
        state: dict[str, Any] = {"verification_status": "verified" if verified else "pending"}
        if verified:
            state.update(verified_at=self.now(), ses_verified_for_sending=True)
        return self.create("domains", domain=domain, **{**state, **fields})

    def seed_email_logs(
        self,
        count: int,
        *,
        statuses: Iterable[str] | None = None,
        start: str = "2026-01-01T00:00:00Z",
        days: int = 90,
        **fields: Any,
    ) -> list[dict[str, Any]]:
        """``count`` email logs, statuses cycling through ``statuses`` (default: every
        status the spec knows) and creation times spread over ``days`` from ``start``."""
        schema = _behaviour.item_schema_of("emails.logs")
        known = _spec.properties(schema)["status"].get("enum", [])
        chosen = list(statuses) if statuses is not None else list(known)
        unknown = [s for s in chosen if s not in known]
        if unknown or not chosen:
            raise ValueError(f"statuses must be among {known}, got {unknown or chosen}")
        origin = datetime.fromisoformat(start.replace("Z", "+00:00"))
        rng = self.store.rng
        made = []
        for index in range(count):
            at = _stamp((origin + timedelta(seconds=rng.uniform(0, days * 86400))).timestamp())
            status = chosen[index % len(chosen)]
            made.append(self.create("emails.logs", status=status, created_at=at, **fields))
            made[-1]["created_at"] = at
        return made

    def report_record(self, key: str, data: Any) -> Record:
        """A stand-in record for answers without a resource (``/me``): its ETag changes
        when the answer does."""
        text = json.dumps(data, sort_keys=True)
        record = self._reports.get(key)
        if record is None or record.data.get("_text") != text:
            version = record.version + 1 if record is not None else 1
            record = Record({"id": key, "_text": text}, 0, version=version)
            self._reports[key] = record
        return record

    # -- webhooks -----------------------------------------------------------------------

    def deliver(
        self,
        event_type: str,
        data: Mapping[str, Any] | None = None,
        *,
        subscription: Any,
        attempt: int = 1,
        timestamp: int | None = None,
    ) -> Delivery:
        """A signed delivery of ``event_type`` to ``subscription`` (a webhook created
        through the API, or its id), signed with its current secret; also recorded
        as a delivery attempt the API lists."""
        webhook_id = str(getattr(subscription, "id", subscription))
        record = self.store.get("webhooks", webhook_id)
        if record is None:
            raise ValueError(f"no webhook {webhook_id!r} in this fake; create one first")
        subscribed = record.data.get("event_types") or []
        if event_type != "sendmux.test" and event_type not in subscribed:
            raise ValueError(f"webhook {webhook_id!r} is not subscribed to {event_type!r}")
        event = _spec.sample(_spec.schema_ref("WebhookEventPayload"))
        event_data = _spec.sample(_spec.schema_ref("WebhookEventData"))
        event_data.update(webhook_id=webhook_id, **dict(data or {}))
        event.update(
            id=self.store.new_id(str(event.get("id", "evt_cl"))),
            type=event_type,
            occurred_at=self.now() if timestamp is None else _stamp(timestamp),
            team_public_id=self.team["id"],
            data=event_data,
        )
        if self.strict:
            _check(event, _spec.schema_ref("WebhookEventPayload"), f"delivery of {event_type}")
        body = json.dumps(event, separators=(",", ":")).encode()
        stamp = int(self.clock()) if timestamp is None else timestamp
        headers = sign(body, str(record.data["secret"]), timestamp=stamp, attempt=attempt)
        delivery = Delivery(
            str(record.data.get("url")), body, headers, event["id"], event_type, webhook_id
        )
        self.deliveries.append(delivery)
        _behaviour.new_record(
            self,
            "webhooks.deliveries",
            {
                "event_id": event["id"],
                "event_type": event_type,
                "delivery_attempt": attempt,
                "request_payload_bytes": len(body),
                "payload": event,
                "result": "success",
                "created_at": event["occurred_at"],
                "expires_at": _stamp(self.clock() + 7 * 86400),
                "payload_expires_at": _stamp(self.clock() + 7 * 86400),
            },
            parent=webhook_id,
        )
        return delivery

    # -- the request pipeline -----------------------------------------------------------

    def _route(
        self, method: str, path: str
    ) -> tuple[_spec.SpecOperation, Behaviour, dict[str, str]] | None:
        for op, found in self._routes:
            if op.method == method.lower():
                match = op.pattern.match(path)
                if match is not None:
                    return op, found, match.groupdict()
        return None

    def _handle(self, request: httpx.Request) -> _Outcome:
        with self._lock:
            return self._handle_locked(request)

    def _handle_locked(self, request: httpx.Request) -> _Outcome:
        path = request.url.path
        if self.base_path and path.startswith(self.base_path + "/"):
            path = path[len(self.base_path) :]
        routed = self._route(request.method, path)
        op_id = routed[0].operation_id if routed else None
        body_bytes = request.content
        entry = RecordedRequest(
            request.method,
            path,
            dict(parse_qsl(request.url.query.decode(), keep_blank_values=True)),
            _redact_body(_json_or_none(body_bytes)),
            _redact_headers(request.headers),
            op_id,
        )
        token = request.headers.get("authorization", "").removeprefix("Bearer ").strip()
        rate = self._rate_headers(token)
        outcome = self._answer(request, path, routed, token, rate)
        status = outcome.response.status_code if outcome.response is not None else None
        self.requests.append(dataclasses.replace(entry, status=status))
        return outcome

    def _answer(
        self,
        request: httpx.Request,
        path: str,
        routed: Any,
        token: str,
        rate: tuple[dict[str, str], bool],
    ) -> _Outcome:
        headers, limited = rate
        op: _spec.SpecOperation | None = routed[0] if routed else None
        try:
            if token not in self._keys:
                raise Problem(401, "authentication_required", "missing or invalid API key")
            if limited:
                retry = headers["X-RateLimit-Reset"]
                wait = max(1, math.ceil(float(retry) - self.clock()))
                raise Problem(
                    429,
                    "rate_limit_exceeded",
                    "rate limit exceeded; retry later",
                    headers={"Retry-After": str(wait)},
                )
            if routed is None:
                raise Problem(404, "not_found", f"no route {request.method} {path}")
            op, found, path_params = routed
            fault = self._take_fault(op.operation_id)
            if fault is not None:
                outcome = self._fault_outcome(request, fault, headers)
                if outcome is not None:
                    return outcome
            return _Outcome(
                self._respond(request, op, found, path_params, token, headers),
                delay=fault.delay if fault else 0.0,
            )
        except Problem as problem:
            return _Outcome(self._error(problem, headers, op))

    def _take_fault(self, operation_id: str) -> _Fault | None:
        queue = self._faults.get(operation_id)
        if not queue:
            return None
        fault = queue[0]
        fault.times -= 1
        if fault.times <= 0:
            queue.pop(0)
        return fault

    def _fault_outcome(
        self, request: httpx.Request, fault: _Fault, headers: dict[str, str]
    ) -> _Outcome | None:
        if fault.error == "reset":
            return _Outcome(
                error=httpx.ReadError("connection reset by peer (fake)", request=request),
                delay=fault.delay,
            )
        if fault.error == "timeout":
            return _Outcome(
                error=httpx.ReadTimeout("timed out (fake)", request=request), delay=fault.delay
            )
        if fault.status is None:
            return None  # only slow
        extra = (
            {"Retry-After": _seconds(fault.retry_after)} if fault.retry_after is not None else {}
        )
        code = fault.code or _STATUS_CODES.get(fault.status, "internal_error")
        problem = Problem(fault.status, code, f"injected failure ({fault.status})", headers=extra)
        return _Outcome(self._error(problem, headers, None), delay=fault.delay)

    def _rate_headers(self, token: str) -> tuple[dict[str, str], bool]:
        limit, period = self.rate_limit or (600, 60.0)
        now = self.clock()
        window = self._windows.get(token)
        if window is None or now >= window.start + period:
            window = self._windows[token] = _Window(now)
        window.count += 1
        limited = self.rate_limit is not None and window.count > limit
        remaining = max(0, limit - window.count) if self.rate_limit is not None else limit
        headers = {
            "X-RateLimit-Limit": str(limit),
            "X-RateLimit-Remaining": str(remaining),
            "X-RateLimit-Reset": str(math.ceil(window.start + period)),
        }
        return headers, limited

    def _respond(
        self,
        request: httpx.Request,
        op: _spec.SpecOperation,
        found: Behaviour,
        path_params: dict[str, str],
        token: str,
        headers: dict[str, str],
    ) -> httpx.Response:
        granted = self._keys[token]
        missing = [p for p in op.permissions if not _allows(granted, p)]
        if missing:
            raise Problem(
                403, "insufficient_permissions", f"this key lacks the permission {missing[0]}"
            )
        query = self._query(request, op)
        body = self._body(request, op)
        row = OPERATIONS[op.operation_id]
        idempotency = request.headers.get("idempotency-key") if row.idempotent_post else None
        if idempotency is not None:
            slot = (token, op.operation_id, request.url.path, idempotency)
            replay = self._idempotent.get(slot)
            if replay is not None:
                if replay[0] != _behaviour.fingerprint(request.content):
                    raise Problem(
                        409, "idempotency_conflict", "Idempotency-Key reused with a different body"
                    )
                return _copy(replay[1])
        call = Call(
            self,
            op,
            found,
            path_params,
            query,
            body,
            request.headers.get("if-match") if row.takes_if_match else None,
            granted,
        )
        answer = _behaviour.run(call)
        response = self._success(request, op, answer, headers)
        if idempotency is not None and response.status_code < 300:
            slot = (token, op.operation_id, request.url.path, idempotency)
            self._idempotent[slot] = (_behaviour.fingerprint(request.content), _copy(response))
        return response

    def _query(self, request: httpx.Request, op: _spec.SpecOperation) -> dict[str, Any]:
        values: dict[str, Any] = {}
        issues = []
        for name, parameter in op.query.items():
            raw = request.url.params.get(name)
            if raw is None:
                if parameter.get("required"):
                    issues.append((name, "missing_parameter", f"{name} is required"))
                continue
            value = _coerce(raw, parameter.get("schema", {}))
            problems = _spec.errors(value, parameter.get("schema", {}))
            if problems:
                issues.append((name, "invalid_parameter", f"{name}: {problems[0].message}"))
            values[name] = value
        if issues:
            field_name, code, message = issues[0]
            raise Problem(
                400,
                code,
                message,
                param=field_name,
                errors=[{"field": f, "code": c, "message": m} for f, c, m in issues],
            )
        return values

    def _body(self, request: httpx.Request, op: _spec.SpecOperation) -> Any:
        if op.body_schema is None:
            return None
        raw = request.content
        try:
            body = json.loads(raw) if raw else None
        except ValueError:
            raise Problem(400, "invalid_parameter", "the body is not JSON") from None
        if body is None:
            raise Problem(400, "missing_parameter", "a JSON body is required")
        problems = _spec.errors(body, op.body_schema)
        if problems:
            issues = [_issue(problem) for problem in problems]
            code = (
                "missing_parameter" if problems[0].validator == "required" else "invalid_parameter"
            )
            raise Problem(400, code, issues[0]["message"], param=issues[0]["field"], errors=issues)
        return body

    def _envelope_headers(self, request_id: str, rate: dict[str, str]) -> dict[str, str]:
        return {"X-Request-Id": request_id, "Cache-Control": "no-store", **rate}

    def _success(
        self, request: httpx.Request, op: _spec.SpecOperation, answer: Answer, rate: dict[str, str]
    ) -> httpx.Response:
        request_id = self.store.new_id("req_cl" + "x" * 25)
        headers = {**self._envelope_headers(request_id, rate), **answer.headers}
        row = OPERATIONS[op.operation_id]
        if answer.record is not None and (row.etag_cached or row.takes_if_match):
            headers["ETag"] = answer.record.etag
            if row.etag_cached and request.headers.get("if-none-match") == answer.record.etag:
                return httpx.Response(304, headers=headers)
        if answer.text is not None:
            return httpx.Response(
                op.status,
                headers={**headers, "Content-Type": op.content_type},
                content=answer.text.encode(),
            )
        body: dict[str, Any] = {"ok": True, "data": answer.data, "meta": {"request_id": request_id}}
        if answer.pagination is not None:
            body["pagination"] = answer.pagination
        if self.strict:
            _check(body, op.response_schema, f"{op.operation_id} answer")
        return httpx.Response(op.status, headers=headers, json=body)

    def _error(
        self, problem: Problem, rate: dict[str, str], op: _spec.SpecOperation | None
    ) -> httpx.Response:
        request_id = self.store.new_id("req_cl" + "x" * 25)
        error: dict[str, Any] = {
            "code": problem.code,
            "message": problem.message,
            "retryable": problem.status == 429 or problem.status >= 500,
        }
        if problem.param is not None:
            error["param"] = problem.param
        if problem.errors:
            error["errors"] = problem.errors
        body = {"ok": False, "error": error, "meta": {"request_id": request_id}}
        if self.strict:
            _check(body, _spec.schema_ref("ApiError"), f"{problem.status} error answer")
        headers = {**self._envelope_headers(request_id, rate), **problem.headers}
        return httpx.Response(problem.status, headers=headers, json=body)


class _Transport(httpx.BaseTransport):
    def __init__(self, fake: FakeSendmux) -> None:
        self.fake = fake

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        outcome = self.fake._handle(request)
        if outcome.delay:
            time.sleep(outcome.delay)
        if outcome.error is not None:
            raise outcome.error
        assert outcome.response is not None
        return outcome.response


class _AsyncTransport(httpx.AsyncBaseTransport):
    def __init__(self, fake: FakeSendmux) -> None:
        self.fake = fake

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        outcome = self.fake._handle(request)
        if outcome.delay:
            await asyncio.sleep(outcome.delay)
        if outcome.error is not None:
            raise outcome.error
        assert outcome.response is not None
        return outcome.response


# -- helpers ------------------------------------------------------------------------------


def _stamp(seconds: float) -> str:
    return datetime.fromtimestamp(int(seconds), UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _seconds(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def _allows(granted: tuple[str, ...], permission: str) -> bool:
    for grant in granted:
        if grant == "root:full" or grant == permission:
            return True
        if grant == "root:readonly" and permission.endswith(".read"):
            return True
        if grant.endswith(".*") and permission.startswith(grant[:-1]):
            return True
    return False


def _coerce(raw: str, schema: Mapping[str, Any]) -> Any:
    kinds = schema.get("type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    try:
        if "integer" in kinds:
            return int(raw)
        if "number" in kinds:
            return float(raw)
    except ValueError:
        return raw
    if "boolean" in kinds and raw in ("true", "false"):
        return raw == "true"
    return raw


def _issue(problem: Any) -> dict[str, str]:
    path = [str(part) for part in problem.absolute_path]
    if problem.validator == "required":
        missing = str(problem.message).split("'")[1] if "'" in str(problem.message) else ""
        path.append(missing)
    field_name = ".".join(p for p in path if p) or "body"
    return {
        "field": field_name,
        "code": str(problem.validator),
        "message": f"{field_name}: {problem.message}",
    }


def _json_or_none(raw: bytes) -> Any:
    try:
        return json.loads(raw) if raw else None
    except ValueError:
        return None


def _redact_body(value: Any) -> Any:
    if isinstance(value, dict):
        return {
            key: REDACTED
            if any(word in key.lower() for word in _SECRET_FIELDS)
            else _redact_body(item)
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [_redact_body(item) for item in value]
    return value


def _redact_headers(headers: httpx.Headers) -> dict[str, str]:
    return {
        name: REDACTED if name.lower() in ("authorization", "cookie") else value
        for name, value in headers.items()
    }


def _copy(response: httpx.Response) -> httpx.Response:
    return httpx.Response(response.status_code, headers=response.headers, content=response.content)


def _check(instance: Any, schema: Any, what: str) -> None:
    problems = _spec.errors(instance, schema)
    inner = _spec.data_schema(schema) if problems and isinstance(instance, dict) else None
    if inner is not None and "data" in instance:
        # allOf + unevaluatedProperties reports a bad ``data`` at the root: say where in it.
        problems = [*_spec.errors(instance["data"], inner), *problems]
        if len(problems) > 1 and not problems[0].absolute_path:
            problems = problems[1:]
    if problems:
        where = "/".join(str(p) for p in problems[0].absolute_path) or "(root)"
        raise FakeSpecError(f"{what} does not match the spec at {where}: {problems[0].message}")
