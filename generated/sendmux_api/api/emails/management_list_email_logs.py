from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.delivery_log_item_cursor_list_response import (
    DeliveryLogItemCursorListResponse,
)
from ...models.management_list_email_logs_status import ManagementListEmailLogsStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    status: ManagementListEmailLogsStatus | Unset = UNSET,
    from_date: str | Unset = UNSET,
    to_date: str | Unset = UNSET,
    provider_id: str | Unset = UNSET,
    search: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["from_date"] = from_date

    params["to_date"] = to_date

    params["provider_id"] = provider_id

    params["search"] = search

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/emails/logs",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | DeliveryLogItemCursorListResponse | None:
    if response.status_code == 200:
        response_200 = DeliveryLogItemCursorListResponse.from_dict(response.json())

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
) -> Response[ApiError | DeliveryLogItemCursorListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    status: ManagementListEmailLogsStatus | Unset = UNSET,
    from_date: str | Unset = UNSET,
    to_date: str | Unset = UNSET,
    provider_id: str | Unset = UNSET,
    search: str | Unset = UNSET,
) -> Response[ApiError | DeliveryLogItemCursorListResponse]:
    """List delivery logs

     Returns paginated delivery logs with cursor-based pagination and filters.

    Args:
        limit (int | Unset): Max results (default 25)
        cursor (str | Unset): Cursor from previous page
        status (ManagementListEmailLogsStatus | Unset): Filter by delivery status.
        from_date (str | Unset): ISO 8601 start date. Date-only values start at 00:00 UTC.
        to_date (str | Unset): ISO 8601 end date. Date-only values include the full UTC day.
        provider_id (str | Unset): Filter by provider publicId
        search (str | Unset): Search to_email, from_email, sent_from_email, subject, message_id

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | DeliveryLogItemCursorListResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        status=status,
        from_date=from_date,
        to_date=to_date,
        provider_id=provider_id,
        search=search,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    status: ManagementListEmailLogsStatus | Unset = UNSET,
    from_date: str | Unset = UNSET,
    to_date: str | Unset = UNSET,
    provider_id: str | Unset = UNSET,
    search: str | Unset = UNSET,
) -> ApiError | DeliveryLogItemCursorListResponse | None:
    """List delivery logs

     Returns paginated delivery logs with cursor-based pagination and filters.

    Args:
        limit (int | Unset): Max results (default 25)
        cursor (str | Unset): Cursor from previous page
        status (ManagementListEmailLogsStatus | Unset): Filter by delivery status.
        from_date (str | Unset): ISO 8601 start date. Date-only values start at 00:00 UTC.
        to_date (str | Unset): ISO 8601 end date. Date-only values include the full UTC day.
        provider_id (str | Unset): Filter by provider publicId
        search (str | Unset): Search to_email, from_email, sent_from_email, subject, message_id

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | DeliveryLogItemCursorListResponse
    """

    return sync_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
        status=status,
        from_date=from_date,
        to_date=to_date,
        provider_id=provider_id,
        search=search,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    status: ManagementListEmailLogsStatus | Unset = UNSET,
    from_date: str | Unset = UNSET,
    to_date: str | Unset = UNSET,
    provider_id: str | Unset = UNSET,
    search: str | Unset = UNSET,
) -> Response[ApiError | DeliveryLogItemCursorListResponse]:
    """List delivery logs

     Returns paginated delivery logs with cursor-based pagination and filters.

    Args:
        limit (int | Unset): Max results (default 25)
        cursor (str | Unset): Cursor from previous page
        status (ManagementListEmailLogsStatus | Unset): Filter by delivery status.
        from_date (str | Unset): ISO 8601 start date. Date-only values start at 00:00 UTC.
        to_date (str | Unset): ISO 8601 end date. Date-only values include the full UTC day.
        provider_id (str | Unset): Filter by provider publicId
        search (str | Unset): Search to_email, from_email, sent_from_email, subject, message_id

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | DeliveryLogItemCursorListResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        status=status,
        from_date=from_date,
        to_date=to_date,
        provider_id=provider_id,
        search=search,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    status: ManagementListEmailLogsStatus | Unset = UNSET,
    from_date: str | Unset = UNSET,
    to_date: str | Unset = UNSET,
    provider_id: str | Unset = UNSET,
    search: str | Unset = UNSET,
) -> ApiError | DeliveryLogItemCursorListResponse | None:
    """List delivery logs

     Returns paginated delivery logs with cursor-based pagination and filters.

    Args:
        limit (int | Unset): Max results (default 25)
        cursor (str | Unset): Cursor from previous page
        status (ManagementListEmailLogsStatus | Unset): Filter by delivery status.
        from_date (str | Unset): ISO 8601 start date. Date-only values start at 00:00 UTC.
        to_date (str | Unset): ISO 8601 end date. Date-only values include the full UTC day.
        provider_id (str | Unset): Filter by provider publicId
        search (str | Unset): Search to_email, from_email, sent_from_email, subject, message_id

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | DeliveryLogItemCursorListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            cursor=cursor,
            status=status,
            from_date=from_date,
            to_date=to_date,
            provider_id=provider_id,
            search=search,
        )
    ).parsed
