"""Validate what goes over the wire against the (patched) spec, with openapi-core.

Wrap any httpx transport, and every request the wrapper sends and every
response the server under test returns is checked against ``openapi.json`` as
the generator saw it (``spec_patches.patched_spec``)::

    transport = ValidatingTransport(httpx.MockTransport(handler), spec_validator)
    client = Sendmux(api_key=..., base_url="http://127.0.0.1:1/api/v1",
                     http_client=httpx.Client(transport=transport))

A request or response that does not match raises ``SpecViolation`` (an
``AssertionError``) out of the client call, naming the operation and the
problem; ``strict=False`` only records violations in ``transport.violations``
(e.g. to let an independent server judge the request first). The session
fixture ``spec_validator`` (tests/conftest.py) holds the one ``SpecValidator``.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
from openapi_core import OpenAPI
from openapi_core.configurations import Config
from openapi_core.datatypes import RequestParameters
from werkzeug.datastructures import Headers, ImmutableMultiDict


class SpecViolation(AssertionError):
    """A request sent or a response received does not match the spec."""


class SpecValidator:
    """openapi-core over one spec document; ``api_root`` maps URLs onto the spec's server."""

    def __init__(self, spec: dict[str, Any]) -> None:
        # The spec itself is checked elsewhere (regen); skip the slow meta-validation here.
        self.openapi = OpenAPI.from_dict(spec, config=Config(spec_validator_cls=None))
        server = urlsplit(spec["servers"][0]["url"])
        self.server_host = f"{server.scheme}://{server.netloc}"
        self.server_path = server.path.rstrip("/")
        self.spec = spec
        # Literal paths before templated ones: /providers/limits is not /providers/{public_id}.
        self._templates = sorted(
            ((path, re.compile("^" + re.sub(r"\\{[^}]+\\}", "[^/]+", re.escape(path)) + "$"))
             for path in spec.get("paths", {})),
            key=lambda item: item[0].count("{"),
        )  # fmt: skip

    def operation_of(self, request: httpx.Request, api_root: str = "/api/v1") -> str | None:
        """The spec path (template) a request goes to, e.g. ``/domains/{public_id}``."""
        adapted = _Request(request, self, api_root)
        found = self._operation(request.method, adapted.path[len(self.server_path) :])
        return None if found is None or adapted.outside else str(found["template"])

    def _operation(self, method: str, path: str) -> dict[str, Any] | None:
        for template, pattern in self._templates:
            if pattern.match(path):
                node = self.spec["paths"][template].get(method.lower())
                if isinstance(node, dict):
                    return {"template": template, **node}
        return None

    def _extra_checks(self, request: httpx.Request, operation: dict[str, Any]) -> list[str]:
        """What openapi-core lets pass: undeclared query parameters, a missing bearer token."""
        errors = []
        item = self.spec["paths"][operation["template"]]
        declared = {
            _resolve(self.spec, p)["name"]
            for p in [*item.get("parameters", []), *operation.get("parameters", [])]
            if _resolve(self.spec, p)["in"] == "query"
        }
        for name in sorted(set(request.url.params.keys()) - declared):
            errors.append(
                f"UndeclaredQueryParameter: {name!r} is not a parameter of this operation"
            )
        security = operation.get("security", self.spec.get("security")) or []
        if security and {} not in security:
            authorization = request.headers.get("authorization", "")
            scheme, _, token = authorization.partition(" ")
            if scheme.lower() != "bearer" or not token.strip():
                errors.append("MissingAuthorization: the operation needs Authorization: Bearer")
        return errors

    def request_errors(self, request: httpx.Request, api_root: str) -> list[str]:
        adapted = _Request(request, self, api_root)
        if adapted.outside:
            return [f"{request.url} is outside the API root {api_root!r}"]
        with warnings.catch_warnings():
            # openapi-core cannot check the oauth2 alternative; bearerAuth is checked below.
            warnings.filterwarnings("ignore", "Unsupported scheme type", UserWarning)
            errors = _messages(self.openapi.iter_request_errors(adapted))
        operation = self._operation(request.method, adapted.path[len(self.server_path) :])
        if operation is not None:
            errors += self._extra_checks(request, operation)
        return errors

    def response_errors(
        self, request: httpx.Request, response: httpx.Response, api_root: str
    ) -> list[str]:
        adapted = _Request(request, self, api_root)
        if adapted.outside:
            return []
        return _messages(self.openapi.iter_response_errors(adapted, _Response(response)))


