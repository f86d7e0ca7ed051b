"""The one place every request goes through: the httpx client the generated code calls.

The generated functions build the request and parse the answer; they call
``client.get_httpx_client().request(**kwargs)``. We hand them this object in
place of the bare ``httpx.Client``, so that every request gets, without the
generated code knowing: the base URL, credentials, the timeout, rate-limit
pacing, safe retries with backoff, logging, a cap on the response size, and API
errors raised as typed exceptions (the generated parser only ever sees success
responses).
"""

from __future__ import annotations

import contextvars
import logging
import os
import time
import weakref
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import httpx

from ._deadline import ATTEMPT_DEADLINE, WATCHDOG, abort_attempt, attempt_timeouts
from ._decoding import (
    ACCEPT_ENCODING,
    BodyDecoder,
    BodyTooLarge,
    CorruptEncoding,
    DecodingFailure,
)
from ._errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APITimeoutError,
    ConfigurationError,
    InvalidRequestError,
    SendmuxError,
)
from ._etag import ETagCache
from ._logging import debug_exchange, logger
from ._ratelimit import Pass, RateLimitGate
from ._response import error_from_response, logged_request_id, redirect_error, request_id_of
from ._retry import RetryPolicy

# The last success response of the current call, for diagnosing a body that
# then fails to parse (the generated code does not hand it back in that case).
last_response: contextvars.ContextVar[httpx.Response | None] = contextvars.ContextVar(
    "sendmux_last_response", default=None
)

# What an attempt may fail with, short of an HTTP answer: the transport's errors,
# and a body whose Content-Encoding does not decode (a broken proxy).
NO_ANSWER_ERRORS = (httpx.TransportError, httpx.DecodingError)


HttpT = TypeVar("HttpT", httpx.Client, httpx.AsyncClient)
_PROXY_VARIABLES = "HTTP_PROXY, HTTPS_PROXY or ALL_PROXY"


def new_http_client(http_class: type[HttpT]) -> HttpT:
    """The pool a client owns. httpx reads the proxy from the environment here; an
    unusable one is a ``ConfigurationError`` (never quoting the URL: it may hold a password)."""
    try:
        return http_class()
    except ImportError as exc:
        raise ConfigurationError(
            f"the proxy from the environment ({_PROXY_VARIABLES}) needs a package that is "
            f"not installed ({type(exc).__name__}); a socks5:// proxy needs socksio: "
            "pip install 'httpx[socks]'"
        ) from None
    except (ValueError, httpx.InvalidURL) as exc:
        raise ConfigurationError(
            f"the proxy URL from the environment ({_PROXY_VARIABLES}) is unusable "
            f"({type(exc).__name__}); use an http://, https:// or socks5:// URL"
        ) from None


class SharedPool(Generic[HttpT]):
    """The httpx client a client and its ``with_options`` copies send through.

    After ``os.fork()`` the child would share the parent's keep-alive sockets and read
    its answers; a pool the client created itself is therefore replaced by a fresh one
    in the child (the old one is dropped, not closed: its sockets are the parent's).
    A user's ``http_client`` is the user's to create after the fork."""

    def __init__(self, http: HttpT, *, owned: bool) -> None:
        self.http: HttpT = http
        self.owned = owned
        if owned:
            _OWNED_POOLS.add(self)

    def renew_in_child(self) -> None:
        self.http = new_http_client(type(self.http))


_OWNED_POOLS: weakref.WeakSet[SharedPool[Any]] = weakref.WeakSet()


def _after_fork_in_child() -> None:
    for pool in list(_OWNED_POOLS):
        pool.renew_in_child()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork_in_child)


