from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.mailbox_identity_response import MailboxIdentityResponse
from ...models.update_mailbox_identity_body import UpdateMailboxIdentityBody
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: UpdateMailboxIdentityBody,
    mailbox_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["mailbox_id"] = mailbox_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/mailbox/identity",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | MailboxIdentityResponse | None:
    if response.status_code == 200:
        response_200 = MailboxIdentityResponse.from_dict(response.json())

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

    if response.status_code == 413:
        response_413 = ApiError.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = ApiError.from_dict(response.json())

        return response_422

    if response.status_code == 503:
        response_503 = ApiError.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | MailboxIdentityResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: UpdateMailboxIdentityBody,
    mailbox_id: str | Unset = UNSET,
) -> Response[ApiError | MailboxIdentityResponse]:
    """Update mailbox sender identity

     Updates the default sender name, plain text signature, and HTML signature for the authenticated
    mailbox.

    Args:
        mailbox_id (str | Unset):
        body (UpdateMailboxIdentityBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | MailboxIdentityResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        mailbox_id=mailbox_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: UpdateMailboxIdentityBody,
    mailbox_id: str | Unset = UNSET,
) -> ApiError | MailboxIdentityResponse | None:
    """Update mailbox sender identity

     Updates the default sender name, plain text signature, and HTML signature for the authenticated
    mailbox.

    Args:
        mailbox_id (str | Unset):
        body (UpdateMailboxIdentityBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | MailboxIdentityResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        mailbox_id=mailbox_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: UpdateMailboxIdentityBody,
    mailbox_id: str | Unset = UNSET,
) -> Response[ApiError | MailboxIdentityResponse]:
    """Update mailbox sender identity

     Updates the default sender name, plain text signature, and HTML signature for the authenticated
    mailbox.

    Args:
        mailbox_id (str | Unset):
        body (UpdateMailboxIdentityBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | MailboxIdentityResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        mailbox_id=mailbox_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: UpdateMailboxIdentityBody,
    mailbox_id: str | Unset = UNSET,
) -> ApiError | MailboxIdentityResponse | None:
    """Update mailbox sender identity

     Updates the default sender name, plain text signature, and HTML signature for the authenticated
    mailbox.

    Args:
        mailbox_id (str | Unset):
        body (UpdateMailboxIdentityBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | MailboxIdentityResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            mailbox_id=mailbox_id,
        )
    ).parsed
