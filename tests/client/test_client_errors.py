"""Every failure is a typed ``SendmuxError`` with its fields filled, and survives pickling."""

from __future__ import annotations

import pickle
from collections.abc import Callable
from typing import Any

import httpx
import pytest

import sendmux_ext
from sendmux_ext import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APITimeoutError,
    ConfigurationError,
    FieldIssue,
    InternalError,
    InvalidRequestError,
    NotFoundError,
    SendmuxError,
)
from sendmux_ext._errors import ERROR_CLASSES

Harness = Any
CODES = sorted(ERROR_CLASSES)


def test_one_class_per_code_of_the_spec(spec: dict[str, Any]) -> None:
    enum = spec["components"]["schemas"]["ApiError"]["properties"]["error"]["properties"]["code"]
    assert set(ERROR_CLASSES) == set(enum["enum"])
    for code, cls in ERROR_CLASSES.items():
        camel = "".join(part.capitalize() for part in code.split("_"))
        assert cls.__name__ == (camel if camel.endswith("Error") else camel + "Error")
        assert getattr(sendmux_ext, cls.__name__) is cls
        assert issubclass(cls, APIError) and issubclass(cls, SendmuxError)


@pytest.mark.parametrize("code", CODES)
def test_each_code_maps_to_its_class_with_every_field(
    code: str, make_harness: Callable[..., Harness], api_error: Any
) -> None:
    cls = ERROR_CLASSES[code]
    assert cls.status is not None
    response = api_error(
        cls.status,
        code,
        "the message",
        retryable=False,
        param="domain",
        doc_url="https://docs.sendmux.ai/errors#" + code,
        errors=[{"field": "domain", "code": "invalid_format", "message": "not a domain"}],
        request_id="req_" + code,
        headers={"retry-after": "7"},
    )
    h = make_harness([response])
    with pytest.raises(cls) as caught:
        h.call("domains.get", "mdom_1")
    error = caught.value
    assert type(error) is cls
    assert error.status_code == cls.status
    assert error.code == code
    assert error.message == "the message"
    assert error.param == "domain"
    assert error.doc_url == "https://docs.sendmux.ai/errors#" + code
    assert error.retryable is False
    assert error.errors == (FieldIssue("domain", "invalid_format", "not a domain"),)
    assert error.request_id == "req_" + code
    assert error.headers["x-request-id"] == "req_" + code
    assert error.retry_after == 7.0
    assert error.body == response.content
    assert "req_" + code in str(error)
    assert len(h.requests) == 1


def test_request_id_from_the_body_when_the_header_is_missing(
    make_harness: Callable[..., Harness],
) -> None:
    body = {"ok": False, "error": {"code": "not_found", "message": "gone"},
            "meta": {"request_id": "req_body"}}  # fmt: skip
    h = make_harness([httpx.Response(404, json=body)])
    with pytest.raises(NotFoundError) as caught:
        h.call("webhooks.get", "whk_1")
    assert caught.value.request_id == "req_body"
    assert caught.value.retry_after is None


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (404, NotFoundError),  # one code owns 404
        (500, InternalError),
        (409, APIError),  # three codes share 409: no guess
        (400, APIError),
        (418, APIError),
    ],
)
def test_unknown_future_code_falls_back_by_status(
    status: int, expected: type[APIError], make_harness: Callable[..., Harness], api_error: Any
) -> None:
    h = make_harness([api_error(status, "brand_new_code", "new", retryable=False)])
    with pytest.raises(APIError) as caught:
        h.call("domains.get", "mdom_1")
    assert type(caught.value) is expected
    assert caught.value.code == "brand_new_code"
    assert caught.value.message == "new"


def test_undocumented_500_on_an_operation(
    make_harness: Callable[..., Harness], api_error: Any
) -> None:
    """``mailboxes.delete`` documents only 200 and 404; a 500 is still an InternalError."""
    h = make_harness([api_error(500, "internal_error", "boom", retryable=False)])
    with pytest.raises(InternalError) as caught:
        h.call("mailboxes.delete", "mbx_1")
    assert caught.value.status_code == 500
    assert caught.value.request_id == "req_err"


def test_502_with_an_html_body(make_harness: Callable[..., Harness]) -> None:
    page = "<html><body><h1>502 Bad Gateway</h1></body></html>"
    h = make_harness([httpx.Response(502, html=page)], max_retries=0)
    with pytest.raises(APIError) as caught:
        h.call("domains.get", "mdom_1")
    error = caught.value
    assert type(error) is APIError
    assert error.status_code == 502
    assert error.code is None
    assert "502" in str(error) and "text/html" in error.message and "Bad Gateway" in error.message
    assert error.retryable is True  # by status: a gateway error is worth another try
    assert error.body == page.encode()


def test_error_body_without_the_error_object(make_harness: Callable[..., Harness]) -> None:
    h = make_harness([httpx.Response(400, json=["not", "an", "object"])])
    with pytest.raises(APIError) as caught:
        h.call("domains.get", "mdom_1")
    assert caught.value.status_code == 400
    assert caught.value.errors == ()


