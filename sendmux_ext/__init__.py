"""Python client for the Sendmux Management API.

from sendmux_ext import Sendmux
with Sendmux() as client:            # key from SENDMUX_API_KEY
    for domain in client.domains.list():
        print(domain.domain)
"""

from ._client import AsyncSendmux, Sendmux
from ._constants import VERSION as __version__
from ._errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APITimeoutError,
    AuthenticationRequiredError,
    ConfigurationError,
    ConflictError,
    FieldIssue,
    IdempotencyConflictError,
    InsufficientPermissionsError,
    InternalError,
    InvalidParameterError,
    InvalidRequestError,
    LimitExceededError,
    MissingParameterError,
    NotFoundError,
    PayloadTooLargeError,
    RateLimitExceededError,
    SendmuxError,
    ServiceUnavailableError,
    ValidationError,
    WebhookVerificationError,
)
from ._pagination import AsyncPaginator, Page, Paginator
from ._response import APIResponse, RateLimit

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APIResponseValidationError",
    "APITimeoutError",
    "AsyncPaginator",
    "AsyncSendmux",
    "AuthenticationRequiredError",
    "ConfigurationError",
    "ConflictError",
    "FieldIssue",
    "IdempotencyConflictError",
    "InsufficientPermissionsError",
    "InternalError",
    "InvalidParameterError",
    "InvalidRequestError",
    "LimitExceededError",
    "MissingParameterError",
    "NotFoundError",
    "Page",
    "Paginator",
    "PayloadTooLargeError",
    "RateLimit",
    "RateLimitExceededError",
    "Sendmux",
    "SendmuxError",
    "ServiceUnavailableError",
    "ValidationError",
    "WebhookVerificationError",
    "__version__",
    "webhooks",
]


def __getattr__(name: str) -> object:
    # ``sendmux_ext.webhooks`` loads on first use: receivers need it, API callers don't.
    if name == "webhooks":
        import importlib

        return importlib.import_module(f"{__name__}.webhooks")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
