"""Arguments checked before anything is sent: ids, header values, query filters, bodies."""

from __future__ import annotations

import datetime as dt
import enum
import inspect
import types
import typing
from collections.abc import Mapping
from typing import Any

import attrs

from ._constants import HEADER_VALUE_MAX, LIMIT_RANGE
from ._errors import InvalidRequestError
from ._operations import Operation


def _has_control_chars(value: str) -> bool:
    return any(ord(char) < 0x20 or ord(char) == 0x7F for char in value)


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
        value = str(value).lower()
    if isinstance(value, enum.Enum):
        value = value.value
    if value not in allowed:
        raise InvalidRequestError(
            f"{operation.method_path}(): {name}={value!r} is not one of "
            + ", ".join(repr(a) for a in allowed)
        )
    return kind(value)


def build_query(operation: Operation, given: Mapping[str, Any]) -> dict[str, Any]:
    """Check query arguments against the generated signature; drop the ones left out (None)."""
    query: dict[str, Any] = {}
    for name, value in given.items():
        if value is None:
            continue
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
            query[generated_name] = _enum_value(operation, name, kind, value)
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
    return {
        # The generator appends "_" to names that clash with Python's (type -> type_).
        (f.name[:-1] if f.name.endswith("_") else f.name): f.default is attrs.NOTHING
        for f in attrs.fields(model)
        if f.init
    }


def _to_json(value: Any) -> Any:
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (list, tuple)):
        return [_to_json(item) for item in value]
    if isinstance(value, Mapping):
        return {key: _to_json(item) for key, item in value.items()}
    if isinstance(value, dt.datetime):
        return value.isoformat().replace("+00:00", "Z")
    return value


_JSON_TYPES: dict[str, tuple[type, ...]] = {
    "str": (str,),
    "int": (int,),
    "float": (int, float),
    "bool": (bool,),
    "None": (type(None),),
}


def _fits(annotation: str, value: Any) -> bool:
    """Whether the JSON ``value`` can be a field annotated ``annotation`` (the generated
    model's annotation text, e.g. ``list[FilterRule] | Unset``). The generated
    ``from_dict`` trusts JSON types: a ``str`` given for a list would be sent as its
    characters. Models and enums are left to ``from_dict``."""
    for option in annotation.split(" | "):
        if option == "Unset":
            continue
        if option.startswith("list["):
            if isinstance(value, list):
                return True
        elif option in _JSON_TYPES:
            is_bool = isinstance(value, bool)
            if isinstance(value, _JSON_TYPES[option]) and (option == "bool" or not is_bool):
                return True
        else:
            return True
    return False


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
    data = {name: _to_json(value) for name, value in fields.items()}
    annotations = {
        (f.name[:-1] if f.name.endswith("_") else f.name): str(f.type) for f in attrs.fields(model)
    }
    wrong = sorted(name for name, value in data.items() if not _fits(annotations[name], value))
    if wrong:
        raise InvalidRequestError(
            f"{where}: wrong type for "
            + ", ".join(f"{name} (expected {annotations[name]})" for name in wrong)
        )
    try:
        return model.from_dict(data)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise InvalidRequestError(f"{where}: a body field has an invalid value ({exc})") from exc
