"""Arguments are checked before anything is sent; every case asserts that no request was made."""

from __future__ import annotations

import operator
from collections.abc import Callable
from typing import Any

import pytest
from spec_calls import CreateCall

from sendmux_ext import InvalidRequestError

Harness = Any


@pytest.fixture
def h(make_harness: Callable[..., Harness]) -> Harness:
    """A client whose transport fails the test on any request."""
    return make_harness([])


def rejected(h: Harness, method_path: str, *args: Any, **kwargs: Any) -> str:
    with pytest.raises(InvalidRequestError) as caught:
        result = h.call(method_path, *args, **kwargs)
        h.items(result)  # a paginator would only fail on iteration: it must not get there
    assert h.requests == []
    return str(caught.value)


def test_unknown_body_field_names_the_valid_ones(h: Harness) -> None:
    message = rejected(h, "domains.create", domain="mail.example.com", modes="send_only")
    assert "unknown field(s) modes" in message
    assert "Valid fields: domain, mode" in message


def test_missing_body_field_names_the_required_ones(h: Harness) -> None:
    message = rejected(h, "webhooks.create", url="https://hooks.example.com/x")
    assert "missing required field(s) event_types" in message
    assert "required: event_types, url" in message


def test_body_fields_on_an_operation_without_a_body(h: Harness) -> None:
    with pytest.raises(TypeError):  # the method signature has no such keyword
        h.call("domains.verify", "mdom_1", force=True)
    assert h.requests == []


def test_body_model_and_fields_together(h: Harness) -> None:
    from sendmux_api.models import ManagementCreateDomainBody

    body = ManagementCreateDomainBody(domain="mail.example.com")
    assert "not both" in rejected(h, "domains.create", body, domain="other.example.com")


def test_body_of_the_wrong_model(h: Harness) -> None:
    from sendmux_api.models import WebhookCreateBody

    wrong = WebhookCreateBody(event_types=[], url="https://x.example")
    assert "ManagementCreateDomainBody" in rejected(h, "domains.create", wrong)


@pytest.mark.parametrize(
    ("method_path", "args", "fields", "expected"),
    [
        ("domains.create", (), {"domain": 5}, "domain"),
        ("domains.create", (), {"domain": None}, "domain"),
        ("webhooks.create", (), {"url": "https://h.example", "event_types": "message.received"},
         "event_types"),
        ("webhooks.update", ("whk_1",), {"enabled": "yes"}, "enabled"),
        ("mailboxes.create", (), {"email": "a@b.example", "quota_bytes": "1GB"}, "quota_bytes"),
        ("mailboxes.create", (), {"email": "a@b.example", "quota_bytes": True}, "quota_bytes"),
        ("mailboxes.keys.create", ("mbx_1",), {"app_name": ["x"]}, "app_name"),
        ("domains.filters.set", ("mdom_1",), {"mode": "allowlist", "rules": {"a": 1}}, "rules"),
        ("domains.update", ("mdom_1",), {"mode": 3}, "mode"),
    ],
)  # fmt: skip
def test_wrong_body_field_types(
    h: Harness, method_path: str, args: tuple[str, ...], fields: dict[str, Any], expected: str
) -> None:
    assert expected in rejected(h, method_path, *args, **fields)


@pytest.mark.parametrize(
    ("method_path", "args", "fields"),
    [
        ("webhooks.create", (), {"url": "https://h.example", "event_types": ("message.received",)}),
        ("webhooks.update", ("whk_1",), {"name": None}),  # nullable
        ("providers.update", ("prov_1",), {"smtp_port": 587, "from_name": None}),
    ],
)
def test_right_body_field_types_pass(
    make_harness: Callable[..., Harness],
    respond: Any,
    success_body: Any,
    method_path: str,
    args: tuple[str, ...],
    fields: dict[str, Any],
) -> None:
    from sendmux_ext._operations import OPERATIONS

    operation = next(op for op in OPERATIONS.values() if op.method_path == method_path)
    status, body = success_body(operation.operation_id)
    h = make_harness([respond(body, status)])
    h.call(method_path, *args, **fields)
    assert len(h.requests) == 1


