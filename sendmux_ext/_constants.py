"""Defaults and fixed facts of the API, in one place."""

from __future__ import annotations

import httpx

VERSION = "0.1.0"
DEFAULT_BASE_URL = "https://app.sendmux.ai/api/v1"
ENV_API_KEY = "SENDMUX_API_KEY"
ENV_BASE_URL = "SENDMUX_BASE_URL"
ENV_LOG = "SENDMUX_LOG"
ROOT_KEY_PREFIX = "smx_root_"
OTHER_KEY_PREFIXES = {"smx_mbx_": "a mailbox key", "smx_agent_": "an agent token"}

# The generated client has no timeout; ours always has one.
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
DEFAULT_MAX_RETRIES = 2
# Longest single wait (Retry-After, rate-limit reset or backoff) a call accepts;
# asked to wait longer, it raises at once with ``retry_after`` set.
DEFAULT_MAX_RETRY_WAIT = 60.0
INITIAL_RETRY_DELAY = 0.5
MAX_BACKOFF_DELAY = 8.0

# JSON for every operation but the zone file, which answers text/plain.
ACCEPT = "application/json, text/plain;q=0.5"

# The API's rate-limit window (600 requests per 60 s per key). An X-RateLimit-Reset
# further away than the window plus this much clock-skew slack is not believed.
RATE_LIMIT_WINDOW = 60.0
RESET_SKEW_SLACK = 30.0

RETRYABLE_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
# Methods whose repetition cannot do more than the first attempt.
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})

# A larger response body (after decoding) raises instead of filling memory; the
# largest documented response (a page of 100 items) is far below it.
DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024

# Empty pages in a row (with has_more true) after which pagination refuses to go on.
MAX_EMPTY_PAGES = 10

ETAG_CACHE_SIZE = 512
# Bodies the ETag cache keeps, in all (a larger single body is not cached).
ETAG_CACHE_BYTES = 8 * 1024 * 1024
HEADER_VALUE_MAX = 255  # Idempotency-Key and If-Match
LIMIT_RANGE = (1, 100)  # every Management list's ``limit``
# What the generated parser raises on a body that does not fit the spec; RecursionError
# for JSON nested deeper than the interpreter's stack (a hostile body).
PARSE_FAILURES = (KeyError, TypeError, ValueError, AttributeError, RecursionError)
# What a field name ends in (or contains) when its value is a secret: masked in model
# reprs (templates/model.py.jinja repeats the list: a template cannot import it), in
# DEBUG body excerpts and in the fake's request log.
SECRET_FIELD_WORDS = ("secret", "password", "token")
