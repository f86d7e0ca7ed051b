from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.mailbox_key_deleted_response import MailboxKeyDeletedResponse
from ...types import Response


def _get_kwargs(
    public_id: str,
    key_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/mailboxes/{public_id}/keys/{key_id}".format(
            public_id=quote(str(public_id), safe=""),
            key_id=quote(str(key_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | MailboxKeyDeletedResponse | None:
    if response.status_code == 200:
        response_200 = MailboxKeyDeletedResponse.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = ApiError.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | MailboxKeyDeletedResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    public_id: str,
    key_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ApiError | MailboxKeyDeletedResponse]:
    """Revoke a mailbox API key

     Revokes a specific bearer token + matching mailbox password. Idempotent on already-revoked keys.

    Args:
        public_id (str): Mailbox public ID
        key_id (str): API key public ID Example: smx_clxxxxxxxxxxxxxxxxxxxxxxxxx.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | MailboxKeyDeletedResponse]
    """

    kwargs = _get_kwargs(
        public_id=public_id,
        key_id=key_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    public_id: str,
    key_id: str,
    *,
    client: AuthenticatedClient,
) -> ApiError | MailboxKeyDeletedResponse | None:
    """Revoke a mailbox API key

     Revokes a specific bearer token + matching mailbox password. Idempotent on already-revoked keys.

    Args:
        public_id (str): Mailbox public ID
        key_id (str): API key public ID Example: smx_clxxxxxxxxxxxxxxxxxxxxxxxxx.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | MailboxKeyDeletedResponse
    """

    return sync_detailed(
        public_id=public_id,
        key_id=key_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    public_id: str,
    key_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ApiError | MailboxKeyDeletedResponse]:
    """Revoke a mailbox API key

     Revokes a specific bearer token + matching mailbox password. Idempotent on already-revoked keys.

    Args:
        public_id (str): Mailbox public ID
        key_id (str): API key public ID Example: smx_clxxxxxxxxxxxxxxxxxxxxxxxxx.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | MailboxKeyDeletedResponse]
    """

    kwargs = _get_kwargs(
        public_id=public_id,
        key_id=key_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    public_id: str,
    key_id: str,
    *,
    client: AuthenticatedClient,
) -> ApiError | MailboxKeyDeletedResponse | None:
    """Revoke a mailbox API key

     Revokes a specific bearer token + matching mailbox password. Idempotent on already-revoked keys.

    Args:
        public_id (str): Mailbox public ID
        key_id (str): API key public ID Example: smx_clxxxxxxxxxxxxxxxxxxxxxxxxx.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | MailboxKeyDeletedResponse
    """

    return (
        await asyncio_detailed(
            public_id=public_id,
            key_id=key_id,
            client=client,
        )
    ).parsed
