from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.provider_create_body import ProviderCreateBody
from ...models.provider_item_response import ProviderItemResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ProviderCreateBody,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/providers",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | ProviderItemResponse | None:
    if response.status_code == 201:
        response_201 = ProviderItemResponse.from_dict(response.json())

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | ProviderItemResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ProviderCreateBody,
    idempotency_key: str | Unset = UNSET,
) -> Response[ApiError | ProviderItemResponse]:
    """Create an SMTP sending account

     Creates a custom SMTP sending account. Supply an `Idempotency-Key` header to safely retry on network
    errors. The SMTP password is stored securely and is never returned.

    Args:
        idempotency_key (str | Unset): Client-chosen unique key to safely retry the request.
            Cached for 24h per (team, endpoint, key). Different body with same key returns 409
            idempotency_conflict. Example: providers-create-20260525-001.
        body (ProviderCreateBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ProviderItemResponse]
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
    body: ProviderCreateBody,
    idempotency_key: str | Unset = UNSET,
) -> ApiError | ProviderItemResponse | None:
    """Create an SMTP sending account

     Creates a custom SMTP sending account. Supply an `Idempotency-Key` header to safely retry on network
    errors. The SMTP password is stored securely and is never returned.

    Args:
        idempotency_key (str | Unset): Client-chosen unique key to safely retry the request.
            Cached for 24h per (team, endpoint, key). Different body with same key returns 409
            idempotency_conflict. Example: providers-create-20260525-001.
        body (ProviderCreateBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ProviderItemResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ProviderCreateBody,
    idempotency_key: str | Unset = UNSET,
) -> Response[ApiError | ProviderItemResponse]:
    """Create an SMTP sending account

     Creates a custom SMTP sending account. Supply an `Idempotency-Key` header to safely retry on network
    errors. The SMTP password is stored securely and is never returned.

    Args:
        idempotency_key (str | Unset): Client-chosen unique key to safely retry the request.
            Cached for 24h per (team, endpoint, key). Different body with same key returns 409
            idempotency_conflict. Example: providers-create-20260525-001.
        body (ProviderCreateBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ProviderItemResponse]
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
    body: ProviderCreateBody,
    idempotency_key: str | Unset = UNSET,
) -> ApiError | ProviderItemResponse | None:
    """Create an SMTP sending account

     Creates a custom SMTP sending account. Supply an `Idempotency-Key` header to safely retry on network
    errors. The SMTP password is stored securely and is never returned.

    Args:
        idempotency_key (str | Unset): Client-chosen unique key to safely retry the request.
            Cached for 24h per (team, endpoint, key). Different body with same key returns 409
            idempotency_conflict. Example: providers-create-20260525-001.
        body (ProviderCreateBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ProviderItemResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
