"""The vendor's real history as a regression corpus: every ``sendmux-mcp`` release, pair by pair.

Each consecutive pair's drift report is compared with what a human found by
reading that pair's spec diff (``EXPECTED``): the two breaking changes the
vendor made are reported as BREAKING with their operation and field, pairs
without a Management change report nothing, and nothing else is invented.
The releases come from PyPI (cached under build/vendor-specs/, see
``vendor_history``); marked ``pypi``.
"""

from __future__ import annotations

import itertools
import time
from typing import Any

import contract_checks
import drift
import pytest
import spec_tools
from vendor_history import listed_versions, release_spec

pytestmark = pytest.mark.pypi

# Every release, oldest first (1.1.0-1.1.4, 1.2.0-1.2.1, 1.3.0-1.3.1, 1.5.1-1.6.1 ship
# byte-identical specs).
CORPUS = [
    *("1.0.0", "1.1.0", "1.1.1", "1.1.2", "1.1.3", "1.1.4", "1.1.5", "1.2.0", "1.2.1"),
    *("1.3.0", "1.3.1", "1.4.0", "1.5.0", "1.5.1", "1.6.0", "1.6.1", "1.7.0", "1.8.0"),
    *("2.0.0", "2.1.0", "2.1.1", "2.1.2", "2.1.3", "2.2.0"),
]

Seen = tuple[str, str, str, str, str]  # level, operation ("" API-wide), kind, change, subject

