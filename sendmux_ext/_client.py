"""``Sendmux`` and ``AsyncSendmux``: configuration, resources, and the call engine.

A call: resource method -> ``_request`` looks up its row in the operation
table -> arguments are checked and the ETag / If-Match / Idempotency-Key
headers filled from what the operation takes -> the generated ``*_detailed``
function runs over our requester (retries, pacing, errors) -> the envelope's
``data`` comes back in an ``APIResponse``.
"""

from __future__ import annotations

import abc
import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar

import httpx

from ._config import TokenSource, authorization_source, check_headers, resolve_base_url
from ._constants import (
    ACCEPT,
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_MAX_RETRIES,
    DEFAULT_MAX_RETRY_WAIT,
    DEFAULT_TIMEOUT,
    VERSION,
)
from ._engines import AsyncEngine, SyncEngine, async_engine, sync_engine
from ._errors import (
    APIResponseValidationError,
    ConfigurationError,
    InvalidRequestError,
    SendmuxError,
)
from ._etag import ETagCache
from ._http import AsyncRequester, SyncRequester, last_response
from ._logging import setup_from_env
from ._operations import OPERATIONS, Operation
from ._pagination import AsyncPaginator, Page, Paginator
from ._ratelimit import RateLimitGate
from ._response import APIResponse, meta_request_id, request_id_of, sent_credentials
from ._retry import RetryPolicy
from ._validation import build_body, build_query, check_header_value, check_path_id
from .resources.billing import AsyncBilling, Billing
from .resources.connection import AsyncConnectionResource, ConnectionResource
from .resources.domains import AsyncDomains, Domains
from .resources.emails import AsyncEmails, Emails
from .resources.inboxes import AsyncInboxes, Inboxes
from .resources.mailboxes import AsyncMailboxes, Mailboxes
from .resources.providers import AsyncProviders, Providers
from .resources.webhooks import AsyncWebhooks, Webhooks

if TYPE_CHECKING:
    from sendmux_api.models import Connection

HttpT = TypeVar("HttpT", httpx.Client, httpx.AsyncClient)
# What the generated parser raises on a body that does not fit the spec; RecursionError
# for JSON nested deeper than the interpreter's stack (a hostile body).
PARSE_FAILURES = (KeyError, TypeError, ValueError, AttributeError, RecursionError)
USER_AGENT = f"sendmux-ext/{VERSION} httpx/{httpx.__version__}"


class _GeneratedClientView:
    """Stands in for the generated ``AuthenticatedClient``: the generated functions
    only ask it for an httpx client, and get our requester instead."""

    raise_on_unexpected_status = False

    def __init__(self, requester: SyncRequester | AsyncRequester) -> None:
        self._requester = requester

    def get_httpx_client(self) -> SyncRequester | AsyncRequester:
        return self._requester

    get_async_httpx_client = get_httpx_client


@dataclass
class _Call:
    """One prepared call: what to pass to the generated function, and what to do after."""

    operation: Operation
    path_args: tuple[str, ...]
    kwargs: dict[str, Any]
    path: str

    def for_page(self, cursor: str | None) -> _Call:
        """The same list call, for the page at ``cursor`` (filters kept)."""
        kwargs = self.kwargs if cursor is None else {**self.kwargs, "cursor": cursor}
        return _Call(self.operation, self.path_args, kwargs, self.path)


def _new_idempotency_key() -> str:
    import uuid  # on the first create only: uuid pulls in platform at import

    return str(uuid.uuid4())


def _timeout(value: float | httpx.Timeout) -> httpx.Timeout:
    if isinstance(value, httpx.Timeout):
        return value
    if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
        raise ConfigurationError("timeout must be a positive number of seconds or an httpx.Timeout")
    return httpx.Timeout(float(value), connect=min(float(value), 10.0))


def _effective_timeout(
    timeout: float | httpx.Timeout | None, http_client: httpx.Client | httpx.AsyncClient | None
) -> float | httpx.Timeout:
    """An explicit timeout wins; else a user's own client keeps its own, if it has one."""
    if timeout is not None:
        return timeout
    if http_client is not None and http_client.timeout.read is not None:
        return http_client.timeout
    return DEFAULT_TIMEOUT


