from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.mailbox_list_submissions_sort_by import MailboxListSubmissionsSortBy
from ...models.mailbox_list_submissions_sort_direction import (
    MailboxListSubmissionsSortDirection,
)
from ...models.mailbox_list_submissions_undo_status import (
    MailboxListSubmissionsUndoStatus,
)
from ...models.mailbox_submission_cursor_list_response import (
    MailboxSubmissionCursorListResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    identity_ids: str | Unset = UNSET,
    email_ids: str | Unset = UNSET,
    thread_ids: str | Unset = UNSET,
    undo_status: MailboxListSubmissionsUndoStatus | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    sort_by: MailboxListSubmissionsSortBy | Unset = UNSET,
    sort_direction: MailboxListSubmissionsSortDirection | Unset = UNSET,
    mailbox_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    params["limit"] = limit

    params["identity_ids"] = identity_ids

    params["email_ids"] = email_ids

    params["thread_ids"] = thread_ids

    json_undo_status: str | Unset = UNSET
    if not isinstance(undo_status, Unset):
        json_undo_status = undo_status.value

    params["undo_status"] = json_undo_status

    params["after"] = after

    params["before"] = before

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by.value

    params["sort_by"] = json_sort_by

    json_sort_direction: str | Unset = UNSET
    if not isinstance(sort_direction, Unset):
        json_sort_direction = sort_direction.value

    params["sort_direction"] = json_sort_direction

    params["mailbox_id"] = mailbox_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/mailbox/submissions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | MailboxSubmissionCursorListResponse | None:
    if response.status_code == 200:
        response_200 = MailboxSubmissionCursorListResponse.from_dict(response.json())

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
) -> Response[ApiError | MailboxSubmissionCursorListResponse]:
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
    identity_ids: str | Unset = UNSET,
    email_ids: str | Unset = UNSET,
    thread_ids: str | Unset = UNSET,
    undo_status: MailboxListSubmissionsUndoStatus | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    sort_by: MailboxListSubmissionsSortBy | Unset = UNSET,
    sort_direction: MailboxListSubmissionsSortDirection | Unset = UNSET,
    mailbox_id: str | Unset = UNSET,
) -> Response[ApiError | MailboxSubmissionCursorListResponse]:
    """List mailbox submissions

     Returns a cursor-paginated list of send submissions for the authenticated mailbox, including
    delivery lifecycle fields when available.

    Args:
        cursor (str | Unset):
        limit (int | Unset):
        identity_ids (str | Unset): Comma-separated identity IDs, maximum 100.
        email_ids (str | Unset): Comma-separated message IDs, maximum 100.
        thread_ids (str | Unset): Comma-separated thread IDs, maximum 100.
        undo_status (MailboxListSubmissionsUndoStatus | Unset):
        after (str | Unset):
        before (str | Unset):
        sort_by (MailboxListSubmissionsSortBy | Unset):
        sort_direction (MailboxListSubmissionsSortDirection | Unset):
        mailbox_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | MailboxSubmissionCursorListResponse]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        limit=limit,
        identity_ids=identity_ids,
        email_ids=email_ids,
        thread_ids=thread_ids,
        undo_status=undo_status,
        after=after,
        before=before,
        sort_by=sort_by,
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
    identity_ids: str | Unset = UNSET,
    email_ids: str | Unset = UNSET,
    thread_ids: str | Unset = UNSET,
    undo_status: MailboxListSubmissionsUndoStatus | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    sort_by: MailboxListSubmissionsSortBy | Unset = UNSET,
    sort_direction: MailboxListSubmissionsSortDirection | Unset = UNSET,
    mailbox_id: str | Unset = UNSET,
) -> ApiError | MailboxSubmissionCursorListResponse | None:
    """List mailbox submissions

     Returns a cursor-paginated list of send submissions for the authenticated mailbox, including
    delivery lifecycle fields when available.

    Args:
        cursor (str | Unset):
        limit (int | Unset):
        identity_ids (str | Unset): Comma-separated identity IDs, maximum 100.
        email_ids (str | Unset): Comma-separated message IDs, maximum 100.
        thread_ids (str | Unset): Comma-separated thread IDs, maximum 100.
        undo_status (MailboxListSubmissionsUndoStatus | Unset):
        after (str | Unset):
        before (str | Unset):
        sort_by (MailboxListSubmissionsSortBy | Unset):
        sort_direction (MailboxListSubmissionsSortDirection | Unset):
        mailbox_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | MailboxSubmissionCursorListResponse
    """

    return sync_detailed(
        client=client,
        cursor=cursor,
        limit=limit,
        identity_ids=identity_ids,
        email_ids=email_ids,
        thread_ids=thread_ids,
        undo_status=undo_status,
        after=after,
        before=before,
        sort_by=sort_by,
        sort_direction=sort_direction,
        mailbox_id=mailbox_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    identity_ids: str | Unset = UNSET,
    email_ids: str | Unset = UNSET,
    thread_ids: str | Unset = UNSET,
    undo_status: MailboxListSubmissionsUndoStatus | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    sort_by: MailboxListSubmissionsSortBy | Unset = UNSET,
    sort_direction: MailboxListSubmissionsSortDirection | Unset = UNSET,
    mailbox_id: str | Unset = UNSET,
) -> Response[ApiError | MailboxSubmissionCursorListResponse]:
    """List mailbox submissions

     Returns a cursor-paginated list of send submissions for the authenticated mailbox, including
    delivery lifecycle fields when available.

    Args:
        cursor (str | Unset):
        limit (int | Unset):
        identity_ids (str | Unset): Comma-separated identity IDs, maximum 100.
        email_ids (str | Unset): Comma-separated message IDs, maximum 100.
        thread_ids (str | Unset): Comma-separated thread IDs, maximum 100.
        undo_status (MailboxListSubmissionsUndoStatus | Unset):
        after (str | Unset):
        before (str | Unset):
        sort_by (MailboxListSubmissionsSortBy | Unset):
        sort_direction (MailboxListSubmissionsSortDirection | Unset):
        mailbox_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | MailboxSubmissionCursorListResponse]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        limit=limit,
        identity_ids=identity_ids,
        email_ids=email_ids,
        thread_ids=thread_ids,
        undo_status=undo_status,
        after=after,
        before=before,
        sort_by=sort_by,
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
    identity_ids: str | Unset = UNSET,
    email_ids: str | Unset = UNSET,
    thread_ids: str | Unset = UNSET,
    undo_status: MailboxListSubmissionsUndoStatus | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    sort_by: MailboxListSubmissionsSortBy | Unset = UNSET,
    sort_direction: MailboxListSubmissionsSortDirection | Unset = UNSET,
    mailbox_id: str | Unset = UNSET,
) -> ApiError | MailboxSubmissionCursorListResponse | None:
    """List mailbox submissions

     Returns a cursor-paginated list of send submissions for the authenticated mailbox, including
    delivery lifecycle fields when available.

    Args:
        cursor (str | Unset):
        limit (int | Unset):
        identity_ids (str | Unset): Comma-separated identity IDs, maximum 100.
        email_ids (str | Unset): Comma-separated message IDs, maximum 100.
        thread_ids (str | Unset): Comma-separated thread IDs, maximum 100.
        undo_status (MailboxListSubmissionsUndoStatus | Unset):
        after (str | Unset):
        before (str | Unset):
        sort_by (MailboxListSubmissionsSortBy | Unset):
        sort_direction (MailboxListSubmissionsSortDirection | Unset):
        mailbox_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | MailboxSubmissionCursorListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            cursor=cursor,
            limit=limit,
            identity_ids=identity_ids,
            email_ids=email_ids,
            thread_ids=thread_ids,
            undo_status=undo_status,
            after=after,
            before=before,
            sort_by=sort_by,
            sort_direction=sort_direction,
            mailbox_id=mailbox_id,
        )
    ).parsed