class _Request:
    """An httpx request as openapi-core's Request protocol, moved onto the spec's server."""

    def __init__(self, request: httpx.Request, validator: SpecValidator, api_root: str) -> None:
        self._request = request
        path = request.url.path
        root = api_root.rstrip("/")
        self.outside = not (path == root or path.startswith(root + "/"))
        self.host_url = validator.server_host
        self.path = validator.server_path + path[len(root) :]
        query = parse_qs(request.url.query.decode("ascii"), keep_blank_values=True)
        self.parameters = RequestParameters(
            query=ImmutableMultiDict([(k, v) for k, values in query.items() for v in values]),
            header=Headers(list(request.headers.multi_items())),
            cookie=ImmutableMultiDict(),
        )

    @property
    def method(self) -> str:
        return self._request.method.lower()

    @property
    def body(self) -> bytes | None:
        return self._request.content or None

    @property
    def content_type(self) -> str:
        return str(self._request.headers.get("content-type", "")).lower()


class _Response:
    def __init__(self, response: httpx.Response) -> None:
        self.status_code = response.status_code
        self.headers = Headers(list(response.headers.multi_items()))
        self.data = response.content or None
        self.content_type = str(response.headers.get("content-type", "")).lower()


def _resolve(spec: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"][2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def _messages(errors: Iterator[Exception]) -> list[str]:
    return [_describe(error) for error in errors]


def _describe(error: BaseException) -> str:
    """The error and its causes, down to the JSON Schema messages."""
    parts = [f"{type(error).__name__}: {error}"]
    cause = error.__cause__
    while cause is not None:
        parts.append(f"{type(cause).__name__}: {cause}")
        for schema_error in getattr(cause, "schema_errors", ()) or ():
            where = "/".join(str(p) for p in schema_error.absolute_path) or "(root)"
            parts.append(f"  at {where}: {schema_error.message}")
        cause = cause.__cause__
    return "\n    ".join(parts)


class _Validating:
    def __init__(self, validator: SpecValidator, api_root: str, strict: bool) -> None:
        self.validator = validator
        self.api_root = api_root
        self.strict = strict
        self.violations: list[str] = []
        self.exchanges: list[tuple[httpx.Request, httpx.Response]] = []

    def _judge(self, what: str, request: httpx.Request, errors: list[str]) -> None:
        if not errors:
            return
        message = f"{what} {request.method} {request.url.path} does not match the spec:\n  " + (
            "\n  ".join(errors)
        )
        self.violations.append(message)
        if self.strict:
            raise SpecViolation(message)


class ValidatingTransport(_Validating, httpx.BaseTransport):
    """A sync httpx transport that validates each exchange through ``inner``."""

    def __init__(
        self,
        inner: httpx.BaseTransport,
        validator: SpecValidator,
        *,
        api_root: str = "/api/v1",
        strict: bool = True,
    ) -> None:
        super().__init__(validator, api_root, strict)
        self.inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self._judge("request", request, self.validator.request_errors(request, self.api_root))
        response = self.inner.handle_request(request)
        response.read()
        self.exchanges.append((request, response))
        self._judge(
            f"response {response.status_code} to",
            request,
            self.validator.response_errors(request, response, self.api_root),
        )
        return response

    def close(self) -> None:
        self.inner.close()


class AsyncValidatingTransport(_Validating, httpx.AsyncBaseTransport):
    """The async twin of ``ValidatingTransport``."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        validator: SpecValidator,
        *,
        api_root: str = "/api/v1",
        strict: bool = True,
    ) -> None:
        super().__init__(validator, api_root, strict)
        self.inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        self._judge("request", request, self.validator.request_errors(request, self.api_root))
        response = await self.inner.handle_async_request(request)
        await response.aread()
        self.exchanges.append((request, response))
        self._judge(
            f"response {response.status_code} to",
            request,
            self.validator.response_errors(request, response, self.api_root),
        )
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()