# What each pair changed in the Management surface, read from its spec diff (keys
# sorted, descriptions and examples left out). A pair not listed changed nothing there:
# 1.8.0 -> 2.0.0 and 2.1.1 -> 2.1.2 changed Mailbox API schemas only (2.1.2 also wrote
# WebhookSubscriptionWithSecret's allOf out as plain properties: the same fields);
# 1.1.4 -> 1.1.5, 1.2.1 -> 1.3.0, 2.1.0 -> 2.1.1 and 2.1.3 -> 2.2.0 changed Mailbox API
# or descriptions only. 1.7.0 -> 1.8.0 (an oauth2 scheme on every operation) is checked
# by rule below. Notes on the listed pairs:
# - 1.0.0 -> 1.1.0: SharedAmazonSesLimitRequest went from [object, null] to object, and
#   pending_request from its $ref to allOf [it, {type: [object, null]}]: null is now
#   forbidden there (narrower for a reader, so not breaking); "cancelled" added.
# - 1.5.0 -> 1.5.1: managementGetEmailLog re-pointed from DeliveryLogItem to
#   DeliveryLogDetail, which has the same fields (same schemas) plus four new ones.
# - 2.0.0 -> 2.1.0: managementListProviders re-pointed from ProviderItem to
#   ProviderListItem, the same fields as 2.0.0's ProviderItem.
# - 2.1.2 -> 2.1.3: the other "$ref to a nullable object" rewrites (credential,
#   ProviderQuotas.per_*, the quota anyOf branches) keep what they allow; only
#   pending_request changes, from non-null to nullable.
EXPECTED: dict[tuple[str, str], list[Seen]] = {
    ("1.0.0", "1.1.0"): [
        (
            "compatible",
            "managementCancelSharedAmazonSesLimitRequest",
            "operation",
            "added",
            "DELETE /providers/shared-amazon-ses-limit-request/{request_id}",
        ),
        (
            "compatible",
            "managementUpdateDomain",
            "operation",
            "added",
            "PATCH /domains/{public_id}",
        ),
        ("compatible", "managementCreateDomain", "body", "added", "mode"),
        ("compatible", "managementCreateDomain", "response", "added", "data.mode"),
        ("info", "managementCreateMailboxKey", "error_status", "added", "503"),
        (
            "compatible",
            "managementCreateSharedAmazonSesLimitRequest",
            "response",
            "enum",
            "data.request.status",
        ),
        ("compatible", "managementGetDomain", "response", "added", "data.mode"),
        ("info", "managementGetDomainFilters", "error_status", "added", "409"),
        (
            "compatible",
            "managementGetSharedAmazonSesLimitRequest",
            "response",
            "type",
            "data.pending_request",
        ),
        (
            "compatible",
            "managementGetSharedAmazonSesLimitRequest",
            "response",
            "enum",
            "data.pending_request.status",
        ),
        ("compatible", "managementListDomains", "response", "added", "data[].mode"),
    ],
    ("1.1.5", "1.2.0"): [
        (
            "compatible",
            "managementCheckMailboxAvailability",
            "operation",
            "added",
            "GET /mailboxes/availability",
        ),
    ],
    ("1.3.1", "1.4.0"): [
        ("compatible", "managementCreateDomain", "response", "added", "data.dns_records.mail_from"),
        ("compatible", "managementCreateDomain", "response", "added", "data.ses_mail_from_status"),
        ("compatible", "managementGetDomain", "response", "added", "data.dns_records.mail_from"),
        ("compatible", "managementGetDomain", "response", "added", "data.ses_mail_from_status"),
        (
            "compatible",
            "managementListDomains",
            "response",
            "added",
            "data[].dns_records.mail_from",
        ),
        ("compatible", "managementListDomains", "response", "added", "data[].ses_mail_from_status"),
        ("compatible", "managementUpdateDomain", "response", "added", "data.dns_records.mail_from"),
        ("compatible", "managementUpdateDomain", "response", "added", "data.ses_mail_from_status"),
        ("compatible", "managementVerifyDomain", "response", "added", "data.checks.mail_from_mx"),
        ("compatible", "managementVerifyDomain", "response", "added", "data.checks.mail_from_spf"),
        ("compatible", "managementVerifyDomain", "response", "added", "data.ses_mail_from_status"),
    ],
    ("1.4.0", "1.5.0"): [
        ("info", "managementCreateDomain", "error_status", "added", "413"),
        ("info", "managementCreateMailbox", "error_status", "added", "413"),
        ("info", "managementCreateMailboxKey", "error_status", "added", "413"),
        ("info", "managementCreateProvider", "error_status", "added", "413"),
        ("info", "managementCreateWebhook", "error_status", "added", "413"),
        ("info", "managementSetDomainFilters", "error_status", "added", "413"),
        ("info", "managementSetMailboxFilters", "error_status", "added", "413"),
        ("info", "managementUpdateDomain", "error_status", "added", "413"),
        ("info", "managementUpdateMailbox", "error_status", "added", "413"),
        ("info", "managementUpdateProvider", "error_status", "added", "413"),
        ("info", "managementUpdateWebhook", "error_status", "added", "413"),
    ],
    ("1.5.0", "1.5.1"): [
        (
            "compatible",
            "managementCreateDomain",
            "response",
            "added",
            "data.ses_dkim_signing_enabled",
        ),
        (
            "compatible",
            "managementCreateDomain",
            "response",
            "added",
            "data.ses_identity_checked_at",
        ),
        (
            "compatible",
            "managementCreateDomain",
            "response",
            "added",
            "data.ses_identity_verification_status",
        ),
        (
            "compatible",
            "managementCreateDomain",
            "response",
            "added",
            "data.ses_verified_for_sending",
        ),
        ("info", "managementDeleteDomain", "error_status", "added", "500"),
        ("info", "managementDeleteDomain", "error_status", "added", "503"),
        ("compatible", "managementGetDomain", "response", "added", "data.ses_dkim_signing_enabled"),
        ("compatible", "managementGetDomain", "response", "added", "data.ses_identity_checked_at"),
        (
            "compatible",
            "managementGetDomain",
            "response",
            "added",
            "data.ses_identity_verification_status",
        ),
        ("compatible", "managementGetDomain", "response", "added", "data.ses_verified_for_sending"),
        (
            "compatible",
            "managementGetEmailLog",
            "response",
            "added",
            "data.accepted_recipient_count",
        ),
        ("compatible", "managementGetEmailLog", "response", "added", "data.recipient_count"),
        ("compatible", "managementGetEmailLog", "response", "added", "data.recipients"),
        (
            "compatible",
            "managementGetEmailLog",
            "response",
            "added",
            "data.rejected_recipient_count",
        ),
        (
            "compatible",
            "managementListDomains",
            "response",
            "added",
            "data[].ses_dkim_signing_enabled",
        ),
        (
            "compatible",
            "managementListDomains",
            "response",
            "added",
            "data[].ses_identity_checked_at",
        ),
        (
            "compatible",
            "managementListDomains",
            "response",
            "added",
            "data[].ses_identity_verification_status",
        ),
        (
            "compatible",
            "managementListDomains",
            "response",
            "added",
            "data[].ses_verified_for_sending",
        ),
        (
            "compatible",
            "managementListEmailLogs",
            "response",
            "added",
            "data[].accepted_recipient_count",
        ),
        ("compatible", "managementListEmailLogs", "response", "added", "data[].recipient_count"),
        (
            "compatible",
            "managementListEmailLogs",
            "response",
            "added",
            "data[].rejected_recipient_count",
        ),
        (
            "compatible",
            "managementUpdateDomain",
            "response",
            "added",
            "data.ses_dkim_signing_enabled",
        ),
        (
            "compatible",
            "managementUpdateDomain",
            "response",
            "added",
            "data.ses_identity_checked_at",
        ),
        (
            "compatible",
            "managementUpdateDomain",
            "response",
            "added",
            "data.ses_identity_verification_status",
        ),
        (
            "compatible",
            "managementUpdateDomain",
            "response",
            "added",
            "data.ses_verified_for_sending",
        ),
        (
            "compatible",
            "managementVerifyDomain",
            "response",
            "added",
            "data.ses_dkim_signing_enabled",
        ),
        (
            "compatible",
            "managementVerifyDomain",
            "response",
            "added",
            "data.ses_identity_checked_at",
        ),
        (
            "compatible",
            "managementVerifyDomain",
            "response",
            "added",
            "data.ses_identity_verification_status",
        ),
        (
            "compatible",
            "managementVerifyDomain",
            "response",
            "added",
            "data.ses_verified_for_sending",
        ),
        ("compatible", "managementVerifyDomain", "response", "enum", "data.status"),
        ("info", "managementVerifyDomain", "error_status", "added", "409"),
        ("info", "managementVerifyDomain", "error_status", "added", "500"),
        ("info", "managementVerifyDomain", "error_status", "added", "503"),
    ],
    ("1.6.1", "1.7.0"): [
        ("compatible", "managementGetConnection", "operation", "added", "GET /me"),
        ("breaking", "managementCreateMailbox", "body", "constraint", "email"),
        ("info", "managementCreateSharedAmazonSesLimitRequest", "error_status", "added", "403"),
        ("info", "managementRequestSendingAccountLimitIncrease", "error_status", "added", "403"),
    ],
    ("2.0.0", "2.1.0"): [
        (
            "compatible",
            "managementActivateProvider",
            "response",
            "added",
            "data.allowed_actions.update_variables",
        ),
        ("compatible", "managementActivateProvider", "response", "added", "data.variables"),
        ("compatible", "managementCreateProvider", "body", "added", "variables"),
        (
            "compatible",
            "managementCreateProvider",
            "response",
            "added",
            "data.allowed_actions.update_variables",
        ),
        ("compatible", "managementCreateProvider", "response", "added", "data.variables"),
        (
            "compatible",
            "managementDeactivateProvider",
            "response",
            "added",
            "data.allowed_actions.update_variables",
        ),
        ("compatible", "managementDeactivateProvider", "response", "added", "data.variables"),
        ("compatible", "managementGetEmailLog", "response", "added", "data.delivery_group"),
        (
            "compatible",
            "managementGetProvider",
            "response",
            "added",
            "data.allowed_actions.update_variables",
        ),
        ("compatible", "managementGetProvider", "response", "added", "data.variables"),
        ("compatible", "managementListEmailLogs", "response", "added", "data[].delivery_group"),
        (
            "compatible",
            "managementListProviders",
            "response",
            "added",
            "data[].allowed_actions.update_variables",
        ),
        ("compatible", "managementUpdateProvider", "body", "added", "variables"),
        (
            "compatible",
            "managementUpdateProvider",
            "response",
            "added",
            "data.allowed_actions.update_variables",
        ),
        ("compatible", "managementUpdateProvider", "response", "added", "data.variables"),
    ],
    ("2.1.2", "2.1.3"): [
        (
            "breaking",
            "managementGetSharedAmazonSesLimitRequest",
            "response",
            "nullable",
            "data.pending_request",
        ),
    ],
}
SECURITY_PAIR = ("1.7.0", "1.8.0")


