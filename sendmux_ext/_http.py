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

import json
import logging
import time
import weakref
from collections.abc import Callable
from typing import Any, TypeVar

import httpx

from ._deadline import ATTEMPT_DEADLINE, WATCHDOG, attempt_timeouts
from ._decoding import (
    ACCEPT_ENCODING,
    BodyDecoder,
    BodyTooLarge,
    CorruptEncoding,
    DecodingFailure,
)
from ._engines import Answer, AsyncEngine, AsyncReply, Request, SyncEngine, SyncReply
from ._errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APITimeoutError,
    ConfigurationError,
    InvalidRequestError,
    SendmuxError,
    error_from_response,
    redirect_error,
)
from ._etag import ETagCache
from ._logging import debug_exchange, logger
from ._ratelimit import Pass, RateLimitGate
from ._response import logged_request_id, request_id_of
from ._retry import RetryPolicy

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


def whole_attempt(timeout: httpx.Timeout) -> float | None:
    """``timeout`` bounds a whole attempt, connect to last byte: a number as given, an
    httpx.Timeout by its longest phase; without any, only httpx's per-phase ones."""
    phases = [value for value in timeout.as_dict().values() if value is not None]
    return max(phases) if phases else None


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
        # Lowercase names; only the encodings ``_decoding`` can bound are asked for,
        # whatever a user's client would ask for.
        self.headers = {name.lower(): value for name, value in headers.items()}
        self.headers["accept-encoding"] = ACCEPT_ENCODING
        self.timeout = timeout
        self.retry = retry
        self.gate = gate
        self.max_response_bytes = max_response_bytes
        self.etags = etags
        self.revalidate = revalidate
        self.deadline = deadline
        self._base_path = httpx.URL(base_url).raw_path.decode("ascii").rstrip("/")
        self._own_budget = self._budget(timeout)

    @staticmethod
    def _budget(timeout: httpx.Timeout) -> tuple[float, dict[str, float | None]]:
        """(seconds one attempt may take under ``timeout``, its per-phase timeouts)."""
        whole = whole_attempt(timeout)
        if whole is None:
            return float("inf"), timeout.as_dict()
        return whole, attempt_timeouts(timeout, whole)

    def _call_ends(self) -> float | None:
        return None if self.deadline is None else time.monotonic() + self.deadline

    def _left(self, ends: float | None) -> float:
        """Seconds the call may still take (inf without a deadline)."""
        return float("inf") if ends is None else ends - time.monotonic()

    def _before_attempt(self, request: Request, ends: float | None, attempt: int) -> None:
        """The attempt's deadline and credentials, then the ETag cache's part (it keys on
        the credentials)."""
        left = self._left(ends)
        if left <= 0:
            raise APITimeoutError(
                f"{request.method} {request.path}: the call's deadline of {self.deadline} s "
                f"passed after {attempt - 1} attempt(s)"
            )
        # The client's own timeout is worked out once (per attempt: 6% of this layer's CPU).
        timeout = request.timeout
        whole, phases = self._own_budget if timeout is self.timeout else self._budget(timeout)
        budget = min(left, whole)
        if budget != float("inf"):
            request.extensions["timeout"] = (
                phases if budget == whole else attempt_timeouts(timeout, budget)
            )
            request.extensions[ATTEMPT_DEADLINE] = time.monotonic() + budget
        request.headers["authorization"] = self.authorization()
        self.etags.before_attempt(
            request, request.path.removeprefix(self._base_path), revalidate=self.revalidate
        )

    @staticmethod
    def _check_open(engine: SyncEngine | AsyncEngine) -> None:
        if engine.is_closed:
            raise InvalidRequestError(
                "this client is closed (close() was called, or its http_client was closed); "
                "create a new client"
            )

    def _judge(
        self, request: Request, response: Answer | None, exc: Exception | None
    ) -> tuple[SendmuxError | None, bool]:
        """(None, _) for a success; else the error to raise and whether a retry is safe."""
        if response is not None:
            if response.status_code < 300 or response.status_code == 304:
                return None, False
            if response.status_code < 400:  # never followed: it could re-send a write elsewhere
                return redirect_error(request, response), False
            error = error_from_response(response)
            return error, self.retry.should_retry_response(request, error)
        assert isinstance(exc, NO_ANSWER_ERRORS)
        kind = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
        wrapped = kind(f"{request.method} {request.path} failed: {type(exc).__name__}: {exc}")
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
    def _past_deadline(request: Request) -> bool:
        deadline = request.extensions.get(ATTEMPT_DEADLINE)
        return deadline is not None and time.monotonic() >= deadline

    def _attempt_timed_out(self, request: Request) -> httpx.TimeoutException:
        return httpx.ReadTimeout(
            f"the attempt took longer than its timeout ({whole_attempt(request.timeout)} s, "
            "or what was left of the call's deadline)"
        )

    def _log(
        self,
        request: Request,
        response: Answer | None,
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
            request.path,
            status,
            request_id,
            elapsed,
            attempt,
        )
        if logger.isEnabledFor(logging.DEBUG):
            debug_exchange(request, response)

    def _too_large(self, request: Request, response: Answer) -> SendmuxError:
        return APIResponseValidationError(
            f"{request.method} {request.path}: the response body is larger than "
            f"max_response_bytes={self.max_response_bytes}; reading stopped there",
            status_code=response.status_code,
            request_id=request_id_of(response),
            headers=response.headers,
        )

    def _declared_too_large(self, response: Answer) -> bool:
        try:
            return int(response.header_map.get("content-length", "0")) > self.max_response_bytes
        except ValueError:
            return False

    def _decoder(self, reply: SyncReply | AsyncReply, response: Answer) -> BodyDecoder:
        if self._declared_too_large(response):
            raise BodyTooLarge("declared length")
        # A transport that read and decoded the body itself (MockTransport): count it only.
        encoding = None if reply.already_decoded else response.header_map.get("content-encoding")
        return BodyDecoder(encoding, self.max_response_bytes)

    def _unreadable(
        self, request: Request, response: Answer, failure: DecodingFailure
    ) -> Exception:
        """What a body that could not be read within the rules becomes."""
        if isinstance(failure, BodyTooLarge):
            return self._too_large(request, response)
        if isinstance(failure, CorruptEncoding):  # as httpx reports it: a transport failure
            return httpx.DecodingError(str(failure))
        return APIResponseValidationError(
            f"{request.method} {request.path}: {failure}",
            status_code=response.status_code,
            request_id=request_id_of(response),
            headers=response.headers,
        )

    def _build(self, kwargs: dict[str, Any]) -> Request:
        """The generated function's request arguments as a ``Request``: what httpx's
        ``build_request`` would send (the same query encoding and JSON bytes)."""
        path = kwargs["url"]
        url = self.base_url + path
        params = kwargs.get("params")
        if params:
            url += "?" + str(httpx.QueryParams(params))
        headers = self.headers.copy()
        for name, value in kwargs.get("headers", {}).items():
            headers[name.lower()] = value
        content: bytes | None = kwargs.get("content")
        if "json" in kwargs:
            content = json.dumps(
                kwargs["json"], ensure_ascii=False, separators=(",", ":"), allow_nan=False
            ).encode("utf-8")
        timeout = kwargs.get("timeout", self.timeout)  # a call's own timeout= wins
        return Request(
            kwargs["method"].upper(), url, self._base_path + path, headers, content, timeout
        )

    def _answer(
        self, request: Request, reply: SyncReply | AsyncReply
    ) -> tuple[Answer, BodyDecoder]:
        """The answer (its body still empty) and the decoder its raw body goes through."""
        answer = Answer(request, reply.status_code, reply.raw_headers, b"", reply.headers)
        try:
            return answer, self._decoder(reply, answer)
        except DecodingFailure as failure:
            raise self._unreadable(request, answer, failure) from None


