from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.email_metrics_response import EmailMetricsResponse
from ...models.management_get_email_metrics_granularity import (
    ManagementGetEmailMetricsGranularity,
)
from ...models.management_get_email_metrics_window import (
    ManagementGetEmailMetricsWindow,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    window: ManagementGetEmailMetricsWindow | Unset = UNSET,
    from_date: str | Unset = UNSET,
    to_date: str | Unset = UNSET,
    granularity: ManagementGetEmailMetricsGranularity | Unset = UNSET,
    provider_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_window: str | Unset = UNSET
    if not isinstance(window, Unset):
        json_window = window.value

    params["window"] = json_window

    params["from_date"] = from_date

    params["to_date"] = to_date

    json_granularity: str | Unset = UNSET
    if not isinstance(granularity, Unset):
        json_granularity = granularity.value

    params["granularity"] = json_granularity

    params["provider_id"] = provider_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/emails/metrics",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | EmailMetricsResponse | None:
    if response.status_code == 200:
        response_200 = EmailMetricsResponse.from_dict(response.json())

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
) -> Response[ApiError | EmailMetricsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    window: ManagementGetEmailMetricsWindow | Unset = UNSET,
    from_date: str | Unset = UNSET,
    to_date: str | Unset = UNSET,
    granularity: ManagementGetEmailMetricsGranularity | Unset = UNSET,
    provider_id: str | Unset = UNSET,
) -> Response[ApiError | EmailMetricsResponse]:
    """Get email metrics

     Returns aggregated email delivery counts with flexible time windowing and comparison period.

    Args:
        window (ManagementGetEmailMetricsWindow | Unset): Preset time window (default: 24h)
        from_date (str | Unset): ISO 8601 start date (overrides window)
        to_date (str | Unset): ISO 8601 end date
        granularity (ManagementGetEmailMetricsGranularity | Unset): Timeseries granularity
            (default: daily)
        provider_id (str | Unset): Filter by provider publicId

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | EmailMetricsResponse]
    """

    kwargs = _get_kwargs(
        window=window,
        from_date=from_date,
        to_date=to_date,
        granularity=granularity,
        provider_id=provider_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    window: ManagementGetEmailMetricsWindow | Unset = UNSET,
    from_date: str | Unset = UNSET,
    to_date: str | Unset = UNSET,
    granularity: ManagementGetEmailMetricsGranularity | Unset = UNSET,
    provider_id: str | Unset = UNSET,
) -> ApiError | EmailMetricsResponse | None:
    """Get email metrics

     Returns aggregated email delivery counts with flexible time windowing and comparison period.

    Args:
        window (ManagementGetEmailMetricsWindow | Unset): Preset time window (default: 24h)
        from_date (str | Unset): ISO 8601 start date (overrides window)
        to_date (str | Unset): ISO 8601 end date
        granularity (ManagementGetEmailMetricsGranularity | Unset): Timeseries granularity
            (default: daily)
        provider_id (str | Unset): Filter by provider publicId

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | EmailMetricsResponse
    """

    return sync_detailed(
        client=client,
        window=window,
        from_date=from_date,
        to_date=to_date,
        granularity=granularity,
        provider_id=provider_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    window: ManagementGetEmailMetricsWindow | Unset = UNSET,
    from_date: str | Unset = UNSET,
    to_date: str | Unset = UNSET,
    granularity: ManagementGetEmailMetricsGranularity | Unset = UNSET,
    provider_id: str | Unset = UNSET,
) -> Response[ApiError | EmailMetricsResponse]:
    """Get email metrics

     Returns aggregated email delivery counts with flexible time windowing and comparison period.

    Args:
        window (ManagementGetEmailMetricsWindow | Unset): Preset time window (default: 24h)
        from_date (str | Unset): ISO 8601 start date (overrides window)
        to_date (str | Unset): ISO 8601 end date
        granularity (ManagementGetEmailMetricsGranularity | Unset): Timeseries granularity
            (default: daily)
        provider_id (str | Unset): Filter by provider publicId

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | EmailMetricsResponse]
    """

    kwargs = _get_kwargs(
        window=window,
        from_date=from_date,
        to_date=to_date,
        granularity=granularity,
        provider_id=provider_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    window: ManagementGetEmailMetricsWindow | Unset = UNSET,
    from_date: str | Unset = UNSET,
    to_date: str | Unset = UNSET,
    granularity: ManagementGetEmailMetricsGranularity | Unset = UNSET,
    provider_id: str | Unset = UNSET,
) -> ApiError | EmailMetricsResponse | None:
    """Get email metrics

     Returns aggregated email delivery counts with flexible time windowing and comparison period.

    Args:
        window (ManagementGetEmailMetricsWindow | Unset): Preset time window (default: 24h)
        from_date (str | Unset): ISO 8601 start date (overrides window)
        to_date (str | Unset): ISO 8601 end date
        granularity (ManagementGetEmailMetricsGranularity | Unset): Timeseries granularity
            (default: daily)
        provider_id (str | Unset): Filter by provider publicId

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | EmailMetricsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            window=window,
            from_date=from_date,
            to_date=to_date,
            granularity=granularity,
            provider_id=provider_id,
        )
    ).parsed
