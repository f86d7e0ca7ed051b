"""Type hints of generated models and our methods, resolved against ``sendmux_api.models``.

Annotations name models as strings, and the models package loads each model on
first use (so that importing one endpoint stays cheap): a plain ``vars(models)``
holds only the models loaded so far, so the namespace here loads them on demand.
"""

from __future__ import annotations

import importlib
import typing
from typing import Any


class _ModelNamespace(dict[str, Any]):
    def __missing__(self, name: str) -> Any:
        models = importlib.import_module("sendmux_api.models")
        try:
            return getattr(models, name)
        except AttributeError:
            raise KeyError(name) from None  # not a model: eval falls back to builtins


_RESOLVED: dict[Any, dict[str, Any]] = {}


def type_hints(obj: Any) -> dict[str, Any]:
    """``typing.get_type_hints`` that can resolve any generated model's name.

    Cached: resolving evaluates every annotation, and classes and methods don't change.
    """
    hints = _RESOLVED.get(obj)
    if hints is None:
        hints = _RESOLVED[obj] = typing.get_type_hints(obj, localns=_ModelNamespace())
    return hints


def json_name(attribute: str) -> str:
    """A generated attribute's JSON field name: the generator appends "_" to names that
    clash with Python's (``type`` -> ``type_``)."""
    return attribute[:-1] if attribute.endswith("_") else attribute
