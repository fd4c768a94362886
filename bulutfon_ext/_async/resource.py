"""What every resource class shares: calling an operation through its client, streaming a body,
downloading one. Argument helpers (``opt``, ``deprecated``) are in ``bulutfon_ext._resource``.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bulutfon_api.models import Error
from bulutfon_api.types import Operation
from bulutfon_ext import _validation as check
from bulutfon_ext._async.downloads import AsyncStream
from bulutfon_ext._async.pagination import AsyncPage
from bulutfon_ext._downloads import Progress, Target, check_target
from bulutfon_ext._pagination import PageInfo
from bulutfon_ext._resource import Options, T, checked_options

if TYPE_CHECKING:
    from bulutfon_ext._async.client import AsyncBulutfon


def single_page(items: list[T]) -> AsyncPage[T]:
    """A list the API does not page, as the one page of it."""
    return AsyncPage(items=items, info=PageInfo(page=1))


class AsyncResource:
    """The base of every resource class: ``self._client`` is the client it belongs to."""

    def __init__(self, client: AsyncBulutfon) -> None:
        self._client = client

    async def _call(
        self, operation: Operation[T | Error], options: Options, /, **arguments: Any
    ) -> T:
        """Send the operation's request (with the call's options) and return its parsed body."""
        return await self._client._call(operation, arguments, checked_options(options))

    @contextlib.asynccontextmanager
    async def _stream(
        self, operation: Operation[Any], options: Options, /, **arguments: Any
    ) -> AsyncIterator[AsyncStream]:
        async with self._client._stream(operation, arguments, checked_options(options)) as response:
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
        checked = checked_options(options)
        check_target(to)
        check.callback(progress, "progress")
        async with self._stream(operation, checked, **arguments) as stream:
            return await stream.save(to, name, progress)
