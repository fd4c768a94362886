from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.sms_rejection_list_response import SmsRejectionListResponse
from ...types import Response


def _get_kwargs(
    title: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/message-titles/{title}/sms-rejections".format(
            title=quote(str(title), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | SmsRejectionListResponse | None:
    if response.status_code == 200:
        response_200 = SmsRejectionListResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if 500 <= response.status_code <= 599:
        response_5xx = Error.from_dict(response.json())

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | SmsRejectionListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    title: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | SmsRejectionListResponse]:
    """List the numbers that rejected a title's SMS (deprecated)

     Lists the numbers on a sender title's blacklist. Deprecated with the SMS service.

    Args:
        title (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SmsRejectionListResponse]
    """

    kwargs = _get_kwargs(
        title=title,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    title: str,
    *,
    client: AuthenticatedClient,
) -> Error | SmsRejectionListResponse | None:
    """List the numbers that rejected a title's SMS (deprecated)

     Lists the numbers on a sender title's blacklist. Deprecated with the SMS service.

    Args:
        title (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SmsRejectionListResponse
    """

    return sync_detailed(
        title=title,
        client=client,
    ).parsed


async def asyncio_detailed(
    title: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | SmsRejectionListResponse]:
    """List the numbers that rejected a title's SMS (deprecated)

     Lists the numbers on a sender title's blacklist. Deprecated with the SMS service.

    Args:
        title (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SmsRejectionListResponse]
    """

    kwargs = _get_kwargs(
        title=title,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    title: str,
    *,
    client: AuthenticatedClient,
) -> Error | SmsRejectionListResponse | None:
    """List the numbers that rejected a title's SMS (deprecated)

     Lists the numbers on a sender title's blacklist. Deprecated with the SMS service.

    Args:
        title (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SmsRejectionListResponse
    """

    return (
        await asyncio_detailed(
            title=title,
            client=client,
        )
    ).parsed
