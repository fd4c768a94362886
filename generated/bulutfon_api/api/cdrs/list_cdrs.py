# generated from spec/bulutfon-v1.yaml by make generate; do not edit
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cdr_list_response import CdrListResponse
from ...models.error import Error
from ...models.time_limit import TimeLimit
from ...types import UNSET, Operation, Response, Unset, json_loads, status_of


def build_request(
    *,
    caller_or_callee: str | Unset = UNSET,
    caller: str | Unset = UNSET,
    callee: str | Unset = UNSET,
    missing_call: bool | Unset = UNSET,
    order: str | Unset = UNSET,
    time_limit: TimeLimit | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:
    """The request of ``list_cdrs``: keyword arguments for ``httpx.Client.request``
    (method, url, and params, json, files or headers as the operation has them)."""

    params: dict[str, Any] = {}

    params["caller_or_callee"] = caller_or_callee

    params["caller"] = caller

    params["callee"] = callee

    params["missing_call"] = missing_call

    params["order"] = order

    json_time_limit: str | Unset = UNSET
    if not isinstance(time_limit, Unset):
        json_time_limit = time_limit.value

    params["time_limit"] = json_time_limit

    params["page"] = page

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/cdrs",
        "params": params,
    }

    return _kwargs


def parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> CdrListResponse | Error | None:
    """The body of a ``list_cdrs`` response as the spec describes it for its status; None
    for a status the spec does not list (or errors.UnexpectedStatus if asked to raise)."""
    if response.status_code == 200:
        response_200 = CdrListResponse.from_dict(json_loads(response.content))

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


OPERATION: Operation[CdrListResponse | Error] = Operation(
    operation_id="list_cdrs",
    method="GET",
    path="/cdrs",
    tag="cdrs",
    build_request=build_request,
    parse_response=parse_response,
    summary="List call detail records",
    envelope="cdrs",
)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CdrListResponse | Error]:
    parsed: CdrListResponse | Error | None
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
    caller_or_callee: str | Unset = UNSET,
    caller: str | Unset = UNSET,
    callee: str | Unset = UNSET,
    missing_call: bool | Unset = UNSET,
    order: str | Unset = UNSET,
    time_limit: TimeLimit | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[CdrListResponse | Error]:
    """List call detail records

     Lists the PBX's call detail records, a page at a time. Number filters take one number
    or several separated by commas; time and number filters can be combined.

    Args:
        caller_or_callee (str | Unset):
        caller (str | Unset):
        callee (str | Unset):
        missing_call (bool | Unset):
        order (str | Unset):
        time_limit (TimeLimit | Unset): `hour`: the last hour; `day`: the last 24 hours; `month`:
            the last month.
        page (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CdrListResponse | Error]
    """

    kwargs = build_request(
        caller_or_callee=caller_or_callee,
        caller=caller,
        callee=callee,
        missing_call=missing_call,
        order=order,
        time_limit=time_limit,
        page=page,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    caller_or_callee: str | Unset = UNSET,
    caller: str | Unset = UNSET,
    callee: str | Unset = UNSET,
    missing_call: bool | Unset = UNSET,
    order: str | Unset = UNSET,
    time_limit: TimeLimit | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> CdrListResponse | Error | None:
    """List call detail records

     Lists the PBX's call detail records, a page at a time. Number filters take one number
    or several separated by commas; time and number filters can be combined.

    Args:
        caller_or_callee (str | Unset):
        caller (str | Unset):
        callee (str | Unset):
        missing_call (bool | Unset):
        order (str | Unset):
        time_limit (TimeLimit | Unset): `hour`: the last hour; `day`: the last 24 hours; `month`:
            the last month.
        page (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CdrListResponse | Error
    """

    return sync_detailed(
        client=client,
        caller_or_callee=caller_or_callee,
        caller=caller,
        callee=callee,
        missing_call=missing_call,
        order=order,
        time_limit=time_limit,
        page=page,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    caller_or_callee: str | Unset = UNSET,
    caller: str | Unset = UNSET,
    callee: str | Unset = UNSET,
    missing_call: bool | Unset = UNSET,
    order: str | Unset = UNSET,
    time_limit: TimeLimit | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[CdrListResponse | Error]:
    """List call detail records

     Lists the PBX's call detail records, a page at a time. Number filters take one number
    or several separated by commas; time and number filters can be combined.

    Args:
        caller_or_callee (str | Unset):
        caller (str | Unset):
        callee (str | Unset):
        missing_call (bool | Unset):
        order (str | Unset):
        time_limit (TimeLimit | Unset): `hour`: the last hour; `day`: the last 24 hours; `month`:
            the last month.
        page (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CdrListResponse | Error]
    """

    kwargs = build_request(
        caller_or_callee=caller_or_callee,
        caller=caller,
        callee=callee,
        missing_call=missing_call,
        order=order,
        time_limit=time_limit,
        page=page,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    caller_or_callee: str | Unset = UNSET,
    caller: str | Unset = UNSET,
    callee: str | Unset = UNSET,
    missing_call: bool | Unset = UNSET,
    order: str | Unset = UNSET,
    time_limit: TimeLimit | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> CdrListResponse | Error | None:
    """List call detail records

     Lists the PBX's call detail records, a page at a time. Number filters take one number
    or several separated by commas; time and number filters can be combined.

    Args:
        caller_or_callee (str | Unset):
        caller (str | Unset):
        callee (str | Unset):
        missing_call (bool | Unset):
        order (str | Unset):
        time_limit (TimeLimit | Unset): `hour`: the last hour; `day`: the last 24 hours; `month`:
            the last month.
        page (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CdrListResponse | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            caller_or_callee=caller_or_callee,
            caller=caller,
            callee=callee,
            missing_call=missing_call,
            order=order,
            time_limit=time_limit,
            page=page,
            limit=limit,
        )
    ).parsed
