"""Realistic response bodies for the benchmark, built from the spec's schemas and examples.

Everything comes from ``scripts/spec_tools.sample`` (which fills every property of
a schema from its examples), so the bodies have the shape and size of real
envelopes. A few fields are varied per item (ids, timestamps) so that no two
items are the same object to the JSON decoder.
"""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import spec_tools  # noqa: E402

PAGE_SIZE = 100
PAGES = 50
DOMAIN_ID = "mdom_clbench0000000000000000000"
ETAG = 'W/"a1b2c3d4e5f60718"'


def load_spec() -> dict[str, Any]:
    return spec_tools.load(ROOT / "openapi.json")


def sample(spec: dict[str, Any], schema_name: str) -> Any:
    return spec_tools.sample(spec, {"$ref": f"#/components/schemas/{schema_name}"})


def _timestamp(n: int) -> str:
    return f"2026-03-{1 + n % 28:02d}T{n % 24:02d}:{n % 60:02d}:00Z"


def domain(spec: dict[str, Any], n: int, template: dict[str, Any] | None = None) -> dict[str, Any]:
    """One ``MailboxDomain`` as the API returns it, numbered ``n``."""
    item: dict[str, Any] = copy.deepcopy(template or sample(spec, "MailboxDomain"))
    item["id"] = f"mdom_clbench{n:019d}"
    item["domain"] = f"mail{n}.acme.com"
    item["created_at"] = _timestamp(n)
    item["verified_at"] = _timestamp(n + 1)
    item["ses_identity_checked_at"] = _timestamp(n + 2)
    item["ses_dkim_status"] = "success"
    item["ses_identity_verification_status"] = "success"
    item["ses_mail_from_status"] = "success"
    item["mailbox_count"] = n % 50
    return item


def domain_item_body(spec: dict[str, Any]) -> bytes:
    """The ``GET /domains/{id}`` body (``DomainItemResponse``)."""
    body = sample(spec, "DomainItemResponse")
    body["data"] = domain(spec, 0)
    body["data"]["id"] = DOMAIN_ID
    return json.dumps(body).encode()


def domain_list_page(
    spec: dict[str, Any], page: int, size: int = PAGE_SIZE, pages: int = PAGES
) -> dict[str, Any]:
    """Page ``page`` (0-based) of a ``DomainItemCursorListResponse`` list of ``pages`` pages."""
    body = sample(spec, "DomainItemCursorListResponse")
    body["meta"]["request_id"] = f"req_clbench{page:019d}"
    template = sample(spec, "MailboxDomain")
    body["data"] = [domain(spec, page * size + i, template) for i in range(size)]
    has_more = page + 1 < pages
    body["pagination"] = {"has_more": has_more}
    if has_more:
        body["pagination"]["next_cursor"] = f"c{page + 1}"
    return body


def domain_list_bodies(
    spec: dict[str, Any], size: int = PAGE_SIZE, pages: int = PAGES
) -> list[bytes]:
    return [json.dumps(domain_list_page(spec, p, size, pages)).encode() for p in range(pages)]
