from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.management_test_webhook_response_200 import (
    ManagementTestWebhookResponse200,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    public_id: str,
    *,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/webhooks/{public_id}/test".format(
            public_id=quote(str(public_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | ManagementTestWebhookResponse200 | None:
    if response.status_code == 200:
        response_200 = ManagementTestWebhookResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = ApiError.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ApiError.from_dict(response.json())

        return response_409

    if response.status_code == 503:
        response_503 = ApiError.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | ManagementTestWebhookResponse200]:
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
    idempotency_key: str | Unset = UNSET,
) -> Response[ApiError | ManagementTestWebhookResponse200]:
    """Send a synthetic test event

     Publishes a synthetic `sendmux.test` event to this webhook subscription. The subscription must
    include `"sendmux.test"` in `event_types`, and mailbox filters do not block the test delivery.
    Returns the generated `event_id` so you can correlate the `X-Sendmux-Event-Id` header on your
    endpoint.

    Supply an `Idempotency-Key` header to safely retry on network errors — replays under the same key
    return the original `event_id` rather than publishing a second test event.

    Args:
        public_id (str): Webhook public ID
        idempotency_key (str | Unset): Client-chosen unique key to safely retry the request.
            Cached for 24h per (team, endpoint, key). Different target `public_id` under the same key
            returns 409 idempotency_conflict. Example: webhooks-test-20260424-001.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ManagementTestWebhookResponse200]
    """

    kwargs = _get_kwargs(
        public_id=public_id,
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
    idempotency_key: str | Unset = UNSET,
) -> ApiError | ManagementTestWebhookResponse200 | None:
    """Send a synthetic test event

     Publishes a synthetic `sendmux.test` event to this webhook subscription. The subscription must
    include `"sendmux.test"` in `event_types`, and mailbox filters do not block the test delivery.
    Returns the generated `event_id` so you can correlate the `X-Sendmux-Event-Id` header on your
    endpoint.

    Supply an `Idempotency-Key` header to safely retry on network errors — replays under the same key
    return the original `event_id` rather than publishing a second test event.

    Args:
        public_id (str): Webhook public ID
        idempotency_key (str | Unset): Client-chosen unique key to safely retry the request.
            Cached for 24h per (team, endpoint, key). Different target `public_id` under the same key
            returns 409 idempotency_conflict. Example: webhooks-test-20260424-001.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ManagementTestWebhookResponse200
    """

    return sync_detailed(
        public_id=public_id,
        client=client,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    public_id: str,
    *,
    client: AuthenticatedClient,
    idempotency_key: str | Unset = UNSET,
) -> Response[ApiError | ManagementTestWebhookResponse200]:
    """Send a synthetic test event

     Publishes a synthetic `sendmux.test` event to this webhook subscription. The subscription must
    include `"sendmux.test"` in `event_types`, and mailbox filters do not block the test delivery.
    Returns the generated `event_id` so you can correlate the `X-Sendmux-Event-Id` header on your
    endpoint.

    Supply an `Idempotency-Key` header to safely retry on network errors — replays under the same key
    return the original `event_id` rather than publishing a second test event.

    Args:
        public_id (str): Webhook public ID
        idempotency_key (str | Unset): Client-chosen unique key to safely retry the request.
            Cached for 24h per (team, endpoint, key). Different target `public_id` under the same key
            returns 409 idempotency_conflict. Example: webhooks-test-20260424-001.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ManagementTestWebhookResponse200]
    """

    kwargs = _get_kwargs(
        public_id=public_id,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    public_id: str,
    *,
    client: AuthenticatedClient,
    idempotency_key: str | Unset = UNSET,
) -> ApiError | ManagementTestWebhookResponse200 | None:
    """Send a synthetic test event

     Publishes a synthetic `sendmux.test` event to this webhook subscription. The subscription must
    include `"sendmux.test"` in `event_types`, and mailbox filters do not block the test delivery.
    Returns the generated `event_id` so you can correlate the `X-Sendmux-Event-Id` header on your
    endpoint.

    Supply an `Idempotency-Key` header to safely retry on network errors — replays under the same key
    return the original `event_id` rather than publishing a second test event.

    Args:
        public_id (str): Webhook public ID
        idempotency_key (str | Unset): Client-chosen unique key to safely retry the request.
            Cached for 24h per (team, endpoint, key). Different target `public_id` under the same key
            returns 409 idempotency_conflict. Example: webhooks-test-20260424-001.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ManagementTestWebhookResponse200
    """

    return (
        await asyncio_detailed(
            public_id=public_id,
            client=client,
            idempotency_key=idempotency_key,
        )
    ).parsed
