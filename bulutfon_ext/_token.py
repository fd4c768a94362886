"""Tokens that come from a callable (OAuth, a vault): asked for once at start, again on expiry.

``Bulutfon(token_provider=fetch)`` calls ``fetch()`` when the client is made. When the server
answers 401 ``Token expired`` to a request that carried that token, the provider is asked once
more and the same request is sent again once with the new token; a second expiry goes up as
``TokenExpiredError``. The renewal happens in a transport (under the error hook, beside the
retries), so every call benefits from it: resources, streams and ``client.low_level`` alike.
A 401 is the server refusing the request before acting on it, so resending a POST is safe.
"""

from __future__ import annotations

import inspect
import threading
from collections.abc import Callable, Generator

import anyio.to_thread
import httpx

from bulutfon_ext._errors import (
    TokenExpiredError,
    ValidationError,
    expired_token_error,
    status_error,
)

TokenProvider = Callable[[], str]


class TokenSource:
    """The current token and how to get a new one; shared by a client and its ``with_options``
    copies, so one renewal serves them all."""

    def __init__(self, provider: TokenProvider) -> None:
        if not callable(provider):
            raise ValidationError(
                "token_provider",
                f"{type(provider).__name__} is not callable: give a function "
                "that returns the access token",
            )
        self._provider = provider
        self._lock = threading.Lock()
        self.token = self._ask()

    def _ask(self) -> str:
        token: object = self._provider()
        if inspect.iscoroutine(token):
            token.close()  # never awaited: no "coroutine was never awaited" warning either
            raise ValidationError(
                "token_provider", "must be a plain function returning the token, not async"
            )
        if not isinstance(token, str) or not token.strip():
            # Never the value itself: it may be a secret of another shape.
            raise ValidationError(
                "token_provider",
                f"returned {type(token).__name__}, not the access token as a non-empty str",
            )
        return token

    def renew(self, stale: str) -> str:
        """A new token, unless another thread has already replaced ``stale``."""
        with self._lock:
            if self.token == stale:
                self.token = self._ask()
            return self.token


class TokenAuth(httpx.Auth):
    """Sends the source's current token as the ``access_token`` query parameter."""

    def __init__(self, source: TokenSource) -> None:
        self.source = source

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.url = request.url.copy_set_param("access_token", self.source.token)
        yield request

    def __repr__(self) -> str:
        return "TokenAuth(access_token=REDACTED)"


def _says_expired(response: httpx.Response) -> bool:
    if not response.is_success:
        return isinstance(status_error(response), TokenExpiredError)
    try:
        response.content  # noqa: B018 (a streamed download is left unread: never JSON anyway)
    except httpx.ResponseNotRead:
        return False
    # The server has also been seen to say it with a 2xx status.
    return expired_token_error(response) is not None


def _stale_token(request: httpx.Request, response: httpx.Response) -> str | None:
    """The token this request carried when the server said it has expired, else None."""
    token: str | None = request.url.params.get("access_token")
    if token is None:
        return None
    response.request = request  # the client sets it only later; the error reads it
    return token if _says_expired(response) else None


def _resend(request: httpx.Request, token: str) -> httpx.Request:
    # A new request, the refused one left as it was sent; the SDK's bodies are bytes, so the
    # stream can be read again.
    return httpx.Request(
        request.method,
        request.url.copy_set_param("access_token", token),
        headers=request.headers,
        stream=request.stream,
        extensions=request.extensions,
    )


class RefreshTransport(httpx.BaseTransport):
    """Wraps the retrying transport: on ``Token expired``, renews the token and resends once."""

    def __init__(self, inner: httpx.BaseTransport, source: TokenSource) -> None:
        self.inner = inner
        self.source = source

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        if not response.is_success:
            response.read()
        stale = _stale_token(request, response)
        if stale is None:
            return response
        response.close()
        return self.inner.handle_request(_resend(request, self.source.renew(stale)))

    def close(self) -> None:
        self.inner.close()


class AsyncRefreshTransport(httpx.AsyncBaseTransport):
    """The async twin of ``RefreshTransport``; the provider runs in a worker thread."""

    def __init__(self, inner: httpx.AsyncBaseTransport, source: TokenSource) -> None:
        self.inner = inner
        self.source = source

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self.inner.handle_async_request(request)
        if not response.is_success:
            await response.aread()
        stale = _stale_token(request, response)
        if stale is None:
            return response
        await response.aclose()
        token = await anyio.to_thread.run_sync(self.source.renew, stale)
        return await self.inner.handle_async_request(_resend(request, token))

    async def aclose(self) -> None:
        await self.inner.aclose()
