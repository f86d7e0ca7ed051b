"""Webhook receivers: signatures, timestamps, headers, payload parsing, ``sign`` and the README.

Signatures here are computed with ``hmac`` directly (``v2``/``legacy``), not with ``sign``,
so a bug shared by ``sign`` and ``verify`` cannot hide; ``sign`` is tested against them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import pickle
import re
import traceback
import types
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any
from wsgiref.util import setup_testing_defaults

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sendmux_api.models.webhook_event_data import WebhookEventData
from sendmux_api.models.webhook_event_payload import WebhookEventPayload
from sendmux_api.models.webhook_event_payload_type import WebhookEventPayloadType

from sendmux_ext._errors import ConfigurationError, SendmuxError, WebhookVerificationError
from sendmux_ext.webhooks import DEFAULT_TOLERANCE, WebhookEvent, WebhookVerifier, sign, verify

SECRET = "whsec_local_example_test"
OLD_SECRET = "whsec_previous_secret_0001"
NOW = 1790665200
STAMP = str(NOW)

# The check values of issue 6, computed from the documented rules.
CHECK_BODY = '{ "id": "evt_example", "type": "message.received", "note": "日本語" }\n'.encode()
CHECK_V2 = "v1=4f264a8ee8c963bbfff2d3d211b5a2153244d5058f8c012403a5e34e09698962"
CHECK_LEGACY = "sha256=fb7b0bc01694cd2066632eb40c405313e65cc5cb4a0ee296506513d1b9594aa9"

SIG = "X-Sendmux-Signature-V2"
TS = "X-Sendmux-Timestamp"
LEGACY = "X-Sendmux-Signature"
EVENT_ID = "X-Sendmux-Event-Id"
EVENT_TYPE = "X-Sendmux-Event-Type"
ATTEMPT = "X-Sendmux-Delivery-Attempt"


def v2(secret: str, stamp: str, body: bytes) -> str:
    mac = hmac.new(secret.encode("utf-8"), stamp.encode() + b"." + body, hashlib.sha256)
    return "v1=" + mac.hexdigest()


def legacy(secret: str, body: bytes) -> str:
    return "sha256=" + hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


def document(**overrides: Any) -> dict[str, Any]:
    """A delivery body as Sendmux sends it (the spec's example shape)."""
    data = {
        "bounce_subtype": None,
        "bounce_type": None,
        "complaint_subtype": None,
        "complaint_type": None,
        "delay_expires_at": None,
        "delay_type": None,
        "is_spam": False,
        "mailbox_id": "mbx_123",
        "message_id": "ME3P282MB0769@example.com",
        "message_id_kind": "rfc5322",
        "recipients": ["inbox@example.com"],
        "reject_reason": None,
        "sender": "sender@example.com",
        "sendmux_message_id": None,
        "webhook_id": None,
    }
    doc: dict[str, Any] = {
        "data": data,
        "id": "evt_clexample0001",
        "occurred_at": "2026-09-29T09:12:00Z",
        "team_public_id": "team_clexample0001",
        "type": "message.received",
    }
    doc.update(overrides)
    return doc


def encode(doc: Any) -> bytes:
    return (json.dumps(doc, ensure_ascii=False) + "\n").encode("utf-8")


BODY = encode(document())


def delivery(
    body: bytes = BODY,
    *,
    secret: str = SECRET,
    stamp: str = STAMP,
    event_id: str = "evt_clexample0001",
    event_type: str = "message.received",
) -> dict[str, str]:
    return {
        SIG: v2(secret, stamp, body),
        TS: stamp,
        EVENT_ID: event_id,
        EVENT_TYPE: event_type,
        ATTEMPT: "1",
    }


@pytest.fixture(scope="module")
def spec(root: Path) -> dict[str, Any]:
    """This module's own copy of openapi.json: the shared fixture can be mutated by others."""
    document: dict[str, Any] = json.loads((root / "openapi.json").read_text(encoding="utf-8"))
    return document


def failure(
    body: bytes, headers: Any, secret: str | list[str] = SECRET, **options: Any
) -> WebhookVerificationError:
    options.setdefault("now", NOW)
    with pytest.raises(WebhookVerificationError) as info:
        verify(body, headers, secret, **options)
    return info.value


# --- the check values -------------------------------------------------------------------


def test_check_values_match_the_documented_rules() -> None:
    assert v2(SECRET, "1790665200", CHECK_BODY) == CHECK_V2
    assert legacy(SECRET, CHECK_BODY) == CHECK_LEGACY


def test_sign_produces_the_check_values() -> None:
    headers = sign(CHECK_BODY, SECRET, timestamp=1790665200)
    assert headers[SIG] == CHECK_V2
    assert headers[LEGACY] == CHECK_LEGACY
    assert headers[TS] == "1790665200"
    assert headers[EVENT_ID] == "evt_example"
    assert headers[EVENT_TYPE] == "message.received"


def test_check_value_signature_is_accepted() -> None:
    # The check body is no full payload: reaching the payload check proves the
    # signature, the timestamp and the id/type headers all passed.
    headers = {
        SIG: CHECK_V2,
        TS: "1790665200",
        EVENT_ID: "evt_example",
        EVENT_TYPE: "message.received",
    }
    assert failure(CHECK_BODY, headers, now=1790665200).reason == "invalid_payload"
    headers[SIG] = CHECK_V2[:-1] + "0"
    assert failure(CHECK_BODY, headers, now=1790665200).reason == "signature_mismatch"


def test_legacy_check_value_is_accepted_when_allowed() -> None:
    headers = {LEGACY: CHECK_LEGACY, EVENT_ID: "evt_example", EVENT_TYPE: "message.received"}
    assert failure(CHECK_BODY, headers, allow_legacy=True).reason == "invalid_payload"
    assert failure(CHECK_BODY, headers).reason == "legacy_not_allowed"


# --- a good delivery ----------------------------------------------------------------------


def test_valid_delivery_parses_into_the_generated_model() -> None:
    event = verify(BODY, delivery(), SECRET, now=NOW)
    assert isinstance(event, WebhookEvent)
    assert event.id == "evt_clexample0001"
    assert event.type == "message.received"
    assert event.type is WebhookEventPayloadType.MESSAGE_RECEIVED
    assert event.attempt == 1
    assert event.occurred_at.isoformat() == "2026-09-29T09:12:00+00:00"
    assert event.occurred_at.utcoffset() is not None
    assert isinstance(event.payload, WebhookEventPayload)
    assert isinstance(event.data, WebhookEventData)
    assert event.data.recipients == ["inbox@example.com"]
    assert event.payload.team_public_id == "team_clexample0001"
    assert event.raw == document()
    assert event.legacy is False


def test_the_spec_example_payload_verifies(spec: dict[str, Any]) -> None:
    example = spec["components"]["schemas"]["WebhookEventPayload"]["example"]
    body = encode(example)
    event = verify(body, sign(body, SECRET, timestamp=NOW), SECRET, now=NOW)
    assert event.raw == example
    # occurred_at is a datetime in the model: it serialises as +00:00 where the example has Z
    assert event.occurred_at == dt.datetime.fromisoformat(example["occurred_at"])
    assert event.payload.to_dict() == {**example, "occurred_at": event.occurred_at.isoformat()}


@pytest.mark.parametrize("kind", [bytes, bytearray, memoryview])
def test_body_may_be_any_bytes_like(kind: Callable[[bytes], Any]) -> None:
    assert verify(kind(BODY), delivery(), SECRET, now=NOW).id == "evt_clexample0001"


def test_non_ascii_body_verifies_on_its_exact_bytes() -> None:
    doc = document(id="evt_日本語", data={**document()["data"], "sender": "送信者@例え.jp"})
    body = encode(doc)
    assert re.search(rb"[\x80-\xff]", body)
    event = verify(body, delivery(body, event_id="evt_日本語"), SECRET, now=NOW)
    assert event.id == "evt_日本語"
    assert event.data.sender == "送信者@例え.jp"
    # The same JSON serialised differently (\u escapes) is other bytes: it must fail.
    reserialised = (json.dumps(doc, ensure_ascii=True) + "\n").encode()
    headers = delivery(body, event_id="evt_日本語")
    assert failure(reserialised, headers).reason == "signature_mismatch"


# --- tampering, secrets, rotation ------------------------------------------------------------


def test_tampered_body_fails() -> None:
    tampered = BODY.replace(b"inbox@example.com", b"evil!@example.com")
    error = failure(tampered, delivery())
    assert error.reason == "signature_mismatch"
    assert "signature mismatch" in str(error)


def test_wrong_secret_fails() -> None:
    assert failure(BODY, delivery(), "whsec_some_other_secret").reason == "signature_mismatch"


def test_signature_from_another_timestamp_fails() -> None:
    headers = delivery()
    headers[TS] = str(NOW + 1)
    assert failure(BODY, headers).reason == "signature_mismatch"


def test_secret_prefix_is_part_of_the_key() -> None:
    headers = delivery(secret="local_example_test")  # signed without "whsec_"
    assert failure(BODY, headers).reason == "signature_mismatch"


@pytest.mark.parametrize("signer", [SECRET, OLD_SECRET])
def test_rotation_accepts_either_secret(signer: str) -> None:
    verifier = WebhookVerifier([SECRET, OLD_SECRET], clock=lambda: NOW)
    assert verifier.verify(BODY, delivery(secret=signer)).id == "evt_clexample0001"
    assert verify(BODY, delivery(secret=signer), (OLD_SECRET, SECRET), now=NOW).attempt == 1


def test_rotation_still_rejects_a_third_secret() -> None:
    headers = delivery(secret="whsec_third")
    assert failure(BODY, headers, [SECRET, OLD_SECRET]).reason == "signature_mismatch"


# --- headers ----------------------------------------------------------------------------


def _recase(headers: dict[str, str], how: Callable[[str], str]) -> dict[str, str]:
    return {how(name): value for name, value in headers.items()}


def _alternate(name: str) -> str:
    return "".join(c.upper() if i % 2 else c.lower() for i, c in enumerate(name))


@pytest.mark.parametrize(
    "shape",
    [
        lambda h: _recase(h, str.lower),
        lambda h: _recase(h, str.upper),
        lambda h: _recase(h, _alternate),
        lambda h: list(_recase(h, str.lower).items()),
        lambda h: types.MappingProxyType(_recase(h, str.upper)),
    ],
    ids=["lower", "upper", "alternating", "pairs", "mapping-proxy"],
)
def test_header_names_are_case_insensitive(shape: Callable[[dict[str, str]], Any]) -> None:
    assert verify(BODY, shape(delivery()), SECRET, now=NOW).id == "evt_clexample0001"


@pytest.mark.parametrize("header", [SIG, TS, EVENT_ID, EVENT_TYPE])
def test_missing_header_is_named(header: str) -> None:
    headers = delivery()
    del headers[header]
    error = failure(BODY, headers)
    assert error.reason == "missing_header"
    assert f"missing header {header}" in str(error)


def test_no_headers_at_all() -> None:
    assert failure(BODY, {}).reason == "missing_header"


def test_missing_attempt_is_none() -> None:
    headers = delivery()
    del headers[ATTEMPT]
    assert verify(BODY, headers, SECRET, now=NOW).attempt is None


SIGNATURE = v2(SECRET, STAMP, BODY)
HEX = SIGNATURE.removeprefix("v1=")

MALFORMED_SIGNATURES = {
    "empty": "",
    "uppercase hex": "v1=" + HEX.upper(),
    "uppercase prefix": "V1=" + HEX,
    "short hex": SIGNATURE[:-1],
    "long hex": SIGNATURE + "0",
    "non-hex": "v1=" + "g" * 64,
    "no prefix": HEX,
    "legacy prefix": "sha256=" + HEX,
    "other version": "v2=" + HEX,
    "two v1 parts": f"{SIGNATURE},{SIGNATURE}",
    "two v1 parts, space": f"{SIGNATURE}, v1={'0' * 64}",
    "t= part first": f"t={STAMP},{SIGNATURE}",
    "t= part last": f"{SIGNATURE},t={STAMP}",
    "space after =": "v1= " + HEX,
    "trailing space": SIGNATURE + " ",
    "leading space": " " + SIGNATURE,
    "trailing newline": SIGNATURE + "\n",
}


@pytest.mark.parametrize("value", MALFORMED_SIGNATURES.values(), ids=MALFORMED_SIGNATURES.keys())
def test_malformed_signature_header(value: str) -> None:
    headers = delivery()
    headers[SIG] = value
    error = failure(BODY, headers)
    assert error.reason == "malformed_header"
    assert SIG in str(error)


MALFORMED_TIMESTAMPS = {
    "empty": "",
    "overflow 10**30": str(10**30),
    "13 digits (milliseconds)": STAMP + "000",
    "negative": "-" + STAMP,
    "plus sign": "+" + STAMP,
    "float": STAMP + ".0",
    "exponent": "1.7906652e9",
    "underscores": "1_790_665_200",
    "hex": hex(NOW),
    "leading space": " " + STAMP,
    "trailing space": STAMP + " ",
    "non-ASCII digits": STAMP.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")),
    "t= prefix": "t=" + STAMP,
    "two parts": f"{STAMP},{STAMP}",
    "words": "yesterday",
}


@pytest.mark.parametrize("stamp", MALFORMED_TIMESTAMPS.values(), ids=MALFORMED_TIMESTAMPS.keys())
def test_malformed_timestamp_header(stamp: str) -> None:
    # Correctly signed over the malformed string: only the format check can reject it.
    error = failure(BODY, delivery(stamp=stamp))
    assert error.reason == "malformed_header"
    assert TS in str(error)


@pytest.mark.parametrize("value", ["", "one", "-1", "1.0", "1e3", "٣", "1" * 10])
def test_malformed_attempt_header(value: str) -> None:
    headers = delivery()
    headers[ATTEMPT] = value
    error = failure(BODY, headers)
    assert error.reason == "malformed_header"
    assert ATTEMPT in str(error)


@pytest.mark.parametrize("header", [EVENT_ID, EVENT_TYPE])
def test_empty_event_header_is_malformed(header: str) -> None:
    headers = delivery()
    headers[header] = ""
    assert failure(BODY, headers).reason == "malformed_header"


@pytest.mark.parametrize("header", [SIG, TS, EVENT_ID])
def test_repeated_header_is_refused(header: str) -> None:
    pairs = [*delivery().items(), (header.lower(), delivery()[header])]
    error = failure(BODY, pairs)
    assert error.reason == "malformed_header"
    assert "2 times" in str(error)
    # Two spellings of one name in a plain dict are the same header twice.
    both = {**delivery(), header.upper(): delivery()[header]}
    assert failure(BODY, both).reason == "malformed_header"


def test_repeated_unrelated_header_is_fine() -> None:
    pairs: Iterable[tuple[str, str]] = [*delivery().items(), ("Accept", "a"), ("accept", "b")]
    assert verify(BODY, pairs, SECRET, now=NOW).id == "evt_clexample0001"


# --- timestamps ------------------------------------------------------------------------


@pytest.mark.parametrize("offset", [-300, -1, 0, 1, 299, 300])
def test_timestamp_within_tolerance_passes(offset: int) -> None:
    assert verify(BODY, delivery(), SECRET, now=NOW + offset).id == "evt_clexample0001"
    verifier = WebhookVerifier(SECRET, clock=lambda: NOW + offset)
    assert verifier.verify(BODY, delivery()).id == "evt_clexample0001"


@pytest.mark.parametrize(
    ("offset", "reason", "words"),
    [
        (301, "timestamp_too_old", "too old by 1 s"),
        (300.5, "timestamp_too_old", "too old by 0.5 s"),
        (86_400, "timestamp_too_old", "too old by 86100 s"),
        (-301, "timestamp_in_future", "in the future by 1 s"),
        (-(10**9), "timestamp_in_future", "in the future by 999999700 s"),
    ],
)
def test_timestamp_outside_tolerance_fails(offset: float, reason: str, words: str) -> None:
    error = failure(BODY, delivery(), now=NOW + offset)
    assert error.reason == reason
    assert words in str(error)
    verifier = WebhookVerifier(SECRET, clock=lambda: NOW + offset)
    with pytest.raises(WebhookVerificationError) as info:
        verifier.verify(BODY, delivery())
    assert info.value.reason == reason


def test_default_tolerance_is_300() -> None:
    assert DEFAULT_TOLERANCE == 300


@pytest.mark.parametrize("tolerance", [0, 10, 3600])
def test_tolerance_is_configurable(tolerance: int) -> None:
    for offset in (-tolerance, tolerance):
        assert verify(BODY, delivery(), SECRET, now=NOW + offset, tolerance=tolerance).id
    for offset in (-tolerance - 1, tolerance + 1):
        assert failure(BODY, delivery(), now=NOW + offset, tolerance=tolerance).reason in {
            "timestamp_too_old",
            "timestamp_in_future",
        }


def test_stale_timestamp_with_bad_signature_reports_the_signature() -> None:
    # Only an authentic delivery earns the clock-skew diagnosis.
    assert failure(BODY, delivery(secret="whsec_x"), now=NOW + 10**6).reason == "signature_mismatch"


@pytest.mark.parametrize("tolerance", [-1, float("nan"), float("inf")])
def test_unusable_tolerance_is_a_configuration_error(tolerance: float) -> None:
    with pytest.raises(ConfigurationError):
        verify(BODY, delivery(), SECRET, now=NOW, tolerance=tolerance)
    with pytest.raises(ConfigurationError):
        WebhookVerifier(SECRET, tolerance=tolerance)


@pytest.mark.parametrize("tolerance", ["300", True, None])
def test_tolerance_of_the_wrong_type_is_a_type_error(tolerance: Any) -> None:
    with pytest.raises(TypeError):
        verify(BODY, delivery(), SECRET, now=NOW, tolerance=tolerance)


# --- legacy scheme ------------------------------------------------------------------------


def legacy_delivery(body: bytes = BODY, secret: str = SECRET) -> dict[str, str]:
    return {
        LEGACY: legacy(secret, body),
        EVENT_ID: "evt_clexample0001",
        EVENT_TYPE: "message.received",
        ATTEMPT: "2",
    }


def test_legacy_is_refused_by_default() -> None:
    error = failure(BODY, legacy_delivery())
    assert error.reason == "legacy_not_allowed"
    assert "allow_legacy=True" in str(error)
    with pytest.raises(WebhookVerificationError):
        WebhookVerifier(SECRET, clock=lambda: NOW).verify(BODY, legacy_delivery())


def test_legacy_is_accepted_when_opted_in() -> None:
    event = verify(BODY, legacy_delivery(), SECRET, allow_legacy=True)
    assert event.legacy is True
    assert event.attempt == 2
    # No timestamp: any clock passes (the reason it is opt-in).
    assert verify(BODY, legacy_delivery(), SECRET, now=0, allow_legacy=True).legacy
    verifier = WebhookVerifier([OLD_SECRET, SECRET], allow_legacy=True)
    assert verifier.verify(BODY, legacy_delivery(secret=OLD_SECRET)).legacy


def test_legacy_checks_signature_and_event_headers() -> None:
    tampered = BODY.replace(b"inbox", b"inbux")
    assert failure(tampered, legacy_delivery(), allow_legacy=True).reason == "signature_mismatch"
    headers = legacy_delivery(secret="whsec_wrong")
    assert failure(BODY, headers, allow_legacy=True).reason == "signature_mismatch"
    headers = {**legacy_delivery(), EVENT_ID: "evt_other"}
    assert failure(BODY, headers, allow_legacy=True).reason == "event_id_mismatch"
    for bad in ("sha256=" + "A" * 64, "v1=" + "0" * 64, "sha256=abc", ""):
        headers = {**legacy_delivery(), LEGACY: bad}
        assert failure(BODY, headers, allow_legacy=True).reason == "malformed_header"


def test_current_scheme_never_falls_back_to_legacy() -> None:
    both = {**delivery(), LEGACY: legacy(SECRET, BODY)}
    # A bad V2 signature fails even with a valid legacy one and allow_legacy=True.
    bad_v2 = {**both, SIG: v2("whsec_wrong", STAMP, BODY)}
    assert failure(BODY, bad_v2, allow_legacy=True).reason == "signature_mismatch"
    # So does a malformed or stale one.
    assert failure(BODY, {**both, SIG: ""}, allow_legacy=True).reason == "malformed_header"
    stale = failure(BODY, both, allow_legacy=True, now=NOW + 301)
    assert stale.reason == "timestamp_too_old"
    # V2 present, timestamp missing: no fallback.
    no_ts = {k: v for k, v in both.items() if k != TS}
    assert failure(BODY, no_ts, allow_legacy=True).reason == "missing_header"
    # A default receiver, V2 headers stripped: the valid legacy signature is not used.
    stripped = {k: v for k, v in both.items() if k not in (SIG, TS)}
    assert failure(BODY, stripped).reason == "legacy_not_allowed"


# --- body and payload --------------------------------------------------------------------


def test_event_id_mismatch() -> None:
    error = failure(BODY, delivery(event_id="evt_other"))
    assert error.reason == "event_id_mismatch"
    assert "'evt_clexample0001'" in str(error)
    assert "'evt_other'" in str(error)


def test_event_type_mismatch() -> None:
    error = failure(BODY, delivery(event_type="message.bounced"))
    assert error.reason == "event_type_mismatch"
    assert EVENT_TYPE in str(error)


@pytest.mark.parametrize(
    ("body", "words"),
    [
        (b"", "not JSON"),
        (b"not json", "not JSON"),
        (b"\xff\xfe{}", "not UTF-8"),
        (b"[1, 2]", "JSON array"),
        (b'"evt"', "JSON string"),
        (b"42", "JSON number"),
        (b"null", "JSON null"),
        (b'{"id": "a", "id": "b", "type": "message.received"}', "twice"),
        (b"[" * 100_000 + b"]" * 100_000, "not JSON"),
        (b'{"id": ' + b"9" * 5000 + b"}", "not JSON"),
    ],
    ids=[
        "empty",
        "text",
        "utf-16",
        "array",
        "string",
        "number",
        "null",
        "dup-key",
        "deep",
        "huge-int",
    ],
)
def test_body_that_is_not_a_json_object(body: bytes, words: str) -> None:
    error = failure(body, delivery(body))  # correctly signed: only the body check can fail
    assert error.reason == "invalid_body"
    assert words in str(error)


def _without(key: str) -> dict[str, Any]:
    doc = document()
    del doc[key]
    return doc


def _data(**changes: Any) -> dict[str, Any]:
    doc = document()
    doc["data"].update(changes)
    for key, value in changes.items():
        if value is KeyError:
            del doc["data"][key]
    return doc


UNFIT = {
    "id not a string": (document(id=5), "id"),
    "type not a string": (document(type=["message.received"]), "type"),
    "id missing": (_without("id"), "id"),
    "data missing": (_without("data"), "data"),
    "data a list": (document(data=[]), "data"),
    "occurred_at missing": (_without("occurred_at"), "occurred_at"),
    "occurred_at a number": (document(occurred_at=1790665200), "occurred_at"),
    "occurred_at not a time": (document(occurred_at="yesterday"), "occurred_at"),
    "occurred_at naive": (document(occurred_at="2026-09-29T09:12:00"), "occurred_at"),
    "team_public_id null": (document(team_public_id=None), "team_public_id"),
    "data.recipients missing": (_data(recipients=KeyError), "data.recipients"),
    "data.recipients a number": (_data(recipients=5), "data.recipients"),
    "data.recipients of numbers": (_data(recipients=[1]), "data.recipients"),
    "data.is_spam a string": (_data(is_spam="yes"), "data.is_spam"),
    "data.bounce_type a number": (_data(bounce_type=5), "data.bounce_type"),
    "data.sender an object": (_data(sender={}), "data.sender"),
}


@pytest.mark.parametrize(("doc", "field"), UNFIT.values(), ids=UNFIT.keys())
def test_body_that_does_not_fit_the_model_names_the_field(doc: dict[str, Any], field: str) -> None:
    body = encode(doc)
    error = failure(body, delivery(body))
    assert error.reason == "invalid_payload"
    assert re.search(rf"\b{re.escape(field)}\b", str(error))


def test_unknown_fields_are_kept_in_raw_and_do_not_fail() -> None:
    doc = document(schema_version=2)
    doc["data"]["new_field"] = {"nested": [1, 2]}
    body = encode(doc)
    event = verify(body, delivery(body), SECRET, now=NOW)
    assert event.raw["schema_version"] == 2
    assert event.raw["data"]["new_field"] == {"nested": [1, 2]}


def test_unknown_enum_values_in_data_parse() -> None:
    body = encode(_data(bounce_type="Mysterious", message_id_kind="future-kind"))
    event = verify(body, delivery(body), SECRET, now=NOW)
    assert event.data.bounce_type == "Mysterious"
    assert event.data.message_id_kind == "future-kind"


def _spec_enum(spec: dict[str, Any]) -> list[str]:
    def resolve(node: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in node:
            target: Any = spec
            for part in node["$ref"].removeprefix("#/").split("/"):
                target = target[part]
            node = target
        return node

    payload = resolve(spec["components"]["schemas"]["WebhookEventPayload"])
    values: list[str] = resolve(payload["properties"]["type"])["enum"]
    return values


def test_event_types_of_the_spec_are_what_the_parser_knows(spec: dict[str, Any]) -> None:
    spec_types = _spec_enum(spec)
    assert len(spec_types) >= 8
    assert set(spec_types) == {member.value for member in WebhookEventPayloadType}
    for event_type in spec_types:
        body = encode(document(type=event_type))
        event = verify(body, delivery(body, event_type=event_type), SECRET, now=NOW)
        assert event.type == event_type
        assert event.type.name != "UNKNOWN"
        assert event.type is WebhookEventPayloadType(event_type)


def test_unknown_future_event_type_still_parses(spec: dict[str, Any]) -> None:
    future = "message.opened.future"
    assert future not in _spec_enum(spec)
    body = encode(document(type=future))
    event = verify(body, delivery(body, event_type=future), SECRET, now=NOW)
    assert event.type == future
    assert event.type.name == "UNKNOWN"
    assert isinstance(event.type, WebhookEventPayloadType)


# --- sign -----------------------------------------------------------------------------


def test_sign_round_trips_with_verify() -> None:
    headers = sign(BODY, SECRET, timestamp=NOW, attempt=3)
    assert headers[SIG] == v2(SECRET, STAMP, BODY)
    event = verify(BODY, headers, SECRET, now=NOW)
    assert (event.id, event.type, event.attempt, event.legacy) == (
        "evt_clexample0001",
        "message.received",
        3,
        False,
    )
    legacy_only = {k: v for k, v in headers.items() if k not in (SIG, TS)}
    assert verify(BODY, legacy_only, SECRET, allow_legacy=True).legacy


def test_sign_defaults_to_the_current_time() -> None:
    headers = sign(BODY, SECRET)
    assert verify(BODY, headers, SECRET).id == "evt_clexample0001"  # the real clock


def test_sign_options() -> None:
    headers = sign(BODY, SECRET, timestamp=NOW, legacy=False, attempt=None)
    assert LEGACY not in headers
    assert ATTEMPT not in headers
    assert verify(BODY, headers, SECRET, now=NOW).attempt is None
    relabelled = sign(BODY, SECRET, timestamp=NOW, event_id="evt_other", event_type="x.y")
    assert (relabelled[EVENT_ID], relabelled[EVENT_TYPE]) == ("evt_other", "x.y")
    assert failure(BODY, relabelled).reason == "event_id_mismatch"
    not_json = sign(b"plain text", SECRET, timestamp=NOW)
    assert EVENT_ID not in not_json
    assert not_json[SIG] == v2(SECRET, STAMP, b"plain text")


def test_retries_share_the_event_id() -> None:
    first = verify(BODY, sign(BODY, SECRET, timestamp=NOW, attempt=1), SECRET, now=NOW)
    retry_headers = sign(BODY, SECRET, timestamp=NOW + 600, attempt=2)
    retry = verify(BODY, retry_headers, SECRET, now=NOW + 600)
    assert retry_headers[SIG] != sign(BODY, SECRET, timestamp=NOW)[SIG]
    assert (first.id, first.attempt) == (retry.id, 1)
    assert retry.attempt == 2


@pytest.mark.parametrize(
    ("timestamp", "error"),
    [
        (-1, ConfigurationError),
        (10**13, ConfigurationError),
        (True, TypeError),
        ("1790665200", TypeError),
    ],
)
def test_sign_rejects_unusable_timestamps(timestamp: Any, error: type[Exception]) -> None:
    with pytest.raises(error):
        sign(BODY, SECRET, timestamp=timestamp)


# --- misuse ------------------------------------------------------------------------------


@pytest.mark.parametrize("body", [BODY.decode(), json.loads(BODY), None])
def test_body_must_be_bytes(body: Any) -> None:
    with pytest.raises(TypeError, match="raw request bytes"):
        verify(body, delivery(), SECRET, now=NOW)
    with pytest.raises(TypeError, match="raw request bytes"):
        WebhookVerifier(SECRET).verify(body, delivery())
    with pytest.raises(TypeError, match="raw request bytes"):
        sign(body, SECRET)


@pytest.mark.parametrize(
    ("secrets", "error"),
    [
        ([], ConfigurationError),
        ("", ConfigurationError),
        ([SECRET, ""], ConfigurationError),
        (SECRET + "\n", ConfigurationError),
        (" " + SECRET, ConfigurationError),
        (SECRET.encode(), TypeError),
        ([SECRET, None], TypeError),
    ],
)
def test_unusable_secrets(secrets: Any, error: type[Exception]) -> None:
    with pytest.raises(error) as info:
        WebhookVerifier(secrets)
    assert SECRET not in str(info.value)
    with pytest.raises(error):
        verify(BODY, delivery(), secrets, now=NOW)


def test_configuration_errors_are_sendmux_errors() -> None:
    with pytest.raises(SendmuxError):
        WebhookVerifier([])


def test_non_string_header_value_is_a_type_error() -> None:
    headers: dict[str, Any] = {**delivery(), TS: NOW}
    with pytest.raises(TypeError, match=TS):
        verify(BODY, headers, SECRET, now=NOW)


def test_verifier_repr_hides_secrets() -> None:
    text = repr(WebhookVerifier([SECRET, OLD_SECRET], tolerance=60))
    assert SECRET not in text
    assert OLD_SECRET not in text
    assert "2 secret" in text
    assert "tolerance=60" in text


# --- the error --------------------------------------------------------------------------


def test_error_is_a_sendmux_error_and_pickles() -> None:
    error = failure(BODY, delivery(secret="whsec_x"))
    assert isinstance(error, SendmuxError)
    clone = pickle.loads(pickle.dumps(error))
    assert type(clone) is WebhookVerificationError
    assert (clone.reason, str(clone)) == (error.reason, str(error))


def test_error_reason_defaults_for_direct_construction() -> None:
    error = WebhookVerificationError("custom")
    assert (str(error), error.reason) == ("custom", "invalid")


def _every_kind_of_failure(secret: str) -> list[WebhookVerificationError]:
    """One failing delivery per reason, and more, all verified with ``secret``."""
    good = delivery(secret=secret)
    cases: list[tuple[bytes, Any, dict[str, Any]]] = [
        (BODY, {}, {}),
        (BODY, {**good, SIG: ""}, {}),
        (BODY, {**good, SIG: v2(secret, STAMP, BODY).upper()}, {}),
        (BODY, {**good, TS: str(10**30)}, {}),
        (BODY, [*good.items(), (TS, STAMP)], {}),
        (BODY, {k: v for k, v in good.items() if k != SIG} | {LEGACY: "x"}, {}),
        (BODY.replace(b"inbox", b"inbux"), good, {}),
        (BODY, delivery(secret=secret + "x"), {}),
        (BODY, good, {"now": NOW + 301}),
        (BODY, good, {"now": NOW - 301}),
        (BODY, {**good, EVENT_ID: "evt_other"}, {}),
        (BODY, {**good, EVENT_TYPE: "sendmux.test"}, {}),
        (b"[]", delivery(b"[]", secret=secret), {}),
        (b"\xff", delivery(b"\xff", secret=secret), {}),
        (encode(_without("data")), delivery(encode(_without("data")), secret=secret), {}),
        (encode(_data(recipients=5)), delivery(encode(_data(recipients=5)), secret=secret), {}),
        (BODY, {LEGACY: legacy(secret + "x", BODY)}, {"allow_legacy": True}),
        (BODY, {LEGACY: "sha256=" + "Z" * 64}, {"allow_legacy": True}),
    ]
    errors = []
    for body, headers, options in cases:
        with pytest.raises(WebhookVerificationError) as info:
            verify(body, headers, [secret, OLD_SECRET], **{"now": NOW, **options})
        errors.append(info.value)
    return errors


def test_no_error_message_contains_a_secret_or_an_expected_signature() -> None:
    secret = "whsec_Do_Not_Leak_Me_42"
    errors = _every_kind_of_failure(secret)
    reasons = {error.reason for error in errors}
    assert reasons >= {
        "missing_header",
        "malformed_header",
        "legacy_not_allowed",
        "signature_mismatch",
        "timestamp_too_old",
        "timestamp_in_future",
        "event_id_mismatch",
        "event_type_mismatch",
        "invalid_body",
        "invalid_payload",
    }
    forbidden = [secret, OLD_SECRET, "Do_Not_Leak"]
    for key in (secret, OLD_SECRET):
        forbidden += [v2(key, STAMP, BODY)[3:], legacy(key, BODY)[7:]]
    for error in errors:
        texts = [
            str(error),
            repr(error),
            repr(error.__dict__),
            "".join(traceback.format_exception(error)),
            repr(pickle.loads(pickle.dumps(error)).__dict__),
        ]
        for text in texts:
            for needle in forbidden:
                assert needle not in text, (error.reason, text)


# --- properties -------------------------------------------------------------------------


@settings(deadline=None, max_examples=300)
@given(index=st.integers(0, len(BODY) - 1), delta=st.integers(1, 255))
def test_any_single_byte_change_to_the_body_fails(index: int, delta: int) -> None:
    body = bytearray(BODY)
    body[index] = (body[index] + delta) % 256
    with pytest.raises(WebhookVerificationError) as info:
        verify(bytes(body), delivery(), SECRET, now=NOW)
    assert info.value.reason == "signature_mismatch"


@settings(deadline=None, max_examples=300)
@given(index=st.integers(0, len(SIGNATURE) - 1), replacement=st.characters(codec="latin-1"))
def test_any_single_character_change_to_the_signature_fails(index: int, replacement: str) -> None:
    signature = SIGNATURE[:index] + replacement + SIGNATURE[index + 1 :]
    if signature == SIGNATURE:
        replacement = "0" if SIGNATURE[index] != "0" else "1"
        signature = SIGNATURE[:index] + replacement + SIGNATURE[index + 1 :]
    with pytest.raises(WebhookVerificationError) as info:
        verify(BODY, {**delivery(), SIG: signature}, SECRET, now=NOW)
    assert info.value.reason in {"signature_mismatch", "malformed_header"}
    assert HEX not in str(info.value)


@settings(deadline=None, max_examples=100)
@given(
    index=st.integers(0, len(legacy(SECRET, BODY)) - 1),
    replacement=st.characters(codec="latin-1"),
)
def test_any_single_character_change_to_the_legacy_signature_fails(
    index: int, replacement: str
) -> None:
    good = legacy(SECRET, BODY)
    signature = good[:index] + replacement + good[index + 1 :]
    if signature == good:
        signature = good[:index] + ("0" if good[index] != "0" else "1") + good[index + 1 :]
    with pytest.raises(WebhookVerificationError):
        verify(BODY, {**legacy_delivery(), LEGACY: signature}, SECRET, allow_legacy=True)


TEXT = st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=40)


@settings(deadline=None, max_examples=150)
@given(
    secret=TEXT.map(lambda s: "whsec_" + s.strip()),
    event_id=TEXT,
    event_type=st.sampled_from([*WebhookEventPayloadType, "some.future.type"]),
    note=st.text(),
    timestamp=st.integers(0, 10**12 - 1),
    attempt=st.none() | st.integers(1, 10**6),
)
def test_sign_then_verify_round_trips(
    secret: str, event_id: str, event_type: str, note: str, timestamp: int, attempt: int | None
) -> None:
    doc = document(id=event_id, type=str(event_type), note=note)
    body = encode(doc)
    headers = sign(body, secret, timestamp=timestamp, attempt=attempt)
    event = verify(body, headers, secret, now=timestamp)
    assert (event.id, event.type, event.attempt) == (event_id, event_type, attempt)
    assert event.raw["note"] == note
    with pytest.raises(WebhookVerificationError) as info:
        verify(body, headers, secret + "x", now=timestamp)
    assert secret not in str(info.value)


# --- the README example -----------------------------------------------------------------


def _readme_app(root: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    readme = (root / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Receiving webhooks", 1)[1]
    match = re.search(r"```python\n(.*?)```", section, re.DOTALL)
    assert match, "README has no python example under 'Receiving webhooks'"
    monkeypatch.setenv("SENDMUX_WEBHOOK_SECRETS", f"{SECRET},{OLD_SECRET}")
    namespace: dict[str, Any] = {"__name__": "readme_example"}
    exec(compile(match.group(1), "README.md", "exec"), namespace)
    return namespace


def _call(
    app: Any, body: bytes, headers: dict[str, str], method: str = "POST"
) -> tuple[str, bytes]:
    environ: dict[str, Any] = {"REQUEST_METHOD": method, "CONTENT_LENGTH": str(len(body))}
    setup_testing_defaults(environ)
    environ["wsgi.input"].write(body)
    environ["wsgi.input"].seek(0)
    for name, value in headers.items():
        key = name.upper().replace("-", "_")
        environ[key if key == "CONTENT_TYPE" else "HTTP_" + key] = value
    status: list[str] = []
    chunks = app(environ, lambda s, h: status.append(s))
    return status[0], b"".join(chunks)


def test_readme_receiver_verifies_and_dedupes(root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    namespace = _readme_app(root, monkeypatch)
    handled: list[WebhookEvent] = []
    namespace["handle"] = handled.append
    app = namespace["app"]

    status, _ = _call(app, BODY, sign(BODY, SECRET, attempt=1))
    assert status.startswith("2")
    status, _ = _call(app, BODY, sign(BODY, OLD_SECRET, attempt=2))  # a retry, old secret
    assert status.startswith("2")
    assert [event.id for event in handled] == ["evt_clexample0001"]

    other = encode(document(id="evt_second"))
    assert _call(app, other, sign(other, SECRET))[0].startswith("2")
    assert [event.id for event in handled] == ["evt_clexample0001", "evt_second"]

    tampered = BODY.replace(b"inbox", b"inbux")
    status, text = _call(app, tampered, sign(BODY, SECRET))
    assert status.startswith("400")
    assert b"signature_mismatch" in text
    assert _call(app, BODY, {}, method="GET")[0].startswith("405")
    assert len(handled) == 2


def test_readme_documents_rotation_and_sign(root: Path) -> None:
    readme = (root / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Receiving webhooks", 1)[1].split("\n## ", 1)[0]
    assert "sign(" in section
    assert "rotat" in section.lower()
    assert "allow_legacy" in section
