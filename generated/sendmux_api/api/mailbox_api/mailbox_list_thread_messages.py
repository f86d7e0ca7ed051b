from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.mailbox_list_thread_messages_sort import MailboxListThreadMessagesSort
from ...models.mailbox_thread_message_summary_cursor_list_response import (
    MailboxThreadMessageSummaryCursorListResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    thread_id: str,
    *,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort: MailboxListThreadMessagesSort | Unset = UNSET,
    mailbox_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    params["limit"] = limit

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    params["mailbox_id"] = mailbox_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/mailbox/threads/{thread_id}/messages".format(
            thread_id=quote(str(thread_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | MailboxThreadMessageSummaryCursorListResponse | None:
    if response.status_code == 200:
        response_200 = MailboxThreadMessageSummaryCursorListResponse.from_dict(
            response.json()
        )

        return response_200

    if response.status_code == 400:
        response_400 = ApiError.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = ApiError.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | MailboxThreadMessageSummaryCursorListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    thread_id: str,
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort: MailboxListThreadMessagesSort | Unset = UNSET,
    mailbox_id: str | Unset = UNSET,
) -> Response[ApiError | MailboxThreadMessageSummaryCursorListResponse]:
    """List thread messages

     Returns cursor-paginated message summaries for one thread. Use the thread content endpoint when you
    need cleaned bodies.

    Args:
        thread_id (str): Thread ID.
        cursor (str | Unset): Pagination cursor — the `next_cursor` from the previous response.
        limit (int | Unset): Maximum results (default 50, max 100).
        sort (MailboxListThreadMessagesSort | Unset): Message sort direction within the thread.
        mailbox_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | MailboxThreadMessageSummaryCursorListResponse]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        cursor=cursor,
        limit=limit,
        sort=sort,
        mailbox_id=mailbox_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    thread_id: str,
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort: MailboxListThreadMessagesSort | Unset = UNSET,
    mailbox_id: str | Unset = UNSET,
) -> ApiError | MailboxThreadMessageSummaryCursorListResponse | None:
    """List thread messages

     Returns cursor-paginated message summaries for one thread. Use the thread content endpoint when you
    need cleaned bodies.

    Args:
        thread_id (str): Thread ID.
        cursor (str | Unset): Pagination cursor — the `next_cursor` from the previous response.
        limit (int | Unset): Maximum results (default 50, max 100).
        sort (MailboxListThreadMessagesSort | Unset): Message sort direction within the thread.
        mailbox_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | MailboxThreadMessageSummaryCursorListResponse
    """

    return sync_detailed(
        thread_id=thread_id,
        client=client,
        cursor=cursor,
        limit=limit,
        sort=sort,
        mailbox_id=mailbox_id,
    ).parsed


async def asyncio_detailed(
    thread_id: str,
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort: MailboxListThreadMessagesSort | Unset = UNSET,
    mailbox_id: str | Unset = UNSET,
) -> Response[ApiError | MailboxThreadMessageSummaryCursorListResponse]:
    """List thread messages

     Returns cursor-paginated message summaries for one thread. Use the thread content endpoint when you
    need cleaned bodies.

    Args:
        thread_id (str): Thread ID.
        cursor (str | Unset): Pagination cursor — the `next_cursor` from the previous response.
        limit (int | Unset): Maximum results (default 50, max 100).
        sort (MailboxListThreadMessagesSort | Unset): Message sort direction within the thread.
        mailbox_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | MailboxThreadMessageSummaryCursorListResponse]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        cursor=cursor,
        limit=limit,
        sort=sort,
        mailbox_id=mailbox_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    thread_id: str,
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort: MailboxListThreadMessagesSort | Unset = UNSET,
    mailbox_id: str | Unset = UNSET,
) -> ApiError | MailboxThreadMessageSummaryCursorListResponse | None:
    """List thread messages

     Returns cursor-paginated message summaries for one thread. Use the thread content endpoint when you
    need cleaned bodies.

    Args:
        thread_id (str): Thread ID.
        cursor (str | Unset): Pagination cursor — the `next_cursor` from the previous response.
        limit (int | Unset): Maximum results (default 50, max 100).
        sort (MailboxListThreadMessagesSort | Unset): Message sort direction within the thread.
        mailbox_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | MailboxThreadMessageSummaryCursorListResponse
    """

    return (
        await asyncio_detailed(
            thread_id=thread_id,
            client=client,
            cursor=cursor,
            limit=limit,
            sort=sort,
            mailbox_id=mailbox_id,
        )
    ).parsed
