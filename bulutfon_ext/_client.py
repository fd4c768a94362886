"""``Bulutfon`` and ``AsyncBulutfon``: the clients, with a resource per attribute.

Each wraps one httpx client that carries the credentials (as query parameters), the timeouts,
the retry transport and the hook that turns error statuses into exceptions. ``low_level`` is the
generated ``bulutfon_api`` client bound to that same httpx client, for any generated function.
"""

from __future__ import annotations

from types import TracebackType
from typing import Any, Self

import attrs
import httpx

from bulutfon_api.api.account import get_me, get_token_info
from bulutfon_api.api.call_and_bridge import call_and_bridge as call_and_bridge_op
from bulutfon_api.client import AuthenticatedClient, QueryCredentials
from bulutfon_api.models import CallAndBridgeResult, MeResponse, TokenInfo
from bulutfon_ext import __version__
from bulutfon_ext import _validation as check
from bulutfon_ext._auth import Credentials, resolve_base_url, resolve_credentials
from bulutfon_ext._errors import ValidationError, araise_for_status, raise_for_status
from bulutfon_ext._logging import setup_from_env
from bulutfon_ext._redact import protect_httpx_logs
from bulutfon_ext._resource import AsyncResource, SyncResource, opt
from bulutfon_ext._retry import AsyncRetryTransport, RetryPolicy, RetryTransport
from bulutfon_ext.resources.announcements import Announcements, AsyncAnnouncements
from bulutfon_ext.resources.automatic_calls import AsyncAutomaticCalls, AutomaticCalls
from bulutfon_ext.resources.call_records import AsyncCallRecords, CallRecords
from bulutfon_ext.resources.cdrs import AsyncCdrs, Cdrs
from bulutfon_ext.resources.dids import AsyncDids, Dids
from bulutfon_ext.resources.extensions import AsyncExtensions, Extensions
from bulutfon_ext.resources.faxes import (
    AsyncIncomingFaxes,
    AsyncOutgoingFaxes,
    IncomingFaxes,
    OutgoingFaxes,
)
from bulutfon_ext.resources.groups import AsyncGroups, Groups
from bulutfon_ext.resources.messages import (
    AsyncMessages,
    AsyncMessageTitles,
    Messages,
    MessageTitles,
)

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
USER_AGENT = f"bulutfon-python/{__version__}"
TimeoutLike = float | httpx.Timeout


MAX_TIMEOUT = 24 * 3600.0


def _timeout(value: TimeoutLike | None) -> httpx.Timeout:
    if value is None:
        return DEFAULT_TIMEOUT
    if isinstance(value, httpx.Timeout):
        timeout = value
    elif isinstance(value, int | float) and not isinstance(value, bool):
        timeout = httpx.Timeout(float(value))
    else:
        raise ValidationError(
            "timeout", f"{value!r} must be seconds (a number) or an httpx.Timeout"
        )
    limits = (timeout.connect, timeout.read, timeout.write, timeout.pool)
    if any(limit is None or not 0 < limit <= MAX_TIMEOUT for limit in limits):
        raise ValidationError(
            "timeout",
            f"{value!r}: every limit must be seconds above 0 and at most a day; none may be infinite",
        )
    return timeout


@attrs.frozen(repr=False)
class _Config:
    credentials: Credentials
    base_url: str
    timeout: httpx.Timeout
    policy: RetryPolicy

    def changed(self, timeout: TimeoutLike | None, max_retries: int | None) -> _Config:
        return attrs.evolve(
            self,
            timeout=self.timeout if timeout is None else _timeout(timeout),
            policy=self.policy if max_retries is None else _policy(max_retries),
        )


def _policy(max_retries: int) -> RetryPolicy:
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise ValidationError("max_retries", f"{max_retries!r} must be a whole number from 0 up")
    return RetryPolicy(max_retries=max_retries)


