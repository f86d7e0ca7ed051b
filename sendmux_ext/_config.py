"""Every client setting, its checks and defaults, in one place. Never echoes a secret."""

from __future__ import annotations

import ipaddress
import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

import httpx

from ._constants import (
    DEFAULT_BASE_URL,
    DEFAULT_TIMEOUT,
    ENV_API_KEY,
    ENV_BASE_URL,
    OTHER_KEY_PREFIXES,
    ROOT_KEY_PREFIX,
)
from ._errors import ConfigurationError, SendmuxError

TokenSource = str | Callable[[], str]


def _check_token_text(token: str, what: str) -> None:
    if not token:
        raise ConfigurationError(f"{what} is empty")
    if token != token.strip() or any(c.isspace() or ord(c) < 0x20 for c in token):
        raise ConfigurationError(f"{what} contains whitespace or control characters")
    if not token.isascii():
        raise ConfigurationError(f"{what} contains non-ASCII characters")


def check_api_key(api_key: str) -> str:
    if not isinstance(api_key, str):
        raise ConfigurationError("api_key must be a string")
    _check_token_text(api_key, "api_key")
    if not api_key.startswith(ROOT_KEY_PREFIX):
        hint = next(
            (f" (this looks like {kind}, which cannot call the Management API)"
             for prefix, kind in OTHER_KEY_PREFIXES.items() if api_key.startswith(prefix)),
            "",
        )  # fmt: skip
        raise ConfigurationError(
            f"api_key must be a team root key starting with {ROOT_KEY_PREFIX!r}{hint}"
        )
    return api_key


def authorization_source(
    api_key: str | None, access_token: TokenSource | None
) -> Callable[[], str]:
    """A function giving the ``Authorization`` header value for each attempt."""
    if api_key is not None and access_token is not None:
        raise ConfigurationError("pass api_key or access_token, not both")
    if access_token is not None:
        if callable(access_token):
            source = access_token

            def from_callable() -> str:
                token = source()
                if not isinstance(token, str):
                    raise ConfigurationError("access_token callable must return a string")
                _check_token_text(token, "the access_token callable's result")
                return f"Bearer {token}"

            return from_callable
        if not isinstance(access_token, str):
            raise ConfigurationError("access_token must be a string or a callable returning one")
        _check_token_text(access_token, "access_token")
        value = f"Bearer {access_token}"
        return lambda: value
    if api_key is None:
        api_key = os.environ.get(ENV_API_KEY)
        if api_key is None:
            raise ConfigurationError(
                f"no credentials: pass api_key= or access_token=, or set {ENV_API_KEY}"
            )
    value = f"Bearer {check_api_key(api_key)}"
    return lambda: value


_TOKEN = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")  # an HTTP header name (RFC 9110 token)
_HOST = re.compile(r"[0-9A-Za-z.-]+|[0-9A-Fa-f:.]+")  # a name (IDNA-encoded) or an IP


def check_headers(
    headers: Mapping[str, str],
    what: str = "default_headers",
    error: type[SendmuxError] = ConfigurationError,
) -> dict[str, str]:
    """``default_headers`` / ``extra_headers``: valid names, values without CR, LF or
    other control characters."""
    if not isinstance(headers, Mapping):
        raise error(f"{what} must be a mapping of header names to values")
    checked = {}
    for name, value in headers.items():
        if not isinstance(name, str) or not _TOKEN.fullmatch(name):
            raise error(f"{what}: {name!r} is not a valid header name")
        if not isinstance(value, str) or any(
            (ord(c) < 0x20 and c != "\t") or ord(c) == 0x7F or ord(c) > 0xFF for c in value
        ):
            # The value is not echoed: it may be a credential.
            raise error(
                f"{what}: the value of {name} must be a string without CR, LF or control characters"
            )
        checked[name] = value
    return checked


