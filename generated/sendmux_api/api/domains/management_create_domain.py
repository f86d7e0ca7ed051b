from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.domain_item_response import DomainItemResponse
from ...models.management_create_domain_body import ManagementCreateDomainBody
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ManagementCreateDomainBody,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/domains",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | DomainItemResponse | None:
    if response.status_code == 201:
        response_201 = DomainItemResponse.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ApiError.from_dict(response.json())

        return response_400

    if response.status_code == 409:
        response_409 = ApiError.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = ApiError.from_dict(response.json())

        return response_413

    if response.status_code == 503:
        response_503 = ApiError.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | DomainItemResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ManagementCreateDomainBody,
    idempotency_key: str | Unset = UNSET,
) -> Response[ApiError | DomainItemResponse]:
    """Add a mailbox domain

     Creates a new domain and returns the DNS records the customer must place before verification can
    succeed. `send_only` configures outbound sending without changing MX records. `send_receive` also
    configures the domain for hosted mailboxes. Provisioning touches our email platform and Amazon SES;
    on any failure the partial state is automatically rolled back.

    Supply an `Idempotency-Key` header (any unique string, max 255 chars) to safely retry on network
    errors. Replays with the same key return the original response; replays with a different body return
    `409 idempotency_conflict`.

    Args:
        idempotency_key (str | Unset): Client-chosen unique key to safely retry the request.
            Cached for 24h per (team, endpoint, key). Different body with same key returns 409
            idempotency_conflict. Example: domains-create-20260424-001.
        body (ManagementCreateDomainBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | DomainItemResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: ManagementCreateDomainBody,
    idempotency_key: str | Unset = UNSET,
) -> ApiError | DomainItemResponse | None:
    """Add a mailbox domain

     Creates a new domain and returns the DNS records the customer must place before verification can
    succeed. `send_only` configures outbound sending without changing MX records. `send_receive` also
    configures the domain for hosted mailboxes. Provisioning touches our email platform and Amazon SES;
    on any failure the partial state is automatically rolled back.

    Supply an `Idempotency-Key` header (any unique string, max 255 chars) to safely retry on network
    errors. Replays with the same key return the original response; replays with a different body return
    `409 idempotency_conflict`.

    Args:
        idempotency_key (str | Unset): Client-chosen unique key to safely retry the request.
            Cached for 24h per (team, endpoint, key). Different body with same key returns 409
            idempotency_conflict. Example: domains-create-20260424-001.
        body (ManagementCreateDomainBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | DomainItemResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ManagementCreateDomainBody,
    idempotency_key: str | Unset = UNSET,
) -> Response[ApiError | DomainItemResponse]:
    """Add a mailbox domain

     Creates a new domain and returns the DNS records the customer must place before verification can
    succeed. `send_only` configures outbound sending without changing MX records. `send_receive` also
    configures the domain for hosted mailboxes. Provisioning touches our email platform and Amazon SES;
    on any failure the partial state is automatically rolled back.

    Supply an `Idempotency-Key` header (any unique string, max 255 chars) to safely retry on network
    errors. Replays with the same key return the original response; replays with a different body return
    `409 idempotency_conflict`.

    Args:
        idempotency_key (str | Unset): Client-chosen unique key to safely retry the request.
            Cached for 24h per (team, endpoint, key). Different body with same key returns 409
            idempotency_conflict. Example: domains-create-20260424-001.
        body (ManagementCreateDomainBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | DomainItemResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ManagementCreateDomainBody,
    idempotency_key: str | Unset = UNSET,
) -> ApiError | DomainItemResponse | None:
    """Add a mailbox domain

     Creates a new domain and returns the DNS records the customer must place before verification can
    succeed. `send_only` configures outbound sending without changing MX records. `send_receive` also
    configures the domain for hosted mailboxes. Provisioning touches our email platform and Amazon SES;
    on any failure the partial state is automatically rolled back.

    Supply an `Idempotency-Key` header (any unique string, max 255 chars) to safely retry on network
    errors. Replays with the same key return the original response; replays with a different body return
    `409 idempotency_conflict`.

    Args:
        idempotency_key (str | Unset): Client-chosen unique key to safely retry the request.
            Cached for 24h per (team, endpoint, key). Different body with same key returns 409
            idempotency_conflict. Example: domains-create-20260424-001.
        body (ManagementCreateDomainBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | DomainItemResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
