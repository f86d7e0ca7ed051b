"""Whatever goes wrong, what escapes is a ``SendmuxError``: an unusable proxy from the
environment (bad scheme, SOCKS without ``socksio``), and a call after ``close()``."""

from __future__ import annotations

import sys

import pytest

from sendmux_ext import AsyncSendmux, ConfigurationError, InvalidRequestError, Sendmux

from .api import API_KEY, leaked_none, ok
from .faultserver import FaultServer, script

PROXY_SECRET = "hunter2proxy"
BAD_PROXIES = {
    "ftp-scheme": f"ftp://user:{PROXY_SECRET}@proxy.example:21",
    "socks-without-socksio": f"socks5://user:{PROXY_SECRET}@proxy.example:1080",
    "no-scheme-garbage": f"://user:{PROXY_SECRET}@[::1",
}


@pytest.mark.parametrize("client_class", [Sendmux, AsyncSendmux], ids=["sync", "async"])
@pytest.mark.parametrize("name", BAD_PROXIES)
def test_unusable_environment_proxy_is_a_configuration_error(
    monkeypatch: pytest.MonkeyPatch, name: str, client_class: type[Sendmux | AsyncSendmux]
) -> None:
    for variable in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("HTTPS_PROXY", BAD_PROXIES[name])
    monkeypatch.setitem(sys.modules, "socksio", None)  # as if not installed
    with pytest.raises(ConfigurationError) as info:
        client_class(api_key=API_KEY)
    assert "proxy" in str(info.value).lower()
    leaked_none(info.value, PROXY_SECRET)


def test_call_after_close_sync(server: FaultServer) -> None:
    server.handler = script(ok("managementGetDomain"))
    client = Sendmux(api_key=API_KEY, base_url=server.base_url)
    client.domains.get("mdom_1")
    client.close()
    with pytest.raises(InvalidRequestError, match="closed"):
        client.domains.get("mdom_1")
    assert len(server.seen) == 1


async def test_call_after_close_async(server: FaultServer) -> None:
    server.handler = script(ok("managementGetDomain"))
    client = AsyncSendmux(api_key=API_KEY, base_url=server.base_url)
    await client.domains.get("mdom_1")
    await client.close()
    with pytest.raises(InvalidRequestError, match="closed"):
        await client.domains.get("mdom_1")
    assert len(server.seen) == 1
