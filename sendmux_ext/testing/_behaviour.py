"""What each Management operation does to the fake's state, derived from its shape.

Most operations are generic, recognised from their path in the spec: with ``C`` a
collection (a path that also has ``C/{id}``), ``GET C`` lists, ``POST C``
creates, ``GET/PATCH/DELETE C/{id}`` get, update and delete, ``GET C/{id}/x``
lists a nested collection when paginated, ``GET/PUT C/{id}/x`` read and replace
a document attached to the resource, and a ``GET`` of a path without an id
answers the spec's sample (reports: balance, stats, metrics...). The operations
that do something else have a small handler in ``SPECIAL``. An operation neither
recognises has no behaviour: ``behaviour()`` returns None and the contract
suite names it.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .._operations import OPERATIONS
from . import _spec
from ._store import Record

if TYPE_CHECKING:
    from ._fake import FakeSendmux

_PARAM = re.compile(r"^\{[^}]+\}$")


class Problem(Exception):
    """An API error answer: ``status`` and ``code`` as the API would send them."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        *,
        param: str | None = None,
        errors: list[dict[str, str]] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message
        self.param, self.errors, self.headers = param, errors, headers or {}


@dataclass
class Answer:
    """A success answer before the envelope: ``data`` (or text), list pagination, ETag."""

    data: Any
    pagination: dict[str, Any] | None = None
    record: Record | None = None  # whose ETag the answer carries
    text: str | None = None
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Call:
    """One request as a handler sees it."""

    fake: FakeSendmux
    operation: _spec.SpecOperation
    behaviour: Behaviour
    path_params: dict[str, str]
    query: dict[str, Any]
    body: Any
    if_match: str | None
    permissions: tuple[str, ...]

    @property
    def id(self) -> str:
        return next(iter(self.path_params.values()))

    def record(self, collection: str | None = None, record_id: str | None = None) -> Record:
        """The addressed resource, or a 404 ``not_found``."""
        name = collection or self.behaviour.collection
        assert name is not None
        found = self.fake.store.get(name, record_id or self.id)
        if found is None or (self.behaviour.parent_of(name) and found.parent != self.id):
            raise Problem(404, "not_found", f"no {name} with id {record_id or self.id!r}")
        return found

    def parent(self) -> Record:
        """The resource a nested path hangs off (``/webhooks/{public_id}/...``)."""
        assert self.behaviour.parent is not None
        return self.record(self.behaviour.parent, self.id)

    def check_if_match(self, record: Record) -> None:
        if self.if_match is not None and self.if_match not in ("*", record.etag):
            raise Problem(409, "conflict", "the resource changed since this ETag (If-Match)")


@dataclass(frozen=True)
class Behaviour:
    kind: str  # list | create | get | update | delete | document | set_document | report | special
    collection: str | None = None  # the store's collection name (the client's resource path)
    parent: str | None = None  # for nested collections: the owning collection
    handler: Callable[[Call], Answer] | None = None

    def parent_of(self, name: str) -> bool:
        return self.parent is not None and name == self.collection


def collection_name(path: str) -> str:
    """A path's collection name: ``/webhooks/{id}/deliveries`` -> ``webhooks.deliveries``."""
    parts = [p.replace("-", "_") for p in path.strip("/").split("/") if not _PARAM.match(p)]
    return ".".join(parts)


def _split(path: str) -> list[str]:
    return path.strip("/").split("/")


def behaviour(operation_id: str) -> Behaviour | None:
    """What the fake does for ``operation_id``, or None when it does nothing for it."""
    return _behaviours().get(operation_id)


def _behaviours() -> dict[str, Behaviour]:
    if not _CACHE:
        ops = _spec.operations()
        paths = {op.path for op in ops.values()}
        for op_id, op in ops.items():
            row = OPERATIONS.get(op_id)
            if row is None:
                continue  # the fake answers what the client can call
            json_answer = op.content_type == "application/json"
            found = classify(
                op_id, op.method, op.path, paths, paginated=row.paginated, json_answer=json_answer
            )
            if found is not None:
                _CACHE[op_id] = found
    return _CACHE


_CACHE: dict[str, Behaviour] = {}


