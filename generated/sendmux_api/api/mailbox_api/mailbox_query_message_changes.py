from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.mailbox_message_query_changes_response import (
    MailboxMessageQueryChangesResponse,
)
from ...models.mailbox_query_message_changes_sort_by import (
    MailboxQueryMessageChangesSortBy,
)
from ...models.mailbox_query_message_changes_sort_direction import (
    MailboxQueryMessageChangesSortDirection,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    since_query_state: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    up_to_id: str | Unset = UNSET,
    calculate_total: bool | Unset = UNSET,
    folder_id: str | Unset = UNSET,
    q: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    cc: str | Unset = UNSET,
    bcc: str | Unset = UNSET,
    subject: str | Unset = UNSET,
    body: str | Unset = UNSET,
    header_name: str | Unset = UNSET,
    header_value: str | Unset = UNSET,
    min_size_bytes: int | Unset = UNSET,
    max_size_bytes: int | Unset = UNSET,
    keyword: str | Unset = UNSET,
    not_keyword: str | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    has_attachment: bool | Unset = UNSET,
    is_unread: bool | Unset = UNSET,
    sort_by: MailboxQueryMessageChangesSortBy | Unset = UNSET,
    sort_direction: MailboxQueryMessageChangesSortDirection | Unset = UNSET,
    mailbox_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["since_query_state"] = since_query_state

    params["limit"] = limit

    params["up_to_id"] = up_to_id

    params["calculate_total"] = calculate_total

    params["folder_id"] = folder_id

    params["q"] = q

    params["from"] = from_

    params["to"] = to

    params["cc"] = cc

    params["bcc"] = bcc

    params["subject"] = subject

    params["body"] = body

    params["header_name"] = header_name

    params["header_value"] = header_value

    params["min_size_bytes"] = min_size_bytes

    params["max_size_bytes"] = max_size_bytes

    params["keyword"] = keyword

    params["not_keyword"] = not_keyword

    params["after"] = after

    params["before"] = before

    params["has_attachment"] = has_attachment

    params["is_unread"] = is_unread

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
        "url": "/mailbox/messages/query-changes",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | MailboxMessageQueryChangesResponse | None:
    if response.status_code == 200:
        response_200 = MailboxMessageQueryChangesResponse.from_dict(response.json())

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
) -> Response[ApiError | MailboxMessageQueryChangesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    since_query_state: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    up_to_id: str | Unset = UNSET,
    calculate_total: bool | Unset = UNSET,
    folder_id: str | Unset = UNSET,
    q: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    cc: str | Unset = UNSET,
    bcc: str | Unset = UNSET,
    subject: str | Unset = UNSET,
    body: str | Unset = UNSET,
    header_name: str | Unset = UNSET,
    header_value: str | Unset = UNSET,
    min_size_bytes: int | Unset = UNSET,
    max_size_bytes: int | Unset = UNSET,
    keyword: str | Unset = UNSET,
    not_keyword: str | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    has_attachment: bool | Unset = UNSET,
    is_unread: bool | Unset = UNSET,
    sort_by: MailboxQueryMessageChangesSortBy | Unset = UNSET,
    sort_direction: MailboxQueryMessageChangesSortDirection | Unset = UNSET,
    mailbox_id: str | Unset = UNSET,
) -> Response[ApiError | MailboxMessageQueryChangesResponse]:
    """Get message query changes

     Returns filtered message-list index changes since a prior message query state, or the current
    message query state when omitted.

    Args:
        since_query_state (str | Unset):
        limit (int | Unset):
        up_to_id (str | Unset):
        calculate_total (bool | Unset):
        folder_id (str | Unset): Filter to messages in this folder ID.
        q (str | Unset): Full-text search query across message fields.
        from_ (str | Unset): Filter by sender email address or display name.
        to (str | Unset): Filter by To recipient email address or display name.
        cc (str | Unset): Filter by CC recipient email address or display name.
        bcc (str | Unset): Filter by BCC recipient email address or display name.
        subject (str | Unset): Filter by subject text.
        body (str | Unset): Filter by message body text.
        header_name (str | Unset): Header name to match with `header_value`.
        header_value (str | Unset): Header value to match with `header_name`.
        min_size_bytes (int | Unset): Minimum message size in bytes.
        max_size_bytes (int | Unset): Maximum message size in bytes.
        keyword (str | Unset): Require this message keyword, such as `$seen`.
        not_keyword (str | Unset): Exclude messages with this keyword.
        after (str | Unset): Filter to messages after this ISO 8601 timestamp.
        before (str | Unset): Filter to messages before this ISO 8601 timestamp.
        has_attachment (bool | Unset): When true, only return messages with attachments.
        is_unread (bool | Unset): When true, only return unread messages.
        sort_by (MailboxQueryMessageChangesSortBy | Unset):
        sort_direction (MailboxQueryMessageChangesSortDirection | Unset):
        mailbox_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | MailboxMessageQueryChangesResponse]
    """

    kwargs = _get_kwargs(
        since_query_state=since_query_state,
        limit=limit,
        up_to_id=up_to_id,
        calculate_total=calculate_total,
        folder_id=folder_id,
        q=q,
        from_=from_,
        to=to,
        cc=cc,
        bcc=bcc,
        subject=subject,
        body=body,
        header_name=header_name,
        header_value=header_value,
        min_size_bytes=min_size_bytes,
        max_size_bytes=max_size_bytes,
        keyword=keyword,
        not_keyword=not_keyword,
        after=after,
        before=before,
        has_attachment=has_attachment,
        is_unread=is_unread,
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
    since_query_state: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    up_to_id: str | Unset = UNSET,
    calculate_total: bool | Unset = UNSET,
    folder_id: str | Unset = UNSET,
    q: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    cc: str | Unset = UNSET,
    bcc: str | Unset = UNSET,
    subject: str | Unset = UNSET,
    body: str | Unset = UNSET,
    header_name: str | Unset = UNSET,
    header_value: str | Unset = UNSET,
    min_size_bytes: int | Unset = UNSET,
    max_size_bytes: int | Unset = UNSET,
    keyword: str | Unset = UNSET,
    not_keyword: str | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    has_attachment: bool | Unset = UNSET,
    is_unread: bool | Unset = UNSET,
    sort_by: MailboxQueryMessageChangesSortBy | Unset = UNSET,
    sort_direction: MailboxQueryMessageChangesSortDirection | Unset = UNSET,
    mailbox_id: str | Unset = UNSET,
) -> ApiError | MailboxMessageQueryChangesResponse | None:
    """Get message query changes

     Returns filtered message-list index changes since a prior message query state, or the current
    message query state when omitted.

    Args:
        since_query_state (str | Unset):
        limit (int | Unset):
        up_to_id (str | Unset):
        calculate_total (bool | Unset):
        folder_id (str | Unset): Filter to messages in this folder ID.
        q (str | Unset): Full-text search query across message fields.
        from_ (str | Unset): Filter by sender email address or display name.
        to (str | Unset): Filter by To recipient email address or display name.
        cc (str | Unset): Filter by CC recipient email address or display name.
        bcc (str | Unset): Filter by BCC recipient email address or display name.
        subject (str | Unset): Filter by subject text.
        body (str | Unset): Filter by message body text.
        header_name (str | Unset): Header name to match with `header_value`.
        header_value (str | Unset): Header value to match with `header_name`.
        min_size_bytes (int | Unset): Minimum message size in bytes.
        max_size_bytes (int | Unset): Maximum message size in bytes.
        keyword (str | Unset): Require this message keyword, such as `$seen`.
        not_keyword (str | Unset): Exclude messages with this keyword.
        after (str | Unset): Filter to messages after this ISO 8601 timestamp.
        before (str | Unset): Filter to messages before this ISO 8601 timestamp.
        has_attachment (bool | Unset): When true, only return messages with attachments.
        is_unread (bool | Unset): When true, only return unread messages.
        sort_by (MailboxQueryMessageChangesSortBy | Unset):
        sort_direction (MailboxQueryMessageChangesSortDirection | Unset):
        mailbox_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | MailboxMessageQueryChangesResponse
    """

    return sync_detailed(
        client=client,
        since_query_state=since_query_state,
        limit=limit,
        up_to_id=up_to_id,
        calculate_total=calculate_total,
        folder_id=folder_id,
        q=q,
        from_=from_,
        to=to,
        cc=cc,
        bcc=bcc,
        subject=subject,
        body=body,
        header_name=header_name,
        header_value=header_value,
        min_size_bytes=min_size_bytes,
        max_size_bytes=max_size_bytes,
        keyword=keyword,
        not_keyword=not_keyword,
        after=after,
        before=before,
        has_attachment=has_attachment,
        is_unread=is_unread,
        sort_by=sort_by,
        sort_direction=sort_direction,
        mailbox_id=mailbox_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    since_query_state: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    up_to_id: str | Unset = UNSET,
    calculate_total: bool | Unset = UNSET,
    folder_id: str | Unset = UNSET,
    q: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    cc: str | Unset = UNSET,
    bcc: str | Unset = UNSET,
    subject: str | Unset = UNSET,
    body: str | Unset = UNSET,
    header_name: str | Unset = UNSET,
    header_value: str | Unset = UNSET,
    min_size_bytes: int | Unset = UNSET,
    max_size_bytes: int | Unset = UNSET,
    keyword: str | Unset = UNSET,
    not_keyword: str | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    has_attachment: bool | Unset = UNSET,
    is_unread: bool | Unset = UNSET,
    sort_by: MailboxQueryMessageChangesSortBy | Unset = UNSET,
    sort_direction: MailboxQueryMessageChangesSortDirection | Unset = UNSET,
    mailbox_id: str | Unset = UNSET,
) -> Response[ApiError | MailboxMessageQueryChangesResponse]:
    """Get message query changes

     Returns filtered message-list index changes since a prior message query state, or the current
    message query state when omitted.

    Args:
        since_query_state (str | Unset):
        limit (int | Unset):
        up_to_id (str | Unset):
        calculate_total (bool | Unset):
        folder_id (str | Unset): Filter to messages in this folder ID.
        q (str | Unset): Full-text search query across message fields.
        from_ (str | Unset): Filter by sender email address or display name.
        to (str | Unset): Filter by To recipient email address or display name.
        cc (str | Unset): Filter by CC recipient email address or display name.
        bcc (str | Unset): Filter by BCC recipient email address or display name.
        subject (str | Unset): Filter by subject text.
        body (str | Unset): Filter by message body text.
        header_name (str | Unset): Header name to match with `header_value`.
        header_value (str | Unset): Header value to match with `header_name`.
        min_size_bytes (int | Unset): Minimum message size in bytes.
        max_size_bytes (int | Unset): Maximum message size in bytes.
        keyword (str | Unset): Require this message keyword, such as `$seen`.
        not_keyword (str | Unset): Exclude messages with this keyword.
        after (str | Unset): Filter to messages after this ISO 8601 timestamp.
        before (str | Unset): Filter to messages before this ISO 8601 timestamp.
        has_attachment (bool | Unset): When true, only return messages with attachments.
        is_unread (bool | Unset): When true, only return unread messages.
        sort_by (MailboxQueryMessageChangesSortBy | Unset):
        sort_direction (MailboxQueryMessageChangesSortDirection | Unset):
        mailbox_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | MailboxMessageQueryChangesResponse]
    """

    kwargs = _get_kwargs(
        since_query_state=since_query_state,
        limit=limit,
        up_to_id=up_to_id,
        calculate_total=calculate_total,
        folder_id=folder_id,
        q=q,
        from_=from_,
        to=to,
        cc=cc,
        bcc=bcc,
        subject=subject,
        body=body,
        header_name=header_name,
        header_value=header_value,
        min_size_bytes=min_size_bytes,
        max_size_bytes=max_size_bytes,
        keyword=keyword,
        not_keyword=not_keyword,
        after=after,
        before=before,
        has_attachment=has_attachment,
        is_unread=is_unread,
        sort_by=sort_by,
        sort_direction=sort_direction,
        mailbox_id=mailbox_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    since_query_state: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    up_to_id: str | Unset = UNSET,
    calculate_total: bool | Unset = UNSET,
    folder_id: str | Unset = UNSET,
    q: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    cc: str | Unset = UNSET,
    bcc: str | Unset = UNSET,
    subject: str | Unset = UNSET,
    body: str | Unset = UNSET,
    header_name: str | Unset = UNSET,
    header_value: str | Unset = UNSET,
    min_size_bytes: int | Unset = UNSET,
    max_size_bytes: int | Unset = UNSET,
    keyword: str | Unset = UNSET,
    not_keyword: str | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    has_attachment: bool | Unset = UNSET,
    is_unread: bool | Unset = UNSET,
    sort_by: MailboxQueryMessageChangesSortBy | Unset = UNSET,
    sort_direction: MailboxQueryMessageChangesSortDirection | Unset = UNSET,
    mailbox_id: str | Unset = UNSET,
) -> ApiError | MailboxMessageQueryChangesResponse | None:
    """Get message query changes

     Returns filtered message-list index changes since a prior message query state, or the current
    message query state when omitted.

    Args:
        since_query_state (str | Unset):
        limit (int | Unset):
        up_to_id (str | Unset):
        calculate_total (bool | Unset):
        folder_id (str | Unset): Filter to messages in this folder ID.
        q (str | Unset): Full-text search query across message fields.
        from_ (str | Unset): Filter by sender email address or display name.
        to (str | Unset): Filter by To recipient email address or display name.
        cc (str | Unset): Filter by CC recipient email address or display name.
        bcc (str | Unset): Filter by BCC recipient email address or display name.
        subject (str | Unset): Filter by subject text.
        body (str | Unset): Filter by message body text.
        header_name (str | Unset): Header name to match with `header_value`.
        header_value (str | Unset): Header value to match with `header_name`.
        min_size_bytes (int | Unset): Minimum message size in bytes.
        max_size_bytes (int | Unset): Maximum message size in bytes.
        keyword (str | Unset): Require this message keyword, such as `$seen`.
        not_keyword (str | Unset): Exclude messages with this keyword.
        after (str | Unset): Filter to messages after this ISO 8601 timestamp.
        before (str | Unset): Filter to messages before this ISO 8601 timestamp.
        has_attachment (bool | Unset): When true, only return messages with attachments.
        is_unread (bool | Unset): When true, only return unread messages.
        sort_by (MailboxQueryMessageChangesSortBy | Unset):
        sort_direction (MailboxQueryMessageChangesSortDirection | Unset):
        mailbox_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | MailboxMessageQueryChangesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            since_query_state=since_query_state,
            limit=limit,
            up_to_id=up_to_id,
            calculate_total=calculate_total,
            folder_id=folder_id,
            q=q,
            from_=from_,
            to=to,
            cc=cc,
            bcc=bcc,
            subject=subject,
            body=body,
            header_name=header_name,
            header_value=header_value,
            min_size_bytes=min_size_bytes,
            max_size_bytes=max_size_bytes,
            keyword=keyword,
            not_keyword=not_keyword,
            after=after,
            before=before,
            has_attachment=has_attachment,
            is_unread=is_unread,
            sort_by=sort_by,
            sort_direction=sort_direction,
            mailbox_id=mailbox_id,
        )
    ).parsed