class _Requester:
    """What the sync and async twins share: building, judging and logging attempts."""

    sleep: Callable[[float], Any]

    def __init__(
        self,
        *,
        base_url: str,
        authorization: Callable[[], str],
        headers: dict[str, str],
        timeout: httpx.Timeout,
        retry: RetryPolicy,
        gate: RateLimitGate,
        max_response_bytes: int,
        etags: ETagCache,
        revalidate: bool,
        deadline: float | None = None,
    ) -> None:
        self.base_url = base_url
        self.authorization = authorization
        self.headers = headers
        self.timeout = timeout
        self.retry = retry
        self.gate = gate
        self.max_response_bytes = max_response_bytes
        self.etags = etags
        self.revalidate = revalidate
        self.deadline = deadline
        # ``timeout`` bounds a whole attempt, connect to last byte: a number as given, an
        # httpx.Timeout by its longest phase; without any, only httpx's per-phase ones.
        phases = [value for value in timeout.as_dict().values() if value is not None]
        self.attempt_timeout = max(phases) if phases else None
        self._base_path = httpx.URL(base_url).raw_path.decode("ascii").rstrip("/")

    def _call_ends(self) -> float | None:
        return None if self.deadline is None else time.monotonic() + self.deadline

    def _left(self, ends: float | None) -> float:
        """Seconds the call may still take (inf without a deadline)."""
        return float("inf") if ends is None else ends - time.monotonic()

    def _before_attempt(self, request: httpx.Request, ends: float | None, attempt: int) -> None:
        """The attempt's deadline and credentials, then the ETag cache's part (it keys on
        the credentials)."""
        left = self._left(ends)
        if left <= 0:
            raise APITimeoutError(
                f"{request.method} {request.url.path}: the call's deadline of {self.deadline} s "
                f"passed after {attempt - 1} attempt(s)"
            )
        budget = min(left, self.attempt_timeout or float("inf"))
        if budget != float("inf"):
            request.extensions["timeout"] = attempt_timeouts(self.timeout, budget)
            request.extensions[ATTEMPT_DEADLINE] = time.monotonic() + budget
        request.headers["Authorization"] = self.authorization()
        path = request.url.raw_path.decode("ascii").split("?", 1)[0]
        self.etags.before_attempt(
            request, path.removeprefix(self._base_path), revalidate=self.revalidate
        )

    @staticmethod
    def _check_open(http: httpx.Client | httpx.AsyncClient) -> None:
        if http.is_closed:
            raise InvalidRequestError(
                "this client is closed (close() was called, or its http_client was closed); "
                "create a new client"
            )

    def _judge(
        self, request: httpx.Request, response: httpx.Response | None, exc: Exception | None
    ) -> tuple[SendmuxError | None, bool]:
        """(None, _) for a success; else the error to raise and whether a retry is safe."""
        if response is not None:
            if response.status_code < 300 or response.status_code == 304:
                last_response.set(response)
                return None, False
            if response.status_code < 400:  # never followed: it could re-send a write elsewhere
                return redirect_error(request, response), False
            error = error_from_response(response)
            return error, self.retry.should_retry_response(request, error)
        assert isinstance(exc, NO_ANSWER_ERRORS)
        kind = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
        wrapped = kind(f"{request.method} {request.url.path} failed: {type(exc).__name__}: {exc}")
        wrapped.__cause__ = exc
        return wrapped, self.retry.should_retry_error(request, exc)

    def _wait_or_raise(
        self, retries: int, error: SendmuxError, retryable: bool, ends: float | None
    ) -> float:
        """Seconds to sleep before retry ``retries + 1``; raise when there is none (or it
        would end past the call's deadline)."""
        if not retryable or retries >= self.retry.max_retries:
            raise error
        retry_after = error.retry_after if isinstance(error, APIError) else None
        wait = self.retry.wait_before_retry(retries, retry_after)
        if wait is None:  # asked to wait past the cap: give up now, retry_after tells how long
            raise error
        if wait >= self._left(ends):
            raise error
        return wait

    @staticmethod
    def _past_deadline(request: httpx.Request) -> bool:
        deadline = request.extensions.get(ATTEMPT_DEADLINE)
        return deadline is not None and time.monotonic() >= deadline

    def _attempt_timed_out(self, request: httpx.Request) -> httpx.TimeoutException:
        return httpx.ReadTimeout(
            f"the attempt took longer than its timeout ({self.attempt_timeout} s, or what was "
            "left of the call's deadline)",
            request=request,
        )

    def _log(
        self,
        request: httpx.Request,
        response: httpx.Response | None,
        error: Exception | None,
        started: float,
        attempt: int,
    ) -> None:
        if not logger.isEnabledFor(logging.INFO):
            return
        elapsed = (time.perf_counter() - started) * 1000
        status = response.status_code if response is not None else type(error).__name__
        request_id = logged_request_id(response) if response is not None else None
        logger.log(
            logging.INFO
            if response is not None and response.status_code < 400
            else logging.WARNING,
            "%s %s -> %s request_id=%s %.1fms attempt=%d",
            request.method,
            request.url.path,
            status,
            request_id,
            elapsed,
            attempt,
        )
        if logger.isEnabledFor(logging.DEBUG):
            debug_exchange(request, response)

    def _too_large(self, request: httpx.Request, response: httpx.Response) -> SendmuxError:
        return APIResponseValidationError(
            f"{request.method} {request.url.path}: the response body is larger than "
            f"max_response_bytes={self.max_response_bytes}; reading stopped there",
            status_code=response.status_code,
            request_id=request_id_of(response),
            headers=response.headers,
        )

    def _declared_too_large(self, response: httpx.Response) -> bool:
        try:
            return int(response.headers.get("content-length", "0")) > self.max_response_bytes
        except ValueError:
            return False

    def _decoder(self, request: httpx.Request, response: httpx.Response) -> BodyDecoder:
        if self._declared_too_large(response):
            raise BodyTooLarge("declared length")
        if response.is_stream_consumed:  # read (and decoded) by the transport: MockTransport
            decoder = BodyDecoder(None, self.max_response_bytes)
            decoder.feed(response.content)
            return decoder
        return BodyDecoder(response.headers.get("content-encoding"), self.max_response_bytes)

    def _unreadable(
        self, request: httpx.Request, response: httpx.Response, failure: DecodingFailure
    ) -> Exception:
        """What a body that could not be read within the rules becomes."""
        if isinstance(failure, BodyTooLarge):
            return self._too_large(request, response)
        if isinstance(failure, CorruptEncoding):  # as httpx reports it: a transport failure
            return httpx.DecodingError(str(failure), request=request)
        return APIResponseValidationError(
            f"{request.method} {request.url.path}: {failure}",
            status_code=response.status_code,
            request_id=request_id_of(response),
            headers=response.headers,
        )

    def _build(
        self, http: httpx.Client | httpx.AsyncClient, kwargs: dict[str, Any]
    ) -> httpx.Request:
        kwargs = dict(kwargs)
        url = self.base_url + kwargs.pop("url")
        # Only the encodings ``_decoding`` can bound, whatever the user's client asks for.
        headers = {**self.headers, "Accept-Encoding": ACCEPT_ENCODING, **kwargs.pop("headers", {})}
        return http.build_request(url=url, headers=headers, timeout=self.timeout, **kwargs)


