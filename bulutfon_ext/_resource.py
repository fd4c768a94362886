"""What every resource shares: calling an operation through its client, unwrapping it,
streaming a body. How a call is sent and parsed lives in ``_base_client``; a resource passes the
generated operation's ``OPERATION`` and its checked arguments.
"""

from __future__ import annotations

import contextlib
import warnings
from collections.abc import AsyncIterator, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from bulutfon_api.models import Error
from bulutfon_api.types import UNSET, Operation, Unset
from bulutfon_ext import _validation as check
from bulutfon_ext._base_client import RequestOptions
from bulutfon_ext._downloads import AsyncStream, Progress, Stream, Target, check_target
from bulutfon_ext._options import request_options
from bulutfon_ext._pagination import AsyncPage, Page, PageInfo

if TYPE_CHECKING:
    from bulutfon_ext._client import AsyncBulutfon, Bulutfon

T = TypeVar("T")
# A method's per-call keyword arguments (``PerCallOptions``), or options already checked.
Options = Mapping[str, Any] | RequestOptions


def opt(value: T | None) -> T | Unset:
    """None (the Python way to say 'not given') as the generated client's UNSET."""
    return UNSET if value is None else value


def deprecated(name: str) -> None:
    warnings.warn(
        f"{name} is deprecated: Bulutfon ended its SMS service on 2020-12-31",
        DeprecationWarning,
        stacklevel=3,
    )


def single_page(items: list[T]) -> Page[T]:
    return Page(items=items, info=PageInfo(page=1))


def async_single_page(items: list[T]) -> AsyncPage[T]:
    return AsyncPage(items=items, info=PageInfo(page=1))


def _checked(options: Options) -> RequestOptions:
    return options if isinstance(options, RequestOptions) else request_options(options)


class SyncResource:
    def __init__(self, client: Bulutfon) -> None:
        self._client = client

    def _call(self, operation: Operation[T | Error], options: Options, /, **arguments: Any) -> T:
        """Send the operation's request (with the call's options) and return its parsed body."""
        return self._client._call(operation, arguments, _checked(options))

    @contextlib.contextmanager
    def _stream(
        self, operation: Operation[Any], options: Options, /, **arguments: Any
    ) -> Iterator[Stream]:
        with self._client._stream(operation, arguments, _checked(options)) as response:
            yield Stream(response)

    def _download(
        self,
        operation: Operation[Any],
        to: Target,
        name: str,
        progress: Progress | None,
        options: Options,
        /,
        **arguments: Any,
    ) -> Path | None:
        checked = _checked(options)
        check_target(to)
        check.callback(progress, "progress")
        with self._stream(operation, checked, **arguments) as stream:
            return stream.save(to, name, progress)


class AsyncResource:
    def __init__(self, client: AsyncBulutfon) -> None:
        self._client = client

    async def _call(
        self, operation: Operation[T | Error], options: Options, /, **arguments: Any
    ) -> T:
        """Send the operation's request (with the call's options) and return its parsed body."""
        return await self._client._call(operation, arguments, _checked(options))

    @contextlib.asynccontextmanager
    async def _stream(
        self, operation: Operation[Any], options: Options, /, **arguments: Any
    ) -> AsyncIterator[AsyncStream]:
        async with self._client._stream(operation, arguments, _checked(options)) as response:
            yield AsyncStream(response)

    async def _download(
        self,
        operation: Operation[Any],
        to: Target,
        name: str,
        progress: Progress | None,
        options: Options,
        /,
        **arguments: Any,
    ) -> Path | None:
        checked = _checked(options)
        check_target(to)
        check.callback(progress, "progress")
        async with self._stream(operation, checked, **arguments) as stream:
            return await stream.save(to, name, progress)
