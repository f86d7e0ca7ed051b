"""The clients compared by the benchmark, each behind one small adapter.

Every adapter does the same four things against the bench server: ``get`` one
domain, ``prime`` + ``revalidate`` (a conditional GET answered 304 that returns
the copy it already has), and ``items`` (iterate every item of the cursor list).
Some also have an async ``get`` and a ``parse_page`` (decode one list page,
no HTTP). A competitor whose package does not import is skipped with a note.

All connection pools are sized for the 50-in-flight scenario, except the ones
sendmux_ext sets up itself (its own defaults are what it is judged on).
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

API_KEY = "smx_root_bench"
PAGE_LIMIT = 100
POOL = 50  # connections kept alive: one per request in flight


class SyncClient(Protocol):
    def get(self, public_id: str) -> Any: ...
    def prime(self, public_id: str) -> None: ...
    def revalidate(self, public_id: str) -> Any: ...
    def items(self) -> Iterator[Any]: ...
    def close(self) -> None: ...


class AsyncClient(Protocol):
    async def start(self) -> None: ...
    async def get(self, public_id: str) -> Any: ...
    async def aclose(self) -> None: ...


@dataclass(frozen=True)
class Competitor:
    name: str
    about: str
    requires: tuple[str, ...]  # "module" or "module:name" that must import for it to run
    imports: str  # what a program using it imports (timed in a fresh interpreter)
    sync: Callable[[str], SyncClient] | None
    async_: Callable[[str], AsyncClient] | None = None
    parse_page: Callable[[bytes], Sequence[Any]] | None = None

    def missing(self) -> str | None:
        """Why it cannot run here, or None."""
        for requirement in self.requires:
            module, _, name = requirement.partition(":")
            try:
                loaded = importlib.import_module(module)
                if name:
                    getattr(loaded, name)
            except (ImportError, AttributeError) as exc:
                return f"cannot import {requirement.replace(':', '.')} ({exc})"
        return None


# --- raw httpx + json: the floor (no models) --------------------------------------


def _httpx_limits() -> Any:
    import httpx

    return httpx.Limits(max_connections=POOL * 2, max_keepalive_connections=POOL)


class RawHttpx:
    def __init__(self, base_url: str) -> None:
        import httpx

        self.http = httpx.Client(
            base_url=base_url,
            headers={"Authorization": f"Bearer {API_KEY}"},
            limits=_httpx_limits(),
        )
        self.cache: dict[str, tuple[str, Any]] = {}

    def get(self, public_id: str) -> Any:
        response = self.http.get(f"/domains/{public_id}")
        response.raise_for_status()
        return response.json()["data"]

    def prime(self, public_id: str) -> None:
        response = self.http.get(f"/domains/{public_id}")
        self.cache[public_id] = (response.headers["etag"], response.json()["data"])

    def revalidate(self, public_id: str) -> Any:
        etag, data = self.cache[public_id]
        response = self.http.get(f"/domains/{public_id}", headers={"If-None-Match": etag})
        if response.status_code == 304:
            return data
        return response.json()["data"]

    def items(self) -> Iterator[Any]:
        params: dict[str, Any] = {"limit": PAGE_LIMIT}
        while True:
            page = self.http.get("/domains", params=params).json()
            yield from page["data"]
            if not page["pagination"]["has_more"]:
                return
            params["cursor"] = page["pagination"]["next_cursor"]

    def close(self) -> None:
        self.http.close()


class AsyncRawHttpx:
    def __init__(self, base_url: str) -> None:
        import httpx

        self.http = httpx.AsyncClient(
            base_url=base_url,
            headers={"Authorization": f"Bearer {API_KEY}"},
            limits=_httpx_limits(),
        )

    async def start(self) -> None:
        pass

    async def get(self, public_id: str) -> Any:
        response = await self.http.get(f"/domains/{public_id}")
        response.raise_for_status()
        return response.json()["data"]

    async def aclose(self) -> None:
        await self.http.aclose()


def _raw_parse(raw: bytes) -> Sequence[Any]:
    data: list[Any] = json.loads(raw)["data"]
    return data


class AsyncRawAiohttp:
    """aiohttp + json, no models: the async floor (aiohttp's own pool)."""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url
        self.http: Any = None

    async def start(self) -> None:
        import aiohttp

        self.http = aiohttp.ClientSession(
            headers={"Authorization": f"Bearer {API_KEY}"},
            connector=aiohttp.TCPConnector(limit=POOL * 2),
        )

    async def get(self, public_id: str) -> Any:
        async with self.http.get(f"{self.base_url}/domains/{public_id}") as response:
            assert response.status == 200
            return json.loads(await response.read())["data"]

    async def aclose(self) -> None:
        await self.http.close()


class RawUrllib3:
    """urllib3 + json, no models: the floor under the official SDK's transport."""

    def __init__(self, base_url: str) -> None:
        import urllib3

        self.base_url = base_url
        self.http = urllib3.PoolManager(
            maxsize=POOL, headers={"Authorization": f"Bearer {API_KEY}"}, retries=False
        )
        self.cache: dict[str, tuple[str, Any]] = {}

    def _get(self, path: str, **kwargs: Any) -> Any:
        return self.http.request("GET", self.base_url + path, **kwargs)

    def get(self, public_id: str) -> Any:
        response = self._get(f"/domains/{public_id}")
        assert response.status == 200
        return json.loads(response.data)["data"]

    def prime(self, public_id: str) -> None:
        response = self._get(f"/domains/{public_id}")
        self.cache[public_id] = (response.headers["etag"], json.loads(response.data)["data"])

    def revalidate(self, public_id: str) -> Any:
        etag, data = self.cache[public_id]
        response = self._get(f"/domains/{public_id}", headers={"If-None-Match": etag})
        return data if response.status == 304 else json.loads(response.data)["data"]

    def items(self) -> Iterator[Any]:
        fields: dict[str, Any] = {"limit": PAGE_LIMIT}
        while True:
            page = json.loads(self._get("/domains", fields=fields).data)
            yield from page["data"]
            if not page["pagination"]["has_more"]:
                return
            fields["cursor"] = page["pagination"]["next_cursor"]

    def close(self) -> None:
        self.http.clear()


# --- the generated sendmux_api functions, called directly -------------------------


def _generated_client(base_url: str) -> Any:
    from sendmux_api import AuthenticatedClient

    return AuthenticatedClient(
        base_url=base_url, token=API_KEY, httpx_args={"limits": _httpx_limits()}
    )


class Generated:
    def __init__(self, base_url: str) -> None:
        from sendmux_api.api.domains import management_get_domain, management_list_domains

        self.get_domain = management_get_domain
        self.list_domains = management_list_domains
        self.client = _generated_client(base_url)
        self.cache: dict[str, tuple[str, Any]] = {}

    def get(self, public_id: str) -> Any:
        return self.get_domain.sync_detailed(public_id, client=self.client).parsed.data

    def prime(self, public_id: str) -> None:
        response = self.get_domain.sync_detailed(public_id, client=self.client)
        self.cache[public_id] = (response.headers["etag"], response.parsed.data)

    def revalidate(self, public_id: str) -> Any:
        etag, data = self.cache[public_id]
        response = self.get_domain.sync_detailed(public_id, client=self.client, if_none_match=etag)
        return data if response.status_code == 304 else response.parsed.data

    def items(self) -> Iterator[Any]:
        from sendmux_api.types import UNSET

        cursor: Any = UNSET
        while True:
            page = self.list_domains.sync_detailed(
                client=self.client, cursor=cursor, limit=PAGE_LIMIT
            ).parsed
            yield from page.data
            if not page.pagination.has_more:
                return
            cursor = page.pagination.next_cursor

    def close(self) -> None:
        self.client.get_httpx_client().close()


class AsyncGenerated:
    def __init__(self, base_url: str) -> None:
        from sendmux_api.api.domains import management_get_domain

        self.get_domain = management_get_domain
        self.client = _generated_client(base_url)

    async def start(self) -> None:
        pass

    async def get(self, public_id: str) -> Any:
        response = await self.get_domain.asyncio_detailed(public_id, client=self.client)
        return response.parsed.data

    async def aclose(self) -> None:
        await self.client.get_async_httpx_client().aclose()


def _generated_parse(raw: bytes) -> Sequence[Any]:
    from sendmux_api.models.domain_item_cursor_list_response import (
        DomainItemCursorListResponse,
    )

    data: list[Any] = DomainItemCursorListResponse.from_dict(json.loads(raw)).data
    return data


# --- the vendor's official SDK (sendmux-management: urllib3 + pydantic) -----------


class Official:
    def __init__(self, base_url: str) -> None:
        from sendmux_core import configure_auth
        from sendmux_management import Configuration, DomainsApi
        from sendmux_management.client import SendmuxManagementApiClient

        # create_management_client() does this too, but cannot size the pool.
        configuration = Configuration(host=base_url)
        configuration.connection_pool_maxsize = POOL
        configure_auth(configuration, api_key=API_KEY)
        self.api_client = SendmuxManagementApiClient(configuration)
        self.domains = DomainsApi(self.api_client)
        self.cache: dict[str, tuple[str, Any]] = {}

    def get(self, public_id: str) -> Any:
        return self.domains.management_get_domain(public_id).data

    def prime(self, public_id: str) -> None:
        response = self.domains.management_get_domain_with_http_info(public_id)
        # its headers are a plain dict (pydantic copies urllib3's case-insensitive one)
        etag = next(v for k, v in (response.headers or {}).items() if k.lower() == "etag")
        self.cache[public_id] = (etag, response.data.data)

    def revalidate(self, public_id: str) -> Any:
        from sendmux_core import SendmuxApiError

        etag, data = self.cache[public_id]
        try:
            return self.domains.management_get_domain(public_id, if_none_match=etag).data
        except SendmuxApiError as exc:  # the SDK raises on 304
            if exc.status_code != 304:
                raise
            return data

    def items(self) -> Iterator[Any]:
        from sendmux_core import iter_cursor_pages

        return iter_cursor_pages(
            lambda cursor: self.domains.management_list_domains(cursor=cursor, limit=PAGE_LIMIT)
        )

    def close(self) -> None:
        self.api_client.__exit__(None, None, None)


def _official_parse(raw: bytes) -> Sequence[Any]:
    from sendmux_management import DomainItemCursorListResponse

    page = DomainItemCursorListResponse.from_json(raw.decode())
    assert page is not None
    data: list[Any] = page.data
    return data


# --- sendmux_ext: the hand-written client (picked up once it is installed) --------


class Ext:
    engine: str | None = None  # None: the default engine

    def __init__(self, base_url: str) -> None:
        from sendmux_ext import Sendmux

        self.client = Sendmux(api_key=API_KEY, base_url=base_url, engine=self.engine)

    def get(self, public_id: str) -> Any:
        return self.client.domains.get(public_id)

    def prime(self, public_id: str) -> None:
        self.client.domains.get(public_id)

    def revalidate(self, public_id: str) -> Any:
        return self.client.domains.get(public_id)  # its ETag cache sends If-None-Match

    def items(self) -> Iterator[Any]:
        return iter(self.client.domains.list(limit=PAGE_LIMIT))

    def close(self) -> None:
        close = getattr(self.client, "close", None)
        if close is not None:
            close()


class ExtHttpx(Ext):
    engine = "httpx"


class AsyncExt:
    engine: str | None = None

    def __init__(self, base_url: str) -> None:
        from sendmux_ext import AsyncSendmux

        self.manager = AsyncSendmux(api_key=API_KEY, base_url=base_url, engine=self.engine)
        self.client: Any = None

    async def start(self) -> None:
        self.client = await self.manager.__aenter__()  # as in `async with AsyncSendmux(...)`

    async def get(self, public_id: str) -> Any:
        return await self.client.domains.get(public_id)

    async def aclose(self) -> None:
        await self.manager.__aexit__(None, None, None)


class AsyncExtAiohttp(AsyncExt):
    engine = "aiohttp"


COMPETITORS = (
    Competitor(
        "raw-httpx",
        "httpx + json, no models (the floor)",
        ("httpx",),
        "import json, httpx",
        RawHttpx,
        AsyncRawHttpx,
        _raw_parse,
    ),
    Competitor(
        "raw-urllib3",
        "urllib3 + json, no models (a reference: the official SDK's transport)",
        ("urllib3",),
        "import json, urllib3",
        RawUrllib3,
    ),
    Competitor(
        "raw-aiohttp",
        "aiohttp + json, no models (async only; the floor under the aiohttp engine)",
        ("aiohttp",),
        "import json, aiohttp",
        None,
        AsyncRawAiohttp,
    ),
    Competitor(
        "sendmux_api",
        "the generated *_detailed functions called directly",
        ("sendmux_api.api.domains.management_get_domain",),
        "from sendmux_api import AuthenticatedClient\n"
        "from sendmux_api.api.domains import management_get_domain, management_list_domains",
        Generated,
        AsyncGenerated,
        _generated_parse,
    ),
    Competitor(
        "official-sdk",
        "sendmux-management, the vendor's SDK (urllib3 + pydantic)",
        ("sendmux_management", "sendmux_core"),
        "from sendmux_management import DomainsApi\n"
        "from sendmux_management.client import create_management_client",
        Official,
        None,
        _official_parse,
    ),
    Competitor(
        "sendmux_ext",
        "this project's client on its default engines (Sendmux: urllib3; AsyncSendmux: httpx)",
        ("sendmux_ext:Sendmux", "sendmux_ext:AsyncSendmux"),
        "import sendmux_ext",
        Ext,
        AsyncExt,
        None,
    ),
    Competitor(
        "sendmux_ext-httpx",
        'Sendmux(engine="httpx"): the httpx.Client path (as with a user\'s http_client=)',
        ("sendmux_ext:Sendmux",),
        "import sendmux_ext",
        ExtHttpx,
        None,
        None,
    ),
    Competitor(
        "sendmux_ext-aiohttp",
        'AsyncSendmux(engine="aiohttp"), the aiohttp extra (async only)',
        ("sendmux_ext._engines._aiohttp",),
        "import sendmux_ext, aiohttp",
        None,
        AsyncExtAiohttp,
        None,
    ),
)
