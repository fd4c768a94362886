"""What the client sends every call through: ``_send`` (the raw response), ``_call`` (the parsed
body) and ``_stream`` (a body to read in chunks). How a request is built and parsed is in
``bulutfon_ext._base_client``; here it is sent, through the client's httpx client.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Mapping
from typing import Any

import httpx

from bulutfon_api.models import Error
from bulutfon_api.types import Operation
from bulutfon_ext._async.downloads import check_media
from bulutfon_ext._base_client import (
    NO_OPTIONS,
    RequestOptions,
    Scrub,
    T,
    build_request,
    parse_response,
    scrubbed,
)
from bulutfon_ext._errors import translated
from bulutfon_ext._raw import captured


class AsyncAPIClient:
    """What the client (``AsyncBulutfon``, ``Bulutfon``) sends every call through; its ``http``
    is set up by the client."""

    http: httpx.AsyncClient
    _scrub: Scrub | None = None

    async def _send(
        self,
        operation: Operation[Any],
        arguments: Mapping[str, Any],
        options: RequestOptions = NO_OPTIONS,
    ) -> httpx.Response:
        """The operation's response, its body read; status errors raised."""
        with scrubbed(self._scrub), translated():
            return captured(await self.http.request(**build_request(operation, arguments, options)))

    async def _call(
        self,
        operation: Operation[T | Error],
        arguments: Mapping[str, Any],
        options: RequestOptions = NO_OPTIONS,
    ) -> T:
        """The operation's parsed success body."""
        response = await self._send(operation, arguments, options)
        with scrubbed(self._scrub):
            return parse_response(operation, response)

    @contextlib.asynccontextmanager
    async def _stream(
        self,
        operation: Operation[Any],
        arguments: Mapping[str, Any],
        options: RequestOptions = NO_OPTIONS,
    ) -> AsyncIterator[httpx.Response]:
        """The operation's response with its body still to be read (a download)."""
        request = build_request(operation, arguments, options, stream=True)
        with scrubbed(self._scrub), translated():
            async with self.http.stream(**request) as response:
                await check_media(response, operation.operation_id)
                yield captured(response)
