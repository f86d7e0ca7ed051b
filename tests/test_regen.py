"""make regen fails when a generator warning costs the Management surface anything."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import regen

MANAGEMENT_SCHEMA_WARNING = """
Unable to process schema /components/schemas/MailboxDomain:
Attempted to generate duplicate models with name "MailboxDomain"
"""
MAILBOX_API_WARNING = """
Unable to process schema /components/schemas/MailboxRealtimeMessage_type_0:
Attempted to generate duplicate models with name "MailboxRealtimeMessageType0Body"
"""


def _patched(spec: dict[str, Any]) -> dict[str, Any]:
    from spec_patches import apply_patches, load_patch

    return apply_patches(spec, load_patch())


def test_committed_output_has_the_whole_management_surface(
    spec: dict[str, Any], root: Path
) -> None:
    problems = regen.check_management_surface(
        _patched(spec), root / "generated" / "sendmux_api", MAILBOX_API_WARNING
    )
    assert problems == []


def test_a_dropped_management_schema_fails(spec: dict[str, Any], root: Path) -> None:
    problems = regen.check_management_surface(
        _patched(spec), root / "generated" / "sendmux_api", MANAGEMENT_SCHEMA_WARNING
    )
    assert problems == [
        "schema MailboxDomain, used by the Management API, was dropped by a warning"
    ]


def test_a_missing_management_operation_fails(
    spec: dict[str, Any], root: Path, tmp_path: Path
) -> None:
    output = tmp_path / "sendmux_api"
    shutil.copytree(root / "generated" / "sendmux_api", output)
    (output / "api" / "webhooks" / "management_test_webhook.py").unlink()
    problems = regen.check_management_surface(_patched(spec), output, "")
    assert len(problems) == 1
    assert (
        "managementTestWebhook (POST /webhooks/{public_id}/test) was not generated" in problems[0]
    )


def test_warning_parts_are_charged_to_their_schema(spec: dict[str, Any]) -> None:
    assert regen.dropped_schemas(spec, MAILBOX_API_WARNING) == {
        "MailboxRealtimeMessage": "MailboxRealtimeMessage_type_0"
    }
