"""Bad and hostile input is refused before anything is sent, with a clear error; what
is sent can never reach another endpoint or carry an injected header."""

from __future__ import annotations

import operator
from typing import Any
from urllib.parse import quote, unquote

import pytest
import spec_tools
from spec_calls import CreateCall

from sendmux_ext import (
    ConfigurationError,
    InvalidRequestError,
    NotFoundError,
    Sendmux,
    SendmuxError,
)
from sendmux_ext._operations import OPERATIONS

from .api import API_KEY, error, method_of, ok, spec, sync_client
from .faultserver import FaultServer, script

# -- path ids ---------------------------------------------------------------

REJECTED_IDS = ["", " ", "\t", " mdom_1", "mdom_1 ", "\n", ".", "..", "a\x00b", "a\nb", "a\rb",
                "mdom_1\r\nX-Injected: 1", "a\x7fb", "\u00a0", "a\u2028b", "a\u200bb"]  # fmt: skip
ENCODED_IDS = ["/", "a/b", "../me", "../../../me", "mdom_1/../../webhooks", "?", "a?limit=1",
               "#", "a#frag", "%2F", "%2e%2e", "..%2F..%2Fme", "a b", "é", "日本", "a;b",
               "...", "~", "mdom_1%00"]  # fmt: skip


@pytest.fixture
def answering(server: FaultServer) -> FaultServer:
    server.handler = script(error(404, "not_found"))
    return server


@pytest.mark.parametrize("bad", REJECTED_IDS, ids=repr)
def test_unusable_path_id_is_refused(answering: FaultServer, bad: str) -> None:
    with sync_client(base_url=answering.base_url) as client:
        with pytest.raises(InvalidRequestError, match="public_id"):
            client.domains.get(bad)
        with pytest.raises(InvalidRequestError, match="key_id"):
            client.mailboxes.keys.delete("mbx_1", bad)
    assert answering.seen == []


@pytest.mark.parametrize("bad", [None, 123, b"mdom_1", ["mdom_1"]], ids=repr)
def test_path_id_must_be_a_string(answering: FaultServer, bad: Any) -> None:
    with sync_client(base_url=answering.base_url) as client, pytest.raises(InvalidRequestError):
        client.domains.get(bad)
    assert answering.seen == []


@pytest.mark.parametrize("odd", ENCODED_IDS, ids=repr)
def test_odd_path_id_stays_one_segment(answering: FaultServer, odd: str) -> None:
    with sync_client(base_url=answering.base_url) as client:
        with pytest.raises(NotFoundError):
            client.domains.get(odd)
        with pytest.raises(NotFoundError):
            client.mailboxes.keys.delete("mbx_1", odd)
    get, delete = answering.seen
    assert (get.method, get.target) == ("GET", "/api/v1/domains/" + quote(odd, safe=""))
    assert delete.target == "/api/v1/mailboxes/mbx_1/keys/" + quote(odd, safe="")
    for seen in (get, delete):
        segment = seen.target.rsplit("/", 1)[1]
        assert unquote(segment) == odd  # the server gets back exactly the id, as one segment
        assert "?" not in seen.target and "#" not in seen.target


# -- header values -----------------------------------------------------------

BAD_HEADER_VALUES = ["", "a\r\nX-Injected: 1", "a\nb", "a\rb", "k" * 256, "é", "a\x00b", "\t"]


@pytest.mark.parametrize("bad", BAD_HEADER_VALUES, ids=lambda v: repr(v)[:20])
def test_bad_idempotency_key_and_if_match_are_refused(
    answering: FaultServer, bad: str, create_call: CreateCall
) -> None:
    with sync_client(base_url=answering.base_url) as client:
        create = operator.attrgetter(create_call.method_path)(client)
        with pytest.raises(InvalidRequestError, match="idempotency_key"):
            create(**create_call.kwargs, idempotency_key=bad)
        with pytest.raises(InvalidRequestError, match="if_match"):
            client.domains.update("mdom_1", mode="send_receive", if_match=bad)
    assert answering.seen == []


def test_longest_idempotency_key_is_sent_verbatim(
    server: FaultServer, create_call: CreateCall
) -> None:
    server.handler = script(ok(create_call.operation_id))
    key = "k" * 255
    with sync_client(base_url=server.base_url) as client:
        create = operator.attrgetter(create_call.method_path)(client)
        create(**create_call.kwargs, idempotency_key=key)
    assert server.seen[0].headers["idempotency-key"] == key


