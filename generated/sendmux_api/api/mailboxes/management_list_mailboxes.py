from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.mailbox_item_cursor_list_response import MailboxItemCursorListResponse
from ...models.management_list_mailboxes_include_deleted import (
    ManagementListMailboxesIncludeDeleted,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    include_deleted: ManagementListMailboxesIncludeDeleted | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    params["limit"] = limit

    json_include_deleted: str | Unset = UNSET
    if not isinstance(include_deleted, Unset):
        json_include_deleted = include_deleted.value

    params["include_deleted"] = json_include_deleted

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/mailboxes",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | MailboxItemCursorListResponse | None:
    if response.status_code == 200:
        response_200 = MailboxItemCursorListResponse.from_dict(response.json())

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
) -> Response[ApiError | MailboxItemCursorListResponse]:
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
    include_deleted: ManagementListMailboxesIncludeDeleted | Unset = UNSET,
) -> Response[ApiError | MailboxItemCursorListResponse]:
    """List mailboxes

     Returns a cursor-paginated list of mailboxes configured for the team, ordered by `created_at`
    descending. Pass `cursor=<next_cursor>` from the previous response to fetch the next page.

    Args:
        cursor (str | Unset): Pagination cursor — the `next_cursor` from the previous response.
        limit (int | Unset): Max results (default 50, max 100)
        include_deleted (ManagementListMailboxesIncludeDeleted | Unset): Set to `true` to include
            deleted mailboxes in the response. Default `false`. Deleted mailboxes are retained for
            audit and delivery history.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | MailboxItemCursorListResponse]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        limit=limit,
        include_deleted=include_deleted,
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
    include_deleted: ManagementListMailboxesIncludeDeleted | Unset = UNSET,
) -> ApiError | MailboxItemCursorListResponse | None:
    """List mailboxes

     Returns a cursor-paginated list of mailboxes configured for the team, ordered by `created_at`
    descending. Pass `cursor=<next_cursor>` from the previous response to fetch the next page.

    Args:
        cursor (str | Unset): Pagination cursor — the `next_cursor` from the previous response.
        limit (int | Unset): Max results (default 50, max 100)
        include_deleted (ManagementListMailboxesIncludeDeleted | Unset): Set to `true` to include
            deleted mailboxes in the response. Default `false`. Deleted mailboxes are retained for
            audit and delivery history.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | MailboxItemCursorListResponse
    """

    return sync_detailed(
        client=client,
        cursor=cursor,
        limit=limit,
        include_deleted=include_deleted,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    include_deleted: ManagementListMailboxesIncludeDeleted | Unset = UNSET,
) -> Response[ApiError | MailboxItemCursorListResponse]:
    """List mailboxes

     Returns a cursor-paginated list of mailboxes configured for the team, ordered by `created_at`
    descending. Pass `cursor=<next_cursor>` from the previous response to fetch the next page.

    Args:
        cursor (str | Unset): Pagination cursor — the `next_cursor` from the previous response.
        limit (int | Unset): Max results (default 50, max 100)
        include_deleted (ManagementListMailboxesIncludeDeleted | Unset): Set to `true` to include
            deleted mailboxes in the response. Default `false`. Deleted mailboxes are retained for
            audit and delivery history.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | MailboxItemCursorListResponse]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        limit=limit,
        include_deleted=include_deleted,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    include_deleted: ManagementListMailboxesIncludeDeleted | Unset = UNSET,
) -> ApiError | MailboxItemCursorListResponse | None:
    """List mailboxes

     Returns a cursor-paginated list of mailboxes configured for the team, ordered by `created_at`
    descending. Pass `cursor=<next_cursor>` from the previous response to fetch the next page.

    Args:
        cursor (str | Unset): Pagination cursor — the `next_cursor` from the previous response.
        limit (int | Unset): Max results (default 50, max 100)
        include_deleted (ManagementListMailboxesIncludeDeleted | Unset): Set to `true` to include
            deleted mailboxes in the response. Default `false`. Deleted mailboxes are retained for
            audit and delivery history.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | MailboxItemCursorListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            cursor=cursor,
            limit=limit,
            include_deleted=include_deleted,
        )
    ).parsed
