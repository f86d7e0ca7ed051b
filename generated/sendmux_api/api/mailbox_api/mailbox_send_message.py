from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.mailbox_send_result_response import MailboxSendResultResponse
from ...models.send_mailbox_message_body import SendMailboxMessageBody
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: SendMailboxMessageBody,
    mailbox_id: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    params: dict[str, Any] = {}

    params["mailbox_id"] = mailbox_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/mailbox/messages/send",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | MailboxSendResultResponse | None:
    if response.status_code == 200:
        response_200 = MailboxSendResultResponse.from_dict(response.json())

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
) -> Response[ApiError | MailboxSendResultResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SendMailboxMessageBody,
    mailbox_id: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Response[ApiError | MailboxSendResultResponse]:
    """Send a mailbox message

     Creates and queues a message from the authenticated mailbox. Supply an `Idempotency-Key` header to
    safely retry. Attachments may use small inline base64 content or blob IDs returned by `POST
    /mailbox/attachments:upload` or `POST /mailbox/attachment-uploads`.

    Args:
        mailbox_id (str | Unset):
        idempotency_key (str | Unset): Client-chosen unique key to safely retry the request.
            Cached for 24h per (mailbox, endpoint, key). Different body with same key returns 409
            idempotency_conflict.
        body (SendMailboxMessageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | MailboxSendResultResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        mailbox_id=mailbox_id,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: SendMailboxMessageBody,
    mailbox_id: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> ApiError | MailboxSendResultResponse | None:
    """Send a mailbox message

     Creates and queues a message from the authenticated mailbox. Supply an `Idempotency-Key` header to
    safely retry. Attachments may use small inline base64 content or blob IDs returned by `POST
    /mailbox/attachments:upload` or `POST /mailbox/attachment-uploads`.

    Args:
        mailbox_id (str | Unset):
        idempotency_key (str | Unset): Client-chosen unique key to safely retry the request.
            Cached for 24h per (mailbox, endpoint, key). Different body with same key returns 409
            idempotency_conflict.
        body (SendMailboxMessageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | MailboxSendResultResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        mailbox_id=mailbox_id,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SendMailboxMessageBody,
    mailbox_id: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Response[ApiError | MailboxSendResultResponse]:
    """Send a mailbox message

     Creates and queues a message from the authenticated mailbox. Supply an `Idempotency-Key` header to
    safely retry. Attachments may use small inline base64 content or blob IDs returned by `POST
    /mailbox/attachments:upload` or `POST /mailbox/attachment-uploads`.

    Args:
        mailbox_id (str | Unset):
        idempotency_key (str | Unset): Client-chosen unique key to safely retry the request.
            Cached for 24h per (mailbox, endpoint, key). Different body with same key returns 409
            idempotency_conflict.
        body (SendMailboxMessageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | MailboxSendResultResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        mailbox_id=mailbox_id,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SendMailboxMessageBody,
    mailbox_id: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> ApiError | MailboxSendResultResponse | None:
    """Send a mailbox message

     Creates and queues a message from the authenticated mailbox. Supply an `Idempotency-Key` header to
    safely retry. Attachments may use small inline base64 content or blob IDs returned by `POST
    /mailbox/attachments:upload` or `POST /mailbox/attachment-uploads`.

    Args:
        mailbox_id (str | Unset):
        idempotency_key (str | Unset): Client-chosen unique key to safely retry the request.
            Cached for 24h per (mailbox, endpoint, key). Different body with same key returns 409
            idempotency_conflict.
        body (SendMailboxMessageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | MailboxSendResultResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            mailbox_id=mailbox_id,
            idempotency_key=idempotency_key,
        )
    ).parsed
