"""No key, token or signing secret in any log record, exception message, or repr/str of a
client, response or error; webhook and mailbox-key secrets go to the caller only.

Every test of this package also runs under the autouse ``no_secret_in_logs``
fixture (DEBUG for sendmux_ext, httpx and httpcore). Here the traffic is chosen
to tempt leaks: every credential kind, secrets in responses, errors whose body
or message echoes the Authorization header, timeouts, resets, unparseable
bodies carrying a secret.

Decision: the generated models' ``repr`` lists their fields, so the repr of a
``WebhookSubscriptionWithSecret`` (and of an ``APIResponse`` wrapping it) shows
the secret. That object is the secret's intended destination (the API shows it
once); we leave its repr alone and check that nothing else carries it.
"""

from __future__ import annotations

import json
import pickle
import traceback
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from sendmux_ext import APIError, AsyncSendmux, Sendmux, SendmuxError

from .api import (
    ACCESS_TOKEN,
    API_KEY,
    JSON,
    async_client,
    error,
    new_secret,
    ok,
    sample_data,
    sync_client,
    transport_loggers,
)
from .conftest import _Collect, leaked
from .faultserver import Action, FaultServer, Reply, Reset, Seen, Stall

TIMEOUT = httpx.Timeout(10.0)
STALL_TIMEOUT = httpx.Timeout(10.0, read=0.1)  # for the one call the server stalls


class Secrets:
    def __init__(self) -> None:
        self.webhook = new_secret("whsec_")
        self.rotated = new_secret("whsec_")
        self.mailbox = new_secret("mbxsecret_")


def api(secrets: Secrets) -> Callable[[Seen], Action]:
    def handle(seen: Seen) -> Action:
        route = (seen.method, seen.target.split("?")[0].removeprefix("/api/v1"))
        if route == ("GET", "/me"):
            return ok("managementGetConnection")
        if route == ("GET", "/domains"):
            return ok("managementListDomains")
        if route == ("POST", "/webhooks"):
            data = {**sample_data("managementCreateWebhook"), "secret": secrets.webhook}
            return ok("managementCreateWebhook", data)
        if route == ("POST", "/webhooks/whk_1/rotate-secret"):
            data = {**sample_data("managementRotateWebhookSecret"), "secret": secrets.rotated}
            return ok("managementRotateWebhookSecret", data)
        if route == ("POST", "/webhooks/whk_broken/rotate-secret"):  # a secret, then garbage
            body = {"ok": True, "data": {"secret": secrets.rotated, "id": 5}, "meta": {}}
            return Reply(200, json.dumps(body).encode(), [JSON])
        if route == ("POST", "/mailboxes/mbx_1/keys"):
            data = sample_data("managementCreateMailboxKey")
            data["credential"]["secret"] = secrets.mailbox
            return ok("managementCreateMailboxKey", data)
        if route == ("GET", "/domains/echo-html"):  # a proxy's error page quoting the request
            page = "\n".join(f"{k}: {v}" for k, v in seen.headers.items())
            return Reply(400, f"<pre>{page}</pre>".encode(), [("Content-Type", "text/html")])
        if route == ("GET", "/domains/echo-json"):  # an error message quoting the header
            auth = seen.headers["authorization"]
            return Reply(401, json.dumps({"ok": False, "error": {
                "code": "authentication_required", "message": f"bad credentials {auth!r}",
            }}).encode(), [JSON])  # fmt: skip
        if route == ("GET", "/domains/stall"):
            return Stall()
        if route == ("GET", "/domains/reset"):
            return Reset()
        return error(404, "not_found")

    return handle


def texts_of(value: Any) -> list[str]:
    """Every text a value shows: str, repr, and for an exception its traceback (with causes),
    arguments, every attribute (``body``...) and its pickle."""
    texts = [str(value), repr(value)]
    if isinstance(value, BaseException):
        texts.append("".join(traceback.format_exception(value)))
        texts.extend(str(arg) for arg in value.args)
        texts.append(repr(vars(value)))
        texts.append(repr(pickle.dumps(value)))
    if isinstance(value, APIError):
        texts.append(str(value.headers))
    return texts


CREDENTIALS: dict[str, dict[str, Any]] = {
    "api_key": {"api_key": API_KEY},
    "access_token": {"api_key": None, "access_token": ACCESS_TOKEN},
    "token_callable": {"api_key": None, "access_token": lambda: ACCESS_TOKEN},
}


