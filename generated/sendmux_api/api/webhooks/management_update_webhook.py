from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.webhook_subscription_response import WebhookSubscriptionResponse
from ...models.webhook_update_body import WebhookUpdateBody
from ...types import UNSET, Response, Unset


def _get_kwargs(
    public_id: str,
    *,
    body: WebhookUpdateBody,
    if_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/webhooks/{public_id}".format(
            public_id=quote(str(public_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | WebhookSubscriptionResponse | None:
    if response.status_code == 200:
        response_200 = WebhookSubscriptionResponse.from_dict(response.json())

        return response_200

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | WebhookSubscriptionResponse]:
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
    body: WebhookUpdateBody,
    if_match: str | Unset = UNSET,
) -> Response[ApiError | WebhookSubscriptionResponse]:
    """Update a webhook subscription

     Updates the URL, event types, or enabled flag. Any field omitted from the request body is left
    unchanged. The signing secret is unaffected — use `POST /webhooks/{id}/rotate-secret` to rotate it.

    For optimistic concurrency, send `If-Match: <etag>` using the ETag from a prior GET. A mismatched
    `If-Match` returns `409 conflict` (the server's ETag is echoed back so you can decide whether to re-
    fetch). Responses carry the new ETag so chained edits can pipeline without a re-GET.

    Args:
        public_id (str): Webhook public ID
        if_match (str | Unset): Weak ETag from a prior GET. Reject with 409 conflict when the
            server's current ETag differs.
        body (WebhookUpdateBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | WebhookSubscriptionResponse]
    """

    kwargs = _get_kwargs(
        public_id=public_id,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    public_id: str,
    *,
    client: AuthenticatedClient,
    body: WebhookUpdateBody,
    if_match: str | Unset = UNSET,
) -> ApiError | WebhookSubscriptionResponse | None:
    """Update a webhook subscription

     Updates the URL, event types, or enabled flag. Any field omitted from the request body is left
    unchanged. The signing secret is unaffected — use `POST /webhooks/{id}/rotate-secret` to rotate it.

    For optimistic concurrency, send `If-Match: <etag>` using the ETag from a prior GET. A mismatched
    `If-Match` returns `409 conflict` (the server's ETag is echoed back so you can decide whether to re-
    fetch). Responses carry the new ETag so chained edits can pipeline without a re-GET.

    Args:
        public_id (str): Webhook public ID
        if_match (str | Unset): Weak ETag from a prior GET. Reject with 409 conflict when the
            server's current ETag differs.
        body (WebhookUpdateBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | WebhookSubscriptionResponse
    """

    return sync_detailed(
        public_id=public_id,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    public_id: str,
    *,
    client: AuthenticatedClient,
    body: WebhookUpdateBody,
    if_match: str | Unset = UNSET,
) -> Response[ApiError | WebhookSubscriptionResponse]:
    """Update a webhook subscription

     Updates the URL, event types, or enabled flag. Any field omitted from the request body is left
    unchanged. The signing secret is unaffected — use `POST /webhooks/{id}/rotate-secret` to rotate it.

    For optimistic concurrency, send `If-Match: <etag>` using the ETag from a prior GET. A mismatched
    `If-Match` returns `409 conflict` (the server's ETag is echoed back so you can decide whether to re-
    fetch). Responses carry the new ETag so chained edits can pipeline without a re-GET.

    Args:
        public_id (str): Webhook public ID
        if_match (str | Unset): Weak ETag from a prior GET. Reject with 409 conflict when the
            server's current ETag differs.
        body (WebhookUpdateBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | WebhookSubscriptionResponse]
    """

    kwargs = _get_kwargs(
        public_id=public_id,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    public_id: str,
    *,
    client: AuthenticatedClient,
    body: WebhookUpdateBody,
    if_match: str | Unset = UNSET,
) -> ApiError | WebhookSubscriptionResponse | None:
    """Update a webhook subscription

     Updates the URL, event types, or enabled flag. Any field omitted from the request body is left
    unchanged. The signing secret is unaffected — use `POST /webhooks/{id}/rotate-secret` to rotate it.

    For optimistic concurrency, send `If-Match: <etag>` using the ETag from a prior GET. A mismatched
    `If-Match` returns `409 conflict` (the server's ETag is echoed back so you can decide whether to re-
    fetch). Responses carry the new ETag so chained edits can pipeline without a re-GET.

    Args:
        public_id (str): Webhook public ID
        if_match (str | Unset): Weak ETag from a prior GET. Reject with 409 conflict when the
            server's current ETag differs.
        body (WebhookUpdateBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | WebhookSubscriptionResponse
    """

    return (
        await asyncio_detailed(
            public_id=public_id,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
