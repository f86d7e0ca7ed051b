from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.mailbox_app_password_result_response import (
    MailboxAppPasswordResultResponse,
)
from ...models.management_create_mailbox_key_body import ManagementCreateMailboxKeyBody
from ...types import UNSET, Response, Unset


def _get_kwargs(
    public_id: str,
    *,
    body: ManagementCreateMailboxKeyBody,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/mailboxes/{public_id}/keys".format(
            public_id=quote(str(public_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | MailboxAppPasswordResultResponse | None:
    if response.status_code == 201:
        response_201 = MailboxAppPasswordResultResponse.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ApiError.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = ApiError.from_dict(response.json())

        return response_404

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
) -> Response[ApiError | MailboxAppPasswordResultResponse]:
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
    body: ManagementCreateMailboxKeyBody,
    idempotency_key: str | Unset = UNSET,
) -> Response[ApiError | MailboxAppPasswordResultResponse]:
    """Create a mailbox API key

     Mints an additional bearer token plus IMAP/SMTP mailbox password for an existing mailbox. The
    plaintext key and password are shown exactly once — store them immediately.

    Supply an `Idempotency-Key` header (any unique string, max 255 chars) to safely retry on network
    errors. Replays with the same key return the original response; replays with a different body return
    `409 idempotency_conflict`.

    Args:
        public_id (str): Mailbox public ID
        idempotency_key (str | Unset): Client-chosen unique key to safely retry the request.
            Cached for 24h per (team, endpoint, key). Different body with same key returns 409
            idempotency_conflict. Example: mailbox-keys-create-20260424-001.
        body (ManagementCreateMailboxKeyBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | MailboxAppPasswordResultResponse]
    """

    kwargs = _get_kwargs(
        public_id=public_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    public_id: str,
    *,
    client: AuthenticatedClient,
    body: ManagementCreateMailboxKeyBody,
    idempotency_key: str | Unset = UNSET,
) -> ApiError | MailboxAppPasswordResultResponse | None:
    """Create a mailbox API key

     Mints an additional bearer token plus IMAP/SMTP mailbox password for an existing mailbox. The
    plaintext key and password are shown exactly once — store them immediately.

    Supply an `Idempotency-Key` header (any unique string, max 255 chars) to safely retry on network
    errors. Replays with the same key return the original response; replays with a different body return
    `409 idempotency_conflict`.

    Args:
        public_id (str): Mailbox public ID
        idempotency_key (str | Unset): Client-chosen unique key to safely retry the request.
            Cached for 24h per (team, endpoint, key). Different body with same key returns 409
            idempotency_conflict. Example: mailbox-keys-create-20260424-001.
        body (ManagementCreateMailboxKeyBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | MailboxAppPasswordResultResponse
    """

    return sync_detailed(
        public_id=public_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    public_id: str,
    *,
    client: AuthenticatedClient,
    body: ManagementCreateMailboxKeyBody,
    idempotency_key: str | Unset = UNSET,
) -> Response[ApiError | MailboxAppPasswordResultResponse]:
    """Create a mailbox API key

     Mints an additional bearer token plus IMAP/SMTP mailbox password for an existing mailbox. The
    plaintext key and password are shown exactly once — store them immediately.

    Supply an `Idempotency-Key` header (any unique string, max 255 chars) to safely retry on network
    errors. Replays with the same key return the original response; replays with a different body return
    `409 idempotency_conflict`.

    Args:
        public_id (str): Mailbox public ID
        idempotency_key (str | Unset): Client-chosen unique key to safely retry the request.
            Cached for 24h per (team, endpoint, key). Different body with same key returns 409
            idempotency_conflict. Example: mailbox-keys-create-20260424-001.
        body (ManagementCreateMailboxKeyBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | MailboxAppPasswordResultResponse]
    """

    kwargs = _get_kwargs(
        public_id=public_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    public_id: str,
    *,
    client: AuthenticatedClient,
    body: ManagementCreateMailboxKeyBody,
    idempotency_key: str | Unset = UNSET,
) -> ApiError | MailboxAppPasswordResultResponse | None:
    """Create a mailbox API key

     Mints an additional bearer token plus IMAP/SMTP mailbox password for an existing mailbox. The
    plaintext key and password are shown exactly once — store them immediately.

    Supply an `Idempotency-Key` header (any unique string, max 255 chars) to safely retry on network
    errors. Replays with the same key return the original response; replays with a different body return
    `409 idempotency_conflict`.

    Args:
        public_id (str): Mailbox public ID
        idempotency_key (str | Unset): Client-chosen unique key to safely retry the request.
            Cached for 24h per (team, endpoint, key). Different body with same key returns 409
            idempotency_conflict. Example: mailbox-keys-create-20260424-001.
        body (ManagementCreateMailboxKeyBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | MailboxAppPasswordResultResponse
    """

    return (
        await asyncio_detailed(
            public_id=public_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
