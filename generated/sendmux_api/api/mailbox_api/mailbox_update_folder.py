from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.mailbox_folder_response import MailboxFolderResponse
from ...models.patch_mailbox_folder_body import PatchMailboxFolderBody
from ...types import UNSET, Response, Unset


def _get_kwargs(
    folder_id: str,
    *,
    body: PatchMailboxFolderBody,
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
        "method": "patch",
        "url": "/mailbox/folders/{folder_id}".format(
            folder_id=quote(str(folder_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | MailboxFolderResponse | None:
    if response.status_code == 200:
        response_200 = MailboxFolderResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ApiError.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = ApiError.from_dict(response.json())

        return response_404

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
) -> Response[ApiError | MailboxFolderResponse]:
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
    body: PatchMailboxFolderBody,
    mailbox_id: str | Unset = UNSET,
    if_match: str | Unset = UNSET,
) -> Response[ApiError | MailboxFolderResponse]:
    """Update a mailbox folder

     Updates a folder unconditionally unless `If-Match` is supplied. Send `If-Match` with a prior ETag to
    reject stale edits.

    Args:
        folder_id (str):
        mailbox_id (str | Unset):
        if_match (str | Unset):
        body (PatchMailboxFolderBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | MailboxFolderResponse]
    """

    kwargs = _get_kwargs(
        folder_id=folder_id,
        body=body,
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
    body: PatchMailboxFolderBody,
    mailbox_id: str | Unset = UNSET,
    if_match: str | Unset = UNSET,
) -> ApiError | MailboxFolderResponse | None:
    """Update a mailbox folder

     Updates a folder unconditionally unless `If-Match` is supplied. Send `If-Match` with a prior ETag to
    reject stale edits.

    Args:
        folder_id (str):
        mailbox_id (str | Unset):
        if_match (str | Unset):
        body (PatchMailboxFolderBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | MailboxFolderResponse
    """

    return sync_detailed(
        folder_id=folder_id,
        client=client,
        body=body,
        mailbox_id=mailbox_id,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    folder_id: str,
    *,
    client: AuthenticatedClient,
    body: PatchMailboxFolderBody,
    mailbox_id: str | Unset = UNSET,
    if_match: str | Unset = UNSET,
) -> Response[ApiError | MailboxFolderResponse]:
    """Update a mailbox folder

     Updates a folder unconditionally unless `If-Match` is supplied. Send `If-Match` with a prior ETag to
    reject stale edits.

    Args:
        folder_id (str):
        mailbox_id (str | Unset):
        if_match (str | Unset):
        body (PatchMailboxFolderBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | MailboxFolderResponse]
    """

    kwargs = _get_kwargs(
        folder_id=folder_id,
        body=body,
        mailbox_id=mailbox_id,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    folder_id: str,
    *,
    client: AuthenticatedClient,
    body: PatchMailboxFolderBody,
    mailbox_id: str | Unset = UNSET,
    if_match: str | Unset = UNSET,
) -> ApiError | MailboxFolderResponse | None:
    """Update a mailbox folder

     Updates a folder unconditionally unless `If-Match` is supplied. Send `If-Match` with a prior ETag to
    reject stale edits.

    Args:
        folder_id (str):
        mailbox_id (str | Unset):
        if_match (str | Unset):
        body (PatchMailboxFolderBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | MailboxFolderResponse
    """

    return (
        await asyncio_detailed(
            folder_id=folder_id,
            client=client,
            body=body,
            mailbox_id=mailbox_id,
            if_match=if_match,
        )
    ).parsed
