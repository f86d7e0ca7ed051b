"""Whether a proxy is set in the environment (the engines that own a pool need to know)."""

from __future__ import annotations

import urllib.request


def environment_proxy() -> bool:
    """Whether httpx would send through a proxy from the environment."""
    proxies = urllib.request.getproxies()
    return any(proxies.get(scheme) for scheme in ("http", "https", "all"))