def _seen(changes: list[drift.Change]) -> list[Seen]:
    return sorted((c.level, c.operation or "", c.kind, c.change, c.subject) for c in changes)


@pytest.fixture(scope="module")
def history() -> dict[str, dict[str, Any]]:
    listed = listed_versions()
    missing = [version for version in CORPUS if version not in listed]
    assert not missing, f"PyPI no longer lists {missing}"
    return {version: release_spec(version) for version in CORPUS}


def test_every_consecutive_pair_reports_what_its_diff_shows(
    history: dict[str, dict[str, Any]],
) -> None:
    started = time.perf_counter()
    reports = {
        (old, new): drift.compare(history[old], history[new])
        for old, new in itertools.pairwise(CORPUS)
    }
    elapsed = time.perf_counter() - started
    print(f"\nreplayed {len(reports)} pairs in {elapsed:.2f} s")
    for pair, changes in reports.items():
        if pair == SECURITY_PAIR:
            expected: list[Seen] = [
                ("info", op.operation_id, "security", "changed", "security")
                for op in spec_tools.management_operations(history[pair[1]])
            ]
            expected.append(("info", "", "security", "added", "oauth2"))
        else:
            expected = EXPECTED.get(pair, [])
        assert _seen(changes) == sorted(expected), f"{pair[0]} -> {pair[1]}"
        text = drift.render(drift.Report(changes=changes))
        if any(c.breaking for c in changes):
            assert text.index("### BREAKING") == text.index("### ")  # first, before the rest


