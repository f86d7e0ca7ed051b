from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.mailbox_search_snippets_result_response import (
    MailboxSearchSnippetsResultResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    folder_id: str | Unset = UNSET,
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
    q: str,
    message_ids: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    mailbox_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["folder_id"] = folder_id

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

    params["q"] = q

    params["message_ids"] = message_ids

    params["limit"] = limit

    params["mailbox_id"] = mailbox_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/mailbox/messages/search-snippets",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | MailboxSearchSnippetsResultResponse | None:
    if response.status_code == 200:
        response_200 = MailboxSearchSnippetsResultResponse.from_dict(response.json())

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
) -> Response[ApiError | MailboxSearchSnippetsResultResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    folder_id: str | Unset = UNSET,
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
    q: str,
    message_ids: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    mailbox_id: str | Unset = UNSET,
) -> Response[ApiError | MailboxSearchSnippetsResultResponse]:
    """Get message search snippets

     Returns subject and preview snippets for a text search. Provide `message_ids` to snippet exact
    messages, or omit it to snippet the first filtered results.

    Args:
        folder_id (str | Unset): Filter to messages in this folder ID.
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
        q (str): Search text used to generate snippets.
        message_ids (str | Unset): Comma-separated message IDs, maximum 100.
        limit (int | Unset): Maximum results (default 50, max 100).
        mailbox_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | MailboxSearchSnippetsResultResponse]
    """

    kwargs = _get_kwargs(
        folder_id=folder_id,
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
        q=q,
        message_ids=message_ids,
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
    folder_id: str | Unset = UNSET,
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
    q: str,
    message_ids: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    mailbox_id: str | Unset = UNSET,
) -> ApiError | MailboxSearchSnippetsResultResponse | None:
    """Get message search snippets

     Returns subject and preview snippets for a text search. Provide `message_ids` to snippet exact
    messages, or omit it to snippet the first filtered results.

    Args:
        folder_id (str | Unset): Filter to messages in this folder ID.
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
        q (str): Search text used to generate snippets.
        message_ids (str | Unset): Comma-separated message IDs, maximum 100.
        limit (int | Unset): Maximum results (default 50, max 100).
        mailbox_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | MailboxSearchSnippetsResultResponse
    """

    return sync_detailed(
        client=client,
        folder_id=folder_id,
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
        q=q,
        message_ids=message_ids,
        limit=limit,
        mailbox_id=mailbox_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    folder_id: str | Unset = UNSET,
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
    q: str,
    message_ids: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    mailbox_id: str | Unset = UNSET,
) -> Response[ApiError | MailboxSearchSnippetsResultResponse]:
    """Get message search snippets

     Returns subject and preview snippets for a text search. Provide `message_ids` to snippet exact
    messages, or omit it to snippet the first filtered results.

    Args:
        folder_id (str | Unset): Filter to messages in this folder ID.
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
        q (str): Search text used to generate snippets.
        message_ids (str | Unset): Comma-separated message IDs, maximum 100.
        limit (int | Unset): Maximum results (default 50, max 100).
        mailbox_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | MailboxSearchSnippetsResultResponse]
    """

    kwargs = _get_kwargs(
        folder_id=folder_id,
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
        q=q,
        message_ids=message_ids,
        limit=limit,
        mailbox_id=mailbox_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    folder_id: str | Unset = UNSET,
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
    q: str,
    message_ids: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    mailbox_id: str | Unset = UNSET,
) -> ApiError | MailboxSearchSnippetsResultResponse | None:
    """Get message search snippets

     Returns subject and preview snippets for a text search. Provide `message_ids` to snippet exact
    messages, or omit it to snippet the first filtered results.

    Args:
        folder_id (str | Unset): Filter to messages in this folder ID.
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
        q (str): Search text used to generate snippets.
        message_ids (str | Unset): Comma-separated message IDs, maximum 100.
        limit (int | Unset): Maximum results (default 50, max 100).
        mailbox_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | MailboxSearchSnippetsResultResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            folder_id=folder_id,
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
            q=q,
            message_ids=message_ids,
            limit=limit,
            mailbox_id=mailbox_id,
        )
    ).parsed
