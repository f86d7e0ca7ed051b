"""The TLS context of the engines that own their pool: httpx's defaults, built once.

``httpx.create_ssl_context()`` loads certifi's bundle, or ``SSL_CERT_FILE`` /
``SSL_CERT_DIR`` when set; that costs about 0.1 s, so clients share one context
per value of those variables.
"""

from __future__ import annotations

import functools
import os
import ssl

import httpx


def default_ssl_context() -> ssl.SSLContext:
    return _context(os.environ.get("SSL_CERT_FILE"), os.environ.get("SSL_CERT_DIR"))


@functools.cache
def _context(cert_file: str | None, cert_dir: str | None) -> ssl.SSLContext:
    return httpx.create_ssl_context()  # reads the same two variables
