# generated from spec/bulutfon-v1.yaml by make generate; do not edit
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.call_and_bridge_result import CallAndBridgeResult
from ...models.error import Error
from ...types import UNSET, Operation, Response, Unset, json_loads, status_of


def build_request(
    *,
    caller: int | str,
    callee: int | str,
    destination: int | str,
    timeout: int | str | Unset = UNSET,
) -> dict[str, Any]:
    """The request of ``call_and_bridge``: keyword arguments for ``httpx.Client.request``
    (method, url, and params, json, files or headers as the operation has them)."""

    params: dict[str, Any] = {}

    json_caller: int | str
    json_caller = caller
    params["caller"] = json_caller

    json_callee: int | str
    json_callee = callee
    params["callee"] = json_callee

    json_destination: int | str
    json_destination = destination
    params["destination"] = json_destination

    json_timeout: int | str | Unset
    if isinstance(timeout, Unset):
        json_timeout = UNSET
    else:
        json_timeout = timeout
    params["timeout"] = json_timeout

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/call_and_bridge",
        "params": params,
    }

    return _kwargs


def parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> CallAndBridgeResult | Error | None:
    """The body of a ``call_and_bridge`` response as the spec describes it for its status; None
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
        response_2xx = CallAndBridgeResult.from_dict(json_loads(response.content))

        return response_2xx

    if 500 <= response.status_code <= 599:
        response_5xx = Error.from_dict(json_loads(response.content))

        return response_5xx

    if raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


OPERATION: Operation[CallAndBridgeResult | Error] = Operation(
    operation_id="call_and_bridge",
    method="POST",
    path="/call_and_bridge",
    tag="call_and_bridge",
    build_request=build_request,
    parse_response=parse_response,
    summary="Call a number and bridge it to a menu, group or extension",
)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CallAndBridgeResult | Error]:
    parsed: CallAndBridgeResult | Error | None
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
    caller: int | str,
    callee: int | str,
    destination: int | str,
    timeout: int | str | Unset = UNSET,
) -> Response[CallAndBridgeResult | Error]:
    """Call a number and bridge it to a menu, group or extension

     Calls `callee` from `caller` (one of your PBX's numbers) and, once answered, connects the
    call to `destination`: 2 digits for a menu, 3 for a group, 4 for an extension.
    `timeout` is how long to let it ring. The only resource whose path uses an underscore.
    The parameters go in the query string, as in the provider's only example
    (`call_and_bridge?access_token=XXX&caller=XXX&callee=XXX&destination=XXXX`); the
    server reads them from a form body as well, as it does every parameter.
    This places a real call: never retry it after the request may have reached the server.

    Args:
        caller (int | str): A phone number, digits only, as a JSON integer or a string (shipped
            clients send both).
        callee (int | str): A phone number, digits only, as a JSON integer or a string (shipped
            clients send both).
        destination (int | str):
        timeout (int | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CallAndBridgeResult | Error]
    """

    kwargs = build_request(
        caller=caller,
        callee=callee,
        destination=destination,
        timeout=timeout,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    caller: int | str,
    callee: int | str,
    destination: int | str,
    timeout: int | str | Unset = UNSET,
) -> CallAndBridgeResult | Error | None:
    """Call a number and bridge it to a menu, group or extension

     Calls `callee` from `caller` (one of your PBX's numbers) and, once answered, connects the
    call to `destination`: 2 digits for a menu, 3 for a group, 4 for an extension.
    `timeout` is how long to let it ring. The only resource whose path uses an underscore.
    The parameters go in the query string, as in the provider's only example
    (`call_and_bridge?access_token=XXX&caller=XXX&callee=XXX&destination=XXXX`); the
    server reads them from a form body as well, as it does every parameter.
    This places a real call: never retry it after the request may have reached the server.

    Args:
        caller (int | str): A phone number, digits only, as a JSON integer or a string (shipped
            clients send both).
        callee (int | str): A phone number, digits only, as a JSON integer or a string (shipped
            clients send both).
        destination (int | str):
        timeout (int | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CallAndBridgeResult | Error
    """

    return sync_detailed(
        client=client,
        caller=caller,
        callee=callee,
        destination=destination,
        timeout=timeout,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    caller: int | str,
    callee: int | str,
    destination: int | str,
    timeout: int | str | Unset = UNSET,
) -> Response[CallAndBridgeResult | Error]:
    """Call a number and bridge it to a menu, group or extension

     Calls `callee` from `caller` (one of your PBX's numbers) and, once answered, connects the
    call to `destination`: 2 digits for a menu, 3 for a group, 4 for an extension.
    `timeout` is how long to let it ring. The only resource whose path uses an underscore.
    The parameters go in the query string, as in the provider's only example
    (`call_and_bridge?access_token=XXX&caller=XXX&callee=XXX&destination=XXXX`); the
    server reads them from a form body as well, as it does every parameter.
    This places a real call: never retry it after the request may have reached the server.

    Args:
        caller (int | str): A phone number, digits only, as a JSON integer or a string (shipped
            clients send both).
        callee (int | str): A phone number, digits only, as a JSON integer or a string (shipped
            clients send both).
        destination (int | str):
        timeout (int | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CallAndBridgeResult | Error]
    """

    kwargs = build_request(
        caller=caller,
        callee=callee,
        destination=destination,
        timeout=timeout,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    caller: int | str,
    callee: int | str,
    destination: int | str,
    timeout: int | str | Unset = UNSET,
) -> CallAndBridgeResult | Error | None:
    """Call a number and bridge it to a menu, group or extension

     Calls `callee` from `caller` (one of your PBX's numbers) and, once answered, connects the
    call to `destination`: 2 digits for a menu, 3 for a group, 4 for an extension.
    `timeout` is how long to let it ring. The only resource whose path uses an underscore.
    The parameters go in the query string, as in the provider's only example
    (`call_and_bridge?access_token=XXX&caller=XXX&callee=XXX&destination=XXXX`); the
    server reads them from a form body as well, as it does every parameter.
    This places a real call: never retry it after the request may have reached the server.

    Args:
        caller (int | str): A phone number, digits only, as a JSON integer or a string (shipped
            clients send both).
        callee (int | str): A phone number, digits only, as a JSON integer or a string (shipped
            clients send both).
        destination (int | str):
        timeout (int | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CallAndBridgeResult | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            caller=caller,
            callee=callee,
            destination=destination,
            timeout=timeout,
        )
    ).parsed
