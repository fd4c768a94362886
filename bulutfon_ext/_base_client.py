"""The one place every call of the ergonomic layer goes through.

A resource method checks its arguments, then hands the generated operation
(``bulutfon_api.api.<tag>.<operation>.OPERATION``) and its arguments to ``_call`` (the parsed
body), ``_send`` (the raw response) or ``_stream`` (a body to read in chunks). Here, and only
here:

1. the request is built with the operation's public ``build_request``;
2. per-call ``RequestOptions`` (a timeout, extra headers, extra query parameters) are applied;
3. it is sent through the client's httpx client, which adds the credentials, retries (the retry
   transport) and raises status errors (the response hook, ``_errors.status_error``);
4. httpx failures become the SDK's exceptions (``_errors.translated``);
5. the body is read with the operation's public ``parse_response``, and anything that is not the
   success the spec describes becomes ``ResponseParseError``.

Steps 1, 2 and 5 are the plain functions below; the client classes that send (step 3) are in
``bulutfon_ext/_async/base_client.py``, written once, and its generated sync twin. Nothing else
in ``bulutfon_ext`` touches the generated operation modules, and ``tests/generated/test_seam.py``
fails if the generated side of this seam changes.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Mapping
from typing import Any, TypeVar

import attrs
import httpx

from bulutfon_api.models import Error
from bulutfon_api.types import Operation
from bulutfon_ext._errors import BulutfonError, ResponseParseError, error_in_success
from bulutfon_ext._retry import STREAM_EXTENSION

T = TypeVar("T")
# What the generated parsers raise on a body that does not fit the spec: JSONDecodeError is a
# ValueError, RecursionError comes from absurdly nested JSON, and the strict scalar checks of the
# generated models may raise anything of their own; none of it may reach the user as itself.
PARSE_ERRORS = (Exception,)
Scrub = Callable[[BaseException], None]


@attrs.frozen
class RequestOptions:
    """Changes to one call's request, applied after the operation has built it."""

    timeout: httpx.Timeout | None = None
    extra_headers: Mapping[str, str] = attrs.field(factory=dict)
    extra_query: Mapping[str, Any] = attrs.field(factory=dict)


NO_OPTIONS = RequestOptions()


def build_request(
    operation: Operation[Any],
    arguments: Mapping[str, Any],
    options: RequestOptions = NO_OPTIONS,
    *,
    stream: bool = False,
) -> dict[str, Any]:
    """Keyword arguments for ``httpx.Client.request``/``stream``: the operation's request with
    ``options`` applied; a streamed one is marked so the retry transport leaves its body unread."""
    request = dict(operation.build_request(**arguments))
    if options.extra_query:
        request["params"] = {**request.get("params", {}), **options.extra_query}
    if options.extra_headers:
        request["headers"] = {**request.get("headers", {}), **options.extra_headers}
    if options.timeout is not None:
        request["timeout"] = options.timeout
    if stream:
        request["extensions"] = {STREAM_EXTENSION: True}
        # A binary body is not worth compressing, and a compressed one could decode to any size.
        request["headers"] = {**request.get("headers", {}), "Accept-Encoding": "identity"}
    return request


def parse_response(operation: Operation[T | Error], response: httpx.Response) -> T:
    """The success body of ``response`` as the spec describes it, else ``ResponseParseError``.

    Error statuses never get here: the client's response hook has raised them already."""
    name = operation.operation_id
    if response.status_code == 204 and not response.content:
        # Off-spec but plausible for a delete: "done, nothing to say" is a success, not a fault.
        response = httpx.Response(204, json={}, request=response.request)
    failed = error_in_success(response, name)
    if failed is not None:
        raise failed
    try:
        parsed = operation.parse_response(response)
    except BulutfonError:
        raise
    except PARSE_ERRORS as error:
        raise ResponseParseError(
            f"{name}: the response is not what the spec describes ({type(error).__name__}: {error})",
            response=response,
        ) from error
    if parsed is None or isinstance(parsed, Error):
        raise ResponseParseError(
            f"{name}: HTTP {response.status_code} had a body the spec does not describe",
            response=response,
        )
    return parsed


@contextlib.contextmanager
def scrubbed(scrub: Scrub | None) -> Iterator[None]:
    """Redact the client's credential values from whatever SDK error leaves the block."""
    try:
        yield
    except BulutfonError as error:
        if scrub is not None:
            scrub(error)
        raise
