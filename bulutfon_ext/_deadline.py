"""Whole-call deadlines: ``timeout`` bounds an attempt from connect to the body's last byte.

httpx's timeouts bound each socket operation, so a server sending one byte a second keeps a call
alive forever. Here every attempt of a JSON call gets a deadline (the timeout's ``read`` value):

- sync, on the SDK's own connection pool: each socket connect, read and write waits at most what
  is left of the deadline (a network backend wrapper), so even a drip of header bytes is cut off;
- sync, on another transport (a mock, a user's transport): checked between body chunks;
- async: ``anyio.fail_after`` around the attempt, whatever the transport.

A deadline that passes is an ``httpx.ReadTimeout``, so the retry rules treat it as any timeout.
Streamed downloads use the deadline only until the headers; their body has a minimum rate instead.
"""

from __future__ import annotations

import contextlib
import time
import typing
from collections.abc import Iterator
from contextvars import ContextVar

import httpcore
import httpx

_DEADLINE: ContextVar[float | None] = ContextVar("bulutfon_deadline", default=None)


def call_timeout(request: httpx.Request) -> float | None:
    """The seconds a whole attempt may take: the request's read timeout (per call or client)."""
    timeouts = request.extensions.get("timeout") or {}
    value = timeouts.get("read")
    return float(value) if isinstance(value, int | float) else None


@contextlib.contextmanager
def deadline(seconds: float | None) -> Iterator[None]:
    """Bound every socket operation inside the block by ``seconds`` in total."""
    token = _DEADLINE.set(None if seconds is None else time.monotonic() + seconds)
    try:
        yield
    finally:
        _DEADLINE.reset(token)


def check(request: httpx.Request) -> None:
    """Between body chunks: raise ReadTimeout once the deadline has passed."""
    when = _DEADLINE.get()
    if when is not None and time.monotonic() >= when:
        raise httpx.ReadTimeout(
            "the call's deadline passed while reading the body", request=request
        )


def _left(timeout: float | None, error: type[Exception]) -> float | None:
    when = _DEADLINE.get()
    if when is None:
        return timeout
    left = when - time.monotonic()
    if left <= 0:
        raise error("the call's deadline passed")
    return left if timeout is None else min(timeout, left)


class _Stream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _left(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _left(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self,
        ssl_context: typing.Any,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        tls = self._inner.start_tls(
            ssl_context, server_hostname, _left(timeout, httpcore.ConnectTimeout)
        )
        return _Stream(tls)

    def get_extra_info(self, info: str) -> typing.Any:
        return self._inner.get_extra_info(info)


class _Backend(httpcore.NetworkBackend):
    def __init__(self, inner: httpcore.NetworkBackend) -> None:
        self._inner = inner

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: typing.Iterable[typing.Any] | None = None,
    ) -> httpcore.NetworkStream:
        stream = self._inner.connect_tcp(
            host, port, _left(timeout, httpcore.ConnectTimeout), local_address, socket_options
        )
        return _Stream(stream)

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: typing.Iterable[typing.Any] | None = None,
    ) -> httpcore.NetworkStream:
        stream = self._inner.connect_unix_socket(
            path, _left(timeout, httpcore.ConnectTimeout), socket_options
        )
        return _Stream(stream)

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


def install(transport: object) -> bool:
    """Put the deadline-aware backend under an ``httpx.HTTPTransport``'s pool (proxies included).

    Returns whether socket operations now honour the deadline. httpx offers no public way to
    choose the network backend, hence the attribute lookups, guarded for other httpx versions.
    """
    pool = getattr(transport, "_pool", None)
    backend = getattr(pool, "_network_backend", None)
    if isinstance(backend, _Backend):
        return True
    if not isinstance(backend, httpcore.NetworkBackend):
        return False
    pool._network_backend = _Backend(backend)  # type: ignore[union-attr]
    return True