@pytest.mark.parametrize(
    "headers",
    [{"X-Trace": "a\r\nX-Injected: 1"}, {"X-Trace": "a\nb"}, {"X-Trace": "\x00"},
     {"Bad Name": "v"}, {"X-Trace:": "v"}, {"": "v"}, {"X-Trace": "日本"}],
    ids=repr,
)  # fmt: skip
def test_bad_default_headers_are_refused(headers: dict[str, str]) -> None:
    with pytest.raises(ConfigurationError, match="default_headers"):
        Sendmux(api_key=API_KEY, default_headers=headers)


def test_default_header_value_is_not_echoed() -> None:
    with pytest.raises(ConfigurationError) as info:
        Sendmux(api_key=API_KEY, default_headers={"X-Proxy-Auth": "s3cret\r\n"})
    assert "s3cret" not in str(info.value)


# -- base URL ----------------------------------------------------------------

REFUSED_URLS = [
    "http://app.sendmux.ai/api/v1",  # clear text to a remote host
    "http://10.0.0.1/api/v1",
    "http://0.0.0.0/api/v1",
    "not a url",
    "http://",
    "ftp://app.sendmux.ai/",
    "//app.sendmux.ai/api/v1",
    "https://app.sendmux.ai:99999/api/v1",
    "https://app.sendmux.ai:abc/",
    "https://exa mple.com/",
    "https://[::1/",
    "https://app.sendmux.ai/api/v1?debug=1",
    "https://app.sendmux.ai/api/v1#x",
    "https://user:pw@app.sendmux.ai/api/v1",
    "https://app.sendmux.ai\n/api/v1",
]
ALLOWED_URLS = [
    "https://app.sendmux.ai/api/v1",
    "https://app.sendmux.ai/api/v1/",
    "http://127.0.0.1:8080/api/v1",
    "http://127.0.0.2/api/v1",
    "http://localhost/api/v1",
    "http://[::1]:8080/api/v1",
    "https://xn--bcher-kva.example/api/v1",
]


@pytest.mark.parametrize("url", REFUSED_URLS, ids=repr)
def test_bad_base_url_fails_at_construction(url: str) -> None:
    with pytest.raises(ConfigurationError, match="base_url"):
        Sendmux(api_key=API_KEY, base_url=url)


@pytest.mark.parametrize("url", ALLOWED_URLS)
def test_good_base_url_is_accepted(url: str) -> None:
    with Sendmux(api_key=API_KEY, base_url=url) as client:
        assert client.base_url == url.rstrip("/")


def test_clear_text_to_a_remote_host_needs_the_opt_in() -> None:
    with pytest.raises(ConfigurationError, match="allow_insecure_http"):
        Sendmux(api_key=API_KEY, base_url="http://sendmux.internal/api/v1")
    with Sendmux(
        api_key=API_KEY, base_url="http://sendmux.internal/api/v1", allow_insecure_http=True
    ) as client:
        assert client.base_url == "http://sendmux.internal/api/v1"


@pytest.mark.parametrize("url", ["ftp://user:hunter2@example.com/", "https://u:hunter2@h/"])
def test_credentials_in_a_base_url_are_not_echoed(url: str) -> None:
    with pytest.raises(ConfigurationError) as info:
        Sendmux(api_key=API_KEY, base_url=url)
    assert "hunter2" not in str(info.value)


# -- credentials -------------------------------------------------------------

BAD_KEYS = {
    "mailbox key": "smx_mbx_0123456789abcdef",
    "agent token": "smx_agent_0123456789abcdef",
    "other vendor": "sk_live_0123456789abcdef",
    "empty": "",
    "leading space": " smx_root_0123456789abcdef",
    "trailing newline": "smx_root_0123456789abcdef\n",
    "inner space": "smx_root_0123 456789abcdef",
    "CRLF": "smx_root_0123\r\nX-Injected: 1",
    "non-ASCII": "smx_root_0123456789abcdé",
}


@pytest.mark.parametrize("key", BAD_KEYS.values(), ids=BAD_KEYS.keys())
def test_bad_api_key_fails_at_construction_without_echo(key: str) -> None:
    with pytest.raises(ConfigurationError, match="api_key") as info:
        Sendmux(api_key=key)
    if len(key) > 9:
        assert key.strip() not in str(info.value) and "0123" not in str(info.value)


def test_mailbox_key_gets_a_hint() -> None:
    with pytest.raises(ConfigurationError, match="mailbox key"):
        Sendmux(api_key=BAD_KEYS["mailbox key"])


