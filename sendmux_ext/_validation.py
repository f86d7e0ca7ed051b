"""Arguments checked before anything is sent: ids, header values, query filters, bodies."""

from __future__ import annotations

import datetime as dt
import enum
import functools
import inspect
import types
import typing
from collections.abc import Mapping
from typing import Any

from ._constants import HEADER_VALUE_MAX, LIMIT_RANGE, PARSE_FAILURES
from ._errors import InvalidRequestError
from ._hints import json_name, type_hints
from ._operations import Operation


def _has_control_chars(value: str) -> bool:
    # isprintable() is False for C0/C1 controls, DEL and invisible format characters.
    return not value.isprintable()


def check_path_id(name: str, value: object) -> str:
    """A path id that cannot steer the request elsewhere (the generated code percent-encodes it)."""
    if not isinstance(value, str):
        raise InvalidRequestError(f"{name} must be a string id, got {type(value).__name__}")
    if not value.strip() or value != value.strip():
        raise InvalidRequestError(f"{name} must be a non-empty id without surrounding whitespace")
    if value in (".", "..") or _has_control_chars(value):
        raise InvalidRequestError(f"{name} is not a valid id: {value!r}")
    return value


def check_header_value(name: str, value: object) -> str:
    """``idempotency_key`` / ``if_match``: 1-255 visible ASCII characters, nothing to inject."""
    if not isinstance(value, str):
        raise InvalidRequestError(f"{name} must be a string, got {type(value).__name__}")
    if not 1 <= len(value) <= HEADER_VALUE_MAX:
        raise InvalidRequestError(f"{name} must be 1 to {HEADER_VALUE_MAX} characters long")
    if not all(0x20 <= ord(char) <= 0x7E for char in value):
        raise InvalidRequestError(
            f"{name} must be printable ASCII (no CR, LF or control characters)"
        )
    return value


@functools.cache  # per parameter of the generated signature, not per call
def _declared_type(parameter: inspect.Parameter) -> type[Any] | None:
    """``X | Unset`` -> ``X`` (the generated annotation of an optional query parameter)."""
    annotation = parameter.annotation
    options = typing.get_args(annotation) if isinstance(annotation, types.UnionType) else ()
    for option in options or (annotation,):
        if isinstance(option, type) and option.__name__ != "Unset":
            return option
    return None


def _enum_value(operation: Operation, name: str, kind: type[enum.Enum], value: object) -> Any:
    allowed = [member.value for member in kind]
    if isinstance(value, bool) and {"true", "false"} >= set(allowed):
        if not value and "false" not in allowed:
            return None  # a flag that only takes "true": False means leave it out
        value = str(value).lower()
    if isinstance(value, enum.Enum):
        value = value.value
    if value not in allowed:
        raise InvalidRequestError(
            f"{operation.method_path}(): {name}={value!r} is not one of "
            + ", ".join(repr(a) for a in allowed)
        )
    return kind(value)


def rfc3339(value: dt.datetime, where: str) -> str:
    """An aware datetime as RFC 3339 (UTC as ``Z``). A naive one is refused: its zone is a
    guess (local time? UTC?), and a wrong guess silently shifts a filter by hours."""
    if value.utcoffset() is None:
        raise InvalidRequestError(
            f"{where}: naive datetime {value.isoformat()!r}; give it a time zone "
            "(e.g. datetime(..., tzinfo=timezone.utc))"
        )
    return value.isoformat().replace("+00:00", "Z")


def _timestamp_filter(operation: Operation, name: str, value: object) -> str:
    """A datetime filter (``from_date``): an aware datetime, or an ISO 8601 string as given."""
    where = f"{operation.method_path}(): {name}"
    if isinstance(value, dt.datetime):
        return rfc3339(value, where)
    if isinstance(value, str):
        try:
            (dt.date if len(value) == 10 else dt.datetime).fromisoformat(value)
        except ValueError:
            raise InvalidRequestError(
                f"{where}={value!r} is not an ISO 8601 date or date-time"
            ) from None
        return value
    raise InvalidRequestError(f"{where} must be a datetime or an ISO 8601 string")


def check_extra_query(operation: Operation, extra: object) -> dict[str, Any]:
    """``extra_query=``: string names, scalar values (sent as given, unchecked by the spec)."""
    where = f"{operation.method_path}(): extra_query"
    if not isinstance(extra, Mapping):
        raise InvalidRequestError(f"{where} must be a mapping of names to values")
    for name, value in extra.items():
        if not isinstance(name, str) or not name or _has_control_chars(name):
            raise InvalidRequestError(f"{where}: {name!r} is not a valid parameter name")
        if not isinstance(value, str | int | float | bool):
            raise InvalidRequestError(f"{where}: {name} must be a str, int, float or bool")
    return dict(extra)


def build_query(operation: Operation, given: Mapping[str, Any]) -> dict[str, Any]:
    """Check query arguments against the generated signature; drop the ones left out (None)."""
    query: dict[str, Any] = {}
    for name, value in given.items():
        if value is None:
            continue
        if name in operation.datetime_params:
            value = _timestamp_filter(operation, name, value)
        # Arguments use the spec's names; the generator renames clashes (type -> type_).
        generated_name = name if name in operation.query_params else f"{name}_"
        parameter = operation.query_params.get(generated_name)
        if parameter is None:
            raise InvalidRequestError(
                f"{operation.method_path}() has no parameter {name!r}; "
                f"valid: {', '.join(n.rstrip('_') for n in operation.query_params) or 'none'}"
            )
        kind = _declared_type(parameter)
        if kind is not None and issubclass(kind, enum.Enum):
            member = _enum_value(operation, name, kind, value)
            if member is not None:
                query[generated_name] = member
            continue
        if kind is int and (isinstance(value, bool) or not isinstance(value, int)):
            raise InvalidRequestError(f"{operation.method_path}(): {name} must be an int")
        if kind is str and not isinstance(value, str):
            raise InvalidRequestError(f"{operation.method_path}(): {name} must be a str")
        if name == "limit" and not LIMIT_RANGE[0] <= value <= LIMIT_RANGE[1]:
            raise InvalidRequestError(
                f"{operation.method_path}(): limit={value} is outside "
                f"{LIMIT_RANGE[0]}..{LIMIT_RANGE[1]}"
            )
        query[generated_name] = value
    return query


