from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.mailbox_folder_deleted_response import MailboxFolderDeletedResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    folder_id: str,
    *,
    mailbox_id: str | Unset = UNSET,
    if_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    params: dict[str, Any] = {}

    params["mailbox_id"] = mailbox_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/mailbox/folders/{folder_id}".format(
            folder_id=quote(str(folder_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | MailboxFolderDeletedResponse | None:
    if response.status_code == 200:
        response_200 = MailboxFolderDeletedResponse.from_dict(response.json())

        return response_200

    if response.status_code == 409:
        response_409 = ApiError.from_dict(response.json())

        return response_409

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | MailboxFolderDeletedResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    folder_id: str,
    *,
    client: AuthenticatedClient,
    mailbox_id: str | Unset = UNSET,
    if_match: str | Unset = UNSET,
) -> Response[ApiError | MailboxFolderDeletedResponse]:
    """Delete a mailbox folder

     Deletes an empty custom folder unconditionally unless `If-Match` is supplied. Built-in folders and
    non-empty folders cannot be deleted. Send `If-Match` with a prior ETag to reject stale deletes.

    Args:
        folder_id (str):
        mailbox_id (str | Unset):
        if_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | MailboxFolderDeletedResponse]
    """

    kwargs = _get_kwargs(
        folder_id=folder_id,
        mailbox_id=mailbox_id,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    folder_id: str,
    *,
    client: AuthenticatedClient,
    mailbox_id: str | Unset = UNSET,
    if_match: str | Unset = UNSET,
) -> ApiError | MailboxFolderDeletedResponse | None:
    """Delete a mailbox folder

     Deletes an empty custom folder unconditionally unless `If-Match` is supplied. Built-in folders and
    non-empty folders cannot be deleted. Send `If-Match` with a prior ETag to reject stale deletes.

    Args:
        folder_id (str):
        mailbox_id (str | Unset):
        if_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | MailboxFolderDeletedResponse
    """

    return sync_detailed(
        folder_id=folder_id,
        client=client,
        mailbox_id=mailbox_id,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    folder_id: str,
    *,
    client: AuthenticatedClient,
    mailbox_id: str | Unset = UNSET,
    if_match: str | Unset = UNSET,
) -> Response[ApiError | MailboxFolderDeletedResponse]:
    """Delete a mailbox folder

     Deletes an empty custom folder unconditionally unless `If-Match` is supplied. Built-in folders and
    non-empty folders cannot be deleted. Send `If-Match` with a prior ETag to reject stale deletes.

    Args:
        folder_id (str):
        mailbox_id (str | Unset):
        if_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | MailboxFolderDeletedResponse]
    """

    kwargs = _get_kwargs(
        folder_id=folder_id,
        mailbox_id=mailbox_id,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    folder_id: str,
    *,
    client: AuthenticatedClient,
    mailbox_id: str | Unset = UNSET,
    if_match: str | Unset = UNSET,
) -> ApiError | MailboxFolderDeletedResponse | None:
    """Delete a mailbox folder

     Deletes an empty custom folder unconditionally unless `If-Match` is supplied. Built-in folders and
    non-empty folders cannot be deleted. Send `If-Match` with a prior ETag to reject stale deletes.

    Args:
        folder_id (str):
        mailbox_id (str | Unset):
        if_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | MailboxFolderDeletedResponse
    """

    return (
        await asyncio_detailed(
            folder_id=folder_id,
            client=client,
            mailbox_id=mailbox_id,
            if_match=if_match,
        )
    ).parsed