@dataclass(frozen=True)
class _Options:
    """Everything ``with_options`` can change, checked in one place; no secrets here."""

    base_url: str
    timeout: httpx.Timeout
    max_retries: int
    max_retry_wait: float
    etag_cache: bool
    max_response_bytes: int
    max_pages: int | None = None
    deadline: float | None = None

    def __post_init__(self) -> None:
        retries = self.max_retries
        if isinstance(retries, bool) or not isinstance(retries, int) or retries < 0:
            raise ConfigurationError("max_retries must be an int >= 0")
        wait = self.max_retry_wait
        if isinstance(wait, bool) or not isinstance(wait, int | float) or not 0 <= wait < 1e9:
            raise ConfigurationError("max_retry_wait must be a number of seconds >= 0")
        object.__setattr__(self, "timeout", _timeout(self.timeout))
        object.__setattr__(self, "max_retry_wait", float(wait))
        object.__setattr__(self, "etag_cache", bool(self.etag_cache))
        size = self.max_response_bytes
        if isinstance(size, bool) or not isinstance(size, int) or size < 1:
            raise ConfigurationError("max_response_bytes must be an int >= 1")
        pages = self.max_pages
        if pages is not None and (
            isinstance(pages, bool) or not isinstance(pages, int) or pages < 1
        ):
            raise ConfigurationError("max_pages must be an int >= 1 or None")
        deadline = self.deadline
        if deadline is not None:
            if (
                isinstance(deadline, bool)
                or not isinstance(deadline, int | float)
                or not 0 < deadline < 1e9
            ):
                raise ConfigurationError("deadline must be a positive number of seconds or None")
            object.__setattr__(self, "deadline", float(deadline))


