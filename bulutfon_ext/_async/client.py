"""``AsyncBulutfon`` (and, generated from it, ``Bulutfon``): the client, with a resource per
attribute. What the two share without being twins (the options, checked together, and the
properties read from them) is in ``bulutfon_ext._client``."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Self

import httpx

from bulutfon_api.api.account import get_me, get_token_info
from bulutfon_api.api.call_and_bridge import call_and_bridge as call_and_bridge_op
from bulutfon_api.models import CallAndBridgeResult, MeResponse, TokenInfo
from bulutfon_ext import _deadline
from bulutfon_ext import _validation as check
from bulutfon_ext._async.attached import Attached
from bulutfon_ext._async.base_client import AsyncAPIClient
from bulutfon_ext._async.http_client import AsyncClientTransport
from bulutfon_ext._async.retry import AsyncRetryTransport
from bulutfon_ext._body import DEFAULT_MAX_RESPONSE_BYTES
from bulutfon_ext._client import (
    DEFAULT_MAX_RETRIES,
    ClientBase,
    ClientOptions,
    Config,
    bridge_params,
    bridged,
    http_args,
    low_level_client,
)
from bulutfon_ext._errors import BulutfonError, araise_for_status
from bulutfon_ext._options import PerCallOptions, RingPerCallOptions, TimeoutLike, request_options
from bulutfon_ext._retry import OnRetry
from bulutfon_ext._token import AsyncRefreshTransport, TokenProvider

if TYPE_CHECKING:
    from typing_extensions import Unpack


def _scrubbing_hook(config: Config) -> Callable[[httpx.Response], Awaitable[None]]:
    """The status hook, with the client's credential values redacted from its errors (the
    low-level client raises through it too)."""

    async def hook(response: httpx.Response) -> None:
        try:
            await araise_for_status(response)
        except BulutfonError as error:
            config.scrub(error)
            raise

    return hook


class AsyncBulutfon(ClientBase, AsyncAPIClient, Attached):
    """The Bulutfon API. Credentials from the arguments, else from BULUTFON_ACCESS_TOKEN (or
    BULUTFON_EMAIL and BULUTFON_PASSWORD); BULUTFON_BASE_URL changes the server.

    - ``token_provider``: a function returning the access token (OAuth, a vault), called now and
      once more whenever the server says ``Token expired`` (that request is then sent again once).
    - ``default_headers``: headers sent with every request.
    - ``on_retry(attempt, delay, cause)``: called before each retry (see ``RetryPolicy``).
    - ``http_client``: your own ``httpx.Client`` (proxies, certificates, limits, event hooks); the
      SDK's credentials, timeouts, retries and errors still apply. Closing this client closes it.
    - ``transport``: replaces the network (an httpx transport: a mock, or a test server's).

    ``AsyncBulutfon`` is the same with ``await``, ``async for`` and ``async with``: its
    ``http_client`` is an ``httpx.AsyncClient`` and its ``transport`` an async transport;
    ``token_provider`` is a plain function there too (it runs in a worker thread when a token
    expires), and so is ``on_retry`` (it runs in the event loop: keep it quick).
    """

    # The resource attributes (``dids``...) are in ``Attached``, generated from
    # bulutfon_ext/resources by ``make generate``: a new resource module needs no line here.

    def __init__(
        self,
        *,
        access_token: str | None = None,
        email: str | None = None,
        password: str | None = None,
        token_provider: TokenProvider | None = None,
        base_url: str | None = None,
        timeout: TimeoutLike | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        on_retry: OnRetry | None = None,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        user_client = None if http_client is None else AsyncClientTransport(http_client)
        config = ClientOptions.of(locals()).config()
        inner = user_client or transport or httpx.AsyncHTTPTransport()
        # Whole-call deadlines down to each socket read, on a sync pool (async ones use anyio).
        _deadline.install(inner)
        if http_client is not None:
            _deadline.install(getattr(http_client, "_transport", None))
        self._setup(config, inner, owns_inner=True)

    def _setup(self, config: Config, inner: httpx.AsyncBaseTransport, *, owns_inner: bool) -> None:
        self._config = config
        self._scrub = config.scrub
        self._inner = inner
        transport: httpx.AsyncBaseTransport = AsyncRetryTransport(
            inner,
            config.policy,
            owns_inner=owns_inner,
            max_response_bytes=config.max_response_bytes,
            scrub=config.scrub,
        )
        if config.token_source is not None:
            transport = AsyncRefreshTransport(transport, config.token_source)
        self.http = httpx.AsyncClient(
            transport=transport,
            event_hooks={"response": [_scrubbing_hook(config)]},
            **http_args(config),
        )
        self.low_level = low_level_client(config).set_async_httpx_client(self.http)

    def with_options(
        self,
        *,
        timeout: TimeoutLike | None = None,
        max_retries: int | None = None,
        max_response_bytes: int | None = None,
    ) -> AsyncBulutfon:
        """A client like this one with other limits, sharing its connection pool."""
        clone = object.__new__(type(self))
        config = self._config.changed(timeout, max_retries, max_response_bytes)
        clone._setup(config, self._inner, owns_inner=False)
        return clone

    async def me(self, **options: Unpack[PerCallOptions]) -> MeResponse:
        """The user, the PBX and its credit."""
        return await self._call(get_me.OPERATION, {}, request_options(options))

    async def token_info(
        self, token: str | None = None, **options: Unpack[PerCallOptions]
    ) -> TokenInfo:
        """Whether a token (by default this client's) has expired and how long it has left."""
        arguments = {"token": self._token_for_info(token)}
        return await self._call(get_token_info.OPERATION, arguments, request_options(options))

    async def call_and_bridge(
        self,
        *,
        caller: check.PhoneLike,
        callee: check.PhoneLike,
        destination: str | int,
        timeout: int | None = None,  # noqa: ASYNC109 (the API's ring time, not a deadline)
        **options: Unpack[RingPerCallOptions],
    ) -> CallAndBridgeResult:
        """Call ``callee`` from your number ``caller`` and connect it to ``destination`` (2 digits
        a menu, 3 a group, 4 an extension), ringing ``timeout`` seconds. Never retried once it may
        have reached the server. Per-call options: ``request_timeout`` (``timeout`` is the ring
        time here), ``extra_headers``, ``extra_query``. The parameters travel in the query
        string, as in the provider's example."""
        params = bridge_params(caller, callee, destination, timeout)
        checked = request_options(options, timeout_name="request_timeout")
        return bridged(await self._call(call_and_bridge_op.OPERATION, params, checked))

    async def aclose(self) -> None:
        """Close the connections (the pool itself only when this client created it)."""
        await self.http.aclose()

    close = aclose  # `await client.close()`, as in other async SDKs

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()
