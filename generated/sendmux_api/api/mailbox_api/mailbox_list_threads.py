from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.mailbox_list_threads_sort_direction import (
    MailboxListThreadsSortDirection,
)
from ...models.mailbox_thread_summary_cursor_list_response import (
    MailboxThreadSummaryCursorListResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    q: str | Unset = UNSET,
    participant: str | Unset = UNSET,
    folder_id: str | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    has_attachment: bool | Unset = UNSET,
    is_unread: bool | Unset = UNSET,
    sort_direction: MailboxListThreadsSortDirection | Unset = UNSET,
    mailbox_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    params["limit"] = limit

    params["q"] = q

    params["participant"] = participant

    params["folder_id"] = folder_id

    params["after"] = after

    params["before"] = before

    params["has_attachment"] = has_attachment

    params["is_unread"] = is_unread

    json_sort_direction: str | Unset = UNSET
    if not isinstance(sort_direction, Unset):
        json_sort_direction = sort_direction.value

    params["sort_direction"] = json_sort_direction

    params["mailbox_id"] = mailbox_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/mailbox/threads",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | MailboxThreadSummaryCursorListResponse | None:
    if response.status_code == 200:
        response_200 = MailboxThreadSummaryCursorListResponse.from_dict(response.json())

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | MailboxThreadSummaryCursorListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    q: str | Unset = UNSET,
    participant: str | Unset = UNSET,
    folder_id: str | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    has_attachment: bool | Unset = UNSET,
    is_unread: bool | Unset = UNSET,
    sort_direction: MailboxListThreadsSortDirection | Unset = UNSET,
    mailbox_id: str | Unset = UNSET,
) -> Response[ApiError | MailboxThreadSummaryCursorListResponse]:
    """List mailbox threads

     Returns a cursor-paginated list of conversation threads for the authenticated mailbox. Filter by
    text, participant, folder, unread state, attachment presence, or date range.

    Args:
        cursor (str | Unset): Pagination cursor — the `next_cursor` from the previous response.
        limit (int | Unset): Maximum results (default 50, max 100).
        q (str | Unset): Full-text search query across thread messages.
        participant (str | Unset): Filter by participant email address or display name.
        folder_id (str | Unset): Filter to threads with messages in this folder ID.
        after (str | Unset): Filter to threads updated after this ISO 8601 timestamp.
        before (str | Unset): Filter to threads updated before this ISO 8601 timestamp.
        has_attachment (bool | Unset): When true, only return threads with attachments.
        is_unread (bool | Unset): When true, only return threads with unread messages.
        sort_direction (MailboxListThreadsSortDirection | Unset): Sort direction.
        mailbox_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | MailboxThreadSummaryCursorListResponse]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        limit=limit,
        q=q,
        participant=participant,
        folder_id=folder_id,
        after=after,
        before=before,
        has_attachment=has_attachment,
        is_unread=is_unread,
        sort_direction=sort_direction,
        mailbox_id=mailbox_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    q: str | Unset = UNSET,
    participant: str | Unset = UNSET,
    folder_id: str | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    has_attachment: bool | Unset = UNSET,
    is_unread: bool | Unset = UNSET,
    sort_direction: MailboxListThreadsSortDirection | Unset = UNSET,
    mailbox_id: str | Unset = UNSET,
) -> ApiError | MailboxThreadSummaryCursorListResponse | None:
    """List mailbox threads

     Returns a cursor-paginated list of conversation threads for the authenticated mailbox. Filter by
    text, participant, folder, unread state, attachment presence, or date range.

    Args:
        cursor (str | Unset): Pagination cursor — the `next_cursor` from the previous response.
        limit (int | Unset): Maximum results (default 50, max 100).
        q (str | Unset): Full-text search query across thread messages.
        participant (str | Unset): Filter by participant email address or display name.
        folder_id (str | Unset): Filter to threads with messages in this folder ID.
        after (str | Unset): Filter to threads updated after this ISO 8601 timestamp.
        before (str | Unset): Filter to threads updated before this ISO 8601 timestamp.
        has_attachment (bool | Unset): When true, only return threads with attachments.
        is_unread (bool | Unset): When true, only return threads with unread messages.
        sort_direction (MailboxListThreadsSortDirection | Unset): Sort direction.
        mailbox_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | MailboxThreadSummaryCursorListResponse
    """

    return sync_detailed(
        client=client,
        cursor=cursor,
        limit=limit,
        q=q,
        participant=participant,
        folder_id=folder_id,
        after=after,
        before=before,
        has_attachment=has_attachment,
        is_unread=is_unread,
        sort_direction=sort_direction,
        mailbox_id=mailbox_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    q: str | Unset = UNSET,
    participant: str | Unset = UNSET,
    folder_id: str | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    has_attachment: bool | Unset = UNSET,
    is_unread: bool | Unset = UNSET,
    sort_direction: MailboxListThreadsSortDirection | Unset = UNSET,
    mailbox_id: str | Unset = UNSET,
) -> Response[ApiError | MailboxThreadSummaryCursorListResponse]:
    """List mailbox threads

     Returns a cursor-paginated list of conversation threads for the authenticated mailbox. Filter by
    text, participant, folder, unread state, attachment presence, or date range.

    Args:
        cursor (str | Unset): Pagination cursor — the `next_cursor` from the previous response.
        limit (int | Unset): Maximum results (default 50, max 100).
        q (str | Unset): Full-text search query across thread messages.
        participant (str | Unset): Filter by participant email address or display name.
        folder_id (str | Unset): Filter to threads with messages in this folder ID.
        after (str | Unset): Filter to threads updated after this ISO 8601 timestamp.
        before (str | Unset): Filter to threads updated before this ISO 8601 timestamp.
        has_attachment (bool | Unset): When true, only return threads with attachments.
        is_unread (bool | Unset): When true, only return threads with unread messages.
        sort_direction (MailboxListThreadsSortDirection | Unset): Sort direction.
        mailbox_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | MailboxThreadSummaryCursorListResponse]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        limit=limit,
        q=q,
        participant=participant,
        folder_id=folder_id,
        after=after,
        before=before,
        has_attachment=has_attachment,
        is_unread=is_unread,
        sort_direction=sort_direction,
        mailbox_id=mailbox_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    q: str | Unset = UNSET,
    participant: str | Unset = UNSET,
    folder_id: str | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    has_attachment: bool | Unset = UNSET,
    is_unread: bool | Unset = UNSET,
    sort_direction: MailboxListThreadsSortDirection | Unset = UNSET,
    mailbox_id: str | Unset = UNSET,
) -> ApiError | MailboxThreadSummaryCursorListResponse | None:
    """List mailbox threads

     Returns a cursor-paginated list of conversation threads for the authenticated mailbox. Filter by
    text, participant, folder, unread state, attachment presence, or date range.

    Args:
        cursor (str | Unset): Pagination cursor — the `next_cursor` from the previous response.
        limit (int | Unset): Maximum results (default 50, max 100).
        q (str | Unset): Full-text search query across thread messages.
        participant (str | Unset): Filter by participant email address or display name.
        folder_id (str | Unset): Filter to threads with messages in this folder ID.
        after (str | Unset): Filter to threads updated after this ISO 8601 timestamp.
        before (str | Unset): Filter to threads updated before this ISO 8601 timestamp.
        has_attachment (bool | Unset): When true, only return threads with attachments.
        is_unread (bool | Unset): When true, only return threads with unread messages.
        sort_direction (MailboxListThreadsSortDirection | Unset): Sort direction.
        mailbox_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | MailboxThreadSummaryCursorListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            cursor=cursor,
            limit=limit,
            q=q,
            participant=participant,
            folder_id=folder_id,
            after=after,
            before=before,
            has_attachment=has_attachment,
            is_unread=is_unread,
            sort_direction=sort_direction,
            mailbox_id=mailbox_id,
        )
    ).parsed