class _BaseClient(abc.ABC, Generic[HttpT]):
    """Settings, shared state and the call engine; subclasses add the call itself."""

    _requester: SyncRequester | AsyncRequester

    _http_class: type[HttpT]

    def __init__(
        self,
        api_key: str | None = None,
        *,
        access_token: TokenSource | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        max_retry_wait: float = DEFAULT_MAX_RETRY_WAIT,
        etag_cache: bool = True,
        allow_insecure_http: bool = False,
        default_headers: Mapping[str, str] | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        max_pages: int | None = None,
        deadline: float | None = None,
        http_client: HttpT | None = None,
        engine: str | None = None,
    ) -> None:
        setup_from_env()
        if http_client is not None and not isinstance(http_client, self._http_class):
            raise ConfigurationError(f"http_client must be an httpx.{self._http_class.__name__}")
        self._authorization = authorization_source(api_key, access_token)
        self._options = _Options(
            resolve_base_url(base_url, allow_insecure_http),
            _effective_timeout(timeout, http_client),  # type: ignore[arg-type]  # see _Options
            max_retries,
            max_retry_wait,
            etag_cache,
            max_response_bytes,
            max_pages,
            deadline,
        )
        # JSON everywhere, but the zone file is text/plain: refusing it invites a 406.
        self._headers = {"User-Agent": USER_AGENT, "Accept": ACCEPT}
        self._headers.update(check_headers(default_headers or {}))
        self._gate = RateLimitGate()
        self._etags = ETagCache()
        self._owns_http = http_client is None
        self._engine = self._new_engine(engine, http_client)
        self._build()

    def _requester_options(self) -> dict[str, Any]:
        options = self._options
        return {
            "base_url": options.base_url,
            "authorization": self._authorization,
            "headers": self._headers,
            "timeout": options.timeout,
            "retry": RetryPolicy(options.max_retries, options.max_retry_wait),
            "gate": self._gate,
            "max_response_bytes": options.max_response_bytes,
            "etags": self._etags,
            "revalidate": options.etag_cache,
            "deadline": options.deadline,
        }

    def _share_state_with(self, parent: Self) -> None:
        """A ``with_options`` copy uses its parent's credentials, pacing and ETag cache."""
        self._authorization = parent._authorization
        self._headers = parent._headers
        self._gate = parent._gate
        self._etags = parent._etags

    @property
    def base_url(self) -> str:
        return self._options.base_url

    @property
    def max_retries(self) -> int:
        return self._options.max_retries

    @property
    def timeout(self) -> httpx.Timeout:
        return self._options.timeout

    def __repr__(self) -> str:
        o = self._options
        return (
            f"{type(self).__name__}(base_url={o.base_url!r}, max_retries={o.max_retries}, "
            f"timeout={o.timeout.read}, etag_cache={o.etag_cache})"
        )

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_wait: float | None = None,
        etag_cache: bool | None = None,
        max_pages: int | None = None,
        deadline: float | None = None,
    ) -> Self:
        """A copy with other settings, sharing this client's connection pool and caches."""
        changes: dict[str, Any] = {
            "timeout": timeout,
            "max_retries": max_retries,
            "max_retry_wait": max_retry_wait,
            "etag_cache": etag_cache,
            "max_pages": max_pages,
            "deadline": deadline,
        }
        options = dataclasses.replace(
            self._options, **{name: value for name, value in changes.items() if value is not None}
        )
        copy = object.__new__(type(self))
        copy._options = options
        copy._share_state_with(self)
        copy._engine = self._engine
        copy._owns_http = False
        copy._build()
        return copy

    @abc.abstractmethod
    def _new_engine(self, engine: str | None, http_client: HttpT | None) -> Any:
        """What sends the requests (``_engines``): chosen by ``engine=`` and ``http_client=``."""

    @abc.abstractmethod
    def _build(self) -> None:
        """Create the requester and the resources (sync or async)."""

    # -- the engine: everything but the call itself is shared by sync and async --

    def _prepare(
        self, operation_id: str, path_args: tuple[str, ...], arguments: dict[str, Any]
    ) -> _Call:
        operation = OPERATIONS[operation_id]
        names = operation.path_params
        for name, value in zip(names, path_args, strict=True):
            check_path_id(name, value)
        body = arguments.pop("body", None)
        fields = arguments.pop("fields", None) or {}
        if_match = arguments.pop("if_match", None)
        idempotency_key = arguments.pop("idempotency_key", None)
        kwargs = build_query(operation, arguments)
        if operation.body_model is not None or body is not None or fields:
            kwargs["body"] = build_body(operation, body, fields)
        if if_match is not None:
            if not operation.takes_if_match:
                raise InvalidRequestError(f"{operation.method_path}() does not take if_match")
            kwargs["if_match"] = check_header_value("if_match", if_match)
        if idempotency_key is not None and not operation.idempotent_post:
            raise InvalidRequestError(f"{operation.method_path}() does not take idempotency_key")
        if operation.idempotent_post:
            # One key per call, reused by every retry: the server replays instead of repeating.
            key = _new_idempotency_key() if idempotency_key is None else idempotency_key
            kwargs["idempotency_key"] = check_header_value("idempotency_key", key)
        path = operation.path.format_map(dict(zip(names, path_args, strict=True)))
        return _Call(operation, path_args, kwargs, path)

    def _finish(self, call: _Call, response: Any) -> APIResponse[Any]:
        status = int(response.status_code)
        headers: httpx.Headers = response.headers
        request_id = headers.get("x-request-id")
        if status == 304:
            cached = self._etags.revalidated(last_response.get())
            if cached is None:
                raise APIResponseValidationError(
                    f"{call.operation.method_path}(): 304 Not Modified to a request "
                    "without If-None-Match",
                    status_code=304,
                    request_id=request_id,
                    headers=headers,
                )
            return APIResponse(cached.data(), 304, headers, request_id, from_cache=True)
        parsed = response.parsed
        request_id = request_id or meta_request_id(parsed)
        # The generated parser gives None for a 2xx it does not document (e.g. a 204).
        data = parsed if call.operation.text_response else getattr(parsed, "data", None)
        if data is None:
            raise APIResponseValidationError(
                f"{call.operation.method_path}(): unexpected {status} response "
                "without the documented body",
                status_code=status,
                request_id=request_id,
                headers=headers,
                body=response.content,
                credentials=sent_credentials(last_response.get()),
            )
        if call.operation.etag_cached and self._options.etag_cache:
            parse = type(parsed).from_dict
            self._etags.store(last_response.get(), lambda envelope: parse(envelope).data)
        return APIResponse(data, status, headers, request_id)

    def _page(self, result: APIResponse[Any], parsed: Any) -> Page[Any]:
        pagination = parsed.pagination
        next_cursor = pagination.next_cursor
        return Page(
            items=result.data,
            has_more=pagination.has_more,
            next_cursor=next_cursor if isinstance(next_cursor, str) else None,
            request_id=result.request_id,
        )

    @staticmethod
    def _unparseable(call: _Call, exc: Exception) -> APIResponseValidationError:
        response = last_response.get()
        assert response is not None
        return APIResponseValidationError(
            f"{call.operation.method_path}(): the response body does not match the spec "
            f"({type(exc).__name__}: {exc})",
            status_code=response.status_code,
            request_id=request_id_of(response),
            headers=response.headers,
            body=response.content,
            credentials=sent_credentials(response),
        )

    @staticmethod
    def _split_list_arguments(arguments: dict[str, Any]) -> tuple[str | None, int | None]:
        cursor = arguments.pop("cursor", None)
        max_items = arguments.pop("max_items", None)
        if max_items is not None and (
            isinstance(max_items, bool) or not isinstance(max_items, int)
        ):
            raise InvalidRequestError("max_items must be an int")
        return cursor, max_items