class SyncRequester(_Requester):
    def __init__(self, pool: SharedPool[httpx.Client], **options: Any) -> None:
        super().__init__(**options)
        self._pool = pool
        self.sleep = time.sleep

    @property
    def http(self) -> httpx.Client:
        return self._pool.http

    def _pass_gate(self, ends: float | None) -> Pass:
        """Wait until the rate-limit gate lets this attempt go (at most ``max_wait``, and
        never past the call's deadline)."""
        held = 0.0
        while True:
            ticket = self.gate.acquire(min(self.retry.max_wait - held, self._left(ends)))
            try:
                if ticket.delay > 0:
                    self.sleep(ticket.delay)
            except BaseException:
                if ticket.granted:
                    self.gate.release(ticket, None)
                raise
            held += ticket.delay
            if ticket.granted:
                return ticket

    def _receive(self, request: httpx.Request) -> httpx.Response:
        """Send one attempt (redirects never followed); return it with its body read and
        decoded within ``max_response_bytes``."""
        deadline = request.extensions.get(ATTEMPT_DEADLINE)
        http = self.http
        watch = (
            None
            if deadline is None
            else WATCHDOG.arm(deadline, lambda: abort_attempt(http, request))
        )
        try:
            response = self.http.send(request, stream=True, follow_redirects=False)
            try:
                decoder = self._decoder(request, response)
                for chunk in () if response.is_stream_consumed else response.iter_raw():
                    decoder.feed(chunk)
                    if self._past_deadline(request):
                        raise self._attempt_timed_out(request)
                response._content = decoder.finish()  # what ``response.read()`` would set
            except DecodingFailure as failure:
                raise self._unreadable(request, response, failure) from None
            finally:
                response.close()
        except httpx.TransportError as exc:
            if isinstance(exc, httpx.TimeoutException) or not self._past_deadline(request):
                raise
            raise self._attempt_timed_out(request) from None  # the watchdog cut it short
        finally:
            if watch is not None:
                WATCHDOG.cancel(watch)
        return response

    def request(self, **kwargs: Any) -> httpx.Response:
        last_response.set(None)
        request = self._build(self.http, kwargs)
        retries = 0
        ends = self._call_ends()
        while True:
            self._check_open(self.http)
            ticket = self._pass_gate(ends)
            response: httpx.Response | None = None
            caught: Exception | None = None
            try:
                self._before_attempt(request, ends, retries + 1)
                started = time.perf_counter()
                response = self._receive(request)
            except NO_ANSWER_ERRORS as exc:
                caught = exc
            finally:
                self.gate.release(ticket, response.headers if response is not None else None)
            self._log(request, response, caught, started, retries + 1)
            error, retryable = self._judge(request, response, caught)
            if error is None:
                assert response is not None
                return response
            wait = self._wait_or_raise(retries, error, retryable, ends)
            self.sleep(wait)
            retries += 1


