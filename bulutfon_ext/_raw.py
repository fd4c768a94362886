"""``client.with_raw_response``: every API method again, returning the HTTP response beside the value.

    raw = client.with_raw_response.dids.get(1)
    raw.status_code, raw.headers["Content-Type"], raw.http_response
    did = raw.parse()                     # what client.dids.get(1) returns

    raw = await async_client.with_raw_response.cdrs.list(limit=10)

The method runs exactly as it does without the prefix (its checks, retries and status errors: a
4xx or 5xx still raises); the response to its one request is kept beside the result. A body that
does not fit the spec raises ``ResponseParseError`` from ``parse()`` rather than from the call, so
its status and headers can still be read. Methods that do not send one request when called have
no raw form: ``iter`` (lazy), ``stream`` (a context manager) and ``signed_url`` (no request).
"""

from __future__ import annotations

import contextlib
import functools
import inspect
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from typing import Any, Generic, TypeVar

import httpx

from bulutfon_ext._errors import ResponseParseError
from bulutfon_ext._redact import redact_url

T = TypeVar("T")

# The responses sent while a raw call runs (per task and thread: ContextVar).
_CAPTURED: ContextVar[list[httpx.Response] | None] = ContextVar("bulutfon_raw", default=None)
_NO_RAW_FORM = frozenset({"iter", "stream", "signed_url"})
# The client's own methods that call the API (its other attributes are settings and plumbing).
CLIENT_METHODS = frozenset({"me", "token_info", "call_and_bridge"})


def captured(response: httpx.Response) -> httpx.Response:
    """Keep ``response`` for the raw call running in this context, if any."""
    bucket = _CAPTURED.get()
    if bucket is not None:
        bucket.append(response)
    return response


class RawResponse(Generic[T]):
    """The HTTP response of one call, and what the method returned for it."""

    def __init__(
        self, http_response: httpx.Response, parsed: T | None, error: ResponseParseError | None
    ) -> None:
        self.http_response = http_response
        self.status_code: int = http_response.status_code
        """The HTTP status, such as 200."""
        self.headers: httpx.Headers = http_response.headers
        """The response headers (case-insensitive)."""
        self._parsed = parsed
        self._error = error

    def parse(self) -> T:
        """What the method returns (a model, a ``Page``, a ``Path``); ``ResponseParseError`` if
        the body did not fit the spec."""
        if self._error is not None:
            raise self._error
        parsed: T = self._parsed  # type: ignore[assignment]
        return parsed

    def __repr__(self) -> str:
        request = self.http_response.request
        return f"<RawResponse [{self.status_code}] {request.method} {redact_url(request.url)}>"


def _result(name: str, bucket: list[httpx.Response], parsed: Any, error: Any) -> RawResponse[Any]:
    if len(bucket) != 1:
        raise TypeError(f"{name} sent {len(bucket)} requests; a raw response needs exactly one")
    return RawResponse(bucket[0], parsed, error)


@contextlib.contextmanager
def _capturing() -> Iterator[list[httpx.Response]]:
    bucket: list[httpx.Response] = []
    token = _CAPTURED.set(bucket)
    try:
        yield bucket
    finally:
        _CAPTURED.reset(token)


def _sync(method: Callable[..., Any], name: str) -> Callable[..., RawResponse[Any]]:
    @functools.wraps(method)
    def call(*args: Any, **kwargs: Any) -> RawResponse[Any]:
        with _capturing() as bucket:
            try:
                parsed, error = method(*args, **kwargs), None
            except ResponseParseError as caught:
                parsed, error = None, caught
        return _result(name, bucket, parsed, error)

    return call


def _async(method: Callable[..., Any], name: str) -> Callable[..., Any]:
    @functools.wraps(method)
    async def call(*args: Any, **kwargs: Any) -> RawResponse[Any]:
        with _capturing() as bucket:
            try:
                parsed, error = await method(*args, **kwargs), None
            except ResponseParseError as caught:
                parsed, error = None, caught
        return _result(name, bucket, parsed, error)

    return call


class RawView:
    """A client or resource seen through ``with_raw_response``: the same names, raw results."""

    def __init__(self, target: Any, *, allowed: frozenset[str] | None = None) -> None:
        self._target = target
        self._allowed = allowed

    def __getattr__(self, name: str) -> Any:
        from bulutfon_ext._async.resource import AsyncResource
        from bulutfon_ext._sync.resource import SyncResource

        value = getattr(self._target, name) if not name.startswith("_") else None
        if isinstance(value, SyncResource | AsyncResource):
            return RawView(value)
        if (
            value is None
            or not callable(value)
            or name in _NO_RAW_FORM
            or (self._allowed is not None and name not in self._allowed)
        ):
            raise AttributeError(
                f"with_raw_response has no {name!r}: only API methods that send one request "
                "(not iter, stream or signed_url)"
            )
        label = f"{type(self._target).__name__}.{name}"
        return _async(value, label) if inspect.iscoroutinefunction(value) else _sync(value, label)

    def __repr__(self) -> str:
        return f"<with_raw_response of {type(self._target).__name__}>"
