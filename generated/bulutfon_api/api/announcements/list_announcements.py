# generated from spec/bulutfon-v1.yaml by make generate; do not edit
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.announcement_list_response import AnnouncementListResponse
from ...models.error import Error
from ...types import Operation, Response, json_loads, status_of


def build_request() -> dict[str, Any]:
    """The request of ``list_announcements``: keyword arguments for ``httpx.Client.request``
    (method, url, and params, json, files or headers as the operation has them)."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/announcements",
    }

    return _kwargs


def parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> AnnouncementListResponse | Error | None:
    """The body of a ``list_announcements`` response as the spec describes it for its status; None
    for a status the spec does not list (or errors.UnexpectedStatus if asked to raise)."""
    if response.status_code == 200:
        response_200 = AnnouncementListResponse.from_dict(json_loads(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(json_loads(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(json_loads(response.content))

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(json_loads(response.content))

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(json_loads(response.content))

        return response_404

    if response.status_code == 422:
        response_422 = Error.from_dict(json_loads(response.content))

        return response_422

    if response.status_code == 429:
        response_429 = Error.from_dict(json_loads(response.content))

        return response_429

    if 500 <= response.status_code <= 599:
        response_5xx = Error.from_dict(json_loads(response.content))

        return response_5xx

    if raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


OPERATION: Operation[AnnouncementListResponse | Error] = Operation(
    operation_id="list_announcements",
    method="GET",
    path="/announcements",
    tag="announcements",
    build_request=build_request,
    parse_response=parse_response,
    summary="List announcements",
    envelope="announcements",
)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AnnouncementListResponse | Error]:
    parsed: AnnouncementListResponse | Error | None
    if response.is_success:
        parsed = parse_response(
            response, raise_on_unexpected_status=client.raise_on_unexpected_status
        )
    else:
        # An error status is reported whatever its body: a proxy's HTML page reads as None.
        try:
            parsed = parse_response(
                response, raise_on_unexpected_status=client.raise_on_unexpected_status
            )
        except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
            parsed = None
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[AnnouncementListResponse | Error]:
    """List announcements

     Lists the account's announcement audio files.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnnouncementListResponse | Error]
    """

    kwargs = build_request()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> AnnouncementListResponse | Error | None:
    """List announcements

     Lists the account's announcement audio files.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnnouncementListResponse | Error
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[AnnouncementListResponse | Error]:
    """List announcements

     Lists the account's announcement audio files.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnnouncementListResponse | Error]
    """

    kwargs = build_request()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> AnnouncementListResponse | Error | None:
    """List announcements

     Lists the account's announcement audio files.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnnouncementListResponse | Error
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
