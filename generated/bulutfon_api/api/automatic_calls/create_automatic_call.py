# generated from spec/bulutfon-v1.yaml by make generate; do not edit
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.automatic_call_create import AutomaticCallCreate
from ...models.automatic_call_create_form import AutomaticCallCreateForm
from ...models.error import Error
from ...models.write_result import WriteResult
from ...types import UNSET, Operation, Response, Unset, json_loads, status_of


def build_request(
    *,
    body: AutomaticCallCreate | AutomaticCallCreateForm | Unset = UNSET,
) -> dict[str, Any]:
    """The request of ``create_automatic_call``: keyword arguments for ``httpx.Client.request``
    (method, url, and params, json, files or headers as the operation has them)."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/automatic-calls",
    }

    if isinstance(body, AutomaticCallCreate):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    if isinstance(body, AutomaticCallCreateForm):
        _kwargs["data"] = body.to_dict()
        headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> Error | WriteResult | None:
    """The body of a ``create_automatic_call`` response as the spec describes it for its status; None
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
    operation_id="create_automatic_call",
    method="POST",
    path="/automatic-calls",
    tag="automatic_calls",
    build_request=build_request,
    parse_response=parse_response,
    summary="Start an automatic call",
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
    body: AutomaticCallCreate | AutomaticCallCreateForm | Unset = UNSET,
) -> Response[Error | WriteResult]:
    """Start an automatic call

     Calls each receiver in turn from one of the PBX's numbers and plays an announcement,
    a sound URL, or hands the call to BulutfonXM: send exactly one of `announcement_id`,
    `sound_url` and `bulutfon_xm_id`. `timeout` is how long each phone rings (0 to 60
    seconds). Calls are made one after another, not all at once, so mind the calling
    hours (`{day}_active`, `{day}_start`, `{day}_finish`, honoured when `hours_active`).
    This costs money: never retry it after the request may have reached the server.

    Args:
        body (AutomaticCallCreate):
        body (AutomaticCallCreateForm): `AutomaticCallCreate` form-encoded, credentials allowed in
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
    body: AutomaticCallCreate | AutomaticCallCreateForm | Unset = UNSET,
) -> Error | WriteResult | None:
    """Start an automatic call

     Calls each receiver in turn from one of the PBX's numbers and plays an announcement,
    a sound URL, or hands the call to BulutfonXM: send exactly one of `announcement_id`,
    `sound_url` and `bulutfon_xm_id`. `timeout` is how long each phone rings (0 to 60
    seconds). Calls are made one after another, not all at once, so mind the calling
    hours (`{day}_active`, `{day}_start`, `{day}_finish`, honoured when `hours_active`).
    This costs money: never retry it after the request may have reached the server.

    Args:
        body (AutomaticCallCreate):
        body (AutomaticCallCreateForm): `AutomaticCallCreate` form-encoded, credentials allowed in
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
    body: AutomaticCallCreate | AutomaticCallCreateForm | Unset = UNSET,
) -> Response[Error | WriteResult]:
    """Start an automatic call

     Calls each receiver in turn from one of the PBX's numbers and plays an announcement,
    a sound URL, or hands the call to BulutfonXM: send exactly one of `announcement_id`,
    `sound_url` and `bulutfon_xm_id`. `timeout` is how long each phone rings (0 to 60
    seconds). Calls are made one after another, not all at once, so mind the calling
    hours (`{day}_active`, `{day}_start`, `{day}_finish`, honoured when `hours_active`).
    This costs money: never retry it after the request may have reached the server.

    Args:
        body (AutomaticCallCreate):
        body (AutomaticCallCreateForm): `AutomaticCallCreate` form-encoded, credentials allowed in
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
    body: AutomaticCallCreate | AutomaticCallCreateForm | Unset = UNSET,
) -> Error | WriteResult | None:
    """Start an automatic call

     Calls each receiver in turn from one of the PBX's numbers and plays an announcement,
    a sound URL, or hands the call to BulutfonXM: send exactly one of `announcement_id`,
    `sound_url` and `bulutfon_xm_id`. `timeout` is how long each phone rings (0 to 60
    seconds). Calls are made one after another, not all at once, so mind the calling
    hours (`{day}_active`, `{day}_start`, `{day}_finish`, honoured when `hours_active`).
    This costs money: never retry it after the request may have reached the server.

    Args:
        body (AutomaticCallCreate):
        body (AutomaticCallCreateForm): `AutomaticCallCreate` form-encoded, credentials allowed in
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