class AsyncRequester(_Requester):
    def __init__(self, pool: SharedPool[httpx.AsyncClient], **options: Any) -> None:
        super().__init__(**options)
        self._pool = pool
        import asyncio  # only async clients need it: keeps `import sendmux_ext` light

        self.sleep = asyncio.sleep

    @property
    def http(self) -> httpx.AsyncClient:
        return self._pool.http

    async def _pass_gate(self, ends: float | None) -> Pass:
        """Wait until the rate-limit gate lets this attempt go (at most ``max_wait``, and
        never past the call's deadline)."""
        held = 0.0
        while True:
            ticket = self.gate.acquire(min(self.retry.max_wait - held, self._left(ends)))
            try:
                if ticket.delay > 0:
                    await self.sleep(ticket.delay)
            except BaseException:
                if ticket.granted:
                    self.gate.release(ticket, None)
                raise
            held += ticket.delay
            if ticket.granted:
                return ticket

    async def _receive(self, request: httpx.Request) -> httpx.Response:
        """Send one attempt (redirects never followed); return it with its body read and
        decoded within ``max_response_bytes``."""
        import asyncio  # a dictionary lookup once imported (see __init__)

        deadline = request.extensions.get(ATTEMPT_DEADLINE)
        try:
            async with asyncio.timeout(None if deadline is None else deadline - time.monotonic()):
                response = await self.http.send(request, stream=True, follow_redirects=False)
                try:
                    decoder = self._decoder(request, response)
                    if not response.is_stream_consumed:
                        async for chunk in response.aiter_raw():
                            decoder.feed(chunk)
                    response._content = decoder.finish()  # what ``response.aread()`` would set
                except DecodingFailure as failure:
                    raise self._unreadable(request, response, failure) from None
                finally:
                    await response.aclose()
        except TimeoutError:
            raise self._attempt_timed_out(request) from None
        return response

    async def request(self, **kwargs: Any) -> httpx.Response:
        last_response.set(None)
        request = self._build(self.http, kwargs)
        retries = 0
        ends = self._call_ends()
        while True:
            self._check_open(self.http)
            ticket = await self._pass_gate(ends)
            response: httpx.Response | None = None
            caught: Exception | None = None
            try:
                self._before_attempt(request, ends, retries + 1)
                started = time.perf_counter()
                response = await self._receive(request)
            except NO_ANSWER_ERRORS as exc:
                caught = exc
            finally:
                self.gate.release(ticket, response.headers if response is not None else None)
            self._log(request, response, caught, started, retries + 1)
            error, retryable = self._judge(request, response, caught)
            if error is None:
                assert response is not None
                return response
            wait = self._wait_or_raise(retries, error, retryable, ends)
            await self.sleep(wait)
            retries += 1