def _is_loopback(host: str) -> bool:
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def resolve_base_url(base_url: str | None, allow_insecure_http: bool) -> str:
    """The base URL without a trailing slash; plain http only to loopback unless allowed."""
    raw = base_url if base_url is not None else os.environ.get(ENV_BASE_URL) or DEFAULT_BASE_URL
    try:
        url = httpx.URL(raw)
    except (httpx.InvalidURL, TypeError) as exc:
        raise ConfigurationError(f"base_url is not a valid URL: {exc}") from exc
    if url.query or url.fragment or url.userinfo:
        raise ConfigurationError("base_url must not carry a query, a fragment or credentials")
    if url.scheme not in ("http", "https") or not url.host:
        raise ConfigurationError(f"base_url must be an http(s) URL with a host, got {raw!r}")
    if not _HOST.fullmatch(url.raw_host.decode("ascii")) or not 0 < (url.port or 443) < 65536:
        raise ConfigurationError(f"base_url has an invalid host or port: {raw!r}")
    if url.scheme == "http" and not _is_loopback(url.host) and not allow_insecure_http:
        raise ConfigurationError(
            f"base_url {raw!r} uses plain http to a non-loopback host: the key would travel "
            "in clear text; use https, or pass allow_insecure_http=True if you must"
        )
    return str(url).rstrip("/")


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_seconds(value: object, *, zero: bool = False) -> bool:
    """A finite, sane number of seconds: positive (or zero, if ``zero``), under 1e9."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    return (value >= 0 if zero else value > 0) and value < 1e9


def build_timeout(
    value: float | httpx.Timeout, error: type[SendmuxError] = ConfigurationError
) -> httpx.Timeout:
    """A number of seconds (connect capped at 10 s) or an ``httpx.Timeout`` as given."""
    if isinstance(value, httpx.Timeout):
        return value
    if not _is_seconds(value):
        raise error("timeout must be a positive number of seconds or an httpx.Timeout")
    return httpx.Timeout(float(value), connect=min(float(value), 10.0))


def effective_timeout(
    timeout: float | httpx.Timeout | None, http_client: httpx.Client | httpx.AsyncClient | None
) -> float | httpx.Timeout:
    """An explicit timeout wins; else a user's own client keeps its own, if it has one."""
    if timeout is not None:
        return timeout
    if http_client is not None and http_client.timeout.read is not None:
        return http_client.timeout
    return DEFAULT_TIMEOUT


@dataclass(frozen=True)
class Options:
    """Everything ``with_options`` can change, checked in one place; no secrets here.

    ``Options(...)`` and ``dataclasses.replace(options, ...)`` both check every field:
    a new setting added here reaches the constructor and ``with_options`` alike.
    """

    base_url: str
    timeout: httpx.Timeout
    max_retries: int
    max_retry_wait: float
    etag_cache: bool
    max_response_bytes: int
    default_headers: Mapping[str, str] = field(repr=False)  # may hold a credential
    max_pages: int | None = None
    deadline: float | None = None

    def __post_init__(self) -> None:
        if not (_is_int(self.max_retries) and self.max_retries >= 0):
            raise ConfigurationError("max_retries must be an int >= 0")
        if not _is_seconds(self.max_retry_wait, zero=True):
            raise ConfigurationError("max_retry_wait must be a number of seconds >= 0")
        object.__setattr__(self, "timeout", build_timeout(self.timeout))
        object.__setattr__(self, "max_retry_wait", float(self.max_retry_wait))
        object.__setattr__(self, "etag_cache", bool(self.etag_cache))
        if not (_is_int(self.max_response_bytes) and self.max_response_bytes >= 1):
            raise ConfigurationError("max_response_bytes must be an int >= 1")
        object.__setattr__(self, "default_headers", check_headers(self.default_headers))
        if self.max_pages is not None and not (_is_int(self.max_pages) and self.max_pages >= 1):
            raise ConfigurationError("max_pages must be an int >= 1 or None")
        if self.deadline is not None:
            if not _is_seconds(self.deadline):
                raise ConfigurationError("deadline must be a positive number of seconds or None")
            object.__setattr__(self, "deadline", float(self.deadline))