def test_the_vendors_two_breaking_changes(history: dict[str, dict[str, Any]]) -> None:
    [nullable] = drift.compare(history["2.1.2"], history["2.1.3"])
    assert (nullable.operation, nullable.kind, nullable.subject, nullable.breaking) == (
        "managementGetSharedAmazonSesLimitRequest",
        "response",
        "data.pending_request",
        True,
    )
    assert nullable.via == "SharedAmazonSesLimitRequestPage"
    assert "`data.pending_request` (in SharedAmazonSesLimitRequestPage) may now be `None`" in (
        nullable.message
    )
    [pattern] = [c for c in drift.compare(history["1.6.1"], history["1.7.0"]) if c.breaking]
    assert (pattern.operation, pattern.kind, pattern.change, pattern.subject) == (
        "managementCreateMailbox",
        "body",
        "constraint",
        "email",
    )
    assert "request body field `email` must now match `^" in pattern.message


def test_the_contract_checks_run_on_every_release(history: dict[str, dict[str, Any]]) -> None:
    """Patches written for today's spec do not fit the old ones: reported, never a crash."""
    registry = contract_checks.Registry.from_sendmux_ext()
    results = {}
    for version in CORPUS:
        results[version] = contract_checks.check_spec(history[version], registry)
    for version in CORPUS[: CORPUS.index("1.5.1")]:  # DeliveryLogRecipient is from 1.5.1
        assert any(
            problem.startswith("patch #2 does not apply: target is gone")
            for problem in results[version]["patches"]
        ), version
    latest = results[CORPUS[-1]]
    assert all(problems == [] for problems in latest.values()), latest
