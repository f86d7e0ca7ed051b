from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.mailbox_list_body_part import MailboxListBodyPart
from ...models.mailbox_raw_body_response import MailboxRawBodyResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    message_id: str,
    *,
    part: MailboxListBodyPart | Unset = UNSET,
    max_body_chars: int | Unset = UNSET,
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

    params["mailbox_id"] = mailbox_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/mailbox/messages/{message_id}/body".format(
            message_id=quote(str(message_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ApiError | MailboxRawBodyResponse | None:
    if response.status_code == 200:
        response_200 = MailboxRawBodyResponse.from_dict(response.json())

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
) -> Response[Any | ApiError | MailboxRawBodyResponse]:
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
    part: MailboxListBodyPart | Unset = UNSET,
    max_body_chars: int | Unset = UNSET,
    mailbox_id: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | ApiError | MailboxRawBodyResponse]:
    """Get raw message body

     Returns raw message body content for the authenticated mailbox. This endpoint does not strip
    signatures, strip quoted replies, extract links, or clean the body into a structured content shape.

    Args:
        message_id (str): Message ID.
        part (MailboxListBodyPart | Unset): Body part to return.
        max_body_chars (int | Unset): Maximum body characters to return before truncation.
        mailbox_id (str | Unset):
        if_none_match (str | Unset): Weak ETag from a previous response. Returns 304 when
            unchanged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiError | MailboxRawBodyResponse]
    """

    kwargs = _get_kwargs(
        message_id=message_id,
        part=part,
        max_body_chars=max_body_chars,
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
    part: MailboxListBodyPart | Unset = UNSET,
    max_body_chars: int | Unset = UNSET,
    mailbox_id: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | ApiError | MailboxRawBodyResponse | None:
    """Get raw message body

     Returns raw message body content for the authenticated mailbox. This endpoint does not strip
    signatures, strip quoted replies, extract links, or clean the body into a structured content shape.

    Args:
        message_id (str): Message ID.
        part (MailboxListBodyPart | Unset): Body part to return.
        max_body_chars (int | Unset): Maximum body characters to return before truncation.
        mailbox_id (str | Unset):
        if_none_match (str | Unset): Weak ETag from a previous response. Returns 304 when
            unchanged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiError | MailboxRawBodyResponse
    """

    return sync_detailed(
        message_id=message_id,
        client=client,
        part=part,
        max_body_chars=max_body_chars,
        mailbox_id=mailbox_id,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    message_id: str,
    *,
    client: AuthenticatedClient,
    part: MailboxListBodyPart | Unset = UNSET,
    max_body_chars: int | Unset = UNSET,
    mailbox_id: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | ApiError | MailboxRawBodyResponse]:
    """Get raw message body

     Returns raw message body content for the authenticated mailbox. This endpoint does not strip
    signatures, strip quoted replies, extract links, or clean the body into a structured content shape.

    Args:
        message_id (str): Message ID.
        part (MailboxListBodyPart | Unset): Body part to return.
        max_body_chars (int | Unset): Maximum body characters to return before truncation.
        mailbox_id (str | Unset):
        if_none_match (str | Unset): Weak ETag from a previous response. Returns 304 when
            unchanged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiError | MailboxRawBodyResponse]
    """

    kwargs = _get_kwargs(
        message_id=message_id,
        part=part,
        max_body_chars=max_body_chars,
        mailbox_id=mailbox_id,
        if_none_match=if_none_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    message_id: str,
    *,
    client: AuthenticatedClient,
    part: MailboxListBodyPart | Unset = UNSET,
    max_body_chars: int | Unset = UNSET,
    mailbox_id: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | ApiError | MailboxRawBodyResponse | None:
    """Get raw message body

     Returns raw message body content for the authenticated mailbox. This endpoint does not strip
    signatures, strip quoted replies, extract links, or clean the body into a structured content shape.

    Args:
        message_id (str): Message ID.
        part (MailboxListBodyPart | Unset): Body part to return.
        max_body_chars (int | Unset): Maximum body characters to return before truncation.
        mailbox_id (str | Unset):
        if_none_match (str | Unset): Weak ETag from a previous response. Returns 304 when
            unchanged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiError | MailboxRawBodyResponse
    """

    return (
        await asyncio_detailed(
            message_id=message_id,
            client=client,
            part=part,
            max_body_chars=max_body_chars,
            mailbox_id=mailbox_id,
            if_none_match=if_none_match,
        )
    ).parsed
