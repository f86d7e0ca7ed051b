from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.shared_amazon_ses_limit_request_cancel_response import (
    SharedAmazonSesLimitRequestCancelResponse,
)
from ...types import Response


def _get_kwargs(
    request_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/providers/shared-amazon-ses-limit-request/{request_id}".format(
            request_id=quote(str(request_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | SharedAmazonSesLimitRequestCancelResponse | None:
    if response.status_code == 200:
        response_200 = SharedAmazonSesLimitRequestCancelResponse.from_dict(
            response.json()
        )

        return response_200

    if response.status_code == 404:
        response_404 = ApiError.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ApiError.from_dict(response.json())

        return response_409

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | SharedAmazonSesLimitRequestCancelResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    request_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ApiError | SharedAmazonSesLimitRequestCancelResponse]:
    """Cancel a shared Amazon SES daily limit request

     Cancels a pending shared Amazon SES daily limit increase request for the caller's team. Approved or
    denied requests cannot be cancelled.

    Args:
        request_id (str): Shared Amazon SES limit request public ID Example:
            slir_clxxxxxxxxxxxxxxxxxxxxxxxxx.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | SharedAmazonSesLimitRequestCancelResponse]
    """

    kwargs = _get_kwargs(
        request_id=request_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    request_id: str,
    *,
    client: AuthenticatedClient,
) -> ApiError | SharedAmazonSesLimitRequestCancelResponse | None:
    """Cancel a shared Amazon SES daily limit request

     Cancels a pending shared Amazon SES daily limit increase request for the caller's team. Approved or
    denied requests cannot be cancelled.

    Args:
        request_id (str): Shared Amazon SES limit request public ID Example:
            slir_clxxxxxxxxxxxxxxxxxxxxxxxxx.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | SharedAmazonSesLimitRequestCancelResponse
    """

    return sync_detailed(
        request_id=request_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    request_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ApiError | SharedAmazonSesLimitRequestCancelResponse]:
    """Cancel a shared Amazon SES daily limit request

     Cancels a pending shared Amazon SES daily limit increase request for the caller's team. Approved or
    denied requests cannot be cancelled.

    Args:
        request_id (str): Shared Amazon SES limit request public ID Example:
            slir_clxxxxxxxxxxxxxxxxxxxxxxxxx.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | SharedAmazonSesLimitRequestCancelResponse]
    """

    kwargs = _get_kwargs(
        request_id=request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    request_id: str,
    *,
    client: AuthenticatedClient,
) -> ApiError | SharedAmazonSesLimitRequestCancelResponse | None:
    """Cancel a shared Amazon SES daily limit request

     Cancels a pending shared Amazon SES daily limit increase request for the caller's team. Approved or
    denied requests cannot be cancelled.

    Args:
        request_id (str): Shared Amazon SES limit request public ID Example:
            slir_clxxxxxxxxxxxxxxxxxxxxxxxxx.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | SharedAmazonSesLimitRequestCancelResponse
    """

    return (
        await asyncio_detailed(
            request_id=request_id,
            client=client,
        )
    ).parsed