@pytest.mark.parametrize(
    "response",
    [
        httpx.Response(200, json={"ok": True}),
        httpx.Response(200, text="{not json"),
        httpx.Response(200, json=[1, 2, 3]),
        httpx.Response(200, json={"ok": True, "data": None, "meta": {"request_id": "req_x"}}),
        httpx.Response(200, json={"ok": True, "data": {"id": 5}, "meta": {"request_id": "r"}}),
        httpx.Response(200, content=b""),
        httpx.Response(204),
        httpx.Response(299, json={}),
    ],
    ids=["ok-only", "invalid-json", "array", "null-data", "partial-data", "empty", "204", "299"],
)
def test_a_success_status_with_an_unusable_body(
    response: httpx.Response, make_harness: Callable[..., Harness]
) -> None:
    h = make_harness([response])
    with pytest.raises(APIResponseValidationError) as caught:
        h.call("domains.get", "mdom_1")
    assert caught.value.status_code == response.status_code
    assert "domains.get()" in str(caught.value)
    assert len(h.requests) == 1  # never retried: the server did answer


@pytest.mark.parametrize(
    "response", [httpx.Response(204), httpx.Response(201, json={"ok": True})], ids=["204", "201"]
)
def test_zone_file_without_a_body_raises(
    response: httpx.Response, make_harness: Callable[..., Harness]
) -> None:
    h = make_harness([response])
    with pytest.raises(APIResponseValidationError):
        h.call("domains.zone_file", "mdom_1")


def test_a_list_with_an_unusable_body(make_harness: Callable[..., Harness]) -> None:
    h = make_harness([httpx.Response(200, json={"ok": True, "data": "nope"})])
    with pytest.raises(APIResponseValidationError):
        h.items(h.client.webhooks.list())


def test_304_without_a_cached_entry_raises(make_harness: Callable[..., Harness]) -> None:
    h = make_harness([httpx.Response(304)])
    with pytest.raises(APIResponseValidationError, match="304"):
        h.call("domains.get", "mdom_1")


@pytest.mark.parametrize(
    ("exception", "expected"),
    [
        (httpx.ConnectError("connection refused"), APIConnectionError),
        (httpx.RemoteProtocolError("server hung up"), APIConnectionError),
        (httpx.ReadTimeout("read timed out"), APITimeoutError),
        (httpx.ConnectTimeout("connect timed out"), APITimeoutError),
        (httpx.PoolTimeout("no connection free"), APITimeoutError),
    ],
)
def test_transport_failures(
    exception: Exception, expected: type[SendmuxError], make_harness: Callable[..., Harness]
) -> None:
    h = make_harness([exception], max_retries=0)
    with pytest.raises(expected) as caught:
        h.call("domains.get", "mdom_1")
    assert type(caught.value) is expected
    assert isinstance(caught.value.__cause__, type(exception))
    assert "GET /api/v1/domains/mdom_1" in str(caught.value)


def _roundtrip(error: BaseException) -> Any:
    return pickle.loads(pickle.dumps(error))


@pytest.mark.parametrize("code", CODES)
def test_api_errors_pickle_with_fields_intact(
    code: str, make_harness: Callable[..., Harness], api_error: Any
) -> None:
    cls = ERROR_CLASSES[code]
    h = make_harness(
        [
            api_error(
                cls.status,
                code,
                "pickled",
                retryable=False,
                param="p",
                doc_url="https://docs.sendmux.ai/e",
                errors=[{"field": "f", "code": "c", "message": "m"}],
                headers={"retry-after": "3"},
            )
        ]
    )
    with pytest.raises(cls) as caught:
        h.call("domains.get", "mdom_1")
    original = caught.value
    copy = _roundtrip(original)
    assert type(copy) is cls
    assert copy.__dict__ == original.__dict__
    assert str(copy) == str(original)
    assert copy.errors[0] == FieldIssue("f", "c", "m")


@pytest.mark.parametrize(
    "error",
    [
        APIConnectionError("GET /x failed"),
        APITimeoutError("GET /x timed out"),
        ConfigurationError("bad"),
        InvalidRequestError("nope"),
        APIResponseValidationError("odd body", status_code=200, request_id="r", body=b"{}"),
        APIError("plain", status_code=502, headers={"a": "b"}, retry_after=1.5),
    ],
    ids=lambda e: type(e).__name__,
)
def test_every_exception_kind_pickles(error: SendmuxError) -> None:
    copy = _roundtrip(error)
    assert type(copy) is type(error)
    assert copy.__dict__ == error.__dict__
    assert str(copy) == str(error)
    assert copy.args == error.args


def test_invalid_request_and_configuration_errors_are_value_errors() -> None:
    assert issubclass(InvalidRequestError, ValueError)
    assert issubclass(ConfigurationError, ValueError)
    assert issubclass(APITimeoutError, APIConnectionError)
    assert issubclass(APIResponseValidationError, APIError)
