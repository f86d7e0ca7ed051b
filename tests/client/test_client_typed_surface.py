"""The emitted surface at run time: per-call options, closed body enums, datetime filters,
``with_response`` on lists, ``with_options(default_headers=)``, and docstrings.

Facts (which operation has an enum body field, a datetime filter, a list) are read from
the operation table and the spec, so the tests follow the spec.
"""

from __future__ import annotations

import datetime as dt
import enum
import inspect
import operator
import typing
from collections.abc import Callable
from typing import Any

import httpx
import pytest
import spec_tools
from client.conftest import Harness

from sendmux_ext import APIResponse, InvalidRequestError, Page, Sendmux
from sendmux_ext._hints import json_name, type_hints
from sendmux_ext._operations import OPERATIONS, Operation


def _first(predicate: Callable[[Operation], bool]) -> Operation:
    return next(op for op in OPERATIONS.values() if predicate(op))


def _path_ids(operation: Operation) -> list[str]:
    return [f"id_{n}" for n in range(len(operation.path_params))]


def _enum_body_field(operation: Operation) -> tuple[str, Any] | None:
    """A top-level body field of an enum type (or a list of one): (JSON name, a value
    outside the enum, shaped for the field)."""
    import attrs

    if operation.body_model is None:
        return None
    hints = type_hints(operation.body_model)
    for attribute in attrs.fields(operation.body_model):
        for option in (hints[attribute.name], *typing.get_args(hints[attribute.name])):
            is_list = typing.get_origin(option) is list
            kind = typing.get_args(option)[0] if is_list else option
            if isinstance(kind, type) and issubclass(kind, enum.Enum):
                wrong = "not-" + next(iter(kind)).value
                return json_name(attribute.name), [wrong] if is_list else wrong
    return None


def _get_without_arguments() -> Operation:
    return _first(lambda op: op.method == "get" and not op.paginated and not op.query_params)


def test_per_call_timeout_headers_and_query_are_sent(
    make_harness: Callable[..., Harness],
    respond: Callable[..., httpx.Response],
    success_body: Callable[[str], tuple[int, Any]],
) -> None:
    operation = _get_without_arguments()
    status, body = success_body(operation.operation_id)
    h = make_harness([respond(body, status=status)])
    h.call(
        operation.method_path,
        *_path_ids(operation),
        timeout=2.5,
        extra_headers={"X-Trace": "t-1"},
        extra_query={"debug": "1"},
    )
    (request,) = h.requests
    assert request.headers["X-Trace"] == "t-1"
    assert request.url.params["debug"] == "1"
    assert request.extensions["timeout"]["read"] == 2.5
    assert request.extensions["timeout"]["connect"] == 2.5


def test_per_call_options_are_checked_before_sending(
    make_harness: Callable[..., Harness],
) -> None:
    operation = _get_without_arguments()
    h = make_harness([])
    ids = _path_ids(operation)
    for options, message in [
        ({"timeout": -1}, "timeout must be a positive number"),
        ({"extra_headers": {"X-Bad": "a\r\nb"}}, "extra_headers: the value of X-Bad"),
        ({"extra_query": {"q": object()}}, "extra_query: q must be"),
    ]:
        with pytest.raises(InvalidRequestError, match=message):
            h.call(operation.method_path, *ids, **options)
    assert h.requests == []


def test_with_options_adds_default_headers(
    make_harness: Callable[..., Harness],
    respond: Callable[..., httpx.Response],
    success_body: Callable[[str], tuple[int, Any]],
) -> None:
    operation = _get_without_arguments()
    status, body = success_body(operation.operation_id)
    h = make_harness([respond(body, status=status)] * 2, default_headers={"X-A": "1"})
    copy = h.client.with_options(default_headers={"X-B": "2"})
    h.run(operator.attrgetter(operation.method_path)(copy)(*_path_ids(operation)))
    assert h.requests[-1].headers["X-A"] == "1"
    assert h.requests[-1].headers["X-B"] == "2"
    assert "X-B" not in h.client._headers  # the original is unchanged