def _config(
    access_token: str | None,
    email: str | None,
    password: str | None,
    base_url: str | None,
    timeout: TimeoutLike | None,
    max_retries: int,
) -> _Config:
    setup_from_env()
    protect_httpx_logs()
    return _Config(
        credentials=resolve_credentials(access_token, email, password),
        base_url=_checked_base_url(resolve_base_url(base_url)),
        timeout=_timeout(timeout),
        policy=_policy(max_retries),
    )


def _checked_base_url(value: str) -> str:
    try:
        url = httpx.URL(value)
    except httpx.InvalidURL as error:
        raise ValidationError("base_url", f"{value!r} is not a URL: {error}") from None
    if url.scheme not in ("http", "https") or not url.host:
        raise ValidationError(
            "base_url", f"{value!r} must be an http(s) URL such as https://api.bulutfon.com"
        )
    return value


def _low_level(config: _Config) -> AuthenticatedClient:
    creds = config.credentials
    return AuthenticatedClient(
        base_url=config.base_url,
        timeout=config.timeout,
        token=creds.access_token,
        email=creds.email,
        password=creds.password,
    )


def _http_args(config: _Config) -> dict[str, Any]:
    return {
        "base_url": config.base_url,
        "auth": QueryCredentials(config.credentials.params()),
        "timeout": config.timeout,
        "headers": {"User-Agent": USER_AGENT, "Accept": "application/json"},
        "follow_redirects": False,
    }


def _bridge_params(
    caller: check.PhoneLike, callee: check.PhoneLike, destination: str | int, timeout: int | None
) -> dict[str, Any]:
    # In the query string, as the provider's only example sends them; the server takes no JSON
    # body here that any shipped client ever sent.
    return {
        "caller": check.phone(caller, "caller"),
        "callee": check.phone(callee, "callee"),
        "destination": check.destination(destination),
        "timeout": opt(check.positive(timeout, "timeout")),
    }


class _ClientBase:
    _config: _Config

    @property
    def base_url(self) -> str:
        return self._config.base_url

    @property
    def credentials(self) -> Credentials:
        return self._config.credentials

    @property
    def timeout(self) -> httpx.Timeout:
        return self._config.timeout

    @property
    def max_retries(self) -> int:
        return self._config.policy.max_retries

    def _token_for_info(self, token: str | None) -> str:
        token = token or self.credentials.access_token
        if not token:
            raise ValidationError(
                "token", "give the token to inspect: this client uses email/password"
            )
        return token

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={self.base_url!r}, auth={self.credentials.kind}=REDACTED, "
            f"timeout={self.timeout!r}, max_retries={self.max_retries})"
        )


