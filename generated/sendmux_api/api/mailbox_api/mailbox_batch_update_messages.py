from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.batch_update_mailbox_messages_body import BatchUpdateMailboxMessagesBody
from ...models.mailbox_batch_update_messages_result_response import (
    MailboxBatchUpdateMessagesResultResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: BatchUpdateMailboxMessagesBody,
    mailbox_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["mailbox_id"] = mailbox_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/mailbox/messages:batch-update",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | MailboxBatchUpdateMessagesResultResponse | None:
    if response.status_code == 200:
        response_200 = MailboxBatchUpdateMessagesResultResponse.from_dict(
            response.json()
        )

        return response_200

    if response.status_code == 400:
        response_400 = ApiError.from_dict(response.json())

        return response_400

    if response.status_code == 409:
        response_409 = ApiError.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = ApiError.from_dict(response.json())

        return response_413

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | MailboxBatchUpdateMessagesResultResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: BatchUpdateMailboxMessagesBody,
    mailbox_id: str | Unset = UNSET,
) -> Response[ApiError | MailboxBatchUpdateMessagesResultResponse]:
    """Batch update mailbox messages

     Updates allowed message flags and keywords for up to 100 messages with state-safe conflict handling.

    Args:
        mailbox_id (str | Unset):
        body (BatchUpdateMailboxMessagesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | MailboxBatchUpdateMessagesResultResponse]
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
    body: BatchUpdateMailboxMessagesBody,
    mailbox_id: str | Unset = UNSET,
) -> ApiError | MailboxBatchUpdateMessagesResultResponse | None:
    """Batch update mailbox messages

     Updates allowed message flags and keywords for up to 100 messages with state-safe conflict handling.

    Args:
        mailbox_id (str | Unset):
        body (BatchUpdateMailboxMessagesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | MailboxBatchUpdateMessagesResultResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        mailbox_id=mailbox_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: BatchUpdateMailboxMessagesBody,
    mailbox_id: str | Unset = UNSET,
) -> Response[ApiError | MailboxBatchUpdateMessagesResultResponse]:
    """Batch update mailbox messages

     Updates allowed message flags and keywords for up to 100 messages with state-safe conflict handling.

    Args:
        mailbox_id (str | Unset):
        body (BatchUpdateMailboxMessagesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | MailboxBatchUpdateMessagesResultResponse]
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
    body: BatchUpdateMailboxMessagesBody,
    mailbox_id: str | Unset = UNSET,
) -> ApiError | MailboxBatchUpdateMessagesResultResponse | None:
    """Batch update mailbox messages

     Updates allowed message flags and keywords for up to 100 messages with state-safe conflict handling.

    Args:
        mailbox_id (str | Unset):
        body (BatchUpdateMailboxMessagesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | MailboxBatchUpdateMessagesResultResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            mailbox_id=mailbox_id,
        )
    ).parsed
