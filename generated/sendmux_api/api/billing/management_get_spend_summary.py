from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.management_get_spend_summary_days import ManagementGetSpendSummaryDays
from ...models.spend_summary_response import SpendSummaryResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    days: ManagementGetSpendSummaryDays | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_days: str | Unset = UNSET
    if not isinstance(days, Unset):
        json_days = days.value

    params["days"] = json_days

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/billing/summary",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | SpendSummaryResponse | None:
    if response.status_code == 200:
        response_200 = SpendSummaryResponse.from_dict(response.json())

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
) -> Response[ApiError | SpendSummaryResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    days: ManagementGetSpendSummaryDays | Unset = UNSET,
) -> Response[ApiError | SpendSummaryResponse]:
    """Get spend summary

     Returns a spend summary over a configurable lookback period.

    Args:
        days (ManagementGetSpendSummaryDays | Unset): Lookback period in days (default: 30)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | SpendSummaryResponse]
    """

    kwargs = _get_kwargs(
        days=days,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    days: ManagementGetSpendSummaryDays | Unset = UNSET,
) -> ApiError | SpendSummaryResponse | None:
    """Get spend summary

     Returns a spend summary over a configurable lookback period.

    Args:
        days (ManagementGetSpendSummaryDays | Unset): Lookback period in days (default: 30)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | SpendSummaryResponse
    """

    return sync_detailed(
        client=client,
        days=days,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    days: ManagementGetSpendSummaryDays | Unset = UNSET,
) -> Response[ApiError | SpendSummaryResponse]:
    """Get spend summary

     Returns a spend summary over a configurable lookback period.

    Args:
        days (ManagementGetSpendSummaryDays | Unset): Lookback period in days (default: 30)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | SpendSummaryResponse]
    """

    kwargs = _get_kwargs(
        days=days,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    days: ManagementGetSpendSummaryDays | Unset = UNSET,
) -> ApiError | SpendSummaryResponse | None:
    """Get spend summary

     Returns a spend summary over a configurable lookback period.

    Args:
        days (ManagementGetSpendSummaryDays | Unset): Lookback period in days (default: 30)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | SpendSummaryResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            days=days,
        )
    ).parsed