def _exercise_sync(client: Sendmux, secrets: Secrets, shown: list[Any]) -> None:
    shown += [client, client.with_options(max_retries=0), client.domains, client.with_response]
    shown += [client.me(), client.with_response.me(), client.domains.list()]
    shown += list(client.domains.list())
    created = client.webhooks.create(url="https://hooks.example", event_types=["message.bounced"])
    rotated = client.webhooks.rotate_secret("whk_1")
    key = client.mailboxes.keys.create("mbx_1", app_name="app")
    assert (created.secret, rotated.secret) == (secrets.webhook, secrets.rotated)
    assert key.credential.secret == secrets.mailbox
    shown += [created, rotated, key, key.credential]
    for path in ("echo-html", "echo-json", "stall", "reset", "missing"):
        with pytest.raises(SendmuxError) as info:
            client.with_options(timeout=STALL_TIMEOUT).domains.get(path)
        shown.append(info.value)
    with pytest.raises(SendmuxError) as info:
        client.webhooks.rotate_secret("whk_broken")
    shown.append(info.value)


async def _exercise_async(client: AsyncSendmux, secrets: Secrets, shown: list[Any]) -> None:
    shown += [client, client.with_options(max_retries=0), client.domains]
    shown += [await client.me(), await client.with_response.me()]
    created = await client.webhooks.create(
        url="https://hooks.example", event_types=["message.bounced"]
    )
    rotated = await client.webhooks.rotate_secret("whk_1")
    assert (created.secret, rotated.secret) == (secrets.webhook, secrets.rotated)
    shown += [created, rotated]
    for path in ("echo-html", "echo-json", "stall", "reset"):
        with pytest.raises(SendmuxError) as info:
            await client.with_options(timeout=STALL_TIMEOUT).domains.get(path)
        shown.append(info.value)
    with pytest.raises(SendmuxError) as info:
        await client.webhooks.rotate_secret("whk_broken")
    shown.append(info.value)


def _check(shown: list[Any], logs: _Collect, is_async: bool) -> None:
    texts = [text for value in shown for text in texts_of(value)]
    assert [leaked(text) for text in texts if leaked(text)] == []
    assert [leaked(text) for _, text in logs.texts if leaked(text)] == []
    # The check was not vacuous: DEBUG records of both layers were collected...
    names = {name.split(".")[0] for name, _ in logs.texts}
    assert {"sendmux_ext", *transport_loggers(is_async)} <= names
    # ...and the errors quoting the Authorization header were masked, not dropped.
    assert any("Bearer [redacted]" in text for text in texts)


@pytest.mark.parametrize("credentials", CREDENTIALS, ids=str)
def test_no_secret_leaks_sync(
    server: FaultServer, no_secret_in_logs: _Collect, credentials: str
) -> None:
    secrets = Secrets()
    server.handler = api(secrets)
    shown: list[Any] = []
    with sync_client(base_url=server.base_url, timeout=TIMEOUT, **CREDENTIALS[credentials]) as c:
        c._requester.sleep = lambda seconds: None
        _exercise_sync(c, secrets, shown)
    _check(shown, no_secret_in_logs, is_async=False)


@pytest.mark.parametrize("credentials", CREDENTIALS, ids=str)
async def test_no_secret_leaks_async(
    server: FaultServer, no_secret_in_logs: _Collect, credentials: str
) -> None:
    secrets = Secrets()
    server.handler = api(secrets)
    shown: list[Any] = []

    async def no_wait(seconds: float) -> None:
        return None

    async with async_client(
        base_url=server.base_url, timeout=TIMEOUT, **CREDENTIALS[credentials]
    ) as client:
        client._requester.sleep = no_wait
        await _exercise_async(client, secrets, shown)
    _check(shown, no_secret_in_logs, is_async=True)


def test_the_secret_reaches_the_caller(server: FaultServer) -> None:
    """The returned model holds the secret as an attribute; its repr does not show it."""
    secrets = Secrets()
    server.handler = api(secrets)
    with sync_client(base_url=server.base_url) as client:
        response = client.webhooks.with_response.create(
            url="https://hooks.example", event_types=["message.bounced"]
        )
    assert response.data.secret == secrets.webhook
    assert secrets.webhook not in repr(response.data)
    assert "secret=" in repr(response.data)  # the field is listed, its value masked
    assert leaked(str(response.headers)) == [] and leaked(str(response.request_id)) == []
