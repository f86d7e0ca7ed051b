from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.mailbox_create_result_response import MailboxCreateResultResponse
from ...models.management_create_mailbox_body import ManagementCreateMailboxBody
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ManagementCreateMailboxBody,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/mailboxes",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | MailboxCreateResultResponse | None:
    if response.status_code == 201:
        response_201 = MailboxCreateResultResponse.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ApiError.from_dict(response.json())

        return response_400

    if response.status_code == 409:
        response_409 = ApiError.from_dict(response.json())

        return response_409

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
) -> Response[ApiError | MailboxCreateResultResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ManagementCreateMailboxBody,
    idempotency_key: str | Unset = UNSET,
) -> Response[ApiError | MailboxCreateResultResponse]:
    """Create a mailbox

     Provisions a new mailbox plus an initial bearer token and matching IMAP/SMTP mailbox password. The
    domain portion of the email must already be verified via POST /domains. If supplied, `quota_bytes`
    must be one of the current storage tiers: 1073741824 (1 GB), 5368709120 (5 GB), or 53687091200 (50
    GB). Creation provisions resources on our mail platform and, for `@myagent.mx` addresses, on Amazon
    SES — any failure rolls the partial state back automatically.

    Supply an `Idempotency-Key` header (any unique string, max 255 chars) to safely retry on network
    errors. Replays with the same key return the original response; replays with a different body return
    `409 idempotency_conflict`.

    Args:
        idempotency_key (str | Unset): Client-chosen unique key to safely retry the request.
            Cached for 24h per (team, endpoint, key). Different body with same key returns 409
            idempotency_conflict. Example: mailboxes-create-20260424-001.
        body (ManagementCreateMailboxBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | MailboxCreateResultResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: ManagementCreateMailboxBody,
    idempotency_key: str | Unset = UNSET,
) -> ApiError | MailboxCreateResultResponse | None:
    """Create a mailbox

     Provisions a new mailbox plus an initial bearer token and matching IMAP/SMTP mailbox password. The
    domain portion of the email must already be verified via POST /domains. If supplied, `quota_bytes`
    must be one of the current storage tiers: 1073741824 (1 GB), 5368709120 (5 GB), or 53687091200 (50
    GB). Creation provisions resources on our mail platform and, for `@myagent.mx` addresses, on Amazon
    SES — any failure rolls the partial state back automatically.

    Supply an `Idempotency-Key` header (any unique string, max 255 chars) to safely retry on network
    errors. Replays with the same key return the original response; replays with a different body return
    `409 idempotency_conflict`.

    Args:
        idempotency_key (str | Unset): Client-chosen unique key to safely retry the request.
            Cached for 24h per (team, endpoint, key). Different body with same key returns 409
            idempotency_conflict. Example: mailboxes-create-20260424-001.
        body (ManagementCreateMailboxBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | MailboxCreateResultResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ManagementCreateMailboxBody,
    idempotency_key: str | Unset = UNSET,
) -> Response[ApiError | MailboxCreateResultResponse]:
    """Create a mailbox

     Provisions a new mailbox plus an initial bearer token and matching IMAP/SMTP mailbox password. The
    domain portion of the email must already be verified via POST /domains. If supplied, `quota_bytes`
    must be one of the current storage tiers: 1073741824 (1 GB), 5368709120 (5 GB), or 53687091200 (50
    GB). Creation provisions resources on our mail platform and, for `@myagent.mx` addresses, on Amazon
    SES — any failure rolls the partial state back automatically.

    Supply an `Idempotency-Key` header (any unique string, max 255 chars) to safely retry on network
    errors. Replays with the same key return the original response; replays with a different body return
    `409 idempotency_conflict`.

    Args:
        idempotency_key (str | Unset): Client-chosen unique key to safely retry the request.
            Cached for 24h per (team, endpoint, key). Different body with same key returns 409
            idempotency_conflict. Example: mailboxes-create-20260424-001.
        body (ManagementCreateMailboxBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | MailboxCreateResultResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ManagementCreateMailboxBody,
    idempotency_key: str | Unset = UNSET,
) -> ApiError | MailboxCreateResultResponse | None:
    """Create a mailbox

     Provisions a new mailbox plus an initial bearer token and matching IMAP/SMTP mailbox password. The
    domain portion of the email must already be verified via POST /domains. If supplied, `quota_bytes`
    must be one of the current storage tiers: 1073741824 (1 GB), 5368709120 (5 GB), or 53687091200 (50
    GB). Creation provisions resources on our mail platform and, for `@myagent.mx` addresses, on Amazon
    SES — any failure rolls the partial state back automatically.

    Supply an `Idempotency-Key` header (any unique string, max 255 chars) to safely retry on network
    errors. Replays with the same key return the original response; replays with a different body return
    `409 idempotency_conflict`.

    Args:
        idempotency_key (str | Unset): Client-chosen unique key to safely retry the request.
            Cached for 24h per (team, endpoint, key). Different body with same key returns 409
            idempotency_conflict. Example: mailboxes-create-20260424-001.
        body (ManagementCreateMailboxBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | MailboxCreateResultResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
