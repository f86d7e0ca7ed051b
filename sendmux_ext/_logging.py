"""Logger ``sendmux_ext``; ``SENDMUX_LOG=debug|info`` turns it on without code.

INFO records carry method, path, status, request id, elapsed time and attempt.
DEBUG adds the request's and response's headers and the start of the response
body, with credentials masked (``Authorization``, credential-shaped text, and the
values of JSON fields named like secrets). An unknown ``SENDMUX_LOG`` is warned about.
"""

from __future__ import annotations

import logging
import os
import re
import warnings
from collections.abc import Mapping
from typing import TYPE_CHECKING

from ._constants import ENV_LOG, SECRET_FIELD_WORDS
from ._errors import REDACTED, redact

if TYPE_CHECKING:
    from ._engines import Answer, Request

logger = logging.getLogger("sendmux_ext")

LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}
DEBUG_BODY_CHARS = 1000  # of a response body, in a DEBUG record
# JSON fields whose values are secrets: the same words the model templates mask in reprs.
_SECRET_FIELD = re.compile(
    r'("[A-Za-z0-9_]*(?:' + "|".join(SECRET_FIELD_WORDS) + r')"\s*:\s*)"[^"]*"', re.I
)


def setup_from_env() -> None:
    value = os.environ.get(ENV_LOG, "")
    level = LEVELS.get(value.strip().lower())
    if level is None:
        if value.strip():
            warnings.warn(
                f"{ENV_LOG}={value[:20]!r} is not one of {', '.join(LEVELS)}; logging stays off",
                RuntimeWarning,
                stacklevel=3,
            )
        return
    if logger.handlers:
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(level)


def _headers(headers: Mapping[str, str], credentials: tuple[str, ...]) -> str:
    return ", ".join(
        f"{name}: {REDACTED if name.lower() == 'authorization' else redact(value, credentials)}"
        for name, value in headers.items()
    )


def debug_exchange(request: Request, response: Answer | None) -> None:
    """One DEBUG record with the attempt's headers and the start of the answer's body."""
    authorization = request.headers.get("authorization", "")
    credentials = tuple(filter(None, (authorization.partition(" ")[2], authorization)))
    if response is None:
        logger.debug("request headers: %s", _headers(request.headers, credentials))
        return
    body = response.content
    excerpt = body[:DEBUG_BODY_CHARS].decode("utf-8", "replace")
    excerpt = redact(_SECRET_FIELD.sub(rf'\1"{REDACTED}"', excerpt), credentials)
    more = f" ... ({len(body)} bytes)" if len(body) > DEBUG_BODY_CHARS else ""
    logger.debug(
        "request headers: %s | response headers: %s | body: %s%s",
        _headers(request.headers, credentials),
        _headers(response.headers, credentials),
        excerpt,
        more,
    )