class SyncRequester(_Requester):
    def __init__(self, engine: SyncEngine, **options: Any) -> None:
        super().__init__(**options)
        self.engine = engine
        self.sleep = time.sleep

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

    def _aborter(self, request: Request) -> Callable[[], None]:
        """What the watchdog calls at the deadline. It holds the request weakly: the
        watchdog keeps finished attempts' callbacks for a while, and a request (headers,
        body, ETag entry) is far bigger than this closure."""
        engine, sent = self.engine, weakref.ref(request)

        def abort() -> None:
            attempt = sent()
            if attempt is not None:
                engine.abort(attempt)

        return abort

    def _receive(self, request: Request) -> Answer:
        """Send one attempt (redirects never followed); return it with its body read and
        decoded within ``max_response_bytes``."""
        deadline = request.extensions.get(ATTEMPT_DEADLINE)
        watch = None if deadline is None else WATCHDOG.arm(deadline, self._aborter(request))
        try:
            reply = self.engine.open(request)
            try:
                answer, decoder = self._answer(request, reply)
                try:
                    for chunk in reply.iter_raw():
                        decoder.feed(chunk)
                        if self._past_deadline(request):
                            raise self._attempt_timed_out(request)
                    answer.content = decoder.finish()
                except DecodingFailure as failure:
                    raise self._unreadable(request, answer, failure) from None
            finally:
                reply.close()
        except httpx.TransportError as exc:
            if isinstance(exc, httpx.TimeoutException) or not self._past_deadline(request):
                raise
            raise self._attempt_timed_out(request) from None  # the watchdog cut it short
        finally:
            if watch is not None:
                WATCHDOG.cancel(watch)
        return answer

    def request(self, **kwargs: Any) -> Answer:
        request = self._build(kwargs)
        retries = 0
        ends = self._call_ends()
        while True:
            self._check_open(self.engine)
            ticket = self._pass_gate(ends)
            response: Answer | None = None
            caught: Exception | None = None
            try:
                self._before_attempt(request, ends, retries + 1)
                started = time.perf_counter()
                response = self._receive(request)
            except NO_ANSWER_ERRORS as exc:
                caught = exc
            finally:
                self.gate.release(ticket, response.header_map if response is not None else None)
            self._log(request, response, caught, started, retries + 1)
            error, retryable = self._judge(request, response, caught)
            if error is None:
                assert response is not None
                return response
            wait = self._wait_or_raise(retries, error, retryable, ends)
            self.sleep(wait)
            retries += 1


