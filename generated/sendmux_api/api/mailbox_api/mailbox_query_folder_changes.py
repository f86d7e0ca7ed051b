from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.mailbox_folder_query_changes_response import (
    MailboxFolderQueryChangesResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    since_query_state: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    mailbox_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["since_query_state"] = since_query_state

    params["limit"] = limit

    params["mailbox_id"] = mailbox_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/mailbox/folders/query-changes",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | MailboxFolderQueryChangesResponse | None:
    if response.status_code == 200:
        response_200 = MailboxFolderQueryChangesResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ApiError.from_dict(response.json())

        return response_400

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | MailboxFolderQueryChangesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    since_query_state: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    mailbox_id: str | Unset = UNSET,
) -> Response[ApiError | MailboxFolderQueryChangesResponse]:
    """Get folder query changes

     Returns folder-list index changes since a prior folder query state, or the current folder query
    state when omitted.

    Args:
        since_query_state (str | Unset):
        limit (int | Unset):
        mailbox_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | MailboxFolderQueryChangesResponse]
    """

    kwargs = _get_kwargs(
        since_query_state=since_query_state,
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
    since_query_state: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    mailbox_id: str | Unset = UNSET,
) -> ApiError | MailboxFolderQueryChangesResponse | None:
    """Get folder query changes

     Returns folder-list index changes since a prior folder query state, or the current folder query
    state when omitted.

    Args:
        since_query_state (str | Unset):
        limit (int | Unset):
        mailbox_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | MailboxFolderQueryChangesResponse
    """

    return sync_detailed(
        client=client,
        since_query_state=since_query_state,
        limit=limit,
        mailbox_id=mailbox_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    since_query_state: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    mailbox_id: str | Unset = UNSET,
) -> Response[ApiError | MailboxFolderQueryChangesResponse]:
    """Get folder query changes

     Returns folder-list index changes since a prior folder query state, or the current folder query
    state when omitted.

    Args:
        since_query_state (str | Unset):
        limit (int | Unset):
        mailbox_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | MailboxFolderQueryChangesResponse]
    """

    kwargs = _get_kwargs(
        since_query_state=since_query_state,
        limit=limit,
        mailbox_id=mailbox_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    since_query_state: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    mailbox_id: str | Unset = UNSET,
) -> ApiError | MailboxFolderQueryChangesResponse | None:
    """Get folder query changes

     Returns folder-list index changes since a prior folder query state, or the current folder query
    state when omitted.

    Args:
        since_query_state (str | Unset):
        limit (int | Unset):
        mailbox_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | MailboxFolderQueryChangesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            since_query_state=since_query_state,
            limit=limit,
            mailbox_id=mailbox_id,
        )
    ).parsed
