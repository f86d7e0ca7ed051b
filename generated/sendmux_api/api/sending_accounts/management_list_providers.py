from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.management_list_providers_status import ManagementListProvidersStatus
from ...models.management_list_providers_type import ManagementListProvidersType
from ...models.provider_item_cursor_list_response import ProviderItemCursorListResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    cursor: str | Unset = UNSET,
    status: ManagementListProvidersStatus | Unset = UNSET,
    type_: ManagementListProvidersType | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/providers",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | ProviderItemCursorListResponse | None:
    if response.status_code == 200:
        response_200 = ProviderItemCursorListResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ApiError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ApiError.from_dict(response.json())

        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | ProviderItemCursorListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    status: ManagementListProvidersStatus | Unset = UNSET,
    type_: ManagementListProvidersType | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[ApiError | ProviderItemCursorListResponse]:
    """List sending accounts

     Returns a cursor-paginated list of sending accounts. Credentials are never returned. The shared
    Amazon SES account is included and marked with `is_shared: true`.

    Args:
        cursor (str | Unset): Pagination cursor — the `next_cursor` from the previous response.
        status (ManagementListProvidersStatus | Unset):
        type_ (ManagementListProvidersType | Unset):
        limit (int | Unset): Maximum results (default 50, max 100)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ProviderItemCursorListResponse]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        status=status,
        type_=type_,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    status: ManagementListProvidersStatus | Unset = UNSET,
    type_: ManagementListProvidersType | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> ApiError | ProviderItemCursorListResponse | None:
    """List sending accounts

     Returns a cursor-paginated list of sending accounts. Credentials are never returned. The shared
    Amazon SES account is included and marked with `is_shared: true`.

    Args:
        cursor (str | Unset): Pagination cursor — the `next_cursor` from the previous response.
        status (ManagementListProvidersStatus | Unset):
        type_ (ManagementListProvidersType | Unset):
        limit (int | Unset): Maximum results (default 50, max 100)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ProviderItemCursorListResponse
    """

    return sync_detailed(
        client=client,
        cursor=cursor,
        status=status,
        type_=type_,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    status: ManagementListProvidersStatus | Unset = UNSET,
    type_: ManagementListProvidersType | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[ApiError | ProviderItemCursorListResponse]:
    """List sending accounts

     Returns a cursor-paginated list of sending accounts. Credentials are never returned. The shared
    Amazon SES account is included and marked with `is_shared: true`.

    Args:
        cursor (str | Unset): Pagination cursor — the `next_cursor` from the previous response.
        status (ManagementListProvidersStatus | Unset):
        type_ (ManagementListProvidersType | Unset):
        limit (int | Unset): Maximum results (default 50, max 100)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ProviderItemCursorListResponse]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        status=status,
        type_=type_,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    status: ManagementListProvidersStatus | Unset = UNSET,
    type_: ManagementListProvidersType | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> ApiError | ProviderItemCursorListResponse | None:
    """List sending accounts

     Returns a cursor-paginated list of sending accounts. Credentials are never returned. The shared
    Amazon SES account is included and marked with `is_shared: true`.

    Args:
        cursor (str | Unset): Pagination cursor — the `next_cursor` from the previous response.
        status (ManagementListProvidersStatus | Unset):
        type_ (ManagementListProvidersType | Unset):
        limit (int | Unset): Maximum results (default 50, max 100)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ProviderItemCursorListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            cursor=cursor,
            status=status,
            type_=type_,
            limit=limit,
        )
    ).parsed
