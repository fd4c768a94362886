# generated from bulutfon_ext/_async/base_client.py by make generate; do not edit
"""What the client sends every call through: ``_send`` (the raw response), ``_call`` (the parsed
body) and ``_stream`` (a body to read in chunks). How a request is built and parsed is in
``bulutfon_ext._base_client``; here it is sent, through the client's httpx client.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Mapping
from typing import Any

import httpx

from bulutfon_api.models import Error
from bulutfon_api.types import Operation
from bulutfon_ext._base_client import (
    NO_OPTIONS,
    RequestOptions,
    Scrub,
    T,
    build_request,
    parse_response,
    scrubbed,
)
from bulutfon_ext._errors import BulutfonError, from_httpx, translated
from bulutfon_ext._raw import captured
from bulutfon_ext._sync.downloads import check_media


class SyncAPIClient:
    """What the client (``AsyncBulutfon``, ``Bulutfon``) sends every call through; its ``http``
    is set up by the client."""

    http: httpx.Client
    _scrub: Scrub | None = None

    def _send(
        self,
        operation: Operation[Any],
        arguments: Mapping[str, Any],
        options: RequestOptions = NO_OPTIONS,
    ) -> httpx.Response:
        """The operation's response, its body read; status errors raised."""
        # What `with scrubbed(self._scrub), translated():` says, spelled out: this runs for every
        # call, and a context manager costs more per call than the rest of the SDK's own work.
        try:
            try:
                response = self.http.request(**build_request(operation, arguments, options))
            except httpx.HTTPError as error:
                raise from_httpx(error) from error
        except BulutfonError as error:
            self._scrubbing(error)
            raise
        return captured(response)

    def _call(
        self,
        operation: Operation[T | Error],
        arguments: Mapping[str, Any],
        options: RequestOptions = NO_OPTIONS,
    ) -> T:
        """The operation's parsed success body."""
        response = self._send(operation, arguments, options)
        try:
            return parse_response(operation, response)
        except BulutfonError as error:  # as `with scrubbed(self._scrub)` (see _send)
            self._scrubbing(error)
            raise

    def _scrubbing(self, error: BulutfonError) -> None:
        if self._scrub is not None:
            self._scrub(error)

    @contextlib.contextmanager
    def _stream(
        self,
        operation: Operation[Any],
        arguments: Mapping[str, Any],
        options: RequestOptions = NO_OPTIONS,
    ) -> Iterator[httpx.Response]:
        """The operation's response with its body still to be read (a download)."""
        request = build_request(operation, arguments, options, stream=True)
        with scrubbed(self._scrub), translated(), self.http.stream(**request) as response:
            check_media(response, operation.operation_id)
            yield captured(response)
