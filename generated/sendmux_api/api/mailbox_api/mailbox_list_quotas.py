from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.mailbox_list_quotas_resource_type import MailboxListQuotasResourceType
from ...models.mailbox_list_quotas_scope import MailboxListQuotasScope
from ...models.mailbox_list_quotas_sort_by import MailboxListQuotasSortBy
from ...models.mailbox_list_quotas_sort_direction import MailboxListQuotasSortDirection
from ...models.mailbox_quota_cursor_list_response import MailboxQuotaCursorListResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    name: str | Unset = UNSET,
    scope: MailboxListQuotasScope | Unset = UNSET,
    resource_type: MailboxListQuotasResourceType | Unset = UNSET,
    type_: str | Unset = UNSET,
    sort_by: MailboxListQuotasSortBy | Unset = UNSET,
    sort_direction: MailboxListQuotasSortDirection | Unset = UNSET,
    mailbox_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    params["limit"] = limit

    params["name"] = name

    json_scope: str | Unset = UNSET
    if not isinstance(scope, Unset):
        json_scope = scope.value

    params["scope"] = json_scope

    json_resource_type: str | Unset = UNSET
    if not isinstance(resource_type, Unset):
        json_resource_type = resource_type.value

    params["resource_type"] = json_resource_type

    params["type"] = type_

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by.value

    params["sort_by"] = json_sort_by

    json_sort_direction: str | Unset = UNSET
    if not isinstance(sort_direction, Unset):
        json_sort_direction = sort_direction.value

    params["sort_direction"] = json_sort_direction

    params["mailbox_id"] = mailbox_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/mailbox/quotas",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | MailboxQuotaCursorListResponse | None:
    if response.status_code == 200:
        response_200 = MailboxQuotaCursorListResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ApiError.from_dict(response.json())

        return response_400

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | MailboxQuotaCursorListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    name: str | Unset = UNSET,
    scope: MailboxListQuotasScope | Unset = UNSET,
    resource_type: MailboxListQuotasResourceType | Unset = UNSET,
    type_: str | Unset = UNSET,
    sort_by: MailboxListQuotasSortBy | Unset = UNSET,
    sort_direction: MailboxListQuotasSortDirection | Unset = UNSET,
    mailbox_id: str | Unset = UNSET,
) -> Response[ApiError | MailboxQuotaCursorListResponse]:
    """List mailbox quotas

     Returns a cursor-paginated list of quota usage and limits for the authenticated mailbox.

    Args:
        cursor (str | Unset):
        limit (int | Unset):
        name (str | Unset):
        scope (MailboxListQuotasScope | Unset):
        resource_type (MailboxListQuotasResourceType | Unset):
        type_ (str | Unset):
        sort_by (MailboxListQuotasSortBy | Unset):
        sort_direction (MailboxListQuotasSortDirection | Unset):
        mailbox_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | MailboxQuotaCursorListResponse]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        limit=limit,
        name=name,
        scope=scope,
        resource_type=resource_type,
        type_=type_,
        sort_by=sort_by,
        sort_direction=sort_direction,
        mailbox_id=mailbox_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    name: str | Unset = UNSET,
    scope: MailboxListQuotasScope | Unset = UNSET,
    resource_type: MailboxListQuotasResourceType | Unset = UNSET,
    type_: str | Unset = UNSET,
    sort_by: MailboxListQuotasSortBy | Unset = UNSET,
    sort_direction: MailboxListQuotasSortDirection | Unset = UNSET,
    mailbox_id: str | Unset = UNSET,
) -> ApiError | MailboxQuotaCursorListResponse | None:
    """List mailbox quotas

     Returns a cursor-paginated list of quota usage and limits for the authenticated mailbox.

    Args:
        cursor (str | Unset):
        limit (int | Unset):
        name (str | Unset):
        scope (MailboxListQuotasScope | Unset):
        resource_type (MailboxListQuotasResourceType | Unset):
        type_ (str | Unset):
        sort_by (MailboxListQuotasSortBy | Unset):
        sort_direction (MailboxListQuotasSortDirection | Unset):
        mailbox_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | MailboxQuotaCursorListResponse
    """

    return sync_detailed(
        client=client,
        cursor=cursor,
        limit=limit,
        name=name,
        scope=scope,
        resource_type=resource_type,
        type_=type_,
        sort_by=sort_by,
        sort_direction=sort_direction,
        mailbox_id=mailbox_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    name: str | Unset = UNSET,
    scope: MailboxListQuotasScope | Unset = UNSET,
    resource_type: MailboxListQuotasResourceType | Unset = UNSET,
    type_: str | Unset = UNSET,
    sort_by: MailboxListQuotasSortBy | Unset = UNSET,
    sort_direction: MailboxListQuotasSortDirection | Unset = UNSET,
    mailbox_id: str | Unset = UNSET,
) -> Response[ApiError | MailboxQuotaCursorListResponse]:
    """List mailbox quotas

     Returns a cursor-paginated list of quota usage and limits for the authenticated mailbox.

    Args:
        cursor (str | Unset):
        limit (int | Unset):
        name (str | Unset):
        scope (MailboxListQuotasScope | Unset):
        resource_type (MailboxListQuotasResourceType | Unset):
        type_ (str | Unset):
        sort_by (MailboxListQuotasSortBy | Unset):
        sort_direction (MailboxListQuotasSortDirection | Unset):
        mailbox_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | MailboxQuotaCursorListResponse]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        limit=limit,
        name=name,
        scope=scope,
        resource_type=resource_type,
        type_=type_,
        sort_by=sort_by,
        sort_direction=sort_direction,
        mailbox_id=mailbox_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    name: str | Unset = UNSET,
    scope: MailboxListQuotasScope | Unset = UNSET,
    resource_type: MailboxListQuotasResourceType | Unset = UNSET,
    type_: str | Unset = UNSET,
    sort_by: MailboxListQuotasSortBy | Unset = UNSET,
    sort_direction: MailboxListQuotasSortDirection | Unset = UNSET,
    mailbox_id: str | Unset = UNSET,
) -> ApiError | MailboxQuotaCursorListResponse | None:
    """List mailbox quotas

     Returns a cursor-paginated list of quota usage and limits for the authenticated mailbox.

    Args:
        cursor (str | Unset):
        limit (int | Unset):
        name (str | Unset):
        scope (MailboxListQuotasScope | Unset):
        resource_type (MailboxListQuotasResourceType | Unset):
        type_ (str | Unset):
        sort_by (MailboxListQuotasSortBy | Unset):
        sort_direction (MailboxListQuotasSortDirection | Unset):
        mailbox_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | MailboxQuotaCursorListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            cursor=cursor,
            limit=limit,
            name=name,
            scope=scope,
            resource_type=resource_type,
            type_=type_,
            sort_by=sort_by,
            sort_direction=sort_direction,
            mailbox_id=mailbox_id,
        )
    ).parsed
