"""``Sendmux`` and ``AsyncSendmux``: configuration, resources, and the call engine.

A call: emitted resource method -> ``_request`` looks up its row in the operation
table -> arguments are checked and the ETag / If-Match / Idempotency-Key
headers filled from what the operation takes -> the generated ``*_detailed``
function runs over our requester (retries, pacing, errors), through a per-call
stand-in that adds the call's options and keeps the response -> the envelope's
``data`` comes back in an ``APIResponse``.
"""

from __future__ import annotations

import abc
import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Generic, Self, TypeVar

import httpx

from ._config import (
    Options,
    TokenSource,
    authorization_source,
    build_timeout,
    check_headers,
    effective_timeout,
    resolve_base_url,
)
from ._constants import (
    ACCEPT,
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_MAX_RETRIES,
    DEFAULT_MAX_RETRY_WAIT,
    PARSE_FAILURES,
    VERSION,
)
from ._engines import Answer, AsyncEngine, SyncEngine, async_engine, sync_engine
from ._errors import (
    APIResponseValidationError,
    ConfigurationError,
    InvalidRequestError,
    SendmuxError,
)
from ._etag import ETagCache
from ._http import AsyncRequester, SyncRequester
from ._logging import setup_from_env
from ._operations import OPERATIONS, Operation
from ._pagination import AsyncPaginator, Page, Paginator
from ._ratelimit import RateLimitGate
from ._response import APIResponse, meta_request_id, request_id_of, sent_credentials
from ._retry import RetryPolicy
from ._validation import (
    build_body,
    build_query,
    check_extra_query,
    check_header_value,
    check_path_id,
)
from .resources._root import AsyncRoot, Root

HttpT = TypeVar("HttpT", httpx.Client, httpx.AsyncClient)
USER_AGENT = f"sendmux-ext/{VERSION} httpx/{httpx.__version__}"


@dataclass
class _Call:
    """One prepared call: what to pass to the generated function, and what to do after."""

    operation: Operation
    path_args: tuple[str, ...]
    kwargs: dict[str, Any]
    path: str
    timeout: httpx.Timeout | None = None
    extra_headers: dict[str, str] | None = None
    extra_query: dict[str, Any] | None = None

    def for_page(self, cursor: str | None) -> _Call:
        """The same list call, for the page at ``cursor`` (filters and options kept)."""
        kwargs = self.kwargs if cursor is None else {**self.kwargs, "cursor": cursor}
        return dataclasses.replace(self, kwargs=kwargs)

    def request_kwargs(self, kwargs: dict[str, Any]) -> dict[str, Any]:
        """The generated function's request, with this call's options added."""
        if self.extra_headers:
            kwargs["headers"] = {**kwargs.get("headers", {}), **self.extra_headers}
        if self.extra_query:
            kwargs["params"] = {**kwargs.get("params", {}), **self.extra_query}
        if self.timeout is not None:
            kwargs["timeout"] = self.timeout
        return kwargs


class _CallClient:
    """Stands in for the generated ``AuthenticatedClient`` during one call: the generated
    function asks it for an httpx client and gets itself; ``request`` adds the call's
    options, goes through our requester and keeps the response (for a body that then
    fails to parse)."""

    raise_on_unexpected_status = False

    def __init__(self, requester: SyncRequester, call: _Call) -> None:
        self._requester = requester
        self._call = call
        self.response: Answer | None = None

    def get_httpx_client(self) -> Self:
        return self

    def request(self, **kwargs: Any) -> Answer:
        self.response = self._requester.request(**self._call.request_kwargs(kwargs))
        return self.response


class _AsyncCallClient:
    """``_CallClient`` for ``AsyncSendmux``."""

    raise_on_unexpected_status = False

    def __init__(self, requester: AsyncRequester, call: _Call) -> None:
        self._requester = requester
        self._call = call
        self.response: Answer | None = None

    def get_async_httpx_client(self) -> Self:
        return self

    async def request(self, **kwargs: Any) -> Answer:
        self.response = await self._requester.request(**self._call.request_kwargs(kwargs))
        return self.response