class AsyncRequester(_Requester):
    def __init__(self, engine: AsyncEngine, **options: Any) -> None:
        super().__init__(**options)
        self.engine = engine
        import asyncio  # only async clients need it: keeps `import sendmux_ext` light

        self.sleep = asyncio.sleep

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

    async def _receive(self, request: Request) -> Answer:
        """Send one attempt (redirects never followed); return it with its body read and
        decoded within ``max_response_bytes``."""
        import asyncio  # a dictionary lookup once imported (see __init__)

        deadline = request.extensions.get(ATTEMPT_DEADLINE)
        try:
            async with asyncio.timeout(None if deadline is None else deadline - time.monotonic()):
                reply = await self.engine.open(request)
                try:
                    answer, decoder = self._answer(request, reply)
                    try:
                        async for chunk in reply.aiter_raw():
                            decoder.feed(chunk)
                        answer.content = decoder.finish()
                    except DecodingFailure as failure:
                        raise self._unreadable(request, answer, failure) from None
                finally:
                    await reply.aclose()
        except TimeoutError:
            raise self._attempt_timed_out(request) from None
        return answer

    async def request(self, **kwargs: Any) -> Answer:
        request = self._build(kwargs)
        retries = 0
        ends = self._call_ends()
        while True:
            self._check_open(self.engine)
            ticket = await self._pass_gate(ends)
            response: Answer | None = None
            caught: Exception | None = None
            try:
                self._before_attempt(request, ends, retries + 1)
                started = time.perf_counter()
                response = await self._receive(request)
            except NO_ANSWER_ERRORS as exc:
                caught = exc
            finally:
                self.gate.release(ticket, response.header_map if response is not None else None)
            self._log(request, response, caught, started, retries + 1)
            error, retryable = self._judge(request, response, caught)
            if error is None:
                assert response is not None
                return response
            wait = self._wait_or_raise(retries, error, retryable, ends)
            await self.sleep(wait)
            retries += 1
