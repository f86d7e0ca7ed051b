from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.mailbox_folder_cursor_list_response import (
    MailboxFolderCursorListResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    mailbox_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    params["limit"] = limit

    params["mailbox_id"] = mailbox_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/mailbox/folders",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MailboxFolderCursorListResponse | None:
    if response.status_code == 200:
        response_200 = MailboxFolderCursorListResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MailboxFolderCursorListResponse]:
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
    mailbox_id: str | Unset = UNSET,
) -> Response[MailboxFolderCursorListResponse]:
    """List mailbox folders

     Returns a cursor-paginated list of folders for the authenticated mailbox.

    Args:
        cursor (str | Unset): Pagination cursor — the `next_cursor` from the previous response.
        limit (int | Unset): Maximum results (default 50, max 100).
        mailbox_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MailboxFolderCursorListResponse]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        limit=limit,
        mailbox_id=mailbox_id,
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
    mailbox_id: str | Unset = UNSET,
) -> MailboxFolderCursorListResponse | None:
    """List mailbox folders

     Returns a cursor-paginated list of folders for the authenticated mailbox.

    Args:
        cursor (str | Unset): Pagination cursor — the `next_cursor` from the previous response.
        limit (int | Unset): Maximum results (default 50, max 100).
        mailbox_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MailboxFolderCursorListResponse
    """

    return sync_detailed(
        client=client,
        cursor=cursor,
        limit=limit,
        mailbox_id=mailbox_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    mailbox_id: str | Unset = UNSET,
) -> Response[MailboxFolderCursorListResponse]:
    """List mailbox folders

     Returns a cursor-paginated list of folders for the authenticated mailbox.

    Args:
        cursor (str | Unset): Pagination cursor — the `next_cursor` from the previous response.
        limit (int | Unset): Maximum results (default 50, max 100).
        mailbox_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MailboxFolderCursorListResponse]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        limit=limit,
        mailbox_id=mailbox_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    mailbox_id: str | Unset = UNSET,
) -> MailboxFolderCursorListResponse | None:
    """List mailbox folders

     Returns a cursor-paginated list of folders for the authenticated mailbox.

    Args:
        cursor (str | Unset): Pagination cursor — the `next_cursor` from the previous response.
        limit (int | Unset): Maximum results (default 50, max 100).
        mailbox_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MailboxFolderCursorListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            cursor=cursor,
            limit=limit,
            mailbox_id=mailbox_id,
        )
    ).parsed