class Sendmux(_BaseClient[httpx.Client]):
    """Synchronous client for the Sendmux Management API.

    ``Sendmux()`` reads ``SENDMUX_API_KEY`` (and ``SENDMUX_BASE_URL``). Use it as a
    context manager, or call ``close()``, to release its connection pool.
    """

    _requester: SyncRequester
    _engine: SyncEngine
    _http_class = httpx.Client

    def _new_engine(self, engine: str | None, http_client: httpx.Client | None) -> SyncEngine:
        return sync_engine(engine, http_client)

    def _build(self) -> None:
        self._requester = SyncRequester(self._engine, **self._requester_options())
        self._generated = _GeneratedClientView(self._requester)
        self.providers = Providers(self)
        self.domains = Domains(self)
        self.mailboxes = Mailboxes(self)
        self.webhooks = Webhooks(self)
        self.emails = Emails(self)
        self.inboxes = Inboxes(self)
        self.billing = Billing(self)
        self._connection = ConnectionResource(self)

    def me(self) -> Connection:
        """The key's team and permissions (``GET /me``, ETag-cached)."""
        return self._connection.me()

    @property
    def with_response(self) -> ConnectionResource:
        """``client.with_response.me()`` returns an ``APIResponse``."""
        return ConnectionResource(self, raw=True)

    def close(self) -> None:
        if self._owns_http:
            self._engine.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _request(
        self, operation_id: str, path_args: tuple[str, ...], arguments: dict[str, Any]
    ) -> APIResponse[Any]:
        return self._run(self._prepare(operation_id, path_args, arguments))[0]

    def _run(self, call: _Call) -> tuple[APIResponse[Any], Any]:
        last_response.set(None)
        try:
            response = call.operation.module.sync_detailed(
                *call.path_args, client=self._generated, **call.kwargs
            )
        except SendmuxError as exc:
            exc.idempotency_key = call.kwargs.get("idempotency_key")
            raise
        except PARSE_FAILURES as exc:
            if last_response.get() is None:  # raised before any answer: not a parse failure
                raise
            raise self._unparseable(call, exc) from exc
        return self._finish(call, response), response.parsed

    def _paginate(
        self, operation_id: str, path_args: tuple[str, ...], arguments: dict[str, Any]
    ) -> Paginator[Any]:
        cursor, max_items = self._split_list_arguments(arguments)
        template = self._prepare(operation_id, path_args, arguments)  # checks filters up front

        def fetch(page_cursor: str | None) -> Page[Any]:
            result, parsed = self._run(template.for_page(page_cursor))
            return self._page(result, parsed)

        return Paginator(
            fetch, cursor=cursor, max_items=max_items, max_pages=self._options.max_pages
        )


class AsyncSendmux(_BaseClient[httpx.AsyncClient]):
    """Asynchronous client: the same surface as ``Sendmux``, awaitable."""

    _requester: AsyncRequester
    _engine: AsyncEngine
    _http_class = httpx.AsyncClient

    def _new_engine(self, engine: str | None, http_client: httpx.AsyncClient | None) -> AsyncEngine:
        return async_engine(engine, http_client)

    def _build(self) -> None:
        self._requester = AsyncRequester(self._engine, **self._requester_options())
        self._generated = _GeneratedClientView(self._requester)
        self.providers = AsyncProviders(self)
        self.domains = AsyncDomains(self)
        self.mailboxes = AsyncMailboxes(self)
        self.webhooks = AsyncWebhooks(self)
        self.emails = AsyncEmails(self)
        self.inboxes = AsyncInboxes(self)
        self.billing = AsyncBilling(self)
        self._connection = AsyncConnectionResource(self)

    async def me(self) -> Connection:
        """The key's team and permissions (``GET /me``, ETag-cached)."""
        return await self._connection.me()

    @property
    def with_response(self) -> AsyncConnectionResource:
        """``await client.with_response.me()`` returns an ``APIResponse``."""
        return AsyncConnectionResource(self, raw=True)

    async def close(self) -> None:
        if self._owns_http:
            await self._engine.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    async def _request(
        self, operation_id: str, path_args: tuple[str, ...], arguments: dict[str, Any]
    ) -> APIResponse[Any]:
        return (await self._run(self._prepare(operation_id, path_args, arguments)))[0]

    async def _run(self, call: _Call) -> tuple[APIResponse[Any], Any]:
        last_response.set(None)
        try:
            response = await call.operation.module.asyncio_detailed(
                *call.path_args, client=self._generated, **call.kwargs
            )
        except SendmuxError as exc:
            exc.idempotency_key = call.kwargs.get("idempotency_key")
            raise
        except PARSE_FAILURES as exc:
            if last_response.get() is None:  # raised before any answer: not a parse failure
                raise
            raise self._unparseable(call, exc) from exc
        return self._finish(call, response), response.parsed

    def _paginate(
        self, operation_id: str, path_args: tuple[str, ...], arguments: dict[str, Any]
    ) -> AsyncPaginator[Any]:
        cursor, max_items = self._split_list_arguments(arguments)
        template = self._prepare(operation_id, path_args, arguments)  # checks filters up front

        async def fetch(page_cursor: str | None) -> Page[Any]:
            result, parsed = await self._run(template.for_page(page_cursor))
            return self._page(result, parsed)

        return AsyncPaginator(
            fetch, cursor=cursor, max_items=max_items, max_pages=self._options.max_pages
        )
