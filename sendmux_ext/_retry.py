"""When a failed attempt may be repeated, and how long to wait first.

Safe to repeat: a request that never reached the server (connect errors), a 429
(the API did not process it), and otherwise only idempotent requests: GET, PUT,
DELETE, or a POST carrying an ``Idempotency-Key`` (the same key on every attempt).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import TYPE_CHECKING

import httpx

from ._constants import (
    DEFAULT_MAX_RETRY_WAIT,
    IDEMPOTENT_METHODS,
    INITIAL_RETRY_DELAY,
    MAX_BACKOFF_DELAY,
)
from ._errors import APIError

if TYPE_CHECKING:
    from ._engines import Request

# Raised before a byte of the request left: repeating cannot duplicate anything.
NOT_SENT_ERRORS = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


def is_idempotent(request: Request) -> bool:
    return request.method in IDEMPOTENT_METHODS or "idempotency-key" in request.headers


@dataclass(frozen=True)
class RetryPolicy:
    max_retries: int
    max_wait: float = DEFAULT_MAX_RETRY_WAIT
    initial_delay: float = INITIAL_RETRY_DELAY
    max_backoff: float = MAX_BACKOFF_DELAY

    def should_retry_error(self, request: Request, error: httpx.RequestError) -> bool:
        return isinstance(error, NOT_SENT_ERRORS) or is_idempotent(request)

    def should_retry_response(self, request: Request, error: APIError) -> bool:
        if not error.retryable:
            return False
        return error.status_code == 429 or is_idempotent(request)

    def backoff(self, retry_number: int) -> float:
        """Exponential backoff with jitter, for the ``retry_number``-th retry (0-based)."""
        delay = min(self.initial_delay * 2.0**retry_number, self.max_backoff)
        return delay * (1.0 - 0.25 * random.random())

    def wait_before_retry(self, retry_number: int, retry_after: float | None) -> float | None:
        """Seconds to sleep before the next attempt, or None when that exceeds ``max_wait``."""
        wait = retry_after if retry_after is not None else self.backoff(retry_number)
        return wait if wait <= self.max_wait else None
