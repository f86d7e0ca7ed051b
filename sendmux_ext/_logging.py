"""Logger ``sendmux_ext``; ``SENDMUX_LOG=debug|info`` turns it on without code.

Records carry method, path, status, request id, elapsed time and attempt; never
a header value, key, token or secret.
"""

from __future__ import annotations

import logging
import os

from ._constants import ENV_LOG

logger = logging.getLogger("sendmux_ext")


def setup_from_env() -> None:
    level = {"debug": logging.DEBUG, "info": logging.INFO}.get(os.environ.get(ENV_LOG, "").lower())
    if level is None or logger.handlers:
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(level)
