"""Calls drawn from the spec for tests that mean "any such call", not one operation."""

from __future__ import annotations

from typing import Any, NamedTuple

import spec_tools

from sendmux_ext._operations import OPERATIONS


class CreateCall(NamedTuple):
    """A create call with a valid body: ``h.call(create.method_path, **create.kwargs)``."""

    method_path: str
    kwargs: dict[str, Any]
    operation_id: str


def create_call(spec: dict[str, Any]) -> CreateCall:
    """The first idempotent POST of the table that takes a body and no path parameter, with
    its required body fields drawn from the (patched) spec's examples: tests meaning "any
    create" stay true when that operation's body or name changes."""
    operation = next(
        op
        for op in OPERATIONS.values()
        if op.idempotent_post and op.body_model is not None and not op.path_params
    )
    node = spec["paths"][operation.path][operation.method.lower()]
    content = spec_tools.resolve(spec, node["requestBody"])["content"]
    schema = spec_tools.resolve(spec, content["application/json"]["schema"])
    fields = spec_tools.sample(spec, schema)
    kwargs = {name: fields[name] for name in schema.get("required", [])}
    assert kwargs, f"{operation.operation_id} has no required body field to send"
    return CreateCall(operation.method_path, kwargs, operation.operation_id)
