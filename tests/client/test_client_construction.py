"""Building a client: credentials, base URL, timeout, the connection pool, ``with_options``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

from sendmux_ext import AsyncSendmux, ConfigurationError, Sendmux, SendmuxError
from sendmux_ext._constants import DEFAULT_BASE_URL, DEFAULT_TIMEOUT

CLIENTS = [Sendmux, AsyncSendmux]


def offline(cls: type[Sendmux] | type[AsyncSendmux]) -> dict[str, Any]:
    """``http_client=`` a pool that never connects (and loads no CA certificates)."""
    transport = httpx.MockTransport(lambda request: httpx.Response(599))
    if cls is Sendmux:
        return {"http_client": httpx.Client(transport=transport)}
    return {"http_client": httpx.AsyncClient(transport=transport)}


def _me_ok(respond: Callable[..., httpx.Response], envelope: Any, sample: Any) -> httpx.Response:
    return respond(envelope(sample("Connection")))


@pytest.mark.parametrize("cls", CLIENTS)
def test_api_key_from_environment(
    cls: type[Sendmux], api_key: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SENDMUX_API_KEY", api_key)
    client = cls(**offline(cls))
    assert client._authorization() == f"Bearer {api_key}"


@pytest.mark.parametrize("cls", CLIENTS)
@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("", "empty"),
        ("   ", "whitespace"),
        (" smx_root_SECRETVALUE ", "whitespace"),
        ("smx_root_SECRET\nVALUE", "whitespace"),
        ("smx_root_SECRÉTVALUE", "non-ASCII"),
        ("sk_live_SECRETVALUE", "smx_root_"),
        ("smx_mbx_SECRETVALUE", "mailbox key"),
        ("smx_agent_SECRETVALUE", "agent token"),
    ],
)
def test_bad_api_key_fails_without_echoing_it(cls: type[Sendmux], key: str, expected: str) -> None:
    with pytest.raises(ConfigurationError) as caught:
        cls(api_key=key)
    assert expected in str(caught.value)
    if key.strip():
        assert "SECRET" not in str(caught.value)
        assert "SECRET" not in repr(caught.value)


@pytest.mark.parametrize("cls", CLIENTS)
def test_bad_key_from_environment_is_not_echoed(
    cls: type[Sendmux], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SENDMUX_API_KEY", "wrong_SECRETVALUE")
    with pytest.raises(ConfigurationError) as caught:
        cls()
    assert "SECRETVALUE" not in str(caught.value)


@pytest.mark.parametrize("cls", CLIENTS)
def test_missing_credentials_name_the_variable(cls: type[Sendmux]) -> None:
    with pytest.raises(ConfigurationError, match="SENDMUX_API_KEY"):
        cls()


@pytest.mark.parametrize("cls", CLIENTS)
def test_configuration_errors_are_sendmux_and_value_errors(cls: type[Sendmux]) -> None:
    with pytest.raises(SendmuxError):
        cls(api_key=123)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        cls(api_key="nope")


@pytest.mark.parametrize("cls", CLIENTS)
def test_api_key_and_access_token_together_fail(cls: type[Sendmux], api_key: str) -> None:
    with pytest.raises(ConfigurationError, match="not both"):
        cls(api_key=api_key, access_token="TOKENSECRET")


@pytest.mark.parametrize("token", ["", " TOKENSECRET", 5])
def test_bad_access_token_fails_without_echoing_it(token: Any) -> None:
    with pytest.raises(ConfigurationError) as caught:
        Sendmux(access_token=token)
    assert "TOKENSECRET" not in str(caught.value)


def test_access_token_string_is_sent_as_bearer(
    make_harness: Any, respond: Any, envelope: Any, model_sample: Any
) -> None:
    h = make_harness(
        [_me_ok(respond, envelope, model_sample)], api_key=None, access_token="oauth_TOKEN"
    )
    h.call("me")
    assert h.requests[0].headers["Authorization"] == "Bearer oauth_TOKEN"


def test_access_token_callable_is_called_per_request(
    make_harness: Any, respond: Any, envelope: Any, model_sample: Any, api_error: Any
) -> None:
    issued: list[str] = []

    def token() -> str:
        issued.append(f"tok{len(issued) + 1}")
        return issued[-1]

    ok = _me_ok(respond, envelope, model_sample)
    # Two calls, the second retried once: three requests, three fresh tokens.
    h = make_harness(
        [ok, api_error(503, "service_unavailable", retryable=True), ok],
        api_key=None,
        access_token=token,
    )
    h.call("me")
    h.call("me")
    assert [r.headers["Authorization"] for r in h.requests] == [
        "Bearer tok1",
        "Bearer tok2",
        "Bearer tok3",
    ]


def test_access_token_callable_returning_junk_fails(
    make_harness: Any, respond: Any, envelope: Any, model_sample: Any
) -> None:
    h = make_harness([], api_key=None, access_token=lambda: 42)
    with pytest.raises(ConfigurationError, match="must return a string"):
        h.call("me")
    assert h.requests == []


@pytest.mark.parametrize("cls", CLIENTS)
def test_base_url_default_and_environment(
    cls: type[Sendmux], api_key: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    default = cls(api_key=api_key, **offline(cls)).base_url
    assert default == DEFAULT_BASE_URL == "https://app.sendmux.ai/api/v1"
    monkeypatch.setenv("SENDMUX_BASE_URL", "https://eu.sendmux.example/api/v1/")
    assert cls(api_key=api_key, **offline(cls)).base_url == "https://eu.sendmux.example/api/v1"
    given = cls(api_key=api_key, base_url="https://x.example/v1", **offline(cls))
    assert given.base_url == "https://x.example/v1"


@pytest.mark.parametrize("cls", CLIENTS)
@pytest.mark.parametrize(
    ("base_url", "expected"),
    [
        ("", "http(s) URL"),
        ("ftp://files.example/api", "http(s) URL"),
        ("not a url", "http(s) URL"),
        ("https://user:pw@app.sendmux.ai/api/v1", "credentials"),
        ("https://app.sendmux.ai/api/v1?x=1", "query"),
        ("http://app.sendmux.ai/api/v1", "plain http"),
    ],
)
def test_bad_base_url_fails(cls: type[Sendmux], api_key: str, base_url: str, expected: str) -> None:
    with pytest.raises(ConfigurationError) as caught:
        cls(api_key=api_key, base_url=base_url)
    assert expected in str(caught.value)
    assert api_key not in str(caught.value)


@pytest.mark.parametrize("url", ["http://127.0.0.1:8080/api/v1", "http://localhost/api/v1"])
def test_plain_http_allowed_to_loopback_only(api_key: str, url: str) -> None:
    assert Sendmux(api_key=api_key, base_url=url, **offline(Sendmux)).base_url == url
    remote = "http://staging.example/api/v1"
    insecure = Sendmux(
        api_key=api_key, base_url=remote, allow_insecure_http=True, **offline(Sendmux)
    )
    assert insecure.base_url == remote


@pytest.mark.parametrize("cls", CLIENTS)
def test_repr_shows_no_secret(cls: type[Sendmux], api_key: str) -> None:
    client = cls(api_key=api_key, **offline(cls))
    text = repr(client) + str(client) + repr(client.with_options(max_retries=1))
    assert api_key not in text
    assert "TESTSECRET" not in text
    assert "base_url='https://app.sendmux.ai/api/v1'" in text
    token_client = cls(access_token="oauth_TOKENSECRET", **offline(cls))
    assert "TOKENSECRET" not in repr(token_client)


@pytest.mark.parametrize("cls", CLIENTS)
def test_default_timeout_is_always_set(cls: type[Sendmux], api_key: str) -> None:
    client = cls(api_key=api_key, **offline(cls))
    assert client.timeout.read is not None and client.timeout.read > 0
    assert client.timeout.connect is not None and client.timeout.connect > 0
    assert client._requester.timeout == client.timeout
    assert cls(api_key=api_key, timeout=5, **offline(cls)).timeout.read == 5.0


@pytest.mark.parametrize("cls", CLIENTS)
def test_a_user_client_keeps_its_timeout_unless_it_has_none(
    cls: type[Sendmux], api_key: str
) -> None:
    http_type = httpx.AsyncClient if cls is AsyncSendmux else httpx.Client
    assert cls(api_key=api_key, http_client=http_type(timeout=3.0)).timeout.read == 3.0
    assert cls(api_key=api_key, http_client=http_type(timeout=3.0), timeout=9).timeout.read == 9.0
    unbounded = cls(api_key=api_key, http_client=http_type(timeout=None))
    assert unbounded.timeout == DEFAULT_TIMEOUT


@pytest.mark.parametrize("cls", CLIENTS)
@pytest.mark.parametrize(
    "options",
    [{"timeout": 0}, {"timeout": -1.0}, {"max_retries": -1}, {"max_retry_wait": -1}],
)
def test_bad_options_fail(cls: type[Sendmux], api_key: str, options: dict[str, Any]) -> None:
    with pytest.raises(ConfigurationError):
        cls(api_key=api_key, **options)


def test_timeout_reaches_the_request(
    make_harness: Any, respond: Any, envelope: Any, model_sample: Any
) -> None:
    h = make_harness([_me_ok(respond, envelope, model_sample)], timeout=7.5)
    h.call("me")
    assert h.requests[0].extensions["timeout"]["read"] == 7.5


def test_user_http_client_is_used_and_left_open(
    api_key: str, respond: Any, envelope: Any, model_sample: Any
) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return _me_ok(respond, envelope, model_sample)

    mine = httpx.Client(transport=httpx.MockTransport(handler), headers={"X-Team": "ops"})
    with Sendmux(api_key=api_key, http_client=mine) as client:
        client.me()
    assert len(seen) == 1
    assert seen[0].headers["X-Team"] == "ops"  # the user's client settings apply
    assert seen[0].url == "https://app.sendmux.ai/api/v1/me"
    assert not mine.is_closed
    mine.close()


async def test_user_async_http_client_is_used_and_left_open(
    api_key: str, respond: Any, envelope: Any, model_sample: Any
) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return _me_ok(respond, envelope, model_sample)

    mine = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    async with AsyncSendmux(api_key=api_key, http_client=mine) as client:
        await client.me()
    assert len(seen) == 1
    assert not mine.is_closed
    await mine.aclose()


@pytest.mark.parametrize(
    ("cls", "wrong"), [(Sendmux, httpx.AsyncClient), (AsyncSendmux, httpx.Client)]
)
def test_http_client_of_the_wrong_kind_fails(cls: type[Sendmux], wrong: type, api_key: str) -> None:
    other = wrong()
    with pytest.raises(ConfigurationError, match="http_client"):
        cls(api_key=api_key, http_client=other)


def test_context_manager_closes_the_pool_it_owns(api_key: str) -> None:
    with Sendmux(api_key=api_key) as client:
        assert not client._engine.is_closed
    assert client._engine.is_closed


async def test_async_context_manager_closes_the_pool_it_owns(api_key: str) -> None:
    async with AsyncSendmux(api_key=api_key) as client:
        assert not client._engine.is_closed
    assert client._engine.is_closed


def test_with_options_copy_shares_the_pool(api_key: str) -> None:
    with Sendmux(api_key=api_key, max_retries=2) as client:
        copy = client.with_options(max_retries=5, timeout=10.0)
        assert copy is not client
        assert copy._engine is client._engine
        assert copy._etags is client._etags
        assert (copy.max_retries, copy.timeout.read) == (5, 10.0)
        assert (client.max_retries, client.timeout.read) == (2, 60.0)
        assert client._requester.retry.max_retries == 2
        assert copy._requester.retry.max_retries == 5
        copy.close()  # a copy never closes the shared pool
        assert not client._engine.is_closed
    assert client._engine.is_closed


def test_with_options_changes_behaviour_only_in_the_copy(make_harness: Any, api_error: Any) -> None:
    boom = api_error(500, "internal_error", retryable=True)
    h = make_harness([boom] * 4)
    copy = h.client.with_options(max_retries=0)
    with pytest.raises(SendmuxError):
        h.run(copy.domains.get("mdom_1"))
    assert len(h.requests) == 1
    with pytest.raises(SendmuxError):
        h.call("domains.get", "mdom_1")
    assert len(h.requests) == 4  # the original still retries twice


def test_with_options_rejects_bad_values(api_key: str) -> None:
    client = Sendmux(api_key=api_key)
    with pytest.raises(ConfigurationError):
        client.with_options(max_retries=-1)
    with pytest.raises(ConfigurationError):
        client.with_options(timeout=-5)
