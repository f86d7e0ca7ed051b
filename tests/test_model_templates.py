"""from_dict code the templates emit for shapes the Management spec does not use (yet):
optional and optional nullable timestamps, a field named like its model's module.
Generated from a small spec with the same generator, config and templates."""

from __future__ import annotations

import datetime as dt
import importlib
import shutil
import sys
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import pytest
import regen

STAMP = {"type": "string", "format": "date-time"}
SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "templates", "version": "1"},
    "paths": {
        "/things": {
            "get": {
                "operationId": "getThing",
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}
                        },
                    }
                },
            }
        }
    },
    "components": {
        "schemas": {
            "Thing": {
                "type": "object",
                "required": ["thing", "at", "maybe_at"],
                "properties": {
                    "thing": {"type": "string"},  # the stock template's local for the instance
                    "at": STAMP,
                    "maybe_at": {"type": ["string", "null"], "format": "date-time"},
                    "later_at": STAMP,
                    "maybe_later_at": {"type": ["string", "null"], "format": "date-time"},
                },
                "additionalProperties": False,
            }
        }
    },
}
WHEN = "2026-03-01T10:00:00Z"


@pytest.fixture(scope="module")
def thing(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    folder = tmp_path_factory.mktemp("templates")
    regen.generate(SPEC, folder / "out")
    shutil.move(folder / "out", folder / "templated_api")  # not to shadow sendmux_api
    sys.path.insert(0, str(folder))
    try:
        module: ModuleType = importlib.import_module("templated_api.models.thing")
        yield module.Thing
    finally:
        sys.path.remove(str(folder))
        for name in [n for n in sys.modules if n.split(".")[0] == "templated_api"]:
            del sys.modules[name]


def test_timestamps_required_nullable_and_optional(thing: Any) -> None:
    from templated_api.types import UNSET

    parsed = thing.from_dict({"thing": "t", "at": WHEN, "maybe_at": None})
    assert parsed.at == dt.datetime(2026, 3, 1, 10, tzinfo=dt.UTC)
    assert (parsed.maybe_at, parsed.later_at, parsed.maybe_later_at) == (None, UNSET, UNSET)
    assert parsed.thing == "t"
    full = thing.from_dict(
        {"thing": "t", "at": WHEN, "maybe_at": WHEN, "later_at": WHEN, "maybe_later_at": None}
    )
    assert full.maybe_at == full.later_at == parsed.at
    assert full.maybe_later_at is None
    assert thing.from_dict(full.to_dict()) == full


@pytest.mark.parametrize(
    ("field", "value", "error", "message"),
    [
        ("at", None, TypeError, 'field "at": expected a date-time string, got NoneType'),
        ("at", "soon", ValueError, 'field "at": Invalid isoformat string'),
        ("maybe_at", 5, TypeError, 'field "maybe_at": expected a date-time string or null'),
        ("later_at", None, TypeError, 'field "later_at": expected a date-time string, got'),
        ("later_at", "soon", ValueError, 'field "later_at": Invalid isoformat string'),
        ("maybe_later_at", [], TypeError, 'field "maybe_later_at": expected a date-time'),
        ("maybe_later_at", "", ValueError, 'field "maybe_later_at": Invalid isoformat'),
    ],
)
def test_a_bad_timestamp_names_its_field(
    thing: Any, field: str, value: object, error: type[Exception], message: str
) -> None:
    body = {"thing": "t", "at": WHEN, "maybe_at": None, field: value}
    with pytest.raises(error) as raised:
        thing.from_dict(body)
    assert str(raised.value).startswith(message)
