"""generated/ is exactly what `make regen` makes, and its models are forward compatible."""

from __future__ import annotations

import copy
import subprocess
import sys
from pathlib import Path
from typing import Any

import spec_tools
from sendmux_api.models.api_error_error_code import ApiErrorErrorCode
from sendmux_api.models.domain_item_response import DomainItemResponse
from sendmux_api.models.webhook_event_payload import WebhookEventPayload


def test_generated_code_is_up_to_date(root: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(root / "scripts" / "regen.py"), "--check"],
        capture_output=True,
        text=True,
        cwd=root,
    )
    stale = [line for line in done.stdout.splitlines() if line.startswith("regen: stale:")]
    assert done.returncode == 0, "run `make regen`; stale files:\n" + "\n".join(stale) + done.stderr


def _event(spec: dict[str, Any], **data: object) -> dict[str, Any]:
    # sample() returns the spec's own example objects: copy before changing them
    event: dict[str, Any] = copy.deepcopy(
        spec_tools.sample(spec, {"$ref": "#/components/schemas/WebhookEventPayload"})
    )
    event["data"].update(data)
    return event


def test_unknown_enum_value_is_kept_as_a_string() -> None:
    code = ApiErrorErrorCode("quota_melted")
    assert isinstance(code, ApiErrorErrorCode)
    assert code == "quota_melted"
    assert code.value == "quota_melted"
    assert str(code) == "quota_melted"
    assert code not in list(ApiErrorErrorCode)
    assert ApiErrorErrorCode("not_found") is ApiErrorErrorCode.NOT_FOUND


def test_unknown_event_type_and_unknown_fields_parse(patched_spec: dict[str, Any]) -> None:
    spec = patched_spec  # what the generator saw
    raw = _event(spec, bounce_type=None, brand_new_field={"x": 1})
    raw["type"] = "message.teleported"
    raw["future_top_level"] = True
    payload = WebhookEventPayload.from_dict(raw)
    assert payload.type_ == "message.teleported"
    assert payload.data.bounce_type is None


def test_response_with_unknown_fields_and_enum_values_parses(patched_spec: dict[str, Any]) -> None:
    spec = patched_spec  # what the generator saw
    body = copy.deepcopy(
        spec_tools.sample(spec, {"$ref": "#/components/schemas/DomainItemResponse"})
    )
    body["meta"]["new_meta"] = 1
    body["data"]["verification_status"] = "quarantined"
    body["data"]["brand_new"] = [1, 2]
    parsed = DomainItemResponse.from_dict(body)
    assert parsed.meta.request_id == body["meta"]["request_id"]
    assert parsed.data.verification_status == "quarantined"
    assert parsed.data.id == body["data"]["id"]


def test_generated_package_is_marked_typed(root: Path) -> None:
    """PEP 561: without the marker, users' type checkers see every model as Any."""
    assert (root / "generated" / "sendmux_api" / "py.typed").is_file()
    assert (root / "sendmux_ext" / "py.typed").is_file()
