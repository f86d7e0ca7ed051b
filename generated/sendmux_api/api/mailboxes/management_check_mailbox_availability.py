from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.mailbox_availability_response import MailboxAvailabilityResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    email: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["email"] = email

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/mailboxes/availability",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | MailboxAvailabilityResponse | None:
    if response.status_code == 200:
        response_200 = MailboxAvailabilityResponse.from_dict(response.json())

        return response_200

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
) -> Response[ApiError | MailboxAvailabilityResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    email: str,
) -> Response[ApiError | MailboxAvailabilityResponse]:
    """Check mailbox address availability

     Checks whether an email address can be reserved for mailbox creation. `@myagent.mx` availability is
    global across all teams; custom-domain availability is scoped to the caller's team and requires a
    verified send/receive mailbox domain.

    Args:
        email (str): Email address to check. Example: agent@myagent.mx.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | MailboxAvailabilityResponse]
    """

    kwargs = _get_kwargs(
        email=email,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    email: str,
) -> ApiError | MailboxAvailabilityResponse | None:
    """Check mailbox address availability

     Checks whether an email address can be reserved for mailbox creation. `@myagent.mx` availability is
    global across all teams; custom-domain availability is scoped to the caller's team and requires a
    verified send/receive mailbox domain.

    Args:
        email (str): Email address to check. Example: agent@myagent.mx.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | MailboxAvailabilityResponse
    """

    return sync_detailed(
        client=client,
        email=email,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    email: str,
) -> Response[ApiError | MailboxAvailabilityResponse]:
    """Check mailbox address availability

     Checks whether an email address can be reserved for mailbox creation. `@myagent.mx` availability is
    global across all teams; custom-domain availability is scoped to the caller's team and requires a
    verified send/receive mailbox domain.

    Args:
        email (str): Email address to check. Example: agent@myagent.mx.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | MailboxAvailabilityResponse]
    """

    kwargs = _get_kwargs(
        email=email,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    email: str,
) -> ApiError | MailboxAvailabilityResponse | None:
    """Check mailbox address availability

     Checks whether an email address can be reserved for mailbox creation. `@myagent.mx` availability is
    global across all teams; custom-domain availability is scoped to the caller's team and requires a
    verified send/receive mailbox domain.

    Args:
        email (str): Email address to check. Example: agent@myagent.mx.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | MailboxAvailabilityResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            email=email,
        )
    ).parsed
