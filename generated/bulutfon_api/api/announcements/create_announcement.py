# generated from spec/bulutfon-v1.yaml by make generate; do not edit
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.announcement_create import AnnouncementCreate
from ...models.announcement_create_form import AnnouncementCreateForm
from ...models.error import Error
from ...models.write_result import WriteResult
from ...types import UNSET, Operation, Response, Unset, json_loads, status_of


def build_request(
    *,
    body: AnnouncementCreate | AnnouncementCreateForm | Unset = UNSET,
) -> dict[str, Any]:
    """The request of ``create_announcement``: keyword arguments for ``httpx.Client.request``
    (method, url, and params, json, files or headers as the operation has them)."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/announcements",
    }

    if isinstance(body, AnnouncementCreate):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    if isinstance(body, AnnouncementCreateForm):
        _kwargs["data"] = body.to_dict()
        headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> Error | WriteResult | None:
    """The body of a ``create_announcement`` response as the spec describes it for its status; None
    for a status the spec does not list (or errors.UnexpectedStatus if asked to raise)."""
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

    if 200 <= response.status_code <= 299:
        response_2xx = WriteResult.from_dict(json_loads(response.content))

        return response_2xx

    if 500 <= response.status_code <= 599:
        response_5xx = Error.from_dict(json_loads(response.content))

        return response_5xx

    if raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


OPERATION: Operation[Error | WriteResult] = Operation(
    operation_id="create_announcement",
    method="POST",
    path="/announcements",
    tag="announcements",
    build_request=build_request,
    parse_response=parse_response,
    summary="Upload an announcement",
)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | WriteResult]:
    parsed: Error | WriteResult | None
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
    body: AnnouncementCreate | AnnouncementCreateForm | Unset = UNSET,
) -> Response[Error | WriteResult]:
    """Upload an announcement

     Creates an announcement from a WAV or MP3 file, sent as the string
    `data:<mime type>;name:<file name>;base64:<base64 of the file>`.

    Args:
        body (AnnouncementCreate):
        body (AnnouncementCreateForm): `AnnouncementCreate` form-encoded, credentials allowed in
            the body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | WriteResult]
    """

    kwargs = build_request(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: AnnouncementCreate | AnnouncementCreateForm | Unset = UNSET,
) -> Error | WriteResult | None:
    """Upload an announcement

     Creates an announcement from a WAV or MP3 file, sent as the string
    `data:<mime type>;name:<file name>;base64:<base64 of the file>`.

    Args:
        body (AnnouncementCreate):
        body (AnnouncementCreateForm): `AnnouncementCreate` form-encoded, credentials allowed in
            the body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | WriteResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AnnouncementCreate | AnnouncementCreateForm | Unset = UNSET,
) -> Response[Error | WriteResult]:
    """Upload an announcement

     Creates an announcement from a WAV or MP3 file, sent as the string
    `data:<mime type>;name:<file name>;base64:<base64 of the file>`.

    Args:
        body (AnnouncementCreate):
        body (AnnouncementCreateForm): `AnnouncementCreate` form-encoded, credentials allowed in
            the body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | WriteResult]
    """

    kwargs = build_request(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AnnouncementCreate | AnnouncementCreateForm | Unset = UNSET,
) -> Error | WriteResult | None:
    """Upload an announcement

     Creates an announcement from a WAV or MP3 file, sent as the string
    `data:<mime type>;name:<file name>;base64:<base64 of the file>`.

    Args:
        body (AnnouncementCreate):
        body (AnnouncementCreateForm): `AnnouncementCreate` form-encoded, credentials allowed in
            the body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | WriteResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
