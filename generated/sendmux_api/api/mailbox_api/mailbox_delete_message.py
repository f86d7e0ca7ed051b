from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.mailbox_message_deleted_response import MailboxMessageDeletedResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    message_id: str,
    *,
    permanent: bool | Unset = UNSET,
    mailbox_id: str | Unset = UNSET,
    if_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    params: dict[str, Any] = {}

    params["permanent"] = permanent

    params["mailbox_id"] = mailbox_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/mailbox/messages/{message_id}".format(
            message_id=quote(str(message_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | MailboxMessageDeletedResponse | None:
    if response.status_code == 200:
        response_200 = MailboxMessageDeletedResponse.from_dict(response.json())

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
) -> Response[ApiError | MailboxMessageDeletedResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    message_id: str,
    *,
    client: AuthenticatedClient,
    permanent: bool | Unset = UNSET,
    mailbox_id: str | Unset = UNSET,
    if_match: str | Unset = UNSET,
) -> Response[ApiError | MailboxMessageDeletedResponse]:
    """Delete a mailbox message

     Moves a message to Trash by default, unconditionally unless `If-Match` is supplied. Set
    `permanent=true` to permanently delete it. Send `If-Match` with a prior ETag to reject stale
    deletes.

    Args:
        message_id (str):
        permanent (bool | Unset):
        mailbox_id (str | Unset):
        if_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | MailboxMessageDeletedResponse]
    """

    kwargs = _get_kwargs(
        message_id=message_id,
        permanent=permanent,
        mailbox_id=mailbox_id,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    message_id: str,
    *,
    client: AuthenticatedClient,
    permanent: bool | Unset = UNSET,
    mailbox_id: str | Unset = UNSET,
    if_match: str | Unset = UNSET,
) -> ApiError | MailboxMessageDeletedResponse | None:
    """Delete a mailbox message

     Moves a message to Trash by default, unconditionally unless `If-Match` is supplied. Set
    `permanent=true` to permanently delete it. Send `If-Match` with a prior ETag to reject stale
    deletes.

    Args:
        message_id (str):
        permanent (bool | Unset):
        mailbox_id (str | Unset):
        if_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | MailboxMessageDeletedResponse
    """

    return sync_detailed(
        message_id=message_id,
        client=client,
        permanent=permanent,
        mailbox_id=mailbox_id,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    message_id: str,
    *,
    client: AuthenticatedClient,
    permanent: bool | Unset = UNSET,
    mailbox_id: str | Unset = UNSET,
    if_match: str | Unset = UNSET,
) -> Response[ApiError | MailboxMessageDeletedResponse]:
    """Delete a mailbox message

     Moves a message to Trash by default, unconditionally unless `If-Match` is supplied. Set
    `permanent=true` to permanently delete it. Send `If-Match` with a prior ETag to reject stale
    deletes.

    Args:
        message_id (str):
        permanent (bool | Unset):
        mailbox_id (str | Unset):
        if_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | MailboxMessageDeletedResponse]
    """

    kwargs = _get_kwargs(
        message_id=message_id,
        permanent=permanent,
        mailbox_id=mailbox_id,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    message_id: str,
    *,
    client: AuthenticatedClient,
    permanent: bool | Unset = UNSET,
    mailbox_id: str | Unset = UNSET,
    if_match: str | Unset = UNSET,
) -> ApiError | MailboxMessageDeletedResponse | None:
    """Delete a mailbox message

     Moves a message to Trash by default, unconditionally unless `If-Match` is supplied. Set
    `permanent=true` to permanently delete it. Send `If-Match` with a prior ETag to reject stale
    deletes.

    Args:
        message_id (str):
        permanent (bool | Unset):
        mailbox_id (str | Unset):
        if_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | MailboxMessageDeletedResponse
    """

    return (
        await asyncio_detailed(
            message_id=message_id,
            client=client,
            permanent=permanent,
            mailbox_id=mailbox_id,
            if_match=if_match,
        )
    ).parsed
