"""What ``Bulutfon`` and ``AsyncBulutfon`` share: their options, checked together, and the
properties they answer from them.

The client classes are in ``bulutfon_ext/_async/client.py``, written once, and its generated
sync twin. Each wraps one httpx client that carries the credentials (as query parameters), the
timeouts, the retry transport and the hook that turns error statuses into exceptions.
``low_level`` is the generated ``bulutfon_api`` client bound to that same httpx client, for any
generated function.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs
import httpx

from bulutfon_api.client import AuthenticatedClient, QueryCredentials
from bulutfon_api.models import CallAndBridgeResult
from bulutfon_ext import __version__
from bulutfon_ext import _validation as check
from bulutfon_ext._auth import Credentials, resolve_base_url, resolve_credentials
from bulutfon_ext._body import ACCEPT_ENCODING, DEFAULT_MAX_RESPONSE_BYTES
from bulutfon_ext._errors import OperationFailedError, ValidationError
from bulutfon_ext._http_client import user_headers, user_timeout
from bulutfon_ext._logging import setup_from_env
from bulutfon_ext._options import TimeoutLike, checked_timeout
from bulutfon_ext._raw import CLIENT_METHODS, RawView
from bulutfon_ext._redact import Secrets, protect_httpx_logs
from bulutfon_ext._resource import opt
from bulutfon_ext._retry import OnRetry, RetryPolicy
from bulutfon_ext._token import TokenAuth, TokenProvider, TokenSource

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
USER_AGENT = f"bulutfon-python/{__version__}"


def _timeout(value: TimeoutLike | None) -> httpx.Timeout:
    return DEFAULT_TIMEOUT if value is None else checked_timeout(value)


@attrs.frozen(repr=False)
class Config:
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
    ) -> Config:
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
class ClientOptions:
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

    @classmethod
    def of(cls, arguments: Mapping[str, Any]) -> ClientOptions:
        """From a client constructor's arguments (its ``locals()``), each by its own name: the
        constructor's signature is the one list of them."""
        names = {field.name for field in attrs.fields(cls)}
        chosen = {name: value for name, value in arguments.items() if name in names}
        return cls(**chosen, has_transport=arguments["transport"] is not None)

    def config(self) -> Config:
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
        return Config(
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


def low_level_client(config: Config) -> AuthenticatedClient:
    creds = config.current_credentials()
    return AuthenticatedClient(
        base_url=config.base_url,
        timeout=config.timeout,
        token=creds.access_token,
        email=creds.email,
        password=creds.password,
    )


def http_args(config: Config) -> dict[str, Any]:
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


def bridge_params(
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


def bridged(result: CallAndBridgeResult) -> CallAndBridgeResult:
    """A 2xx saying ``"success": false`` is a failure, not a result to inspect."""
    success: object = result.success  # a lenient parser may hand over the string "false"
    if success is False or success == "false":
        message = result.message if isinstance(result.message, str) else "(no message)"
        raise OperationFailedError(message)
    return result


class ClientBase:
    _config: Config

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
