from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.mailbox_realtime_event import MailboxRealtimeEvent
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    mailbox_id: str | Unset = UNSET,
    event_types: str | Unset = UNSET,
    last_event_id_query: str | Unset = UNSET,
    ping: int | Unset = UNSET,
    close_after: int | Unset = UNSET,
    last_event_id_header: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(last_event_id_header, Unset):
        headers["Last-Event-ID"] = last_event_id_header

    params: dict[str, Any] = {}

    params["mailbox_id"] = mailbox_id

    params["event_types"] = event_types

    params["last_event_id"] = last_event_id_query

    params["ping"] = ping

    params["close_after"] = close_after

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/mailbox/events",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | MailboxRealtimeEvent | None:
    if response.status_code == 200:
        response_200 = MailboxRealtimeEvent.from_dict(response.text)

        return response_200

    if response.status_code == 400:
        response_400 = ApiError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ApiError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ApiError.from_dict(response.json())

        return response_403

    if response.status_code == 429:
        response_429 = ApiError.from_dict(response.json())

        return response_429

    if response.status_code == 503:
        response_503 = ApiError.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | MailboxRealtimeEvent]:
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
    event_types: str | Unset = UNSET,
    last_event_id_query: str | Unset = UNSET,
    ping: int | Unset = UNSET,
    close_after: int | Unset = UNSET,
    last_event_id_header: str | Unset = UNSET,
) -> Response[ApiError | MailboxRealtimeEvent]:
    """Stream mailbox events

     Streams bounded rich mailbox events for connected clients. Each received-message event includes
    subject, participants, preview, attachment metadata, and a capped body snapshot; use the message
    endpoints for full content or attachment bytes.

    Args:
        mailbox_id (str | Unset): Select a granted mailbox when using an OAuth token with multiple
            mailboxes.
        event_types (str | Unset): Comma-separated list: message.received, message.received.spam.
        last_event_id_query (str | Unset):
        ping (int | Unset):
        close_after (int | Unset):
        last_event_id_header (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | MailboxRealtimeEvent]
    """

    kwargs = _get_kwargs(
        mailbox_id=mailbox_id,
        event_types=event_types,
        last_event_id_query=last_event_id_query,
        ping=ping,
        close_after=close_after,
        last_event_id_header=last_event_id_header,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    mailbox_id: str | Unset = UNSET,
    event_types: str | Unset = UNSET,
    last_event_id_query: str | Unset = UNSET,
    ping: int | Unset = UNSET,
    close_after: int | Unset = UNSET,
    last_event_id_header: str | Unset = UNSET,
) -> ApiError | MailboxRealtimeEvent | None:
    """Stream mailbox events

     Streams bounded rich mailbox events for connected clients. Each received-message event includes
    subject, participants, preview, attachment metadata, and a capped body snapshot; use the message
    endpoints for full content or attachment bytes.

    Args:
        mailbox_id (str | Unset): Select a granted mailbox when using an OAuth token with multiple
            mailboxes.
        event_types (str | Unset): Comma-separated list: message.received, message.received.spam.
        last_event_id_query (str | Unset):
        ping (int | Unset):
        close_after (int | Unset):
        last_event_id_header (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | MailboxRealtimeEvent
    """

    return sync_detailed(
        client=client,
        mailbox_id=mailbox_id,
        event_types=event_types,
        last_event_id_query=last_event_id_query,
        ping=ping,
        close_after=close_after,
        last_event_id_header=last_event_id_header,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    mailbox_id: str | Unset = UNSET,
    event_types: str | Unset = UNSET,
    last_event_id_query: str | Unset = UNSET,
    ping: int | Unset = UNSET,
    close_after: int | Unset = UNSET,
    last_event_id_header: str | Unset = UNSET,
) -> Response[ApiError | MailboxRealtimeEvent]:
    """Stream mailbox events

     Streams bounded rich mailbox events for connected clients. Each received-message event includes
    subject, participants, preview, attachment metadata, and a capped body snapshot; use the message
    endpoints for full content or attachment bytes.

    Args:
        mailbox_id (str | Unset): Select a granted mailbox when using an OAuth token with multiple
            mailboxes.
        event_types (str | Unset): Comma-separated list: message.received, message.received.spam.
        last_event_id_query (str | Unset):
        ping (int | Unset):
        close_after (int | Unset):
        last_event_id_header (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | MailboxRealtimeEvent]
    """

    kwargs = _get_kwargs(
        mailbox_id=mailbox_id,
        event_types=event_types,
        last_event_id_query=last_event_id_query,
        ping=ping,
        close_after=close_after,
        last_event_id_header=last_event_id_header,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    mailbox_id: str | Unset = UNSET,
    event_types: str | Unset = UNSET,
    last_event_id_query: str | Unset = UNSET,
    ping: int | Unset = UNSET,
    close_after: int | Unset = UNSET,
    last_event_id_header: str | Unset = UNSET,
) -> ApiError | MailboxRealtimeEvent | None:
    """Stream mailbox events

     Streams bounded rich mailbox events for connected clients. Each received-message event includes
    subject, participants, preview, attachment metadata, and a capped body snapshot; use the message
    endpoints for full content or attachment bytes.

    Args:
        mailbox_id (str | Unset): Select a granted mailbox when using an OAuth token with multiple
            mailboxes.
        event_types (str | Unset): Comma-separated list: message.received, message.received.spam.
        last_event_id_query (str | Unset):
        ping (int | Unset):
        close_after (int | Unset):
        last_event_id_header (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | MailboxRealtimeEvent
    """

    return (
        await asyncio_detailed(
            client=client,
            mailbox_id=mailbox_id,
            event_types=event_types,
            last_event_id_query=last_event_id_query,
            ping=ping,
            close_after=close_after,
            last_event_id_header=last_event_id_header,
        )
    ).parsed
