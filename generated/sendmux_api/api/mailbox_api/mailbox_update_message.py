from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.mailbox_message_detail_response import MailboxMessageDetailResponse
from ...models.patch_mailbox_message_body import PatchMailboxMessageBody
from ...types import UNSET, Response, Unset


def _get_kwargs(
    message_id: str,
    *,
    body: PatchMailboxMessageBody,
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
        "url": "/mailbox/messages/{message_id}".format(
            message_id=quote(str(message_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | MailboxMessageDetailResponse | None:
    if response.status_code == 200:
        response_200 = MailboxMessageDetailResponse.from_dict(response.json())

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
) -> Response[ApiError | MailboxMessageDetailResponse]:
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
    body: PatchMailboxMessageBody,
    mailbox_id: str | Unset = UNSET,
    if_match: str | Unset = UNSET,
) -> Response[ApiError | MailboxMessageDetailResponse]:
    """Update mailbox message flags

     Updates mutable message flags and keywords unconditionally unless `If-Match` is supplied. Send `If-
    Match` with a prior ETag to reject stale edits.

    Args:
        message_id (str):
        mailbox_id (str | Unset):
        if_match (str | Unset):
        body (PatchMailboxMessageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | MailboxMessageDetailResponse]
    """

    kwargs = _get_kwargs(
        message_id=message_id,
        body=body,
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
    body: PatchMailboxMessageBody,
    mailbox_id: str | Unset = UNSET,
    if_match: str | Unset = UNSET,
) -> ApiError | MailboxMessageDetailResponse | None:
    """Update mailbox message flags

     Updates mutable message flags and keywords unconditionally unless `If-Match` is supplied. Send `If-
    Match` with a prior ETag to reject stale edits.

    Args:
        message_id (str):
        mailbox_id (str | Unset):
        if_match (str | Unset):
        body (PatchMailboxMessageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | MailboxMessageDetailResponse
    """

    return sync_detailed(
        message_id=message_id,
        client=client,
        body=body,
        mailbox_id=mailbox_id,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    message_id: str,
    *,
    client: AuthenticatedClient,
    body: PatchMailboxMessageBody,
    mailbox_id: str | Unset = UNSET,
    if_match: str | Unset = UNSET,
) -> Response[ApiError | MailboxMessageDetailResponse]:
    """Update mailbox message flags

     Updates mutable message flags and keywords unconditionally unless `If-Match` is supplied. Send `If-
    Match` with a prior ETag to reject stale edits.

    Args:
        message_id (str):
        mailbox_id (str | Unset):
        if_match (str | Unset):
        body (PatchMailboxMessageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | MailboxMessageDetailResponse]
    """

    kwargs = _get_kwargs(
        message_id=message_id,
        body=body,
        mailbox_id=mailbox_id,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    message_id: str,
    *,
    client: AuthenticatedClient,
    body: PatchMailboxMessageBody,
    mailbox_id: str | Unset = UNSET,
    if_match: str | Unset = UNSET,
) -> ApiError | MailboxMessageDetailResponse | None:
    """Update mailbox message flags

     Updates mutable message flags and keywords unconditionally unless `If-Match` is supplied. Send `If-
    Match` with a prior ETag to reject stale edits.

    Args:
        message_id (str):
        mailbox_id (str | Unset):
        if_match (str | Unset):
        body (PatchMailboxMessageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | MailboxMessageDetailResponse
    """

    return (
        await asyncio_detailed(
            message_id=message_id,
            client=client,
            body=body,
            mailbox_id=mailbox_id,
            if_match=if_match,
        )
    ).parsed
