from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.mailbox_list_content_include_attachments import (
    MailboxListContentIncludeAttachments,
)
from ...models.mailbox_list_content_include_headers import (
    MailboxListContentIncludeHeaders,
)
from ...models.mailbox_list_content_part import MailboxListContentPart
from ...models.mailbox_message_content_response import MailboxMessageContentResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    message_id: str,
    *,
    part: MailboxListContentPart | Unset = UNSET,
    max_body_chars: int | Unset = UNSET,
    strip_signature: bool | Unset = UNSET,
    strip_quotes: bool | Unset = UNSET,
    include_links: bool | Unset = UNSET,
    include_html: bool | Unset = UNSET,
    include_headers: MailboxListContentIncludeHeaders | Unset = UNSET,
    include_attachments: MailboxListContentIncludeAttachments | Unset = UNSET,
    mailbox_id: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    params: dict[str, Any] = {}

    json_part: str | Unset = UNSET
    if not isinstance(part, Unset):
        json_part = part.value

    params["part"] = json_part

    params["max_body_chars"] = max_body_chars

    params["strip_signature"] = strip_signature

    params["strip_quotes"] = strip_quotes

    params["include_links"] = include_links

    params["include_html"] = include_html

    json_include_headers: str | Unset = UNSET
    if not isinstance(include_headers, Unset):
        json_include_headers = include_headers.value

    params["include_headers"] = json_include_headers

    json_include_attachments: str | Unset = UNSET
    if not isinstance(include_attachments, Unset):
        json_include_attachments = include_attachments.value

    params["include_attachments"] = json_include_attachments

    params["mailbox_id"] = mailbox_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/mailbox/messages/{message_id}/content".format(
            message_id=quote(str(message_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ApiError | MailboxMessageContentResponse | None:
    if response.status_code == 200:
        response_200 = MailboxMessageContentResponse.from_dict(response.json())

        return response_200

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

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
) -> Response[Any | ApiError | MailboxMessageContentResponse]:
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
    part: MailboxListContentPart | Unset = UNSET,
    max_body_chars: int | Unset = UNSET,
    strip_signature: bool | Unset = UNSET,
    strip_quotes: bool | Unset = UNSET,
    include_links: bool | Unset = UNSET,
    include_html: bool | Unset = UNSET,
    include_headers: MailboxListContentIncludeHeaders | Unset = UNSET,
    include_attachments: MailboxListContentIncludeAttachments | Unset = UNSET,
    mailbox_id: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | ApiError | MailboxMessageContentResponse]:
    """Get clean message content

     Returns deterministic clean JSON content for one message. Attachment output is metadata only;
    attachment contents are not parsed by this endpoint.

    Args:
        message_id (str): Message ID.
        part (MailboxListContentPart | Unset): Body part to return. `auto` prefers text when
            available.
        max_body_chars (int | Unset): Maximum body characters to return before truncation.
        strip_signature (bool | Unset): When true, remove detected email signatures.
        strip_quotes (bool | Unset): When true, remove quoted reply text.
        include_links (bool | Unset): When true, include links extracted from the body.
        include_html (bool | Unset): When true, include HTML content when available.
        include_headers (MailboxListContentIncludeHeaders | Unset): Header detail to include in
            the response.
        include_attachments (MailboxListContentIncludeAttachments | Unset): Attachment detail to
            include. Contents are not returned.
        mailbox_id (str | Unset):
        if_none_match (str | Unset): Weak ETag from a previous response. Returns 304 when
            unchanged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiError | MailboxMessageContentResponse]
    """

    kwargs = _get_kwargs(
        message_id=message_id,
        part=part,
        max_body_chars=max_body_chars,
        strip_signature=strip_signature,
        strip_quotes=strip_quotes,
        include_links=include_links,
        include_html=include_html,
        include_headers=include_headers,
        include_attachments=include_attachments,
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
    part: MailboxListContentPart | Unset = UNSET,
    max_body_chars: int | Unset = UNSET,
    strip_signature: bool | Unset = UNSET,
    strip_quotes: bool | Unset = UNSET,
    include_links: bool | Unset = UNSET,
    include_html: bool | Unset = UNSET,
    include_headers: MailboxListContentIncludeHeaders | Unset = UNSET,
    include_attachments: MailboxListContentIncludeAttachments | Unset = UNSET,
    mailbox_id: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | ApiError | MailboxMessageContentResponse | None:
    """Get clean message content

     Returns deterministic clean JSON content for one message. Attachment output is metadata only;
    attachment contents are not parsed by this endpoint.

    Args:
        message_id (str): Message ID.
        part (MailboxListContentPart | Unset): Body part to return. `auto` prefers text when
            available.
        max_body_chars (int | Unset): Maximum body characters to return before truncation.
        strip_signature (bool | Unset): When true, remove detected email signatures.
        strip_quotes (bool | Unset): When true, remove quoted reply text.
        include_links (bool | Unset): When true, include links extracted from the body.
        include_html (bool | Unset): When true, include HTML content when available.
        include_headers (MailboxListContentIncludeHeaders | Unset): Header detail to include in
            the response.
        include_attachments (MailboxListContentIncludeAttachments | Unset): Attachment detail to
            include. Contents are not returned.
        mailbox_id (str | Unset):
        if_none_match (str | Unset): Weak ETag from a previous response. Returns 304 when
            unchanged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiError | MailboxMessageContentResponse
    """

    return sync_detailed(
        message_id=message_id,
        client=client,
        part=part,
        max_body_chars=max_body_chars,
        strip_signature=strip_signature,
        strip_quotes=strip_quotes,
        include_links=include_links,
        include_html=include_html,
        include_headers=include_headers,
        include_attachments=include_attachments,
        mailbox_id=mailbox_id,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    message_id: str,
    *,
    client: AuthenticatedClient,
    part: MailboxListContentPart | Unset = UNSET,
    max_body_chars: int | Unset = UNSET,
    strip_signature: bool | Unset = UNSET,
    strip_quotes: bool | Unset = UNSET,
    include_links: bool | Unset = UNSET,
    include_html: bool | Unset = UNSET,
    include_headers: MailboxListContentIncludeHeaders | Unset = UNSET,
    include_attachments: MailboxListContentIncludeAttachments | Unset = UNSET,
    mailbox_id: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | ApiError | MailboxMessageContentResponse]:
    """Get clean message content

     Returns deterministic clean JSON content for one message. Attachment output is metadata only;
    attachment contents are not parsed by this endpoint.

    Args:
        message_id (str): Message ID.
        part (MailboxListContentPart | Unset): Body part to return. `auto` prefers text when
            available.
        max_body_chars (int | Unset): Maximum body characters to return before truncation.
        strip_signature (bool | Unset): When true, remove detected email signatures.
        strip_quotes (bool | Unset): When true, remove quoted reply text.
        include_links (bool | Unset): When true, include links extracted from the body.
        include_html (bool | Unset): When true, include HTML content when available.
        include_headers (MailboxListContentIncludeHeaders | Unset): Header detail to include in
            the response.
        include_attachments (MailboxListContentIncludeAttachments | Unset): Attachment detail to
            include. Contents are not returned.
        mailbox_id (str | Unset):
        if_none_match (str | Unset): Weak ETag from a previous response. Returns 304 when
            unchanged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiError | MailboxMessageContentResponse]
    """

    kwargs = _get_kwargs(
        message_id=message_id,
        part=part,
        max_body_chars=max_body_chars,
        strip_signature=strip_signature,
        strip_quotes=strip_quotes,
        include_links=include_links,
        include_html=include_html,
        include_headers=include_headers,
        include_attachments=include_attachments,
        mailbox_id=mailbox_id,
        if_none_match=if_none_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    message_id: str,
    *,
    client: AuthenticatedClient,
    part: MailboxListContentPart | Unset = UNSET,
    max_body_chars: int | Unset = UNSET,
    strip_signature: bool | Unset = UNSET,
    strip_quotes: bool | Unset = UNSET,
    include_links: bool | Unset = UNSET,
    include_html: bool | Unset = UNSET,
    include_headers: MailboxListContentIncludeHeaders | Unset = UNSET,
    include_attachments: MailboxListContentIncludeAttachments | Unset = UNSET,
    mailbox_id: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | ApiError | MailboxMessageContentResponse | None:
    """Get clean message content

     Returns deterministic clean JSON content for one message. Attachment output is metadata only;
    attachment contents are not parsed by this endpoint.

    Args:
        message_id (str): Message ID.
        part (MailboxListContentPart | Unset): Body part to return. `auto` prefers text when
            available.
        max_body_chars (int | Unset): Maximum body characters to return before truncation.
        strip_signature (bool | Unset): When true, remove detected email signatures.
        strip_quotes (bool | Unset): When true, remove quoted reply text.
        include_links (bool | Unset): When true, include links extracted from the body.
        include_html (bool | Unset): When true, include HTML content when available.
        include_headers (MailboxListContentIncludeHeaders | Unset): Header detail to include in
            the response.
        include_attachments (MailboxListContentIncludeAttachments | Unset): Attachment detail to
            include. Contents are not returned.
        mailbox_id (str | Unset):
        if_none_match (str | Unset): Weak ETag from a previous response. Returns 304 when
            unchanged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiError | MailboxMessageContentResponse
    """

    return (
        await asyncio_detailed(
            message_id=message_id,
            client=client,
            part=part,
            max_body_chars=max_body_chars,
            strip_signature=strip_signature,
            strip_quotes=strip_quotes,
            include_links=include_links,
            include_html=include_html,
            include_headers=include_headers,
            include_attachments=include_attachments,
            mailbox_id=mailbox_id,
            if_none_match=if_none_match,
        )
    ).parsed