def test_unknown_body_enum_value_is_refused_before_sending(
    make_harness: Callable[..., Harness], request_sample: Callable[[str], dict[str, Any]]
) -> None:
    found = [(op, _enum_body_field(op)) for op in OPERATIONS.values() if _enum_body_field(op)]
    assert found, "the spec has no enum body field any more"
    h = make_harness([])
    for operation, (name, wrong) in found:
        fields = {**request_sample(operation.operation_id), name: wrong}
        with pytest.raises(InvalidRequestError, match=f"field {name} must be (a list of )?one of"):
            h.call(operation.method_path, *_path_ids(operation), **fields)
    assert h.requests == []


def test_datetime_filters_take_aware_datetimes_and_strings(
    make_harness: Callable[..., Harness],
    respond: Callable[..., httpx.Response],
    success_body: Callable[[str], tuple[int, Any]],
) -> None:
    operation = _first(lambda op: bool(op.datetime_params) and op.paginated)
    name = operation.datetime_params[0]
    status, body = success_body(operation.operation_id)
    h = make_harness([respond(body, status=status)] * 2)
    when = dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.UTC)
    h.items(h.call(operation.method_path, *_path_ids(operation), **{name: when}))
    h.items(h.call(operation.method_path, *_path_ids(operation), **{name: "2026-01-02"}))
    assert [r.url.params[name] for r in h.requests] == ["2026-01-02T03:04:05Z", "2026-01-02"]
    for bad, message in [
        (dt.datetime(2026, 1, 2), "naive datetime"),
        ("yesterday", "not an ISO 8601"),
        (20260102, "must be a datetime or an ISO 8601 string"),
    ]:
        with pytest.raises(InvalidRequestError, match=message):
            h.call(operation.method_path, *_path_ids(operation), **{name: bad})
    assert len(h.requests) == 2


def test_timestamps_in_answers_are_datetimes(
    make_harness: Callable[..., Harness],
    respond: Callable[..., httpx.Response],
    success_body: Callable[[str], tuple[int, Any]],
) -> None:
    import attrs

    gets = [op for op in OPERATIONS.values() if op.method == "get" and not op.paginated]
    gets = [op for op in gets if not op.query_params and not op.text_response]
    seen = 0
    for operation in gets:
        status, body = success_body(operation.operation_id)
        h = make_harness([respond(body, status=status)])
        data = h.call(operation.method_path, *_path_ids(operation))
        for attribute in attrs.fields(type(data)):
            value = getattr(data, attribute.name)
            if attribute.name.endswith("_at") and isinstance(body["data"].get(attribute.name), str):
                assert isinstance(value, dt.datetime), (operation.method_path, attribute.name)
                assert value.utcoffset() is not None
                seen += 1
    assert seen > 5


def test_with_response_on_a_list_gives_the_first_page(
    make_harness: Callable[..., Harness],
    respond: Callable[..., httpx.Response],
    success_body: Callable[[str], tuple[int, Any]],
) -> None:
    operation = _first(lambda op: op.paginated)
    status, body = success_body(operation.operation_id)
    body["pagination"] = {"has_more": True, "next_cursor": "c2"}
    h = make_harness([respond(body, status=status)])
    raw = operator.attrgetter(f"{operation.resource}.with_response.{operation.name}")(h.client)
    result = h.run(raw(*_path_ids(operation)))
    assert isinstance(result, APIResponse)
    assert isinstance(result.data, Page)
    assert (result.data.has_more, result.data.next_cursor) == (True, "c2")
    assert len(result.data.items) == len(body["data"])
    assert len(h.requests) == 1


def test_every_method_documents_its_parameters_and_errors(patched_spec: dict[str, Any]) -> None:
    client = Sendmux(api_key="smx_root_docs")
    operations = {op.operation_id: op for op in spec_tools.management_operations(patched_spec)}
    for operation in OPERATIONS.values():
        method = operator.attrgetter(operation.method_path)(client)
        doc = inspect.getdoc(method) or ""
        summary = " ".join(str(operations[operation.operation_id].node.get("summary")).split())
        assert doc.startswith(summary.split()[0]), operation.method_path
        assert "Raises:" in doc and "InvalidRequestError" in doc, operation.method_path
        for name in inspect.signature(method).parameters:
            if name != "fields":
                assert f"    {name}:" in doc, f"{operation.method_path}: {name} undocumented"
        for parameter in spec_tools.parameters(patched_spec, operations[operation.operation_id]):
            values = parameter.get("schema", {}).get("enum")
            if parameter["in"] == "query" and values:
                assert all(repr(v) in doc for v in values), operation.method_path
