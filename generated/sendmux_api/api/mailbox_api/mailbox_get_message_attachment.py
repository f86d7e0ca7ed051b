from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    message_id: str,
    attachment_id: str,
    *,
    mailbox_id: str | Unset = UNSET,
    download_token: str | Unset = UNSET,
    range_: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(range_, Unset):
        headers["Range"] = range_

    params: dict[str, Any] = {}

    params["mailbox_id"] = mailbox_id

    params["download_token"] = download_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/mailbox/messages/{message_id}/attachments/{attachment_id}".format(
            message_id=quote(str(message_id), safe=""),
            attachment_id=quote(str(attachment_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ApiError | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 206:
        response_206 = cast(Any, None)
        return response_206

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
) -> Response[Any | ApiError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    message_id: str,
    attachment_id: str,
    *,
    client: AuthenticatedClient,
    mailbox_id: str | Unset = UNSET,
    download_token: str | Unset = UNSET,
    range_: str | Unset = UNSET,
) -> Response[Any | ApiError]:
    """Download a message attachment

     Streams one attachment from a message through the authenticated endpoint. Attachment metadata also
    provides short-lived download URLs for clients that cannot set request headers. Supports standard
    byte ranges.

    Args:
        message_id (str):
        attachment_id (str):
        mailbox_id (str | Unset):
        download_token (str | Unset): Short-lived token embedded in attachment metadata
            `download_url` values. Clients normally fetch the full URL rather than constructing this
            parameter manually.
        range_ (str | Unset): Optional byte range, for example `bytes=0-1048575`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiError]
    """

    kwargs = _get_kwargs(
        message_id=message_id,
        attachment_id=attachment_id,
        mailbox_id=mailbox_id,
        download_token=download_token,
        range_=range_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    message_id: str,
    attachment_id: str,
    *,
    client: AuthenticatedClient,
    mailbox_id: str | Unset = UNSET,
    download_token: str | Unset = UNSET,
    range_: str | Unset = UNSET,
) -> Any | ApiError | None:
    """Download a message attachment

     Streams one attachment from a message through the authenticated endpoint. Attachment metadata also
    provides short-lived download URLs for clients that cannot set request headers. Supports standard
    byte ranges.

    Args:
        message_id (str):
        attachment_id (str):
        mailbox_id (str | Unset):
        download_token (str | Unset): Short-lived token embedded in attachment metadata
            `download_url` values. Clients normally fetch the full URL rather than constructing this
            parameter manually.
        range_ (str | Unset): Optional byte range, for example `bytes=0-1048575`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiError
    """

    return sync_detailed(
        message_id=message_id,
        attachment_id=attachment_id,
        client=client,
        mailbox_id=mailbox_id,
        download_token=download_token,
        range_=range_,
    ).parsed


async def asyncio_detailed(
    message_id: str,
    attachment_id: str,
    *,
    client: AuthenticatedClient,
    mailbox_id: str | Unset = UNSET,
    download_token: str | Unset = UNSET,
    range_: str | Unset = UNSET,
) -> Response[Any | ApiError]:
    """Download a message attachment

     Streams one attachment from a message through the authenticated endpoint. Attachment metadata also
    provides short-lived download URLs for clients that cannot set request headers. Supports standard
    byte ranges.

    Args:
        message_id (str):
        attachment_id (str):
        mailbox_id (str | Unset):
        download_token (str | Unset): Short-lived token embedded in attachment metadata
            `download_url` values. Clients normally fetch the full URL rather than constructing this
            parameter manually.
        range_ (str | Unset): Optional byte range, for example `bytes=0-1048575`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiError]
    """

    kwargs = _get_kwargs(
        message_id=message_id,
        attachment_id=attachment_id,
        mailbox_id=mailbox_id,
        download_token=download_token,
        range_=range_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    message_id: str,
    attachment_id: str,
    *,
    client: AuthenticatedClient,
    mailbox_id: str | Unset = UNSET,
    download_token: str | Unset = UNSET,
    range_: str | Unset = UNSET,
) -> Any | ApiError | None:
    """Download a message attachment

     Streams one attachment from a message through the authenticated endpoint. Attachment metadata also
    provides short-lived download URLs for clients that cannot set request headers. Supports standard
    byte ranges.

    Args:
        message_id (str):
        attachment_id (str):
        mailbox_id (str | Unset):
        download_token (str | Unset): Short-lived token embedded in attachment metadata
            `download_url` values. Clients normally fetch the full URL rather than constructing this
            parameter manually.
        range_ (str | Unset): Optional byte range, for example `bytes=0-1048575`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiError
    """

    return (
        await asyncio_detailed(
            message_id=message_id,
            attachment_id=attachment_id,
            client=client,
            mailbox_id=mailbox_id,
            download_token=download_token,
            range_=range_,
        )
    ).parsed
