from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.mailbox_deleted_response import MailboxDeletedResponse
from ...types import Response


def _get_kwargs(
    public_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/mailboxes/{public_id}".format(
            public_id=quote(str(public_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | MailboxDeletedResponse | None:
    if response.status_code == 200:
        response_200 = MailboxDeletedResponse.from_dict(response.json())

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
) -> Response[ApiError | MailboxDeletedResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    public_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ApiError | MailboxDeletedResponse]:
    """Delete a mailbox

     Removes a mailbox from our mail platform, Amazon SES (for `@myagent.mx` addresses), and Sendmux. All
    associated API keys are revoked.

    Args:
        public_id (str): Mailbox public ID

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | MailboxDeletedResponse]
    """

    kwargs = _get_kwargs(
        public_id=public_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    public_id: str,
    *,
    client: AuthenticatedClient,
) -> ApiError | MailboxDeletedResponse | None:
    """Delete a mailbox

     Removes a mailbox from our mail platform, Amazon SES (for `@myagent.mx` addresses), and Sendmux. All
    associated API keys are revoked.

    Args:
        public_id (str): Mailbox public ID

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | MailboxDeletedResponse
    """

    return sync_detailed(
        public_id=public_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    public_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ApiError | MailboxDeletedResponse]:
    """Delete a mailbox

     Removes a mailbox from our mail platform, Amazon SES (for `@myagent.mx` addresses), and Sendmux. All
    associated API keys are revoked.

    Args:
        public_id (str): Mailbox public ID

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | MailboxDeletedResponse]
    """

    kwargs = _get_kwargs(
        public_id=public_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    public_id: str,
    *,
    client: AuthenticatedClient,
) -> ApiError | MailboxDeletedResponse | None:
    """Delete a mailbox

     Removes a mailbox from our mail platform, Amazon SES (for `@myagent.mx` addresses), and Sendmux. All
    associated API keys are revoked.

    Args:
        public_id (str): Mailbox public ID

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | MailboxDeletedResponse
    """

    return (
        await asyncio_detailed(
            public_id=public_id,
            client=client,
        )
    ).parsed