def test_unknown_query_parameter(h: Harness) -> None:
    from sendmux_ext._hints import json_name
    from sendmux_ext._operations import OPERATIONS

    # A list, and a filter another operation has but it lacks (both read from the table).
    operation = next(op for op in OPERATIONS.values() if op.paginated)
    own = [json_name(name) for name in operation.query_params]
    other = next(
        json_name(name)
        for op in OPERATIONS.values()
        for name in op.query_params
        if json_name(name) not in own
    )
    method = operator.attrgetter(operation.method_path)(h.client)
    with pytest.raises(TypeError):  # not in the method signature
        method(*["id_1"] * len(operation.path_params), **{other: "x"})
    # The engine checks names against the operation too (what the methods pass on).
    path_ids = tuple("id_1" for _ in operation.path_params)
    with pytest.raises(InvalidRequestError) as caught:
        h.client._prepare(operation.operation_id, path_ids, {other: "x"})
    assert f"no parameter {other!r}" in str(caught.value)
    assert f"valid: {', '.join(own)}" in str(caught.value)
    assert h.requests == []


@pytest.mark.parametrize(
    ("method_path", "kwargs", "expected"),
    [
        ("domains.list", {"limit": "10"}, "limit must be an int"),
        ("domains.list", {"limit": 2.5}, "limit must be an int"),
        ("domains.list", {"limit": True}, "limit must be an int"),
        ("emails.logs.list", {"from_date": 20260101}, "from_date must be a datetime or an ISO"),
        ("emails.logs.list", {"search": ["a"]}, "search must be a str"),
        ("inboxes.logs.list", {"mailbox_id": 7}, "mailbox_id must be a str"),
    ],
)
def test_wrong_query_types(
    h: Harness, method_path: str, kwargs: dict[str, Any], expected: str
) -> None:
    assert expected in rejected(h, method_path, **kwargs)


@pytest.mark.parametrize("limit", [0, -1, 101, 10_000])
@pytest.mark.parametrize(
    "method_path", ["domains.list", "mailboxes.list", "webhooks.list", "emails.logs.list",
                    "inboxes.logs.list", "providers.list", "billing.transactions"]
)  # fmt: skip
def test_limit_out_of_range(h: Harness, method_path: str, limit: int) -> None:
    assert "outside 1..100" in rejected(h, method_path, limit=limit)


@pytest.mark.parametrize("limit", [1, 100])
def test_limit_bounds_are_allowed(
    make_harness: Callable[..., Harness], respond: Any, success_body: Any, limit: int
) -> None:
    h = make_harness([respond(success_body("managementListDomains")[1])])
    h.items(h.client.domains.list(limit=limit))
    assert h.requests[0].url.params["limit"] == str(limit)


@pytest.mark.parametrize(
    ("method_path", "kwargs", "allowed"),
    [
        ("emails.logs.list", {"status": "delivered"}, "'failed', 'pending', 'rejected', 'sent'"),
        ("emails.metrics", {"window": "forever"}, "'24h'"),
        ("providers.list", {"type": "smtp-ish"}, "'smtp'"),
        ("billing.summary", {"days": "7d"}, "'30'"),
        ("mailboxes.list", {"include_deleted": "maybe"}, "'true'"),
    ],
)
def test_enum_filter_value_not_allowed(
    h: Harness, method_path: str, kwargs: dict[str, Any], allowed: str
) -> None:
    message = rejected(h, method_path, **kwargs)
    assert "is not one of" in message
    assert allowed in message


