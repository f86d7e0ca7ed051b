"""Test your code against a fake Sendmux: ``from sendmux_ext.testing import FakeSendmux``.

An in-memory, stateful Management API behind an httpx transport, driven by the
client's operation table and the spec (shipped as ``spec.json``). ``import
sendmux_ext`` never imports this package; it needs the ``testing`` extra
(``pip install 'sendmux-ext[testing]'``, for jsonschema). The names load on first
use, so that the pytest plugin (``plugin.py``) costs nothing until a fixture runs.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._fake import Delivery, FakeSendmux, FakeSpecError, RecordedRequest

__all__ = ["Delivery", "FakeSendmux", "FakeSpecError", "RecordedRequest"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        return getattr(importlib.import_module("._fake", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)
