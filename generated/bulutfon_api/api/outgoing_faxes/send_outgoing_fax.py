# generated from spec/bulutfon-v1.yaml by make generate; do not edit
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.outgoing_fax_create import OutgoingFaxCreate
from ...models.outgoing_fax_create_form import OutgoingFaxCreateForm
from ...models.write_result import WriteResult
from ...types import UNSET, Operation, Response, Unset, json_loads, status_of


def build_request(
    *,
    body: OutgoingFaxCreate | OutgoingFaxCreateForm | Unset = UNSET,
) -> dict[str, Any]:
    """The request of ``send_outgoing_fax``: keyword arguments for ``httpx.Client.request``
    (method, url, and params, json, files or headers as the operation has them)."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/outgoing-faxes",
    }

    if isinstance(body, OutgoingFaxCreate):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    if isinstance(body, OutgoingFaxCreateForm):
        _kwargs["data"] = body.to_dict()
        headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> Error | WriteResult | None:
    """The body of a ``send_outgoing_fax`` response as the spec describes it for its status; None
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
    operation_id="send_outgoing_fax",
    method="POST",
    path="/outgoing-faxes",
    tag="outgoing_faxes",
    build_request=build_request,
    parse_response=parse_response,
    summary="Send a fax",
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
    body: OutgoingFaxCreate | OutgoingFaxCreateForm | Unset = UNSET,
) -> Response[Error | WriteResult]:
    """Send a fax

     Sends a document (pdf, jpeg, png or tiff) as a fax to one or more numbers from one of
    the PBX's numbers. This costs money: never retry it after the request may have reached
    the server. The attachment is the string
    `data:<mime type>;name:<file name>;base64:<base64 of the file>` (not an RFC 2397 data URI).

    Args:
        body (OutgoingFaxCreate):
        body (OutgoingFaxCreateForm): `OutgoingFaxCreate` form-encoded, credentials allowed in the
            body.

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
    body: OutgoingFaxCreate | OutgoingFaxCreateForm | Unset = UNSET,
) -> Error | WriteResult | None:
    """Send a fax

     Sends a document (pdf, jpeg, png or tiff) as a fax to one or more numbers from one of
    the PBX's numbers. This costs money: never retry it after the request may have reached
    the server. The attachment is the string
    `data:<mime type>;name:<file name>;base64:<base64 of the file>` (not an RFC 2397 data URI).

    Args:
        body (OutgoingFaxCreate):
        body (OutgoingFaxCreateForm): `OutgoingFaxCreate` form-encoded, credentials allowed in the
            body.

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
    body: OutgoingFaxCreate | OutgoingFaxCreateForm | Unset = UNSET,
) -> Response[Error | WriteResult]:
    """Send a fax

     Sends a document (pdf, jpeg, png or tiff) as a fax to one or more numbers from one of
    the PBX's numbers. This costs money: never retry it after the request may have reached
    the server. The attachment is the string
    `data:<mime type>;name:<file name>;base64:<base64 of the file>` (not an RFC 2397 data URI).

    Args:
        body (OutgoingFaxCreate):
        body (OutgoingFaxCreateForm): `OutgoingFaxCreate` form-encoded, credentials allowed in the
            body.

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
    body: OutgoingFaxCreate | OutgoingFaxCreateForm | Unset = UNSET,
) -> Error | WriteResult | None:
    """Send a fax

     Sends a document (pdf, jpeg, png or tiff) as a fax to one or more numbers from one of
    the PBX's numbers. This costs money: never retry it after the request may have reached
    the server. The attachment is the string
    `data:<mime type>;name:<file name>;base64:<base64 of the file>` (not an RFC 2397 data URI).

    Args:
        body (OutgoingFaxCreate):
        body (OutgoingFaxCreateForm): `OutgoingFaxCreate` form-encoded, credentials allowed in the
            body.

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