def test_enum_filters_accept_members_and_booleans(
    make_harness: Callable[..., Harness], respond: Any, success_body: Any
) -> None:
    from sendmux_api.models.management_list_email_logs_status import (
        ManagementListEmailLogsStatus,
    )

    h = make_harness(
        [
            respond(success_body("managementListEmailLogs")[1]),
            respond(success_body("managementListMailboxes")[1]),
            respond(success_body("managementListMailboxes")[1]),
        ]
    )
    h.items(h.client.emails.logs.list(status=ManagementListEmailLogsStatus.FAILED))
    h.items(h.client.mailboxes.list(include_deleted=True))
    # The spec's flag only takes "true"; False is its default, so it is left out.
    h.items(h.client.mailboxes.list(include_deleted=False))
    assert h.requests[0].url.params["status"] == "failed"
    assert h.requests[1].url.params["include_deleted"] == "true"
    assert "include_deleted" not in h.requests[2].url.params


@pytest.mark.parametrize(
    "bad_id", ["", "   ", " mdom_1", "mdom_1\n", "..", ".", "mdom\x00", "md\x7fom", "a\rb"]
)
@pytest.mark.parametrize(
    ("method_path", "other"),
    [("domains.get", ()), ("mailboxes.keys.delete", ("key_1",)), ("webhooks.deliveries.payload",
                                                                   ("del_1",))],
)  # fmt: skip
def test_bad_path_ids(h: Harness, bad_id: str, method_path: str, other: tuple[str, ...]) -> None:
    rejected(h, method_path, bad_id, *other)
    if other:  # the second id is checked as well
        rejected(h, method_path, "id_ok", bad_id)


@pytest.mark.parametrize("bad_id", [5, None, b"mdom_1"])
def test_path_ids_must_be_strings(h: Harness, bad_id: Any) -> None:
    assert "must be a string id" in rejected(h, "domains.get", bad_id)


def test_path_ids_cannot_reach_other_paths(
    make_harness: Callable[..., Harness], respond: Any, success_body: Any
) -> None:
    h = make_harness([respond(success_body("managementGetDomain")[1])])
    h.call("domains.get", "../mailboxes/mbx_1?x=1#y")
    assert h.requests[0].url.raw_path == b"/api/v1/domains/..%2Fmailboxes%2Fmbx_1%3Fx%3D1%23y"


@pytest.mark.parametrize(
    "value", ["a\r\nX-Injected: 1", "line\nbreak", "tab\there", "", "x" * 256, "clé"]
)
def test_bad_header_values(h: Harness, value: str, create_call: CreateCall) -> None:
    rejected(h, create_call.method_path, **create_call.kwargs, idempotency_key=value)
    rejected(h, "domains.update", "mdom_1", mode="send_receive", if_match=value)


def test_header_value_of_255_characters_is_allowed(
    make_harness: Callable[..., Harness], respond: Any, success_body: Any, create_call: CreateCall
) -> None:
    status, body = success_body(create_call.operation_id)
    h = make_harness([respond(body, status)])
    h.call(create_call.method_path, **create_call.kwargs, idempotency_key="k" * 255)
    assert h.requests[0].headers["idempotency-key"] == "k" * 255


def test_header_values_must_be_strings(h: Harness) -> None:
    rejected(h, "domains.update", "mdom_1", mode="send_receive", if_match=123)


def test_a_body_model_that_cannot_be_serialised(
    make_harness: Callable[..., Harness], respond: Any, envelope: Any, model_sample: Any
) -> None:
    """Reported as the caller's mistake, not as the previous call's response."""
    from sendmux_api.models import ManagementCreateDomainBody

    h = make_harness([respond(envelope(model_sample("Balance"), request_id="req_before"))])
    h.call("billing.balance")
    broken = ManagementCreateDomainBody(domain="mail.example.com", mode="not-an-enum-member")
    with pytest.raises(InvalidRequestError) as caught:
        h.call("domains.create", broken)
    assert "cannot be serialised" in str(caught.value)
    assert "req_before" not in str(caught.value)
    assert len(h.requests) == 1
