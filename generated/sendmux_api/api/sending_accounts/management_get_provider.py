from http import HTTPStatus
from typing import Any, cast
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
    if_none_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/providers/{public_id}".format(
            public_id=quote(str(public_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ApiError | ProviderItemResponse | None:
    if response.status_code == 200:
        response_200 = ProviderItemResponse.from_dict(response.json())

        return response_200

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

    if response.status_code == 404:
        response_404 = ApiError.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ApiError | ProviderItemResponse]:
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
    if_none_match: str | Unset = UNSET,
) -> Response[Any | ApiError | ProviderItemResponse]:
    """Get a sending account

     Returns one sending account. Responses include an ETag for conditional GET and optimistic PATCH.

    Args:
        public_id (str): Sending account public ID Example: dprov_clxxxxxxxxxxxxxxxxxxxxxxxxx.
        if_none_match (str | Unset): Weak ETag from a previous response. Returns 304 when
            unchanged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiError | ProviderItemResponse]
    """

    kwargs = _get_kwargs(
        public_id=public_id,
        if_none_match=if_none_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    public_id: str,
    *,
    client: AuthenticatedClient,
    if_none_match: str | Unset = UNSET,
) -> Any | ApiError | ProviderItemResponse | None:
    """Get a sending account

     Returns one sending account. Responses include an ETag for conditional GET and optimistic PATCH.

    Args:
        public_id (str): Sending account public ID Example: dprov_clxxxxxxxxxxxxxxxxxxxxxxxxx.
        if_none_match (str | Unset): Weak ETag from a previous response. Returns 304 when
            unchanged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiError | ProviderItemResponse
    """

    return sync_detailed(
        public_id=public_id,
        client=client,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    public_id: str,
    *,
    client: AuthenticatedClient,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | ApiError | ProviderItemResponse]:
    """Get a sending account

     Returns one sending account. Responses include an ETag for conditional GET and optimistic PATCH.

    Args:
        public_id (str): Sending account public ID Example: dprov_clxxxxxxxxxxxxxxxxxxxxxxxxx.
        if_none_match (str | Unset): Weak ETag from a previous response. Returns 304 when
            unchanged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiError | ProviderItemResponse]
    """

    kwargs = _get_kwargs(
        public_id=public_id,
        if_none_match=if_none_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    public_id: str,
    *,
    client: AuthenticatedClient,
    if_none_match: str | Unset = UNSET,
) -> Any | ApiError | ProviderItemResponse | None:
    """Get a sending account

     Returns one sending account. Responses include an ETag for conditional GET and optimistic PATCH.

    Args:
        public_id (str): Sending account public ID Example: dprov_clxxxxxxxxxxxxxxxxxxxxxxxxx.
        if_none_match (str | Unset): Weak ETag from a previous response. Returns 304 when
            unchanged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiError | ProviderItemResponse
    """

    return (
        await asyncio_detailed(
            public_id=public_id,
            client=client,
            if_none_match=if_none_match,
        )
    ).parsed
