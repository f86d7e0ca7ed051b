from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.mailbox_message_detail_response import MailboxMessageDetailResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    message_id: str,
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
        "url": "/mailbox/messages/{message_id}".format(
            message_id=quote(str(message_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ApiError | MailboxMessageDetailResponse | None:
    if response.status_code == 200:
        response_200 = MailboxMessageDetailResponse.from_dict(response.json())

        return response_200

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

    if response.status_code == 404:
        response_404 = ApiError.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ApiError | MailboxMessageDetailResponse]:
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
    mailbox_id: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | ApiError | MailboxMessageDetailResponse]:
    """Get a mailbox message

     Returns one message from the authenticated mailbox. Responses include a weak `ETag` header. When
    attachment metadata includes short-lived download URLs, a conditional request may return `200` even
    when the stable message ETag matches so the response can renew expired URLs.

    Args:
        message_id (str): Message ID.
        mailbox_id (str | Unset):
        if_none_match (str | Unset): Weak ETag from a previous response. Returns 304 when
            unchanged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiError | MailboxMessageDetailResponse]
    """

    kwargs = _get_kwargs(
        message_id=message_id,
        mailbox_id=mailbox_id,
        if_none_match=if_none_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    message_id: str,
    *,
    client: AuthenticatedClient,
    mailbox_id: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | ApiError | MailboxMessageDetailResponse | None:
    """Get a mailbox message

     Returns one message from the authenticated mailbox. Responses include a weak `ETag` header. When
    attachment metadata includes short-lived download URLs, a conditional request may return `200` even
    when the stable message ETag matches so the response can renew expired URLs.

    Args:
        message_id (str): Message ID.
        mailbox_id (str | Unset):
        if_none_match (str | Unset): Weak ETag from a previous response. Returns 304 when
            unchanged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiError | MailboxMessageDetailResponse
    """

    return sync_detailed(
        message_id=message_id,
        client=client,
        mailbox_id=mailbox_id,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    message_id: str,
    *,
    client: AuthenticatedClient,
    mailbox_id: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | ApiError | MailboxMessageDetailResponse]:
    """Get a mailbox message

     Returns one message from the authenticated mailbox. Responses include a weak `ETag` header. When
    attachment metadata includes short-lived download URLs, a conditional request may return `200` even
    when the stable message ETag matches so the response can renew expired URLs.

    Args:
        message_id (str): Message ID.
        mailbox_id (str | Unset):
        if_none_match (str | Unset): Weak ETag from a previous response. Returns 304 when
            unchanged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiError | MailboxMessageDetailResponse]
    """

    kwargs = _get_kwargs(
        message_id=message_id,
        mailbox_id=mailbox_id,
        if_none_match=if_none_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    message_id: str,
    *,
    client: AuthenticatedClient,
    mailbox_id: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | ApiError | MailboxMessageDetailResponse | None:
    """Get a mailbox message

     Returns one message from the authenticated mailbox. Responses include a weak `ETag` header. When
    attachment metadata includes short-lived download URLs, a conditional request may return `200` even
    when the stable message ETag matches so the response can renew expired URLs.

    Args:
        message_id (str): Message ID.
        mailbox_id (str | Unset):
        if_none_match (str | Unset): Weak ETag from a previous response. Returns 304 when
            unchanged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiError | MailboxMessageDetailResponse
    """

    return (
        await asyncio_detailed(
            message_id=message_id,
            client=client,
            mailbox_id=mailbox_id,
            if_none_match=if_none_match,
        )
    ).parsed
