from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.management_list_delivery_event_type import (
    ManagementListDeliveryEventType,
)
from ...models.management_list_delivery_result import ManagementListDeliveryResult
from ...models.webhook_delivery_attempt_cursor_list_response import (
    WebhookDeliveryAttemptCursorListResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    public_id: str,
    *,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    event_type: ManagementListDeliveryEventType | Unset = UNSET,
    result: ManagementListDeliveryResult | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    params["limit"] = limit

    json_event_type: str | Unset = UNSET
    if not isinstance(event_type, Unset):
        json_event_type = event_type.value

    params["event_type"] = json_event_type

    json_result: str | Unset = UNSET
    if not isinstance(result, Unset):
        json_result = result.value

    params["result"] = json_result

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/webhooks/{public_id}/deliveries".format(
            public_id=quote(str(public_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | WebhookDeliveryAttemptCursorListResponse | None:
    if response.status_code == 200:
        response_200 = WebhookDeliveryAttemptCursorListResponse.from_dict(
            response.json()
        )

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

    if response.status_code == 404:
        response_404 = ApiError.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | WebhookDeliveryAttemptCursorListResponse]:
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
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    event_type: ManagementListDeliveryEventType | Unset = UNSET,
    result: ManagementListDeliveryResult | Unset = UNSET,
) -> Response[ApiError | WebhookDeliveryAttemptCursorListResponse]:
    """List webhook delivery attempts

     Returns recent delivery attempts for one webhook subscription, ordered by `created_at` descending.
    Delivery metadata is retained for 7 days. Use the payload endpoint while `payload_available` is true
    to inspect the exact JSON request body that was delivered.

    Args:
        public_id (str): Webhook public ID
        cursor (str | Unset): Pagination cursor — the `next_cursor` from the previous response.
        limit (int | Unset): Maximum results (default 25, max 100)
        event_type (ManagementListDeliveryEventType | Unset): Filter by event type. Example:
            message.bounced.
        result (ManagementListDeliveryResult | Unset): Filter by delivery result.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | WebhookDeliveryAttemptCursorListResponse]
    """

    kwargs = _get_kwargs(
        public_id=public_id,
        cursor=cursor,
        limit=limit,
        event_type=event_type,
        result=result,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    public_id: str,
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    event_type: ManagementListDeliveryEventType | Unset = UNSET,
    result: ManagementListDeliveryResult | Unset = UNSET,
) -> ApiError | WebhookDeliveryAttemptCursorListResponse | None:
    """List webhook delivery attempts

     Returns recent delivery attempts for one webhook subscription, ordered by `created_at` descending.
    Delivery metadata is retained for 7 days. Use the payload endpoint while `payload_available` is true
    to inspect the exact JSON request body that was delivered.

    Args:
        public_id (str): Webhook public ID
        cursor (str | Unset): Pagination cursor — the `next_cursor` from the previous response.
        limit (int | Unset): Maximum results (default 25, max 100)
        event_type (ManagementListDeliveryEventType | Unset): Filter by event type. Example:
            message.bounced.
        result (ManagementListDeliveryResult | Unset): Filter by delivery result.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | WebhookDeliveryAttemptCursorListResponse
    """

    return sync_detailed(
        public_id=public_id,
        client=client,
        cursor=cursor,
        limit=limit,
        event_type=event_type,
        result=result,
    ).parsed


async def asyncio_detailed(
    public_id: str,
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    event_type: ManagementListDeliveryEventType | Unset = UNSET,
    result: ManagementListDeliveryResult | Unset = UNSET,
) -> Response[ApiError | WebhookDeliveryAttemptCursorListResponse]:
    """List webhook delivery attempts

     Returns recent delivery attempts for one webhook subscription, ordered by `created_at` descending.
    Delivery metadata is retained for 7 days. Use the payload endpoint while `payload_available` is true
    to inspect the exact JSON request body that was delivered.

    Args:
        public_id (str): Webhook public ID
        cursor (str | Unset): Pagination cursor — the `next_cursor` from the previous response.
        limit (int | Unset): Maximum results (default 25, max 100)
        event_type (ManagementListDeliveryEventType | Unset): Filter by event type. Example:
            message.bounced.
        result (ManagementListDeliveryResult | Unset): Filter by delivery result.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | WebhookDeliveryAttemptCursorListResponse]
    """

    kwargs = _get_kwargs(
        public_id=public_id,
        cursor=cursor,
        limit=limit,
        event_type=event_type,
        result=result,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    public_id: str,
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    event_type: ManagementListDeliveryEventType | Unset = UNSET,
    result: ManagementListDeliveryResult | Unset = UNSET,
) -> ApiError | WebhookDeliveryAttemptCursorListResponse | None:
    """List webhook delivery attempts

     Returns recent delivery attempts for one webhook subscription, ordered by `created_at` descending.
    Delivery metadata is retained for 7 days. Use the payload endpoint while `payload_available` is true
    to inspect the exact JSON request body that was delivered.

    Args:
        public_id (str): Webhook public ID
        cursor (str | Unset): Pagination cursor — the `next_cursor` from the previous response.
        limit (int | Unset): Maximum results (default 25, max 100)
        event_type (ManagementListDeliveryEventType | Unset): Filter by event type. Example:
            message.bounced.
        result (ManagementListDeliveryResult | Unset): Filter by delivery result.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | WebhookDeliveryAttemptCursorListResponse
    """

    return (
        await asyncio_detailed(
            public_id=public_id,
            client=client,
            cursor=cursor,
            limit=limit,
            event_type=event_type,
            result=result,
        )
    ).parsed
