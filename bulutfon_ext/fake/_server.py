"""Serving the fake over real HTTP with uvicorn, in a background thread or in the foreground.

The socket is bound before uvicorn starts, so the port (0 picks a free one) is known at once
and nothing races for it. uvicorn runs with its h11 protocol, whose connection object the app
reaches to drop a connection on purpose (see :func:`closing_on_disconnect`).
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import anyio
import uvicorn
from starlette.types import ASGIApp, Receive, Scope, Send

from bulutfon_ext.fake._faults import InjectedDisconnect

_START_TIMEOUT = 10.0


def closing_on_disconnect(app: ASGIApp) -> ASGIApp:
    """Turn the app's :class:`InjectedDisconnect` into a closed socket, as a crashed server's.

    An exception escaping to uvicorn would be answered with a 500 (before the response began)
    and logged. Closing the transport instead sends the client nothing more; waiting for the
    disconnect event tells uvicorn the client is gone, so it neither answers nor complains.
    uvicorn's h11 ``receive`` is a bound method of its request cycle, which holds the transport.
    """

    async def app_with_drops(scope: Scope, receive: Receive, send: Send) -> None:
        try:
            await app(scope, receive, send)
        except InjectedDisconnect:
            transport: Any = getattr(getattr(receive, "__self__", None), "transport", None)
            if transport is None:
                raise
            transport.close()
            with anyio.move_on_after(5):
                while (await receive())["type"] != "http.disconnect":
                    pass

    return app_with_drops


def bind(host: str, port: int) -> socket.socket:
    """A listening TCP socket on ``host:port`` (port 0: any free port)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError:
        sock.close()
        raise
    sock.listen(128)
    sock.set_inheritable(True)
    return sock


def url_of(sock: socket.socket) -> str:
    host, port = sock.getsockname()[:2]
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"


def make_server(app: ASGIApp, *, quiet: bool) -> uvicorn.Server:
    config = uvicorn.Config(
        closing_on_disconnect(app),
        http="h11",
        ws="none",
        lifespan="on",
        access_log=False,
        log_level="warning",
        # In a test process, leave the logging configuration alone; uvicorn would replace it.
        log_config=None if quiet else uvicorn.config.LOGGING_CONFIG,
        timeout_graceful_shutdown=2,
    )
    return uvicorn.Server(config)


@dataclass(frozen=True)
class Running:
    """A fake being served: its base URL, e.g. ``http://127.0.0.1:54321``."""

    url: str


@contextmanager
def serve_in_thread(app: ASGIApp, host: str, port: int) -> Iterator[Running]:
    """Serve ``app`` from a background thread until the ``with`` block ends."""
    sock = bind(host, port)
    server = make_server(app, quiet=True)
    thread = threading.Thread(
        target=server.run, kwargs={"sockets": [sock]}, name="bulutfon-fake", daemon=True
    )
    thread.start()
    try:
        deadline = time.monotonic() + _START_TIMEOUT
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the fake's server did not start")
            time.sleep(0.005)
        yield Running(url_of(sock))
    finally:
        server.should_exit = True
        thread.join(_START_TIMEOUT)
        sock.close()
