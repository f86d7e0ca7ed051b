"""Property-based: whatever the server answers (status, headers, body), a call returns its
model or raises a ``SendmuxError``, and an error status always becomes an ``APIError``
carrying that status.

Answers come from an ``httpx.MockTransport`` into real client calls (the whole
path: requester, error mapping, generated parsers, envelope unwrapping).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx
from credentials import credential_free
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sendmux_api.models import (
    Connection,
    DeliveryLogItem,
    EmailMetrics,
    MailboxDomain,
    WebhookSubscriptionWithSecret,
)

from sendmux_ext import APIError, APIResponseValidationError, Sendmux, SendmuxError

from .api import _TLS, API_KEY, sample_envelope

EXAMPLES = 250


def _first_page(paginator: Any) -> list[Any]:
    items: list[Any] = next(iter(paginator.pages())).items
    return items


# operationId -> (call, check of a returned value)
OPERATIONS: dict[str, tuple[Callable[[Sendmux], Any], Callable[[Any], bool]]] = {
    "managementGetDomain": (
        lambda c: c.domains.get("mdom_1"),
        lambda r: isinstance(r, MailboxDomain),
    ),
    "managementListDomains": (
        lambda c: _first_page(c.domains.list()),
        lambda r: all(isinstance(item, MailboxDomain) for item in r),
    ),
    "managementListEmailLogs": (
        lambda c: _first_page(c.emails.logs.list(limit=10)),
        lambda r: all(isinstance(item, DeliveryLogItem) for item in r),
    ),
    "managementCreateWebhook": (
        lambda c: c.webhooks.create(url="https://hooks.example", event_types=["message.bounced"]),
        lambda r: isinstance(r, WebhookSubscriptionWithSecret),
    ),
    "managementGetDomainZoneFile": (
        lambda c: c.domains.zone_file("mdom_1"),
        lambda r: isinstance(r, str),
    ),
    "managementGetEmailMetrics": (
        lambda c: c.emails.metrics(window="7d"),
        lambda r: isinstance(r, EmailMetrics),
    ),
    "managementGetConnection": (lambda c: c.me(), lambda r: isinstance(r, Connection)),
}


def texts(max_size: int, alphabet: Any = None) -> st.SearchStrategy[str]:
    """Any text but a credential-shaped one (see ``credential_free``)."""
    drawn = st.text(max_size=max_size) if alphabet is None else st.text(alphabet, max_size=max_size)
    return drawn.filter(credential_free)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | texts(20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(texts(10), children, max_size=4)
    ),
    max_leaves=20,
)
header_names = st.sampled_from(
    [
        "content-type",
        "content-encoding",
        "content-length",
        "retry-after",
        "x-ratelimit-limit",
        "x-ratelimit-remaining",
        "x-ratelimit-reset",
        "x-request-id",
        "etag",
    ]
)
header_values = st.sampled_from(
    ["0", "-1", "1", "inf", "nan", "1e400", "99999999999", "gzip", "br", "deflate", "identity",
     "application/json", "text/html", "Wed, 21 Oct 2015 07:28:00 GMT", 'W/"1"', ""]
) | texts(30, st.characters(min_codepoint=0x20, max_codepoint=0x7E))  # fmt: skip
headers = st.dictionaries(header_names, header_values, max_size=5)


@st.composite
def bodies(draw: st.DrawFn, operation_id: str) -> bytes:
    """Random bytes, random JSON, an envelope of wrongly typed parts, or the spec's valid
    envelope with one member of ``data`` replaced by random JSON."""
    kind = draw(st.sampled_from(["bytes", "json", "envelope", "mutated", "valid"]))
    if kind == "bytes":
        return draw(
            st.binary(max_size=300).filter(
                lambda raw: credential_free(raw.decode("utf-8", "replace"))
            )
        )
    if kind == "json":
        return json.dumps(draw(json_values)).encode()
    if operation_id == "managementGetDomainZoneFile":  # text/plain
        return b"example.com. 3600 IN MX 10 mx.sendmux.ai.\n"
    envelope = sample_envelope(operation_id)
    if kind == "envelope":
        for part in ("ok", "data", "meta", "pagination", "error"):
            if draw(st.booleans()):
                envelope[part] = draw(json_values)
    elif kind == "mutated" and isinstance(envelope.get("data"), dict) and envelope["data"]:
        key = draw(st.sampled_from(sorted(envelope["data"])))
        envelope["data"][key] = draw(json_values)
    return json.dumps(envelope).encode()


@st.composite
def answers(draw: st.DrawFn) -> tuple[str, int, dict[str, str], bytes]:
    operation_id = draw(st.sampled_from(sorted(OPERATIONS)))
    status = draw(
        st.sampled_from([200, 201, 304, 400, 404, 409, 429, 500, 503]) | st.integers(100, 599)
    )
    return operation_id, status, draw(headers), draw(bodies(operation_id))


def _client(answer: Callable[[httpx.Request], httpx.Response]) -> Sendmux:
    http = httpx.Client(transport=httpx.MockTransport(answer), verify=_TLS)
    client = Sendmux(
        api_key=API_KEY,
        base_url="http://127.0.0.1:9/api/v1",
        http_client=http,
        max_retries=1,
        max_retry_wait=5,
    )
    client._requester.sleep = lambda seconds: None
    return client


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(answers())
def test_any_answer_gives_a_model_or_a_sendmux_error(
    answer: tuple[str, int, dict[str, str], bytes],
) -> None:
    operation_id, status, answer_headers, body = answer
    call, is_model = OPERATIONS[operation_id]

    def respond(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, headers=answer_headers, content=body)

    client = _client(respond)
    try:
        result = call(client)
    except SendmuxError as exc:  # anything else fails the property
        if "content-encoding" in answer_headers:
            return  # an undecodable body may be reported either way
        if 200 <= status < 300 or status == 304 or status < 200:
            assert isinstance(exc, APIResponseValidationError), repr(exc)
        else:
            assert isinstance(exc, APIError) and exc.status_code == status, repr(exc)
    else:
        assert 100 <= status < 300 or status == 304
        assert is_model(result), repr(result)[:200]
    finally:
        client._engine.http.close()


@settings(max_examples=EXAMPLES, deadline=None)
@given(
    status=st.integers(400, 599),
    code=st.none() | texts(30) | st.sampled_from(["not_found", "rate_limit_exceeded"]),
    retryable=json_values,
    errors=json_values,
    retry_after=st.none() | header_values,
)
def test_any_error_body_maps_to_a_typed_error(
    status: int, code: Any, retryable: Any, errors: Any, retry_after: str | None
) -> None:
    """Error envelopes with members of any type: always an ``APIError``, never a crash."""
    body = {"ok": False, "error": {"code": code, "message": code, "retryable": retryable,
                                   "errors": errors}}  # fmt: skip
    sent: list[httpx.Request] = []

    def respond(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        extra = {"retry-after": retry_after} if retry_after is not None else {}
        return httpx.Response(status, content=json.dumps(body).encode(), headers=extra)

    client = _client(respond)
    try:
        try:
            client.domains.get("mdom_1")
        except APIError as exc:
            assert exc.status_code == status
            assert exc.retry_after is None or 0 <= exc.retry_after < float("inf")
            assert len(sent) in (1, 2)
        else:
            raise AssertionError("an error status returned normally")
    finally:
        client._engine.http.close()


def test_a_failure_before_any_answer_is_not_blamed_on_the_previous_answer() -> None:
    """A parse failure reports its own response; an exception raised before the next call
    got any answer (here a broken custom transport) is not dressed up as one."""
    answers = iter([httpx.Response(200, content=b"not json")])

    def respond(request: httpx.Request) -> httpx.Response:
        answer = next(answers, None)
        if answer is None:
            raise ValueError("a bug in a custom transport")
        return answer

    client = _client(respond)
    try:
        try:
            client.domains.get("mdom_1")
        except APIResponseValidationError as exc:
            assert exc.status_code == 200 and exc.body == b"not json"
        else:
            raise AssertionError("a body that is not JSON parsed")
        try:
            client.domains.get("mdom_1")
        except SendmuxError as exc:
            raise AssertionError(f"blamed on an earlier answer: {exc!r}") from exc
        except ValueError as exc:
            assert "custom transport" in str(exc)
    finally:
        client._engine.http.close()