def body_fields(model: type[Any]) -> dict[str, bool]:
    """The body's JSON field names -> required, from the generated attrs model."""
    import attrs  # loaded with the first body, not with the package

    return {json_name(f.name): f.default is attrs.NOTHING for f in attrs.fields(model) if f.init}


def _field_types(model: type[Any]) -> dict[str, Any]:
    """The body's JSON field names -> the generated model's annotations, resolved."""
    import attrs  # loaded with the first body, not with the package

    hints = type_hints(model)
    return {json_name(f.name): hints[f.name] for f in attrs.fields(model) if f.init}


def _request_fits(value: Any, annotation: Any) -> bool:
    """Whether a JSON-ready value a caller gives fits the field's type: the outer type,
    list items, and enums closed (``webhooks._fits`` checks answers, where enums are open)."""
    import attrs  # loaded with the first body, not with the package

    if isinstance(annotation, types.UnionType):
        return any(_request_fits(value, option) for option in typing.get_args(annotation))
    kind = typing.get_origin(annotation) or annotation
    if kind is type(None):
        return value is None
    if not isinstance(kind, type):
        return True
    if kind.__name__ == "Unset":
        return False
    if issubclass(kind, enum.Enum):  # open in answers, but a request sends a known value
        return isinstance(value, str) and value in {member.value for member in kind}
    if kind is str:
        return isinstance(value, str)
    if isinstance(value, bool) or kind is bool:
        return isinstance(value, bool) and kind is bool
    if kind in (int, float):
        return isinstance(value, int) or (kind is float and isinstance(value, float))
    if kind is list:
        items = typing.get_args(annotation)
        return isinstance(value, list) and (
            not items or all(_request_fits(v, items[0]) for v in value)
        )
    if kind is dict or attrs.has(kind):
        return isinstance(value, Mapping)
    return True


def _type_name(annotation: Any) -> str:
    import attrs  # loaded with the first body, not with the package

    options = typing.get_args(annotation) if isinstance(annotation, types.UnionType) else ()
    names = []
    for option in options or (annotation,):
        kind = typing.get_origin(option) or option
        name = "None" if kind is type(None) else getattr(kind, "__name__", str(kind))
        if isinstance(kind, type) and issubclass(kind, enum.Enum):
            name = "one of " + ", ".join(repr(member.value) for member in kind)
        elif kind is list and typing.get_args(option):
            name = f"a list of {_type_name(typing.get_args(option)[0])}"
        elif attrs.has(kind):
            name = f"dict ({name})"
        if name != "Unset":
            names.append(name)
    return " or ".join(names)


def _to_json(value: Any, where: str) -> Any:
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (list, tuple)):
        return [_to_json(item, where) for item in value]
    if isinstance(value, Mapping):
        return {key: _to_json(item, where) for key, item in value.items()}
    if isinstance(value, dt.datetime):
        return rfc3339(value, where)
    return value


def build_body(operation: Operation, body: Any, fields: Mapping[str, Any]) -> Any:
    """The generated body model from ``body=`` or from field keywords, checked before sending."""
    model = operation.body_model
    where = f"{operation.method_path}()"
    if model is None:
        if body is not None or fields:
            unexpected = ", ".join(sorted(fields)) or "body"
            raise InvalidRequestError(f"{where} takes no request body (got {unexpected})")
        return None
    if body is not None:
        if fields:
            raise InvalidRequestError(f"{where}: pass body= or field keywords, not both")
        if not isinstance(body, model):
            raise InvalidRequestError(f"{where}: body must be a {model.__name__}")
        try:  # a model built by hand can hold what cannot be sent (a str for an enum)
            body.to_dict()
        except PARSE_FAILURES as exc:
            raise InvalidRequestError(
                f"{where}: the body cannot be serialised ({type(exc).__name__}: {exc})"
            ) from exc
        return body
    known = body_fields(model)
    unknown = sorted(set(fields) - set(known))
    missing = sorted(name for name, required in known.items() if required and name not in fields)
    if unknown or missing:
        problems = []
        if unknown:
            problems.append(f"unknown field(s) {', '.join(unknown)}")
        if missing:
            problems.append(f"missing required field(s) {', '.join(missing)}")
        required = [name for name, req in known.items() if req]
        raise InvalidRequestError(
            f"{where}: {'; '.join(problems)}. Valid fields: {', '.join(known)}"
            + (f" (required: {', '.join(required)})" if required else "")
        )
    values = {name: _to_json(value, f"{where} field {name}") for name, value in fields.items()}
    types_ = _field_types(model)
    for name, value in values.items():
        if not _request_fits(value, types_[name]):
            shown = repr(value) if isinstance(value, str) else type(value).__name__
            raise InvalidRequestError(
                f"{where}: field {name} must be {_type_name(types_[name])}, got {shown}"
            )
    try:
        return model.from_dict(values)
    except PARSE_FAILURES as exc:
        raise InvalidRequestError(f"{where}: a body field has an invalid value ({exc})") from exc