def _is_collection(path: str, paths: set[str]) -> bool:
    prefix = path + "/"
    return any(
        p.startswith(prefix)
        and len(_split(p)) == len(_split(path)) + 1
        and _PARAM.match(_split(p)[-1])
        for p in paths
    )


def classify(
    operation_id: str,
    method: str,
    path: str,
    paths: set[str],
    *,
    paginated: bool,
    json_answer: bool,
) -> Behaviour | None:
    """The behaviour an operation of this shape gets, or None (also for the contract
    checks, which hand in what a spec says)."""
    special = SPECIAL.get(operation_id)
    if special is not None:
        parts = _split(path)
        base = "/" + "/".join(
            parts[: next((i for i, p in enumerate(parts) if _PARAM.match(p)), len(parts))]
        )
        return Behaviour("special", collection_name(base), None, special)
    parts = _split(path)
    name = collection_name(path)
    if not any(_PARAM.match(p) for p in parts):
        if method == "get" and paginated:
            return Behaviour("list", name)
        if method == "post" and _is_collection(path, paths):
            return Behaviour("create", name)
        if method == "get" and json_answer:
            return Behaviour("report", name, handler=_report)
        return None
    if len(parts) >= 2 and _PARAM.match(parts[-1]) and not any(_PARAM.match(p) for p in parts[:-1]):
        base = "/" + "/".join(parts[:-1])
        kinds = {"get": "get", "patch": "update", "delete": "delete"}
        if method in kinds:
            return Behaviour(kinds[method], collection_name(base))
        return None
    if len(parts) >= 3 and _PARAM.match(parts[-2]) and not any(_PARAM.match(p) for p in parts[:-2]):
        parent = collection_name("/" + "/".join(parts[:-2]))
        if method == "get" and paginated:
            return Behaviour("list", name, parent)
        if method == "get" and not paginated:
            return Behaviour("document", name, parent)
        if method == "put":
            return Behaviour("set_document", name, parent)
    return None


# -- rendering --------------------------------------------------------------------------


def render(schema: Any, record: dict[str, Any], depth: int = 0) -> Any:
    """The spec's sample of ``schema`` with the record's values where the names match
    (one level down too: ``{"mailbox": {...}, "credential": {...}}``)."""
    base = _spec.sample(schema)
    if not isinstance(base, dict):
        return base
    props = _spec.properties(schema)
    for key in base:
        if key in record:
            base[key] = record[key]
        elif depth == 0 and isinstance(base[key], dict) and key in props:
            base[key] = render(props[key], record, depth + 1)
    return base


def merge(record: dict[str, Any], fields: dict[str, Any], schema: Any) -> None:
    """Copy into ``record`` the ``fields`` the resource's schema has and accepts as they are."""
    props = _spec.properties(schema)
    for key, value in fields.items():
        if key in props and key != "id" and not _spec.errors(value, props[key]):
            record[key] = value


def item_schema_of(collection: str) -> Any:
    """The schema of one record of ``collection`` (a ``collection_name``), or None."""
    for op in _spec.operations().values():
        found = _behaviours().get(op.operation_id)
        if found is not None and found.collection == collection and found.kind == "get":
            return _spec.data_schema(op.response_schema)
    for op in _spec.operations().values():
        found = _behaviours().get(op.operation_id)
        if found is not None and found.collection == collection and found.kind == "list":
            return _spec.resolve(_spec.data_schema(op.response_schema)).get("items")
    return None


# Fields a resource keeps that its GET does not show: a webhook's signing secret, what a
# delivery attempt sent.
HIDDEN_FIELDS = ("secret", "payload")


def new_record(
    fake: FakeSendmux,
    collection: str,
    fields: dict[str, Any],
    parent: str | None = None,
    schema: Any = None,
) -> Record:
    """A resource made the way the API makes one: the spec's sample, the given fields,
    a fresh public id and the creation time."""
    schema = schema if schema is not None else item_schema_of(collection)
    data = _spec.sample(schema) if schema is not None else {}
    example = str(data.get("id") or "obj_x")
    now = fake.now()
    for key in ("created_at", "updated_at"):
        if key in data:
            data[key] = now
    if schema is not None:
        merge(data, fields, schema)
        data.update({key: fields[key] for key in HIDDEN_FIELDS if key in fields})
    else:
        data.update(fields)
    data["id"] = str(fields.get("id") or fake.store.new_id(example))
    return fake.store.add(collection, data, parent)


