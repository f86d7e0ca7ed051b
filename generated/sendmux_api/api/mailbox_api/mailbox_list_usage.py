from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.mailbox_usage_response import MailboxUsageResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    mailbox_id: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    params: dict[str, Any] = {}

    params["mailbox_id"] = mailbox_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/mailbox/usage",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | MailboxUsageResponse | None:
    if response.status_code == 200:
        response_200 = MailboxUsageResponse.from_dict(response.json())

        return response_200

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | MailboxUsageResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    mailbox_id: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | MailboxUsageResponse]:
    """Get mailbox usage

     Returns a compact usage view derived from mailbox quota records. Responses include a weak `ETag`
    header.

    Args:
        mailbox_id (str | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | MailboxUsageResponse]
    """

    kwargs = _get_kwargs(
        mailbox_id=mailbox_id,
        if_none_match=if_none_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    mailbox_id: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | MailboxUsageResponse | None:
    """Get mailbox usage

     Returns a compact usage view derived from mailbox quota records. Responses include a weak `ETag`
    header.

    Args:
        mailbox_id (str | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | MailboxUsageResponse
    """

    return sync_detailed(
        client=client,
        mailbox_id=mailbox_id,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    mailbox_id: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | MailboxUsageResponse]:
    """Get mailbox usage

     Returns a compact usage view derived from mailbox quota records. Responses include a weak `ETag`
    header.

    Args:
        mailbox_id (str | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | MailboxUsageResponse]
    """

    kwargs = _get_kwargs(
        mailbox_id=mailbox_id,
        if_none_match=if_none_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    mailbox_id: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | MailboxUsageResponse | None:
    """Get mailbox usage

     Returns a compact usage view derived from mailbox quota records. Responses include a weak `ETag`
    header.

    Args:
        mailbox_id (str | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | MailboxUsageResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            mailbox_id=mailbox_id,
            if_none_match=if_none_match,
        )
    ).parsed
