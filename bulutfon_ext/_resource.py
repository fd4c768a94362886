"""What every resource shares: calling a generated operation, unwrapping it, streaming a body.

Status errors never reach this code as values: the client's response hook has already raised
them. What is left to catch here is a 2xx body that is not what the spec says.
"""

from __future__ import annotations

import contextlib
import sys
import warnings
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from bulutfon_api.models import Error
from bulutfon_api.types import UNSET, Response, Unset
from bulutfon_ext import _validation as check
from bulutfon_ext._downloads import (
    AsyncStream,
    Progress,
    Stream,
    Target,
    acheck_media,
    check_media,
    check_target,
)
from bulutfon_ext._errors import (
    APIConnectionError,
    APITimeoutError,
    BulutfonError,
    ResponseParseError,
    expired_token_error,
)
from bulutfon_ext._pagination import AsyncPage, Page, PageInfo
from bulutfon_ext._retry import STREAM_EXTENSION

if TYPE_CHECKING:
    from bulutfon_ext._client import AsyncBulutfon, Bulutfon

T = TypeVar("T")
# What the generated parsers raise on a body that does not fit the spec: JSONDecodeError is a
# ValueError, RecursionError comes from absurdly nested JSON, and the strict scalar checks of the
# generated models may raise anything of their own; none of it may reach the user as itself.
PARSE_ERRORS = (Exception,)


def opt(value: T | None) -> T | Unset:
    """None (the Python way to say 'not given') as the generated client's UNSET."""
    return UNSET if value is None else value


def deprecated(name: str) -> None:
    warnings.warn(
        f"{name} is deprecated: Bulutfon ended its SMS service on 2020-12-31",
        DeprecationWarning,
        stacklevel=3,
    )


def _module(operation: Callable[..., Any] | ModuleType) -> ModuleType:
    # The generated operation's module knows the request (path, query, body) from the spec and
    # how to parse its answer. Sending and parsing in separate steps keeps a fault in one from
    # being mistaken for the other.
    if isinstance(operation, ModuleType):
        return operation
    return sys.modules[operation.__module__]


def _request(
    operation: Callable[..., Any] | ModuleType, kwargs: dict[str, Any], *, stream: bool = False
) -> dict[str, Any]:
    built: dict[str, Any] = dict(_module(operation)._get_kwargs(**kwargs))
    if stream:
        built["extensions"] = {STREAM_EXTENSION: True}
        # A binary body is not worth compressing, and a compressed one could decode to any size.
        built["headers"] = {**built.get("headers", {}), "Accept-Encoding": "identity"}
    return built


@contextlib.contextmanager
def sdk_errors(
    request: httpx.Request | None = None, scrub: Callable[[BaseException], None] | None = None
) -> Iterator[None]:
    """Turn any httpx error that got past the retry transport into the SDK's own, and (with
    ``scrub``) redact the client's credential values from whatever error leaves."""
    try:
        try:
            yield
        except httpx.DecodingError as error:
            raise ResponseParseError(f"the response body could not be decoded: {error}") from error
        except httpx.TimeoutException as error:
            raise APITimeoutError(
                f"timed out: {error or type(error).__name__}", request=request
            ) from error
        except httpx.HTTPError as error:
            raise APIConnectionError(f"{type(error).__name__}: {error}", request=request) from error
    except BulutfonError as error:
        if scrub is not None:
            scrub(error)
        raise


def _parse(operation: Callable[..., Any], client: Any, response: httpx.Response) -> Any:
    name = operation.__module__.rsplit(".", 1)[-1]
    if response.status_code == 204 and not response.content:
        # Off-spec but plausible for a delete: "done, nothing to say" is a success, not a fault.
        response = httpx.Response(204, json={}, request=response.request)
    expired = expired_token_error(response)
    if expired is not None:
        raise expired
    try:
        parsed = _module(operation)._parse_response(client=client, response=response)
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


def single_page(items: list[T]) -> Page[T]:
    return Page(items=items, info=PageInfo(page=1))


def async_single_page(items: list[T]) -> AsyncPage[T]:
    return AsyncPage(items=items, info=PageInfo(page=1))


class SyncResource:
    def __init__(self, client: Bulutfon) -> None:
        self._client = client

    def _call(self, operation: Callable[..., Response[T | Error]], **kwargs: Any) -> T:
        """Send the generated operation's request and return its parsed success body."""
        with sdk_errors(scrub=self._client._config.scrub):
            response = self._client.http.request(**_request(operation, kwargs))
            parsed: T = _parse(operation, self._client.low_level, response)
        return parsed

    @contextlib.contextmanager
    def _stream(self, module: ModuleType, **kwargs: Any) -> Iterator[Stream]:
        with (
            sdk_errors(scrub=self._client._config.scrub),
            self._client.http.stream(**_request(module, kwargs, stream=True)) as response,
        ):
            check_media(response, module.__name__)
            yield Stream(response)

    def _download(
        self, module: ModuleType, to: Target, name: str, progress: Progress | None, **kwargs: Any
    ) -> Path | None:
        check_target(to)
        check.callback(progress, "progress")
        with self._stream(module, **kwargs) as stream:
            return stream.save(to, name, progress)


class AsyncResource:
    def __init__(self, client: AsyncBulutfon) -> None:
        self._client = client

    async def _call(
        self, operation: Callable[..., Awaitable[Response[T | Error]]], **kwargs: Any
    ) -> T:
        with sdk_errors(scrub=self._client._config.scrub):
            response = await self._client.http.request(**_request(operation, kwargs))
            parsed: T = _parse(operation, self._client.low_level, response)
        return parsed

    @contextlib.asynccontextmanager
    async def _stream(self, module: ModuleType, **kwargs: Any) -> AsyncIterator[AsyncStream]:
        with sdk_errors(scrub=self._client._config.scrub):
            async with self._client.http.stream(
                **_request(module, kwargs, stream=True)
            ) as response:
                await acheck_media(response, module.__name__)
                yield AsyncStream(response)

    async def _download(
        self, module: ModuleType, to: Target, name: str, progress: Progress | None, **kwargs: Any
    ) -> Path | None:
        check_target(to)
        check.callback(progress, "progress")
        async with self._stream(module, **kwargs) as stream:
            return await stream.save(to, name, progress)
