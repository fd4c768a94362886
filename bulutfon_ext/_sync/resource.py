# generated from bulutfon_ext/_async/resource.py by make generate; do not edit
"""What every resource class shares: calling an operation through its client, streaming a body,
downloading one; and the shapes many resources have (a whole list, a record by id, files by
uuid), written once. Argument helpers (``opt``, ``deprecated``) are in ``bulutfon_ext._resource``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar, cast

from bulutfon_api.models import Error
from bulutfon_api.types import Operation
from bulutfon_ext import _validation as check
from bulutfon_ext._downloads import Progress, Target, check_target
from bulutfon_ext._options import PerCallOptions
from bulutfon_ext._pagination import PageInfo
from bulutfon_ext._resource import (
    Options,
    T,
    check_envelopes,
    checked_options,
    document_shapes,
    envelope,
    path_key,
)
from bulutfon_ext._sync.downloads import Stream
from bulutfon_ext._sync.pagination import Page

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from bulutfon_ext._sync.client import Bulutfon

Item = TypeVar("Item")
Detail = TypeVar("Detail")
# What a file is fetched by: a uuid (call records, faxes) or an id (announcements).
Key = TypeVar("Key", str, int)


def single_page(items: list[T]) -> Page[T]:
    """A list the API does not page, as the one page of it."""
    return Page(items=items, info=PageInfo(page=1))


class SyncResource:
    """The base of every resource class: ``self._client`` is the client it belongs to."""

    def __init__(self, client: Bulutfon) -> None:
        self._client = client

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        document_shapes(cls)
        check_envelopes(cls)

    def _call(self, operation: Operation[T | Error], options: Options, /, **arguments: Any) -> T:
        """Send the operation's request (with the call's options) and return its parsed body."""
        return self._client._call(operation, arguments, checked_options(options))

    @contextlib.contextmanager
    def _open(
        self, operation: Operation[Any], options: Options, /, **arguments: Any
    ) -> Iterator[Stream]:
        """The operation's body as a stream to read in chunks (a download's response)."""
        with self._client._stream(operation, arguments, checked_options(options)) as response:
            yield Stream(response)

    def _save(
        self,
        operation: Operation[Any],
        to: Target,
        name: str,
        progress: Progress | None,
        options: Options,
        /,
        **arguments: Any,
    ) -> Path | None:
        """Save the operation's body to ``to`` (``name`` in it when it is a folder)."""
        checked = checked_options(options)
        check_target(to)
        check.callback(progress, "progress")
        with self._open(operation, checked, **arguments) as stream:
            return stream.save(to, name, progress)


class Listed(SyncResource, Generic[Item]):
    """A resource whose list the API sends whole: ``list()`` (``_list = list_dids.OPERATION`` in
    the class says which operation; the items come under its envelope key, from the spec)."""

    _list: ClassVar[Operation[Any]]

    def list(self, **options: Unpack[PerCallOptions]) -> Page[Item]:
        """All of them, as one page (the API does not page this list)."""
        body = self._call(self._list, options)
        return single_page(getattr(body, envelope(self._list)))


class Got(SyncResource, Generic[Detail]):
    """A resource read one at a time by its number: ``get(id)`` (``_get = get_did.OPERATION`` in
    the class says which operation; the record comes under its envelope key, from the spec)."""

    _get: ClassVar[Operation[Any]]

    def get(self, id: int, **options: Unpack[PerCallOptions]) -> Detail:
        """One, by its id, with everything the API says about it."""
        body = self._call(self._get, options, id=check.identifier(id))
        return cast(Detail, getattr(body, envelope(self._get)))


class Files(SyncResource, Generic[Key]):
    """A resource whose files are fetched by a key, its uuid or its id: ``download`` and
    ``stream`` (``_download`` and ``_stream`` in the class name the operations, ``_suffix`` a
    saved file's ending). The key is checked as the operation's path names it (``{uuid}``: a
    uuid-like string; ``{id}``: a positive integer), and errors name it so."""

    _download: ClassVar[Operation[Any]]
    _stream: ClassVar[Operation[Any]]
    _suffix: ClassVar[str]

    def download(
        self,
        key: Key,
        /,
        to: Target = ".",
        progress: Progress | None = None,
        **options: Unpack[PerCallOptions],
    ) -> Path | None:
        """Save the file of ``key`` (a recording's or fax's uuid, an announcement's id) to ``to``:
        a file path, a folder (``<key>`` with the file's suffix in it: ``.ogg``, ``.tiff``,
        ``.wav``), or an open binary file. Returns the Path written (None for a file object)."""
        name, checked = path_key(self._download, key)
        return self._save(
            self._download, to, f"{checked}{self._suffix}", progress, options, **{name: checked}
        )

    @contextlib.contextmanager
    def stream(self, key: Key, /, **options: Unpack[PerCallOptions]) -> Iterator[Stream]:
        """The file of ``key`` as a ``Stream`` to read in chunks: ``with
        client.call_records.stream(uuid) as s: for chunk in s.iter_bytes(): ...`` (``async with``
        and ``aiter_bytes`` when async)."""
        name, checked = path_key(self._stream, key)
        with self._open(self._stream, options, **{name: checked}) as stream:
            yield stream