def touch(fake: FakeSendmux, record: Record) -> None:
    record.version += 1
    if "updated_at" in record.data:
        record.data["updated_at"] = fake.now()


def _data_schema(call: Call) -> Any:
    return _spec.data_schema(call.operation.response_schema)


# -- generic kinds ----------------------------------------------------------------------


def _filter(call: Call, parameters: dict[str, Any]) -> Callable[[Record], bool]:
    """The spec's filters: a parameter named like a field is an equality filter;
    ``from_date``/``to_date`` bound ``created_at``; ``search`` looks into text fields;
    ``include_deleted`` shows what a delete only marked."""
    bounds = parameters.get("from_date"), parameters.get("to_date")
    search = parameters.get("search")
    include_deleted = parameters.get("include_deleted") in (True, "true")

    def keep(record: Record) -> bool:
        data = record.data
        hidden = "include_deleted" in call.operation.query and not include_deleted
        if hidden and data.get("status") == "deleted":
            return False
        for name, value in parameters.items():
            if name in data and name not in ("cursor", "limit") and data[name] != value:
                return False
        stamp = str(data.get("created_at") or data.get("received_at") or "")
        if bounds[0] is not None and stamp < _date_bound(bounds[0], start=True):
            return False
        if bounds[1] is not None and stamp > _date_bound(bounds[1], start=False):
            return False
        if search:
            texts = [str(v) for v in data.values() if isinstance(v, str)]
            if not any(search.lower() in text.lower() for text in texts):
                return False
        return True

    return keep


def _date_bound(value: str, *, start: bool) -> str:
    """A date-only value covers its whole UTC day; times compare as RFC 3339 text."""
    if len(value) == 10:
        return value + ("T00:00:00Z" if start else "T23:59:59.999999Z")
    return value.replace("+00:00", "Z")


def list_records(call: Call) -> Answer:
    behaviour = call.behaviour
    assert behaviour.collection is not None
    parent = call.parent().id if behaviour.parent is not None else None
    limit = call.query.get("limit") or call.operation.limit_default() or 50
    filters = {k: v for k, v in call.query.items() if k not in ("cursor", "limit")}
    try:
        chosen, cursor = _page(call, parent, filters, limit)
    except ValueError as exc:
        raise Problem(400, "invalid_parameter", str(exc), param="cursor") from None
    items_schema = _spec.resolve(_data_schema(call)).get("items")
    data = [render(items_schema, record.data) for record in chosen]
    pagination: dict[str, Any] = {"has_more": cursor is not None}
    if cursor is not None:
        pagination["next_cursor"] = cursor
    return Answer(data, pagination)


def _page(
    call: Call, parent: str | None, filters: dict[str, Any], limit: int
) -> tuple[list[Record], str | None]:
    from ._store import page

    assert call.behaviour.collection is not None
    records = call.fake.store.records(call.behaviour.collection, parent)
    return page(records, _filter(call, filters), call.query.get("cursor"), int(limit))


def create(call: Call) -> Answer:
    assert call.behaviour.collection is not None
    record, extra = create_record(call.fake, call.behaviour.collection, dict(call.body or {}))
    data = render(_data_schema(call), {**record.data, **extra})
    location = f"{call.fake.base_path}{call.operation.path}/{record.id}"
    return Answer(data, record=record, headers={"Location": location})


def create_record(
    fake: FakeSendmux, collection: str, fields: dict[str, Any]
) -> tuple[Record, dict[str, Any]]:
    """A create as the API does it (its rules, what else it makes: a mailbox's first key),
    for a request or a seeding helper; the extras go into the create's answer."""
    hook = CREATE_HOOKS.get(collection)
    extra = hook(fake, fields) if hook is not None else {}
    record = new_record(fake, collection, fields)
    return record, {
        key: value(record) if callable(value) else value for key, value in extra.items()
    }


def get(call: Call) -> Answer:
    record = call.record()
    return Answer(render(_data_schema(call), record.data), record=record)


def update(call: Call) -> Answer:
    record = call.record()
    call.check_if_match(record)
    schema = item_schema_of(call.behaviour.collection or "")
    merge(record.data, dict(call.body or {}), schema)
    touch(call.fake, record)
    return Answer(render(_data_schema(call), record.data), record=record)


