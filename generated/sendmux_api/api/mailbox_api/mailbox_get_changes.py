from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.mailbox_changes_response import MailboxChangesResponse
from ...models.mailbox_typed_changes_response import MailboxTypedChangesResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    since_state: str | Unset = UNSET,
    types: str | Unset = UNSET,
    messages_since_state: str | Unset = UNSET,
    folders_since_state: str | Unset = UNSET,
    threads_since_state: str | Unset = UNSET,
    submissions_since_state: str | Unset = UNSET,
    identities_since_state: str | Unset = UNSET,
    quotas_since_state: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    mailbox_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["since_state"] = since_state

    params["types"] = types

    params["messages_since_state"] = messages_since_state

    params["folders_since_state"] = folders_since_state

    params["threads_since_state"] = threads_since_state

    params["submissions_since_state"] = submissions_since_state

    params["identities_since_state"] = identities_since_state

    params["quotas_since_state"] = quotas_since_state

    params["limit"] = limit

    params["mailbox_id"] = mailbox_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/mailbox/changes",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | MailboxChangesResponse | MailboxTypedChangesResponse | None:
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> MailboxChangesResponse | MailboxTypedChangesResponse:
            if isinstance(data, dict):
                try:
                    response_200_type_0 = MailboxChangesResponse.from_dict(data)

                    return response_200_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = MailboxTypedChangesResponse.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

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
) -> Response[ApiError | MailboxChangesResponse | MailboxTypedChangesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    since_state: str | Unset = UNSET,
    types: str | Unset = UNSET,
    messages_since_state: str | Unset = UNSET,
    folders_since_state: str | Unset = UNSET,
    threads_since_state: str | Unset = UNSET,
    submissions_since_state: str | Unset = UNSET,
    identities_since_state: str | Unset = UNSET,
    quotas_since_state: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    mailbox_id: str | Unset = UNSET,
) -> Response[ApiError | MailboxChangesResponse | MailboxTypedChangesResponse]:
    """Get mailbox changes

     Returns message changes in the legacy shape when `types` is omitted. Pass a comma-separated `types`
    list for a typed state map.

    Args:
        since_state (str | Unset): Legacy message state cursor to resume from.
        types (str | Unset): Comma-separated list: messages, folders, threads, submissions,
            identities, quotas.
        messages_since_state (str | Unset): Message state cursor to resume from.
        folders_since_state (str | Unset): Folder state cursor to resume from.
        threads_since_state (str | Unset): Thread state cursor to resume from.
        submissions_since_state (str | Unset): Submission state cursor to resume from.
        identities_since_state (str | Unset): Identity state cursor to resume from.
        quotas_since_state (str | Unset): Quota state cursor to resume from.
        limit (int | Unset): Maximum change records to return (default 50, max 500).
        mailbox_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | MailboxChangesResponse | MailboxTypedChangesResponse]
    """

    kwargs = _get_kwargs(
        since_state=since_state,
        types=types,
        messages_since_state=messages_since_state,
        folders_since_state=folders_since_state,
        threads_since_state=threads_since_state,
        submissions_since_state=submissions_since_state,
        identities_since_state=identities_since_state,
        quotas_since_state=quotas_since_state,
        limit=limit,
        mailbox_id=mailbox_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    since_state: str | Unset = UNSET,
    types: str | Unset = UNSET,
    messages_since_state: str | Unset = UNSET,
    folders_since_state: str | Unset = UNSET,
    threads_since_state: str | Unset = UNSET,
    submissions_since_state: str | Unset = UNSET,
    identities_since_state: str | Unset = UNSET,
    quotas_since_state: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    mailbox_id: str | Unset = UNSET,
) -> ApiError | MailboxChangesResponse | MailboxTypedChangesResponse | None:
    """Get mailbox changes

     Returns message changes in the legacy shape when `types` is omitted. Pass a comma-separated `types`
    list for a typed state map.

    Args:
        since_state (str | Unset): Legacy message state cursor to resume from.
        types (str | Unset): Comma-separated list: messages, folders, threads, submissions,
            identities, quotas.
        messages_since_state (str | Unset): Message state cursor to resume from.
        folders_since_state (str | Unset): Folder state cursor to resume from.
        threads_since_state (str | Unset): Thread state cursor to resume from.
        submissions_since_state (str | Unset): Submission state cursor to resume from.
        identities_since_state (str | Unset): Identity state cursor to resume from.
        quotas_since_state (str | Unset): Quota state cursor to resume from.
        limit (int | Unset): Maximum change records to return (default 50, max 500).
        mailbox_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | MailboxChangesResponse | MailboxTypedChangesResponse
    """

    return sync_detailed(
        client=client,
        since_state=since_state,
        types=types,
        messages_since_state=messages_since_state,
        folders_since_state=folders_since_state,
        threads_since_state=threads_since_state,
        submissions_since_state=submissions_since_state,
        identities_since_state=identities_since_state,
        quotas_since_state=quotas_since_state,
        limit=limit,
        mailbox_id=mailbox_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    since_state: str | Unset = UNSET,
    types: str | Unset = UNSET,
    messages_since_state: str | Unset = UNSET,
    folders_since_state: str | Unset = UNSET,
    threads_since_state: str | Unset = UNSET,
    submissions_since_state: str | Unset = UNSET,
    identities_since_state: str | Unset = UNSET,
    quotas_since_state: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    mailbox_id: str | Unset = UNSET,
) -> Response[ApiError | MailboxChangesResponse | MailboxTypedChangesResponse]:
    """Get mailbox changes

     Returns message changes in the legacy shape when `types` is omitted. Pass a comma-separated `types`
    list for a typed state map.

    Args:
        since_state (str | Unset): Legacy message state cursor to resume from.
        types (str | Unset): Comma-separated list: messages, folders, threads, submissions,
            identities, quotas.
        messages_since_state (str | Unset): Message state cursor to resume from.
        folders_since_state (str | Unset): Folder state cursor to resume from.
        threads_since_state (str | Unset): Thread state cursor to resume from.
        submissions_since_state (str | Unset): Submission state cursor to resume from.
        identities_since_state (str | Unset): Identity state cursor to resume from.
        quotas_since_state (str | Unset): Quota state cursor to resume from.
        limit (int | Unset): Maximum change records to return (default 50, max 500).
        mailbox_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | MailboxChangesResponse | MailboxTypedChangesResponse]
    """

    kwargs = _get_kwargs(
        since_state=since_state,
        types=types,
        messages_since_state=messages_since_state,
        folders_since_state=folders_since_state,
        threads_since_state=threads_since_state,
        submissions_since_state=submissions_since_state,
        identities_since_state=identities_since_state,
        quotas_since_state=quotas_since_state,
        limit=limit,
        mailbox_id=mailbox_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    since_state: str | Unset = UNSET,
    types: str | Unset = UNSET,
    messages_since_state: str | Unset = UNSET,
    folders_since_state: str | Unset = UNSET,
    threads_since_state: str | Unset = UNSET,
    submissions_since_state: str | Unset = UNSET,
    identities_since_state: str | Unset = UNSET,
    quotas_since_state: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    mailbox_id: str | Unset = UNSET,
) -> ApiError | MailboxChangesResponse | MailboxTypedChangesResponse | None:
    """Get mailbox changes

     Returns message changes in the legacy shape when `types` is omitted. Pass a comma-separated `types`
    list for a typed state map.

    Args:
        since_state (str | Unset): Legacy message state cursor to resume from.
        types (str | Unset): Comma-separated list: messages, folders, threads, submissions,
            identities, quotas.
        messages_since_state (str | Unset): Message state cursor to resume from.
        folders_since_state (str | Unset): Folder state cursor to resume from.
        threads_since_state (str | Unset): Thread state cursor to resume from.
        submissions_since_state (str | Unset): Submission state cursor to resume from.
        identities_since_state (str | Unset): Identity state cursor to resume from.
        quotas_since_state (str | Unset): Quota state cursor to resume from.
        limit (int | Unset): Maximum change records to return (default 50, max 500).
        mailbox_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | MailboxChangesResponse | MailboxTypedChangesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            since_state=since_state,
            types=types,
            messages_since_state=messages_since_state,
            folders_since_state=folders_since_state,
            threads_since_state=threads_since_state,
            submissions_since_state=submissions_since_state,
            identities_since_state=identities_since_state,
            quotas_since_state=quotas_since_state,
            limit=limit,
            mailbox_id=mailbox_id,
        )
    ).parsed