class Bulutfon(_ClientBase):
    """The Bulutfon API. Credentials from the arguments, else from BULUTFON_ACCESS_TOKEN (or
    BULUTFON_EMAIL and BULUTFON_PASSWORD); BULUTFON_BASE_URL changes the server.

    ``transport`` replaces the network (an httpx transport: a mock, or a test server's)."""

    def __init__(
        self,
        *,
        access_token: str | None = None,
        email: str | None = None,
        password: str | None = None,
        base_url: str | None = None,
        timeout: TimeoutLike | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        config = _config(access_token, email, password, base_url, timeout, max_retries)
        self._setup(config, transport or httpx.HTTPTransport(), owns_inner=True)

    def _setup(self, config: _Config, inner: httpx.BaseTransport, *, owns_inner: bool) -> None:
        self._config = config
        self._inner = inner
        self.http = httpx.Client(
            transport=RetryTransport(inner, config.policy, owns_inner=owns_inner),
            event_hooks={"response": [raise_for_status]},
            **_http_args(config),
        )
        self.low_level = _low_level(config).set_httpx_client(self.http)
        self.dids = Dids(self)
        self.extensions = Extensions(self)
        self.groups = Groups(self)
        self.cdrs = Cdrs(self)
        self.call_records = CallRecords(self)
        self.incoming_faxes = IncomingFaxes(self)
        self.outgoing_faxes = OutgoingFaxes(self)
        self.announcements = Announcements(self)
        self.automatic_calls = AutomaticCalls(self)
        self.message_titles = MessageTitles(self)
        self.messages = Messages(self)
        self._account = SyncResource(self)

    def with_options(
        self, *, timeout: TimeoutLike | None = None, max_retries: int | None = None
    ) -> Bulutfon:
        """A client like this one with other limits, sharing its connection pool."""
        clone = object.__new__(type(self))
        clone._setup(self._config.changed(timeout, max_retries), self._inner, owns_inner=False)
        return clone

    def me(self) -> MeResponse:
        """The user, the PBX and its credit."""
        return self._account._call(get_me.sync_detailed)

    def token_info(self, token: str | None = None) -> TokenInfo:
        """Whether a token (by default this client's) has expired and how long it has left."""
        return self._account._call(get_token_info.sync_detailed, token=self._token_for_info(token))

    def call_and_bridge(
        self,
        *,
        caller: check.PhoneLike,
        callee: check.PhoneLike,
        destination: str | int,
        timeout: int | None = None,
    ) -> CallAndBridgeResult:
        """Call ``callee`` from your number ``caller`` and connect it to ``destination`` (2 digits
        a menu, 3 a group, 4 an extension). Never retried once it may have reached the server."""
        params = _bridge_params(caller, callee, destination, timeout)
        return self._account._call(call_and_bridge_op.sync_detailed, **params)

    def close(self) -> None:
        """Close the connections (the pool itself only when this client created it)."""
        self.http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncBulutfon(_ClientBase):
    """The async twin of ``Bulutfon``: the same surface with ``await``, ``async for``, ``async with``."""

    def __init__(
        self,
        *,
        access_token: str | None = None,
        email: str | None = None,
        password: str | None = None,
        base_url: str | None = None,
        timeout: TimeoutLike | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        config = _config(access_token, email, password, base_url, timeout, max_retries)
        self._setup(config, transport or httpx.AsyncHTTPTransport(), owns_inner=True)

    def _setup(self, config: _Config, inner: httpx.AsyncBaseTransport, *, owns_inner: bool) -> None:
        self._config = config
        self._inner = inner
        self.http = httpx.AsyncClient(
            transport=AsyncRetryTransport(inner, config.policy, owns_inner=owns_inner),
            event_hooks={"response": [araise_for_status]},
            **_http_args(config),
        )
        self.low_level = _low_level(config).set_async_httpx_client(self.http)
        self.dids = AsyncDids(self)
        self.extensions = AsyncExtensions(self)
        self.groups = AsyncGroups(self)
        self.cdrs = AsyncCdrs(self)
        self.call_records = AsyncCallRecords(self)
        self.incoming_faxes = AsyncIncomingFaxes(self)
        self.outgoing_faxes = AsyncOutgoingFaxes(self)
        self.announcements = AsyncAnnouncements(self)
        self.automatic_calls = AsyncAutomaticCalls(self)
        self.message_titles = AsyncMessageTitles(self)
        self.messages = AsyncMessages(self)
        self._account = AsyncResource(self)

    def with_options(
        self, *, timeout: TimeoutLike | None = None, max_retries: int | None = None
    ) -> AsyncBulutfon:
        clone = object.__new__(type(self))
        clone._setup(self._config.changed(timeout, max_retries), self._inner, owns_inner=False)
        return clone

    async def me(self) -> MeResponse:
        return await self._account._call(get_me.asyncio_detailed)

    async def token_info(self, token: str | None = None) -> TokenInfo:
        return await self._account._call(
            get_token_info.asyncio_detailed, token=self._token_for_info(token)
        )

    async def call_and_bridge(
        self,
        *,
        caller: check.PhoneLike,
        callee: check.PhoneLike,
        destination: str | int,
        timeout: int | None = None,  # noqa: ASYNC109 (the API's ring time, not a deadline)
    ) -> CallAndBridgeResult:
        params = _bridge_params(caller, callee, destination, timeout)
        return await self._account._call(call_and_bridge_op.asyncio_detailed, **params)

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