def delete(call: Call) -> Answer:
    record = call.record()
    call.check_if_match(record)
    assert call.behaviour.collection is not None
    soft = any(
        "include_deleted" in op.query and collection_name(op.path) == call.behaviour.collection
        for op in _spec.operations().values()
    )
    if soft and record.data.get("status") != "deleted":
        record.data["status"] = "deleted"  # kept for audit: listed with include_deleted
        touch(call.fake, record)
    elif soft:
        raise Problem(404, "not_found", f"{record.id!r} is already deleted")
    else:
        call.fake.store.remove(call.behaviour.collection, record.id)
    return Answer(render(_data_schema(call), {**record.data, "deleted": True}))


def document(call: Call) -> Answer:
    return _document_answer(call, call.parent())


def set_document(call: Call) -> Answer:
    owner = call.parent()
    current = _document_record(call, owner)
    call.check_if_match(current)
    current.data.update(dict(call.body or {}))
    touch(call.fake, current)
    return _document_answer(call, owner)


def _document_record(call: Call, owner: Record) -> Record:
    """The document (filters) of ``owner``; stored under the owner's id."""
    assert call.behaviour.collection is not None
    found = call.fake.store.get(call.behaviour.collection, owner.id)
    if found is None:
        data = _spec.sample(_data_schema(call))
        data = {**data, "id": owner.id}
        found = call.fake.store.add(call.behaviour.collection, data, owner.id)
        if isinstance(data.get("rules"), list):
            data["rules"] = []  # a resource starts without filter rules, filtering off
            data["mode"] = "off"
    return found


def _document_answer(call: Call, owner: Record) -> Answer:
    record = _document_record(call, owner)
    return Answer(render(_data_schema(call), record.data), record=record)


def _report(call: Call) -> Answer:
    """An answer the fake computes nothing for: the spec's sample, timestamps current."""
    data = _spec.sample(_data_schema(call))
    return Answer(data, record=call.fake.report_record(call.operation.operation_id, data))


GENERIC: dict[str, Callable[[Call], Answer]] = {
    "list": list_records,
    "create": create,
    "get": get,
    "update": update,
    "delete": delete,
    "document": document,
    "set_document": set_document,
}


def run(call: Call) -> Answer:
    handler = call.behaviour.handler or GENERIC[call.behaviour.kind]
    return handler(call)


# -- creation hooks: what a create makes besides the resource ---------------------------


def _secret(fake: FakeSendmux, prefix: str) -> str:
    return prefix + "".join(fake.store.rng.choice("0123456789abcdef") for _ in range(32))


def _domain_created(fake: FakeSendmux, fields: dict[str, Any]) -> dict[str, Any]:
    name = str(fields.get("domain", ""))
    if any(r.data.get("domain") == name for r in fake.store.records("domains")):
        raise Problem(409, "conflict", f"domain {name!r} is already in use", param="domain")
    fields.setdefault("verification_status", "pending")
    fields.setdefault("mode", "send_receive")
    return {}


def _mailbox_created(fake: FakeSendmux, fields: dict[str, Any]) -> dict[str, Any]:
    email = str(fields.get("email", "")).lower()
    if any(
        r.data.get("email") == email and r.data.get("status") != "deleted"
        for r in fake.store.records("mailboxes")
    ):
        raise Problem(409, "conflict", f"mailbox {email!r} already exists", param="email")
    fields["email"] = email
    fields.setdefault("status", "active")

    def credential(mailbox: Record) -> dict[str, Any]:
        return _new_key(fake, mailbox, "default")

    return {"credential": credential, "warning": None}


def _webhook_created(fake: FakeSendmux, fields: dict[str, Any]) -> dict[str, Any]:
    limit = fake.limits.get("webhooks")
    if limit is not None and len(fake.store.records("webhooks")) >= limit:
        raise Problem(409, "limit_exceeded", f"a team has at most {limit} webhooks")
    fields["secret"] = _secret(fake, "whsec_")
    fields.setdefault("enabled", True)
    fields.setdefault("failing", False)
    return {}