def _new_idempotency_key() -> str:
    import uuid  # on the first create only: uuid pulls in platform at import

    return str(uuid.uuid4())


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
        authorization = authorization_source(api_key, access_token)
        options = Options(
            resolve_base_url(base_url, allow_insecure_http),
            effective_timeout(timeout, http_client),  # type: ignore[arg-type]  # checked there
            max_retries,
            max_retry_wait,
            etag_cache,
            max_response_bytes,
            default_headers or {},
            max_pages,
            deadline,
        )
        chosen = self._new_engine(engine, http_client)
        self._start(
            options, authorization, RateLimitGate(), ETagCache(), chosen, http_client is None
        )

    def _start(
        self,
        options: Options,
        authorization: Any,
        gate: RateLimitGate,
        etags: ETagCache,
        engine: SyncEngine | AsyncEngine,
        owns_http: bool,
    ) -> None:
        """The one construction path, for ``__init__`` and ``with_options`` alike."""
        self._options = options
        self._authorization = authorization
        # JSON everywhere, but the zone file is text/plain: refusing it invites a 406.
        self._headers = {"User-Agent": USER_AGENT, "Accept": ACCEPT, **options.default_headers}
        self._gate = gate
        self._etags = etags
        self._engine = engine
        self._owns_http = owns_http
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
        default_headers: Mapping[str, str] | None = None,
        max_pages: int | None = None,
        deadline: float | None = None,
    ) -> Self:
        """A copy with other settings, sharing this client's credentials, connection pool,
        rate-limit pacing and ETag cache. ``default_headers`` are added to this client's."""
        changes: dict[str, Any] = {
            "timeout": timeout,
            "max_retries": max_retries,
            "max_retry_wait": max_retry_wait,
            "etag_cache": etag_cache,
            "max_pages": max_pages,
            "deadline": deadline,
        }
        changes = {name: value for name, value in changes.items() if value is not None}
        if default_headers is not None:
            added = check_headers(default_headers)
            changes["default_headers"] = {**self._options.default_headers, **added}
        copy = object.__new__(type(self))
        copy._start(
            dataclasses.replace(self._options, **changes),
            self._authorization,
            self._gate,
            self._etags,
            self._engine,
            owns_http=False,
        )
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
        timeout = arguments.pop("timeout", None)
        extra_headers = arguments.pop("extra_headers", None)
        extra_query = arguments.pop("extra_query", None)
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
        call = _Call(operation, path_args, kwargs, path)
        if timeout is not None:
            call.timeout = build_timeout(timeout, InvalidRequestError)
        if extra_headers is not None:
            call.extra_headers = check_headers(extra_headers, "extra_headers", InvalidRequestError)
        if extra_query is not None:  # the ETag cache keys on the query sent: extra_query too
            call.extra_query = check_extra_query(operation, extra_query)
        return call

    def _finish(self, call: _Call, response: Any, answer: Answer | None) -> APIResponse[Any]:
        """The call's result from the generated ``response`` and our requester's ``answer``."""
        status = int(response.status_code)
        headers: httpx.Headers = response.headers
        request_id = headers.get("x-request-id")
        if status == 304:
            cached = self._etags.revalidated(answer)
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
                credentials=sent_credentials(answer),
            )
        if call.operation.etag_cached and self._options.etag_cache:
            parse = type(parsed).from_dict
            self._etags.store(answer, lambda envelope: parse(envelope).data)
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
    def _unparseable(call: _Call, response: Answer, exc: Exception) -> APIResponseValidationError:
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


class Sendmux(_BaseClient[httpx.Client], Root):
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
        self._build_resources(self)

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
        stand_in = _CallClient(self._requester, call)
        try:
            response = call.operation.module.sync_detailed(
                *call.path_args, client=stand_in, **call.kwargs
            )
        except SendmuxError as exc:
            exc.idempotency_key = call.kwargs.get("idempotency_key")
            raise
        except PARSE_FAILURES as exc:
            if stand_in.response is None:  # raised before any answer: not a parse failure
                raise
            raise self._unparseable(call, stand_in.response, exc) from exc
        return self._finish(call, response, stand_in.response), response.parsed

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

    def _first_page(
        self, operation_id: str, path_args: tuple[str, ...], arguments: dict[str, Any]
    ) -> APIResponse[Page[Any]]:
        """``with_response.list()``: the first page's response, its ``data`` the Page."""
        cursor, _ = self._split_list_arguments(arguments)
        call = self._prepare(operation_id, path_args, arguments).for_page(cursor)
        result, parsed = self._run(call)
        return dataclasses.replace(result, data=self._page(result, parsed))


class AsyncSendmux(_BaseClient[httpx.AsyncClient], AsyncRoot):
    """Asynchronous client: the same surface as ``Sendmux``, awaitable."""

    _requester: AsyncRequester
    _engine: AsyncEngine
    _http_class = httpx.AsyncClient

    def _new_engine(self, engine: str | None, http_client: httpx.AsyncClient | None) -> AsyncEngine:
        return async_engine(engine, http_client)

    def _build(self) -> None:
        self._requester = AsyncRequester(self._engine, **self._requester_options())
        self._build_resources(self)

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
        stand_in = _AsyncCallClient(self._requester, call)
        try:
            response = await call.operation.module.asyncio_detailed(
                *call.path_args, client=stand_in, **call.kwargs
            )
        except SendmuxError as exc:
            exc.idempotency_key = call.kwargs.get("idempotency_key")
            raise
        except PARSE_FAILURES as exc:
            if stand_in.response is None:  # raised before any answer: not a parse failure
                raise
            raise self._unparseable(call, stand_in.response, exc) from exc
        return self._finish(call, response, stand_in.response), response.parsed

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

    async def _first_page(
        self, operation_id: str, path_args: tuple[str, ...], arguments: dict[str, Any]
    ) -> APIResponse[Page[Any]]:
        """``with_response.list()``: the first page's response, its ``data`` the Page."""
        cursor, _ = self._split_list_arguments(arguments)
        call = self._prepare(operation_id, path_args, arguments).for_page(cursor)
        result, parsed = await self._run(call)
        return dataclasses.replace(result, data=self._page(result, parsed))
