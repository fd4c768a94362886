# generated from bulutfon_ext/_async/resource.py by make generate; do not edit
"""What every resource class shares: calling an operation through its client, streaming a body,
downloading one. Argument helpers (``opt``, ``deprecated``) are in ``bulutfon_ext._resource``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bulutfon_api.models import Error
from bulutfon_api.types import Operation
from bulutfon_ext import _validation as check
from bulutfon_ext._downloads import Progress, Target, check_target
from bulutfon_ext._pagination import PageInfo
from bulutfon_ext._resource import Options, T, checked_options
from bulutfon_ext._sync.downloads import Stream
from bulutfon_ext._sync.pagination import Page

if TYPE_CHECKING:
    from bulutfon_ext._sync.client import Bulutfon


def single_page(items: list[T]) -> Page[T]:
    """A list the API does not page, as the one page of it."""
    return Page(items=items, info=PageInfo(page=1))


class SyncResource:
    """The base of every resource class: ``self._client`` is the client it belongs to."""

    def __init__(self, client: Bulutfon) -> None:
        self._client = client

    def _call(self, operation: Operation[T | Error], options: Options, /, **arguments: Any) -> T:
        """Send the operation's request (with the call's options) and return its parsed body."""
        return self._client._call(operation, arguments, checked_options(options))

    @contextlib.contextmanager
    def _stream(
        self, operation: Operation[Any], options: Options, /, **arguments: Any
    ) -> Iterator[Stream]:
        with self._client._stream(operation, arguments, checked_options(options)) as response:
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
        checked = checked_options(options)
        check_target(to)
        check.callback(progress, "progress")
        with self._stream(operation, checked, **arguments) as stream:
            return stream.save(to, name, progress)
