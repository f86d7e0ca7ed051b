from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.provider_item_response import ProviderItemResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    public_id: str,
    *,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/providers/{public_id}/activate".format(
            public_id=quote(str(public_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | ProviderItemResponse | None:
    if response.status_code == 200:
        response_200 = ProviderItemResponse.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = ApiError.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ApiError.from_dict(response.json())

        return response_409

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
    public_id: str,
    *,
    client: AuthenticatedClient,
    idempotency_key: str | Unset = UNSET,
) -> Response[ApiError | ProviderItemResponse]:
    """Activate a sending account

     Enables a sending account. OAuth accounts without an active connection are moved to pending until
    reconnected in the dashboard. The shared Amazon SES account can be activated.

    Args:
        public_id (str): Sending account public ID Example: dprov_clxxxxxxxxxxxxxxxxxxxxxxxxx.
        idempotency_key (str | Unset): Client-chosen unique key to safely retry the request.
            Cached for 24h per (team, endpoint, key). Different body with same key returns 409
            idempotency_conflict. Example: providers-create-20260525-001.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ProviderItemResponse]
    """

    kwargs = _get_kwargs(
        public_id=public_id,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    public_id: str,
    *,
    client: AuthenticatedClient,
    idempotency_key: str | Unset = UNSET,
) -> ApiError | ProviderItemResponse | None:
    """Activate a sending account

     Enables a sending account. OAuth accounts without an active connection are moved to pending until
    reconnected in the dashboard. The shared Amazon SES account can be activated.

    Args:
        public_id (str): Sending account public ID Example: dprov_clxxxxxxxxxxxxxxxxxxxxxxxxx.
        idempotency_key (str | Unset): Client-chosen unique key to safely retry the request.
            Cached for 24h per (team, endpoint, key). Different body with same key returns 409
            idempotency_conflict. Example: providers-create-20260525-001.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ProviderItemResponse
    """

    return sync_detailed(
        public_id=public_id,
        client=client,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    public_id: str,
    *,
    client: AuthenticatedClient,
    idempotency_key: str | Unset = UNSET,
) -> Response[ApiError | ProviderItemResponse]:
    """Activate a sending account

     Enables a sending account. OAuth accounts without an active connection are moved to pending until
    reconnected in the dashboard. The shared Amazon SES account can be activated.

    Args:
        public_id (str): Sending account public ID Example: dprov_clxxxxxxxxxxxxxxxxxxxxxxxxx.
        idempotency_key (str | Unset): Client-chosen unique key to safely retry the request.
            Cached for 24h per (team, endpoint, key). Different body with same key returns 409
            idempotency_conflict. Example: providers-create-20260525-001.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ProviderItemResponse]
    """

    kwargs = _get_kwargs(
        public_id=public_id,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    public_id: str,
    *,
    client: AuthenticatedClient,
    idempotency_key: str | Unset = UNSET,
) -> ApiError | ProviderItemResponse | None:
    """Activate a sending account

     Enables a sending account. OAuth accounts without an active connection are moved to pending until
    reconnected in the dashboard. The shared Amazon SES account can be activated.

    Args:
        public_id (str): Sending account public ID Example: dprov_clxxxxxxxxxxxxxxxxxxxxxxxxx.
        idempotency_key (str | Unset): Client-chosen unique key to safely retry the request.
            Cached for 24h per (team, endpoint, key). Different body with same key returns 409
            idempotency_conflict. Example: providers-create-20260525-001.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ProviderItemResponse
    """

    return (
        await asyncio_detailed(
            public_id=public_id,
            client=client,
            idempotency_key=idempotency_key,
        )
    ).parsed
