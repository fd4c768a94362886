"""``Bulutfon`` and ``AsyncBulutfon``: the clients, with a resource per attribute.

Each wraps one httpx client that carries the credentials (as query parameters), the timeouts,
the retry transport and the hook that turns error statuses into exceptions. ``low_level`` is the
generated ``bulutfon_api`` client bound to that same httpx client, for any generated function.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

import attrs
import httpx

from bulutfon_api.api.account import get_me, get_token_info
from bulutfon_api.api.call_and_bridge import call_and_bridge as call_and_bridge_op
from bulutfon_api.client import AuthenticatedClient, QueryCredentials
from bulutfon_api.models import CallAndBridgeResult, MeResponse, TokenInfo
from bulutfon_ext import __version__, _deadline
from bulutfon_ext import _validation as check
from bulutfon_ext._auth import Credentials, resolve_base_url, resolve_credentials
from bulutfon_ext._base_client import AsyncAPIClient, SyncAPIClient
from bulutfon_ext._body import ACCEPT_ENCODING, DEFAULT_MAX_RESPONSE_BYTES
from bulutfon_ext._errors import (
    BulutfonError,
    OperationFailedError,
    ValidationError,
    araise_for_status,
    raise_for_status,
)
from bulutfon_ext._http_client import (
    AsyncClientTransport,
    ClientTransport,
    user_headers,
    user_timeout,
)
from bulutfon_ext._lazy import LazyResource
from bulutfon_ext._logging import setup_from_env
from bulutfon_ext._options import (
    PerCallOptions,
    RingPerCallOptions,
    TimeoutLike,
    checked_timeout,
    request_options,
)
from bulutfon_ext._raw import CLIENT_METHODS, RawView
from bulutfon_ext._redact import Secrets, protect_httpx_logs
from bulutfon_ext._resource import opt
from bulutfon_ext._retry import AsyncRetryTransport, OnRetry, RetryPolicy, RetryTransport
from bulutfon_ext._token import (
    AsyncRefreshTransport,
    RefreshTransport,
    TokenAuth,
    TokenProvider,
    TokenSource,
)
from bulutfon_ext._twins import twin_of

if TYPE_CHECKING:
    from typing_extensions import Unpack

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


def _timeout(value: TimeoutLike | None) -> httpx.Timeout:
    return DEFAULT_TIMEOUT if value is None else checked_timeout(value)


@attrs.frozen(repr=False)
class _Config:
    credentials: Credentials
    base_url: str
    timeout: httpx.Timeout
    policy: RetryPolicy
    headers: Mapping[str, str] = attrs.field(factory=dict)
    # Set when the token comes from token_provider: then it is the one that counts.
    token_source: TokenSource | None = None
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES

    def scrub(self, error: BaseException) -> None:
        """Replace this client's credential values in everything the exception exposes."""
        credentials = self.current_credentials()
        values = (credentials.access_token, credentials.email, credentials.password)
        Secrets(values, token=credentials.access_token).scrub(error)

    def current_credentials(self) -> Credentials:
        if self.token_source is not None:
            return Credentials(access_token=self.token_source.token)
        return self.credentials

    def auth(self) -> httpx.Auth:
        if self.token_source is not None:
            return TokenAuth(self.token_source)
        return QueryCredentials(self.credentials.params())

    def changed(
        self,
        timeout: TimeoutLike | None,
        max_retries: int | None,
        max_response_bytes: int | None = None,
    ) -> _Config:
        return attrs.evolve(
            self,
            max_response_bytes=self.max_response_bytes
            if max_response_bytes is None
            else _max_body(max_response_bytes),
            timeout=self.timeout if timeout is None else _timeout(timeout),
            policy=self.policy
            if max_retries is None
            else attrs.evolve(self.policy, max_retries=_max_retries(max_retries)),
        )


MAX_RETRIES = 100
MAX_RESPONSE_BYTES_LIMIT = 2**40


