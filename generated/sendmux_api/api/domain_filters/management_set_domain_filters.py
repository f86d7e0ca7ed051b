from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.filter_state_response import FilterStateResponse
from ...models.set_filter_state_body import SetFilterStateBody
from ...types import UNSET, Response, Unset


def _get_kwargs(
    public_id: str,
    *,
    body: SetFilterStateBody,
    if_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/domains/{public_id}/filters".format(
            public_id=quote(str(public_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | FilterStateResponse | None:
    if response.status_code == 200:
        response_200 = FilterStateResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ApiError.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = ApiError.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ApiError.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = ApiError.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = ApiError.from_dict(response.json())

        return response_422

    if response.status_code == 503:
        response_503 = ApiError.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | FilterStateResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    public_id: str,
    *,
    client: AuthenticatedClient,
    body: SetFilterStateBody,
    if_match: str | Unset = UNSET,
) -> Response[ApiError | FilterStateResponse]:
    """Replace domain-wide sender filters

     Atomically replaces the sender-filter mode and rule set for an entire sending and receiving domain.
    Applies to every mailbox under the domain unless that mailbox has its own per-mailbox rules (which
    take precedence). Maximum 1000 rules per request.

    For optimistic concurrency, send `If-Match: <etag>` using the ETag from a prior GET. A mismatched
    `If-Match` returns `409 conflict` (the server's ETag is echoed back so you can decide whether to re-
    fetch). Responses carry the new ETag so chained edits can pipeline without a re-GET.

    Args:
        public_id (str): Domain public ID
        if_match (str | Unset): Weak ETag from a prior GET. Reject with 409 conflict when the
            server's current ETag differs.
        body (SetFilterStateBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | FilterStateResponse]
    """

    kwargs = _get_kwargs(
        public_id=public_id,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    public_id: str,
    *,
    client: AuthenticatedClient,
    body: SetFilterStateBody,
    if_match: str | Unset = UNSET,
) -> ApiError | FilterStateResponse | None:
    """Replace domain-wide sender filters

     Atomically replaces the sender-filter mode and rule set for an entire sending and receiving domain.
    Applies to every mailbox under the domain unless that mailbox has its own per-mailbox rules (which
    take precedence). Maximum 1000 rules per request.

    For optimistic concurrency, send `If-Match: <etag>` using the ETag from a prior GET. A mismatched
    `If-Match` returns `409 conflict` (the server's ETag is echoed back so you can decide whether to re-
    fetch). Responses carry the new ETag so chained edits can pipeline without a re-GET.

    Args:
        public_id (str): Domain public ID
        if_match (str | Unset): Weak ETag from a prior GET. Reject with 409 conflict when the
            server's current ETag differs.
        body (SetFilterStateBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | FilterStateResponse
    """

    return sync_detailed(
        public_id=public_id,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    public_id: str,
    *,
    client: AuthenticatedClient,
    body: SetFilterStateBody,
    if_match: str | Unset = UNSET,
) -> Response[ApiError | FilterStateResponse]:
    """Replace domain-wide sender filters

     Atomically replaces the sender-filter mode and rule set for an entire sending and receiving domain.
    Applies to every mailbox under the domain unless that mailbox has its own per-mailbox rules (which
    take precedence). Maximum 1000 rules per request.

    For optimistic concurrency, send `If-Match: <etag>` using the ETag from a prior GET. A mismatched
    `If-Match` returns `409 conflict` (the server's ETag is echoed back so you can decide whether to re-
    fetch). Responses carry the new ETag so chained edits can pipeline without a re-GET.

    Args:
        public_id (str): Domain public ID
        if_match (str | Unset): Weak ETag from a prior GET. Reject with 409 conflict when the
            server's current ETag differs.
        body (SetFilterStateBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | FilterStateResponse]
    """

    kwargs = _get_kwargs(
        public_id=public_id,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    public_id: str,
    *,
    client: AuthenticatedClient,
    body: SetFilterStateBody,
    if_match: str | Unset = UNSET,
) -> ApiError | FilterStateResponse | None:
    """Replace domain-wide sender filters

     Atomically replaces the sender-filter mode and rule set for an entire sending and receiving domain.
    Applies to every mailbox under the domain unless that mailbox has its own per-mailbox rules (which
    take precedence). Maximum 1000 rules per request.

    For optimistic concurrency, send `If-Match: <etag>` using the ETag from a prior GET. A mismatched
    `If-Match` returns `409 conflict` (the server's ETag is echoed back so you can decide whether to re-
    fetch). Responses carry the new ETag so chained edits can pipeline without a re-GET.

    Args:
        public_id (str): Domain public ID
        if_match (str | Unset): Weak ETag from a prior GET. Reject with 409 conflict when the
            server's current ETag differs.
        body (SetFilterStateBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | FilterStateResponse
    """

    return (
        await asyncio_detailed(
            public_id=public_id,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
