from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.webhook_delivery_payload_response import WebhookDeliveryPayloadResponse
from ...types import Response


def _get_kwargs(
    public_id: str,
    delivery_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/webhooks/{public_id}/deliveries/{delivery_id}/payload".format(
            public_id=quote(str(public_id), safe=""),
            delivery_id=quote(str(delivery_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | WebhookDeliveryPayloadResponse | None:
    if response.status_code == 200:
        response_200 = WebhookDeliveryPayloadResponse.from_dict(response.json())

        return response_200

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
) -> Response[ApiError | WebhookDeliveryPayloadResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    public_id: str,
    delivery_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ApiError | WebhookDeliveryPayloadResponse]:
    """Get a webhook delivery payload

     Returns the retained JSON request body for one delivery attempt. Payloads are retained for 7 days
    and may no longer be available after `payload_expires_at`.

    Args:
        public_id (str): Webhook public ID
        delivery_id (str): Delivery-attempt public ID

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | WebhookDeliveryPayloadResponse]
    """

    kwargs = _get_kwargs(
        public_id=public_id,
        delivery_id=delivery_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    public_id: str,
    delivery_id: str,
    *,
    client: AuthenticatedClient,
) -> ApiError | WebhookDeliveryPayloadResponse | None:
    """Get a webhook delivery payload

     Returns the retained JSON request body for one delivery attempt. Payloads are retained for 7 days
    and may no longer be available after `payload_expires_at`.

    Args:
        public_id (str): Webhook public ID
        delivery_id (str): Delivery-attempt public ID

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | WebhookDeliveryPayloadResponse
    """

    return sync_detailed(
        public_id=public_id,
        delivery_id=delivery_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    public_id: str,
    delivery_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ApiError | WebhookDeliveryPayloadResponse]:
    """Get a webhook delivery payload

     Returns the retained JSON request body for one delivery attempt. Payloads are retained for 7 days
    and may no longer be available after `payload_expires_at`.

    Args:
        public_id (str): Webhook public ID
        delivery_id (str): Delivery-attempt public ID

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | WebhookDeliveryPayloadResponse]
    """

    kwargs = _get_kwargs(
        public_id=public_id,
        delivery_id=delivery_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    public_id: str,
    delivery_id: str,
    *,
    client: AuthenticatedClient,
) -> ApiError | WebhookDeliveryPayloadResponse | None:
    """Get a webhook delivery payload

     Returns the retained JSON request body for one delivery attempt. Payloads are retained for 7 days
    and may no longer be available after `payload_expires_at`.

    Args:
        public_id (str): Webhook public ID
        delivery_id (str): Delivery-attempt public ID

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | WebhookDeliveryPayloadResponse
    """

    return (
        await asyncio_detailed(
            public_id=public_id,
            delivery_id=delivery_id,
            client=client,
        )
    ).parsed
