# generated from spec/bulutfon-v1.yaml by make generate; do not edit
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.token_info import TokenInfo
from ...types import Operation, Response, json_loads, status_of


def build_request(
    token: str,
) -> dict[str, Any]:
    """The request of ``get_token_info``: keyword arguments for ``httpx.Client.request``
    (method, url, and params, json, files or headers as the operation has them)."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/token-info/{token}".format(
            token=quote(str(token), safe=""),
        ),
    }

    return _kwargs


def parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> Error | TokenInfo | None:
    """The body of a ``get_token_info`` response as the spec describes it for its status; None
    for a status the spec does not list (or errors.UnexpectedStatus if asked to raise)."""
    if response.status_code == 200:
        response_200 = TokenInfo.from_dict(json_loads(response.content))

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


OPERATION: Operation[Error | TokenInfo] = Operation(
    operation_id="get_token_info",
    method="GET",
    path="/token-info/{token}",
    tag="account",
    build_request=build_request,
    parse_response=parse_response,
    summary="Get a token's expiry",
)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | TokenInfo]:
    parsed: Error | TokenInfo | None
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
    token: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | TokenInfo]:
    """Get a token's expiry

     Tells whether an access token has expired and how many seconds it has left.
    Not on the provider's pages, but used by two official SDKs. The token in the path is
    the credential: the PHP SDK sends no other, the .NET SDK an empty `access_token=`.
    The token in the path is a secret: never log this URL unredacted.

    Args:
        token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TokenInfo]
    """

    kwargs = build_request(
        token=token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    token: str,
    *,
    client: AuthenticatedClient,
) -> Error | TokenInfo | None:
    """Get a token's expiry

     Tells whether an access token has expired and how many seconds it has left.
    Not on the provider's pages, but used by two official SDKs. The token in the path is
    the credential: the PHP SDK sends no other, the .NET SDK an empty `access_token=`.
    The token in the path is a secret: never log this URL unredacted.

    Args:
        token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TokenInfo
    """

    return sync_detailed(
        token=token,
        client=client,
    ).parsed


async def asyncio_detailed(
    token: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | TokenInfo]:
    """Get a token's expiry

     Tells whether an access token has expired and how many seconds it has left.
    Not on the provider's pages, but used by two official SDKs. The token in the path is
    the credential: the PHP SDK sends no other, the .NET SDK an empty `access_token=`.
    The token in the path is a secret: never log this URL unredacted.

    Args:
        token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TokenInfo]
    """

    kwargs = build_request(
        token=token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    token: str,
    *,
    client: AuthenticatedClient,
) -> Error | TokenInfo | None:
    """Get a token's expiry

     Tells whether an access token has expired and how many seconds it has left.
    Not on the provider's pages, but used by two official SDKs. The token in the path is
    the credential: the PHP SDK sends no other, the .NET SDK an empty `access_token=`.
    The token in the path is a secret: never log this URL unredacted.

    Args:
        token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TokenInfo
    """

    return (
        await asyncio_detailed(
            token=token,
            client=client,
        )
    ).parsed
