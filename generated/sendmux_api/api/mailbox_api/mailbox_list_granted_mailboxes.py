from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.granted_mailbox_list_response import GrantedMailboxListResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    q: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    params["limit"] = limit

    params["q"] = q

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/mailbox/mailboxes",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | GrantedMailboxListResponse | None:
    if response.status_code == 200:
        response_200 = GrantedMailboxListResponse.from_dict(response.json())

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
) -> Response[ApiError | GrantedMailboxListResponse]:
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
    limit: int | Unset = UNSET,
    q: str | Unset = UNSET,
) -> Response[ApiError | GrantedMailboxListResponse]:
    """List granted mailboxes

     Lists the mailboxes available to the current mailbox credential or connected app. Use this before
    choosing a `mailbox_id` for mailbox actions when more than one mailbox is available.

    Args:
        cursor (str | Unset): Cursor from the previous response.
        limit (int | Unset): Maximum results (default 50).
        q (str | Unset): Search by mailbox ID or email address.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | GrantedMailboxListResponse]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        limit=limit,
        q=q,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    q: str | Unset = UNSET,
) -> ApiError | GrantedMailboxListResponse | None:
    """List granted mailboxes

     Lists the mailboxes available to the current mailbox credential or connected app. Use this before
    choosing a `mailbox_id` for mailbox actions when more than one mailbox is available.

    Args:
        cursor (str | Unset): Cursor from the previous response.
        limit (int | Unset): Maximum results (default 50).
        q (str | Unset): Search by mailbox ID or email address.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | GrantedMailboxListResponse
    """

    return sync_detailed(
        client=client,
        cursor=cursor,
        limit=limit,
        q=q,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    q: str | Unset = UNSET,
) -> Response[ApiError | GrantedMailboxListResponse]:
    """List granted mailboxes

     Lists the mailboxes available to the current mailbox credential or connected app. Use this before
    choosing a `mailbox_id` for mailbox actions when more than one mailbox is available.

    Args:
        cursor (str | Unset): Cursor from the previous response.
        limit (int | Unset): Maximum results (default 50).
        q (str | Unset): Search by mailbox ID or email address.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | GrantedMailboxListResponse]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        limit=limit,
        q=q,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    q: str | Unset = UNSET,
) -> ApiError | GrantedMailboxListResponse | None:
    """List granted mailboxes

     Lists the mailboxes available to the current mailbox credential or connected app. Use this before
    choosing a `mailbox_id` for mailbox actions when more than one mailbox is available.

    Args:
        cursor (str | Unset): Cursor from the previous response.
        limit (int | Unset): Maximum results (default 50).
        q (str | Unset): Search by mailbox ID or email address.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | GrantedMailboxListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            cursor=cursor,
            limit=limit,
            q=q,
        )
    ).parsed