@pytest.mark.parametrize("key", [None, 42, b"smx_root_x"], ids=repr)
def test_api_key_must_be_a_string(key: Any) -> None:
    with pytest.raises(ConfigurationError):
        Sendmux(api_key=key)


def test_bad_key_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SENDMUX_API_KEY", " smx_root_0123456789abcdef")
    with pytest.raises(ConfigurationError, match="whitespace"):
        Sendmux()


@pytest.mark.parametrize("token", ["", " tok", "tok\r\nX: 1", "tok en", "tøk"], ids=repr)
def test_bad_access_token_fails(token: str) -> None:
    with pytest.raises(ConfigurationError, match="access_token"):
        Sendmux(access_token=token)


def test_bad_token_from_a_callable_fails_before_sending(answering: FaultServer) -> None:
    with (
        sync_client(
            api_key=None, access_token=lambda: "tok\r\nX: 1", base_url=answering.base_url
        ) as client,
        pytest.raises(ConfigurationError, match="access_token"),
    ):
        client.domains.get("mdom_1")
    assert answering.seen == []


# -- query parameters, checked against the spec ------------------------------


def _query_parameters(operation_id: str) -> dict[str, dict[str, Any]]:
    op = OPERATIONS[operation_id]
    node = spec()["paths"][op.path][op.method]
    found = {}
    for parameter in node.get("parameters", []):
        parameter = spec_tools.resolve(spec(), parameter)
        if parameter.get("in") == "query":
            found[parameter["name"]] = spec_tools.resolve(spec(), parameter.get("schema", {}))
    return found


LIMITED = [o for o in OPERATIONS if "limit" in _query_parameters(o)]
ENUMS = [
    (o, name, schema["enum"])
    for o in OPERATIONS
    for name, schema in _query_parameters(o).items()
    if "enum" in schema
]


def test_the_spec_gives_bounds_and_enums() -> None:
    assert len(LIMITED) >= 5 and len(ENUMS) >= 5


@pytest.mark.parametrize("operation_id", LIMITED)
def test_limit_outside_the_spec_bounds_is_refused(
    answering: FaultServer, operation_id: str
) -> None:
    schema = _query_parameters(operation_id)["limit"]
    low, high = schema["minimum"], schema["maximum"]
    operation = OPERATIONS[operation_id]
    ids = tuple(f"{name}_1" for name in operation.path_params)
    with sync_client(base_url=answering.base_url) as client:
        method = method_of(client, operation)
        for bad in (low - 1, high + 1, -(2**63), 10**100):
            with pytest.raises(
                InvalidRequestError, match=rf"limit={bad} is outside {low}\.\.{high}"
            ):
                method(*ids, limit=bad)
        for wrong_type in (True, "10", 1.5):
            with pytest.raises(InvalidRequestError, match="limit"):
                method(*ids, limit=wrong_type)
        method(*ids, limit=low)  # lazy: the bounds themselves are fine, nothing sent yet
        method(*ids, limit=high)
    assert answering.seen == []


@pytest.mark.parametrize(("operation_id", "name", "allowed"), ENUMS, ids=lambda v: str(v)[:30])
def test_unknown_enum_value_is_refused_listing_the_allowed(
    answering: FaultServer, operation_id: str, name: str, allowed: list[str]
) -> None:
    operation = OPERATIONS[operation_id]
    ids = tuple(f"{param}_1" for param in operation.path_params)
    with sync_client(base_url=answering.base_url) as client:
        for bad in ("bogus", allowed[0].upper() + "X", 1):
            with pytest.raises(InvalidRequestError) as info:
                method_of(client, operation)(*ids, **{name: bad})
            message = str(info.value)
            assert f"{name}={bad!r}" in message
            assert all(repr(value) in message for value in allowed), message
    assert answering.seen == []


def test_nothing_else_escapes_for_wrong_argument_types(answering: FaultServer) -> None:
    with sync_client(base_url=answering.base_url) as client:
        for call in (
            lambda: client.domains.create(domain=["not", "a", "string"], idempotency_key=5),
            lambda: client.domains.update("mdom_1", mode=object()),
            lambda: client.domains.create(),
            lambda: client.domains.create(domain="x.com", colour="red"),
            lambda: client.webhooks.create(url="https://h.example", event_types="nope"),
        ):
            with pytest.raises(SendmuxError):
                call()
    assert answering.seen == []