def _new_key(fake: FakeSendmux, mailbox: Record, app_name: str) -> dict[str, Any]:
    data: dict[str, Any] = _spec.sample(_spec.schema_ref("MailboxCredential"))
    secret = _secret(fake, "smx_mbx_")
    data.update(
        secret=secret,
        username=mailbox.data.get("email", data.get("username")),
        key_prefix=secret[:12],
        key_suffix=secret[-4:],
        public_id=fake.store.new_id(str(data.get("public_id") or "smx_cl")),
    )
    stored = {**data, "id": data["public_id"], "app_name": app_name}
    fake.store.add("mailboxes.keys", stored, mailbox.id)
    return data


CREATE_HOOKS: dict[str, Callable[[FakeSendmux, dict[str, Any]], dict[str, Any]]] = {
    "domains": _domain_created,
    "mailboxes": _mailbox_created,
    "webhooks": _webhook_created,
}


# -- special operations -----------------------------------------------------------------


def _set_state(**changes: Any) -> Callable[[Call], Answer]:
    """An action that changes fields of the resource and answers it (suspend, activate...)."""

    def handle(call: Call) -> Answer:
        record = call.record()
        record.data.update(changes)
        touch(call.fake, record)
        return Answer(render(_data_schema(call), record.data), record=record)

    return handle


def _verify_domain(call: Call) -> Answer:
    record = call.record()
    verified = call.fake.dns_ready
    record.data.update(
        verification_status="verified" if verified else "failed",
        verified_at=call.fake.now() if verified else record.data.get("verified_at"),
        ses_verified_for_sending=verified,
        ses_identity_checked_at=call.fake.now(),
    )
    touch(call.fake, record)
    data = _spec.sample(_data_schema(call))
    data["status"] = record.data["verification_status"]
    if isinstance(data.get("checks"), dict):
        data["checks"] = {check: verified for check in data["checks"]}
    return Answer(render(_data_schema(call), {**record.data, **data}), record=record)


def _zone_file(call: Call) -> Answer:
    record = call.record()
    name = record.data.get("domain", "example.com")
    lines = [f"$ORIGIN {name}.", "$TTL 3600"]
    records = record.data.get("dns_records") or {}
    for kind, value in sorted(records.items()):
        for entry in value if isinstance(value, list) else [value]:
            if isinstance(entry, dict) and "value" in entry:
                rtype = entry.get("type") or ("MX" if kind == "mx" else "TXT")
                lines.append(f"{entry.get('name', '@')} IN {rtype} {entry['value']}")
    return Answer(None, text="\n".join(lines) + "\n")


def _test_provider(call: Call) -> Answer:
    record = call.record()
    record.data["last_tested_at"] = call.fake.now()
    touch(call.fake, record)
    data = _spec.sample(_data_schema(call))
    data.update(success=True, tested_at=call.fake.now())
    return Answer(data)


def _rotate_secret(call: Call) -> Answer:
    record = call.record()
    record.data["secret"] = _secret(call.fake, "whsec_")
    touch(call.fake, record)
    return Answer(render(_data_schema(call), record.data), record=record)


def _test_webhook(call: Call) -> Answer:
    record = call.record()
    delivery = call.fake.deliver("sendmux.test", subscription=record.id)
    return Answer(render(_data_schema(call), {"event_id": delivery.event_id}))


def _create_key(call: Call) -> Answer:
    mailbox = call.record("mailboxes")
    credential = _new_key(call.fake, mailbox, str((call.body or {}).get("app_name", "")))
    return Answer(render(_data_schema(call), {"credential": credential}))


def _delete_key(call: Call) -> Answer:
    mailbox = call.record("mailboxes", call.path_params.get("public_id"))
    key_id = call.path_params.get("key_id", "")
    key = call.fake.store.get("mailboxes.keys", key_id)
    if key is None or key.parent != mailbox.id:
        raise Problem(404, "not_found", f"no key {key_id!r} on mailbox {mailbox.id!r}")
    call.fake.store.remove("mailboxes.keys", key_id)
    return Answer(render(_data_schema(call), {"deleted": True, "id": key_id}))