def _max_body(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 < value <= 2**40:
        raise ValidationError(
            "max_response_bytes",
            f"{check.show(value)} must be a whole number of bytes from 1 up (at most 2**40)",
        )
    return value


def _max_retries(max_retries: int) -> int:
    if (
        isinstance(max_retries, bool)
        or not isinstance(max_retries, int)
        or not 0 <= max_retries <= MAX_RETRIES
    ):
        raise ValidationError(
            "max_retries",
            f"{check.show(max_retries)} must be a whole number from 0 up (at most {MAX_RETRIES})",
        )
    return max_retries


def _on_retry(on_retry: OnRetry | None) -> OnRetry | None:
    if on_retry is not None and not callable(on_retry):
        raise ValidationError(
            "on_retry", f"{type(on_retry).__name__} is not callable: give f(attempt, delay, cause)"
        )
    return on_retry


def _headers(default_headers: Mapping[str, str] | None) -> dict[str, str]:
    if default_headers is None:
        return {}
    if not isinstance(default_headers, Mapping):
        raise ValidationError(
            "default_headers", f"{type(default_headers).__name__} must be a dict of str to str"
        )
    for name, value in default_headers.items():
        if not isinstance(name, str) or not isinstance(value, str):
            raise ValidationError(
                "default_headers", f"{name!r}: header names and values must be str"
            )
    return dict(default_headers)


def _credentials(
    access_token: str | None,
    email: str | None,
    password: str | None,
    token_provider: TokenProvider | None,
) -> tuple[Credentials, TokenSource | None]:
    if token_provider is None:
        return resolve_credentials(access_token, email, password), None
    if access_token or email or password:
        raise ValidationError(
            "token_provider", "give token_provider or access_token / email and password, not both"
        )
    source = TokenSource(token_provider)
    return Credentials(access_token=source.token), source


@attrs.frozen
class _Options:
    """The constructor's arguments, checked together."""

    access_token: str | None = None
    email: str | None = None
    password: str | None = None
    token_provider: TokenProvider | None = None
    base_url: str | None = None
    timeout: TimeoutLike | None = None
    max_retries: int = DEFAULT_MAX_RETRIES
    default_headers: Mapping[str, str] | None = None
    on_retry: OnRetry | None = None
    http_client: httpx.Client | httpx.AsyncClient | None = None
    has_transport: bool = False
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES

    def config(self) -> _Config:
        setup_from_env()
        protect_httpx_logs()
        if self.http_client is not None and self.has_transport:
            raise ValidationError("http_client", "give http_client or transport, not both")
        timeout = self.timeout
        headers = {}
        if self.http_client is not None:
            timeout = timeout if timeout is not None else user_timeout(self.http_client)
            headers = user_headers(self.http_client)
        headers.update(_headers(self.default_headers))
        policy = RetryPolicy(
            max_retries=_max_retries(self.max_retries), on_retry=_on_retry(self.on_retry)
        )
        base_url = _checked_base_url(resolve_base_url(self.base_url))
        timeout_ = _timeout(timeout)
        credentials, source = _credentials(
            self.access_token, self.email, self.password, self.token_provider
        )
        return _Config(
            credentials=credentials,
            base_url=base_url,
            timeout=timeout_,
            policy=policy,
            headers=headers,
            token_source=source,
            max_response_bytes=_max_body(self.max_response_bytes),
        )


MAX_BASE_URL = 2048


def _checked_base_url(value: str) -> str:
    try:
        url = httpx.URL(value)
    except httpx.InvalidURL as error:
        raise ValidationError("base_url", f"{check.show(value)} is not a URL: {error}") from None
    if url.scheme not in ("http", "https") or not url.host or len(value) > MAX_BASE_URL:
        raise ValidationError(
            "base_url",
            f"{check.show(value)} must be an http(s) URL such as https://api.bulutfon.com",
        )
    return value


def _low_level(config: _Config) -> AuthenticatedClient:
    creds = config.current_credentials()
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
        "auth": config.auth(),
        "timeout": config.timeout,
        "headers": {
            "User-Agent": USER_AGENT,
            "Accept": "application/json",
            # Only what the SDK decodes itself, with a cap (see _body.py).
            "Accept-Encoding": ACCEPT_ENCODING,
            **config.headers,
        },
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


def _scrubbing_hook(config: _Config) -> Callable[[httpx.Response], None]:
    """The status hook, with the client's credential values redacted from its errors (the
    low-level client raises through it too)."""

    def hook(response: httpx.Response) -> None:
        try:
            raise_for_status(response)
        except BulutfonError as error:
            config.scrub(error)
            raise

    return hook


def _async_scrubbing_hook(config: _Config) -> Callable[[httpx.Response], Awaitable[None]]:
    async def hook(response: httpx.Response) -> None:
        try:
            await araise_for_status(response)
        except BulutfonError as error:
            config.scrub(error)
            raise

    return hook


def _bridged(result: CallAndBridgeResult) -> CallAndBridgeResult:
    """A 2xx saying ``"success": false`` is a failure, not a result to inspect."""
    success: object = result.success  # a lenient parser may hand over the string "false"
    if success is False or success == "false":
        message = result.message if isinstance(result.message, str) else "(no message)"
        raise OperationFailedError(message)
    return result


class _ClientBase:
    _config: _Config

    @property
    def base_url(self) -> str:
        """The server, ``https://api.bulutfon.com`` unless changed."""
        return self._config.base_url

    @property
    def credentials(self) -> Credentials:
        """The credentials in use (with ``token_provider``, the latest token)."""
        return self._config.current_credentials()

    @property
    def timeout(self) -> httpx.Timeout:
        """The limits every request has unless a call gives its own ``timeout=``."""
        return self._config.timeout

    @property
    def max_retries(self) -> int:
        """How many times a failed request may be retried (see ``RetryPolicy``)."""
        return self._config.policy.max_retries

    @property
    def with_raw_response(self) -> Any:
        """The same API methods, each returning a ``RawResponse`` (``status_code``, ``headers``,
        ``http_response``, ``parse()``): ``client.with_raw_response.dids.get(1)``; awaited on
        the async client."""
        return RawView(self, allowed=CLIENT_METHODS)

    def _token_for_info(self, token: str | None) -> str:
        if token is not None:
            try:
                return check.key(token, "token")
            except ValidationError:
                # The value is someone's token: say what is wrong without echoing it.
                raise ValidationError(
                    "token",
                    f"must be a token: up to {check.MAX_KEY} letters, digits, '-', '_', '.', ':'",
                ) from None
        token = self.credentials.access_token
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


class Bulutfon(_ClientBase, SyncAPIClient):
    """The Bulutfon API. Credentials from the arguments, else from BULUTFON_ACCESS_TOKEN (or
    BULUTFON_EMAIL and BULUTFON_PASSWORD); BULUTFON_BASE_URL changes the server.

    - ``token_provider``: a function returning the access token (OAuth, a vault), called now and
      once more whenever the server says ``Token expired`` (that request is then sent again once).
    - ``default_headers``: headers sent with every request.
    - ``on_retry(attempt, delay, cause)``: called before each retry (see ``RetryPolicy``).
    - ``http_client``: your own ``httpx.Client`` (proxies, certificates, limits, event hooks); the
      SDK's credentials, timeouts, retries and errors still apply. Closing this client closes it.
    - ``transport``: replaces the network (an httpx transport: a mock, or a test server's).
    """

    # Made on first use (importing a resource imports its operations and models).
    dids: LazyResource[Dids] = LazyResource("dids", "Dids")
    extensions: LazyResource[Extensions] = LazyResource("extensions", "Extensions")
    groups: LazyResource[Groups] = LazyResource("groups", "Groups")
    cdrs: LazyResource[Cdrs] = LazyResource("cdrs", "Cdrs")
    call_records: LazyResource[CallRecords] = LazyResource("call_records", "CallRecords")
    incoming_faxes: LazyResource[IncomingFaxes] = LazyResource("faxes", "IncomingFaxes")
    outgoing_faxes: LazyResource[OutgoingFaxes] = LazyResource("faxes", "OutgoingFaxes")
    announcements: LazyResource[Announcements] = LazyResource("announcements", "Announcements")
    automatic_calls: LazyResource[AutomaticCalls] = LazyResource(
        "automatic_calls", "AutomaticCalls"
    )
    message_titles: LazyResource[MessageTitles] = LazyResource("messages", "MessageTitles")
    messages: LazyResource[Messages] = LazyResource("messages", "Messages")

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
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        user_client = None if http_client is None else ClientTransport(http_client)
        config = _Options(
            access_token=access_token,
            email=email,
            password=password,
            token_provider=token_provider,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            on_retry=on_retry,
            http_client=http_client,
            has_transport=transport is not None,
            max_response_bytes=max_response_bytes,
        ).config()
        inner = user_client or transport or httpx.HTTPTransport()
        _deadline.install(inner)  # whole-call deadlines down to each socket read
        if http_client is not None:
            _deadline.install(getattr(http_client, "_transport", None))
        self._setup(config, inner, owns_inner=True)

    def _setup(self, config: _Config, inner: httpx.BaseTransport, *, owns_inner: bool) -> None:
        self._config = config
        self._scrub = config.scrub
        self._inner = inner
        transport: httpx.BaseTransport = RetryTransport(
            inner,
            config.policy,
            owns_inner=owns_inner,
            max_response_bytes=config.max_response_bytes,
            scrub=config.scrub,
        )
        if config.token_source is not None:
            transport = RefreshTransport(transport, config.token_source)
        self.http = httpx.Client(
            transport=transport,
            event_hooks={"response": [_scrubbing_hook(config)]},
            **_http_args(config),
        )
        self.low_level = _low_level(config).set_httpx_client(self.http)

    def with_options(
        self,
        *,
        timeout: TimeoutLike | None = None,
        max_retries: int | None = None,
        max_response_bytes: int | None = None,
    ) -> Bulutfon:
        """A client like this one with other limits, sharing its connection pool."""
        clone = object.__new__(type(self))
        config = self._config.changed(timeout, max_retries, max_response_bytes)
        clone._setup(config, self._inner, owns_inner=False)
        return clone

    def me(self, **options: Unpack[PerCallOptions]) -> MeResponse:
        """The user, the PBX and its credit."""
        return self._call(get_me.OPERATION, {}, request_options(options))

    def token_info(self, token: str | None = None, **options: Unpack[PerCallOptions]) -> TokenInfo:
        """Whether a token (by default this client's) has expired and how long it has left."""
        arguments = {"token": self._token_for_info(token)}
        return self._call(get_token_info.OPERATION, arguments, request_options(options))

    def call_and_bridge(
        self,
        *,
        caller: check.PhoneLike,
        callee: check.PhoneLike,
        destination: str | int,
        timeout: int | None = None,
        **options: Unpack[RingPerCallOptions],
    ) -> CallAndBridgeResult:
        """Call ``callee`` from your number ``caller`` and connect it to ``destination`` (2 digits
        a menu, 3 a group, 4 an extension), ringing ``timeout`` seconds. Never retried once it may
        have reached the server. Per-call options: ``request_timeout`` (``timeout`` is the ring
        time here), ``extra_headers``, ``extra_query``. The parameters travel in the query
        string, as in the provider's example."""
        params = _bridge_params(caller, callee, destination, timeout)
        checked = request_options(options, timeout_name="request_timeout")
        return _bridged(self._call(call_and_bridge_op.OPERATION, params, checked))

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


@twin_of(Bulutfon)
class AsyncBulutfon(_ClientBase, AsyncAPIClient):
    """The async twin of ``Bulutfon``: the same surface with ``await``, ``async for``, ``async with``.

    It takes the same arguments; ``http_client`` is an ``httpx.AsyncClient`` and ``transport`` an
    async transport. ``token_provider`` is a plain function (it runs in a worker thread when
    a token expires), ``on_retry`` too (it runs in the event loop: keep it quick).
    """

    # Made on first use (importing a resource imports its operations and models).
    dids: LazyResource[AsyncDids] = LazyResource("dids", "AsyncDids")
    extensions: LazyResource[AsyncExtensions] = LazyResource("extensions", "AsyncExtensions")
    groups: LazyResource[AsyncGroups] = LazyResource("groups", "AsyncGroups")
    cdrs: LazyResource[AsyncCdrs] = LazyResource("cdrs", "AsyncCdrs")
    call_records: LazyResource[AsyncCallRecords] = LazyResource("call_records", "AsyncCallRecords")
    incoming_faxes: LazyResource[AsyncIncomingFaxes] = LazyResource("faxes", "AsyncIncomingFaxes")
    outgoing_faxes: LazyResource[AsyncOutgoingFaxes] = LazyResource("faxes", "AsyncOutgoingFaxes")
    announcements: LazyResource[AsyncAnnouncements] = LazyResource(
        "announcements", "AsyncAnnouncements"
    )
    automatic_calls: LazyResource[AsyncAutomaticCalls] = LazyResource(
        "automatic_calls", "AsyncAutomaticCalls"
    )
    message_titles: LazyResource[AsyncMessageTitles] = LazyResource(
        "messages", "AsyncMessageTitles"
    )
    messages: LazyResource[AsyncMessages] = LazyResource("messages", "AsyncMessages")

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
        config = _Options(
            access_token=access_token,
            email=email,
            password=password,
            token_provider=token_provider,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            on_retry=on_retry,
            http_client=http_client,
            has_transport=transport is not None,
            max_response_bytes=max_response_bytes,
        ).config()
        self._setup(config, user_client or transport or httpx.AsyncHTTPTransport(), owns_inner=True)

    def _setup(self, config: _Config, inner: httpx.AsyncBaseTransport, *, owns_inner: bool) -> None:
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
            event_hooks={"response": [_async_scrubbing_hook(config)]},
            **_http_args(config),
        )
        self.low_level = _low_level(config).set_async_httpx_client(self.http)

    def with_options(
        self,
        *,
        timeout: TimeoutLike | None = None,
        max_retries: int | None = None,
        max_response_bytes: int | None = None,
    ) -> AsyncBulutfon:
        clone = object.__new__(type(self))
        config = self._config.changed(timeout, max_retries, max_response_bytes)
        clone._setup(config, self._inner, owns_inner=False)
        return clone

    async def me(self, **options: Unpack[PerCallOptions]) -> MeResponse:
        return await self._call(get_me.OPERATION, {}, request_options(options))

    async def token_info(
        self, token: str | None = None, **options: Unpack[PerCallOptions]
    ) -> TokenInfo:
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
        params = _bridge_params(caller, callee, destination, timeout)
        checked = request_options(options, timeout_name="request_timeout")
        return _bridged(await self._call(call_and_bridge_op.OPERATION, params, checked))

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
