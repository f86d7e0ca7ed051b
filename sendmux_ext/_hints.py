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


def type_hints(obj: Any) -> dict[str, Any]:
    """``typing.get_type_hints`` that can resolve any generated model's name."""
    return typing.get_type_hints(obj, localns=_ModelNamespace())
