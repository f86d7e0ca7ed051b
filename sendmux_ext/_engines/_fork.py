"""Pools an engine owns are forgotten in a forked child: their sockets are the parent's."""

from __future__ import annotations

import os
import weakref
from typing import Protocol


class _Droppable(Protocol):
    def drop_pool(self) -> None: ...


_OWNED: weakref.WeakSet[_Droppable] = weakref.WeakSet()


def forget_in_child(engine: _Droppable) -> None:
    """Call ``engine.drop_pool()`` in every child this process forks from now on."""
    _OWNED.add(engine)


def _drop_all() -> None:
    for engine in list(_OWNED):
        engine.drop_pool()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_drop_all)
