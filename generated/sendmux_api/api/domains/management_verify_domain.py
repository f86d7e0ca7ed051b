from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.domain_verify_response import DomainVerifyResponse
from ...types import Response


def _get_kwargs(
    public_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/domains/{public_id}/verify".format(
            public_id=quote(str(public_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | DomainVerifyResponse | None:
    if response.status_code == 200:
        response_200 = DomainVerifyResponse.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = ApiError.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ApiError.from_dict(response.json())

        return response_409

    if response.status_code == 500:
        response_500 = ApiError.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ApiError.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | DomainVerifyResponse]:
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
) -> Response[ApiError | DomainVerifyResponse]:
    """Verify a mailbox domain

     Checks the domain's published DNS records and latest Amazon SES DKIM and MAIL FROM statuses. If
    every required check passes, the domain is marked verified. A previously failed domain remains
    failed until a complete check succeeds. Domains automatically re-verify every 6 hours — this
    endpoint is only needed to trigger a check on demand.

    Args:
        public_id (str): Domain public ID

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | DomainVerifyResponse]
    """

    kwargs = _get_kwargs(
        public_id=public_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    public_id: str,
    *,
    client: AuthenticatedClient,
) -> ApiError | DomainVerifyResponse | None:
    """Verify a mailbox domain

     Checks the domain's published DNS records and latest Amazon SES DKIM and MAIL FROM statuses. If
    every required check passes, the domain is marked verified. A previously failed domain remains
    failed until a complete check succeeds. Domains automatically re-verify every 6 hours — this
    endpoint is only needed to trigger a check on demand.

    Args:
        public_id (str): Domain public ID

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | DomainVerifyResponse
    """

    return sync_detailed(
        public_id=public_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    public_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ApiError | DomainVerifyResponse]:
    """Verify a mailbox domain

     Checks the domain's published DNS records and latest Amazon SES DKIM and MAIL FROM statuses. If
    every required check passes, the domain is marked verified. A previously failed domain remains
    failed until a complete check succeeds. Domains automatically re-verify every 6 hours — this
    endpoint is only needed to trigger a check on demand.

    Args:
        public_id (str): Domain public ID

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | DomainVerifyResponse]
    """

    kwargs = _get_kwargs(
        public_id=public_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    public_id: str,
    *,
    client: AuthenticatedClient,
) -> ApiError | DomainVerifyResponse | None:
    """Verify a mailbox domain

     Checks the domain's published DNS records and latest Amazon SES DKIM and MAIL FROM statuses. If
    every required check passes, the domain is marked verified. A previously failed domain remains
    failed until a complete check succeeds. Domains automatically re-verify every 6 hours — this
    endpoint is only needed to trigger a check on demand.

    Args:
        public_id (str): Domain public ID

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | DomainVerifyResponse
    """

    return (
        await asyncio_detailed(
            public_id=public_id,
            client=client,
        )
    ).parsed
