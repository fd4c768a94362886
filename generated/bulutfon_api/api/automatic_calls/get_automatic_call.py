# generated from spec/bulutfon-v1.yaml by make generate; do not edit
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.automatic_call_response import AutomaticCallResponse
from ...models.error import Error
from ...types import Operation, Response, json_loads, status_of


def build_request(
    id: int,
) -> dict[str, Any]:
    """The request of ``get_automatic_call``: keyword arguments for ``httpx.Client.request``
    (method, url, and params, json, files or headers as the operation has them)."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/automatic-calls/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> AutomaticCallResponse | Error | None:
    """The body of a ``get_automatic_call`` response as the spec describes it for its status; None
    for a status the spec does not list (or errors.UnexpectedStatus if asked to raise)."""
    if response.status_code == 200:
        response_200 = AutomaticCallResponse.from_dict(json_loads(response.content))

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


OPERATION: Operation[AutomaticCallResponse | Error] = Operation(
    operation_id="get_automatic_call",
    method="GET",
    path="/automatic-calls/{id}",
    tag="automatic_calls",
    build_request=build_request,
    parse_response=parse_response,
    summary="Get an automatic call with its calling hours and each recipient's outcome",
    envelope="automatic_call",
)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AutomaticCallResponse | Error]:
    parsed: AutomaticCallResponse | Error | None
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
    id: int,
    *,
    client: AuthenticatedClient,
) -> Response[AutomaticCallResponse | Error]:
    """Get an automatic call with its calling hours and each recipient's outcome

     Returns one automatic call, its calling hours and each recipient's outcome (called, answered, key
    pressed).

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AutomaticCallResponse | Error]
    """

    kwargs = build_request(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient,
) -> AutomaticCallResponse | Error | None:
    """Get an automatic call with its calling hours and each recipient's outcome

     Returns one automatic call, its calling hours and each recipient's outcome (called, answered, key
    pressed).

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AutomaticCallResponse | Error
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
) -> Response[AutomaticCallResponse | Error]:
    """Get an automatic call with its calling hours and each recipient's outcome

     Returns one automatic call, its calling hours and each recipient's outcome (called, answered, key
    pressed).

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AutomaticCallResponse | Error]
    """

    kwargs = build_request(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
) -> AutomaticCallResponse | Error | None:
    """Get an automatic call with its calling hours and each recipient's outcome

     Returns one automatic call, its calling hours and each recipient's outcome (called, answered, key
    pressed).

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AutomaticCallResponse | Error
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
