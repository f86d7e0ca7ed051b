from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.mailbox_changes_response import MailboxChangesResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    since_state: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    mailbox_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["since_state"] = since_state

    params["limit"] = limit

    params["mailbox_id"] = mailbox_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/mailbox/submissions/changes",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | MailboxChangesResponse | None:
    if response.status_code == 200:
        response_200 = MailboxChangesResponse.from_dict(response.json())

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
) -> Response[ApiError | MailboxChangesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    since_state: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    mailbox_id: str | Unset = UNSET,
) -> Response[ApiError | MailboxChangesResponse]:
    """Get submission changes

     Returns send submission changes since a prior submission state, or the current state when omitted.

    Args:
        since_state (str | Unset):
        limit (int | Unset):
        mailbox_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | MailboxChangesResponse]
    """

    kwargs = _get_kwargs(
        since_state=since_state,
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
    since_state: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    mailbox_id: str | Unset = UNSET,
) -> ApiError | MailboxChangesResponse | None:
    """Get submission changes

     Returns send submission changes since a prior submission state, or the current state when omitted.

    Args:
        since_state (str | Unset):
        limit (int | Unset):
        mailbox_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | MailboxChangesResponse
    """

    return sync_detailed(
        client=client,
        since_state=since_state,
        limit=limit,
        mailbox_id=mailbox_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    since_state: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    mailbox_id: str | Unset = UNSET,
) -> Response[ApiError | MailboxChangesResponse]:
    """Get submission changes

     Returns send submission changes since a prior submission state, or the current state when omitted.

    Args:
        since_state (str | Unset):
        limit (int | Unset):
        mailbox_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | MailboxChangesResponse]
    """

    kwargs = _get_kwargs(
        since_state=since_state,
        limit=limit,
        mailbox_id=mailbox_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    since_state: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    mailbox_id: str | Unset = UNSET,
) -> ApiError | MailboxChangesResponse | None:
    """Get submission changes

     Returns send submission changes since a prior submission state, or the current state when omitted.

    Args:
        since_state (str | Unset):
        limit (int | Unset):
        mailbox_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | MailboxChangesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            since_state=since_state,
            limit=limit,
            mailbox_id=mailbox_id,
        )
    ).parsed