def _delivery_payload(call: Call) -> Answer:
    webhook = call.record("webhooks", call.path_params.get("public_id"))
    delivery_id = call.path_params.get("delivery_id", "")
    attempt = call.fake.store.get("webhooks.deliveries", delivery_id)
    if attempt is None or attempt.parent != webhook.id:
        raise Problem(404, "not_found", f"no delivery {delivery_id!r} of webhook {webhook.id!r}")
    return Answer(render(_data_schema(call), attempt.data))


def _availability(call: Call) -> Answer:
    email = str(call.query.get("email", "")).lower()
    taken = any(r.data.get("email") == email for r in call.fake.store.records("mailboxes"))
    data = _spec.sample(_data_schema(call))
    data.update(email=email, available=not taken)
    if "reason" in data:
        reasons = str(_spec.properties(_data_schema(call))["reason"])
        data["reason"] = (
            "available" if not taken else ("taken" if "taken" in reasons else data["reason"])
        )
    return Answer(data)


def _connection(call: Call) -> Answer:
    data = _spec.sample(_data_schema(call))
    data["permissions"] = list(call.permissions)
    team = data.get("team")
    if isinstance(team, dict):
        team.update(call.fake.team)
    data["mailboxes"] = []  # a root key is not scoped to mailboxes
    return Answer(data, record=call.fake.report_record("me", data))


SES_REQUESTS = "providers.shared_amazon_ses_limit_request"


def _ses_requests(call: Call) -> Answer:
    """``GET``: the limit and the pending request; ``POST``: file one; ``DELETE``: cancel it."""
    store = call.fake.store
    pending = next(
        (r for r in store.records(SES_REQUESTS) if r.data.get("status") == "pending"),
        None,
    )
    schema = _data_schema(call)
    props = _spec.properties(schema)
    limit = _spec.sample(props["limit"]) if "limit" in props else None
    if isinstance(limit, dict) and "pending_request_id" in limit:
        limit["pending_request_id"] = None
    if call.operation.method == "post":
        if pending is not None:
            raise Problem(409, "conflict", "a limit increase request is already pending")
        fields = {"status": "pending", **dict(call.body or {})}
        pending = new_record(
            call.fake, SES_REQUESTS, fields, schema=_spec.schema_ref("SharedAmazonSesLimitRequest")
        )
    elif call.operation.method == "delete":
        request_id = call.path_params.get("request_id", "")
        found = store.get(SES_REQUESTS, request_id)
        if found is None or found.data.get("status") != "pending":
            raise Problem(404, "not_found", f"no pending limit request {request_id!r}")
        found.data["status"] = "cancelled"
        touch(call.fake, found)
        return Answer(render(schema, {"limit": limit, "request": found.data}))
    if isinstance(limit, dict) and pending is not None and "pending_request_id" in limit:
        limit["pending_request_id"] = pending.id
    data = render(
        schema,
        {
            "limit": limit,
            "request": pending.data if pending else None,
            "pending_request": pending.data if pending else None,
        },
    )
    return Answer(data)


def _limit_increase(call: Call) -> Answer:
    data = _spec.sample(_data_schema(call))
    if "request_id" in data:
        data["request_id"] = call.fake.store.new_id(str(data["request_id"]))
    return Answer(data)


SPECIAL: dict[str, Callable[[Call], Answer]] = {
    "managementVerifyDomain": _verify_domain,
    "managementGetDomainZoneFile": _zone_file,
    "managementSuspendMailbox": _set_state(status="suspended"),
    "managementResumeMailbox": _set_state(status="active"),
    "managementActivateProvider": _set_state(is_active=True, status="active"),
    "managementDeactivateProvider": _set_state(is_active=False, status="inactive"),
    "managementTestProvider": _test_provider,
    "managementRotateWebhookSecret": _rotate_secret,
    "managementTestWebhook": _test_webhook,
    "managementCreateMailboxKey": _create_key,
    "managementDeleteMailboxKey": _delete_key,
    "managementGetDeliveryPayload": _delivery_payload,
    "managementCheckMailboxAvailability": _availability,
    "managementGetConnection": _connection,
    "managementGetSharedAmazonSesLimitRequest": _ses_requests,
    "managementCreateSharedAmazonSesLimitRequest": _ses_requests,
    "managementCancelSharedAmazonSesLimitRequest": _ses_requests,
    "managementRequestSendingAccountLimitIncrease": _limit_increase,
}


def fingerprint(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()
