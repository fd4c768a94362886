"""The exceptions the SDK raises, and the one place failures are translated into them.

Every failure a user can see is a ``BulutfonError``::

    BulutfonError
    ├── ValidationError (also a ValueError)   bad input, refused before anything is sent
    ├── APIConnectionError                    no (complete) response: refused, reset, dropped
    │   └── APITimeoutError                   connect, read, write or pool timeout
    ├── ResponseParseError                    a 2xx body that is not what the spec says
    └── APIStatusError                        any status other than 2xx
        ├── BadRequestError                   400
        ├── AuthenticationError               401
        ├── PermissionDeniedError             403
        ├── NotFoundError                     404
        ├── UnprocessableEntityError          422
        ├── RateLimitError                    429 (retry_after)
        └── InternalServerError               500 and up (a proxy's 520 too)

Translation happens here and nowhere else: ``status_error`` turns a response into its
``APIStatusError`` (the clients' response hook calls it), and ``from_httpx`` turns an httpx
exception into the SDK's (the retry transport, downloads, and ``translated`` around every call
of ``bulutfon_ext._base_client`` use it). No httpx exception reaches a user of ``bulutfon_ext``.
"""

from __future__ import annotations

import contextlib
import email.utils
import json
import re
import time
from collections.abc import Iterator
from http import HTTPStatus
from typing import Any

import httpx

from bulutfon_ext._redact import redact_text, redact_url

_EXCERPT = 200


class BulutfonError(Exception):
    """Base class of every error this SDK raises.

    Every SDK error survives ``pickle`` (multiprocessing, task queues): the copy has the same
    class, message and attributes, and a request or response it carries comes back with the
    credentials in its URL replaced by ``REDACTED``.
    """

    def __reduce__(self) -> tuple[Any, ...]:
        # The default rebuilds by calling __init__ with self.args, which fails for keyword-only
        # arguments (response=, request=) and would pickle the token inside request URLs.
        state = {name: _picklable(value) for name, value in self.__dict__.items()}
        return (_unpickle, (type(self), self.args, state))


def _unpickle(cls: type[BulutfonError], args: tuple[Any, ...], state: dict[str, Any]) -> Any:
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


_SECRET_HEADERS = ("authorization", "proxy-authorization", "cookie")


def _safe_request(request: httpx.Request) -> httpx.Request:
    headers = {
        name: ("REDACTED" if name.lower() in _SECRET_HEADERS else value)
        for name, value in request.headers.items()
    }
    return httpx.Request(request.method, redact_url(request.url), headers=headers)


def _safe_response(response: httpx.Response) -> httpx.Response:
    try:
        content = response.content
    except httpx.ResponseNotRead:
        content = b""
    try:
        request: httpx.Request | None = _safe_request(response.request)
    except RuntimeError:  # a response built by hand, with no request
        request = None
    # The content is already decoded: the copy must not decode it again.
    dropped = ("set-cookie", "content-encoding", "content-length", "transfer-encoding")
    headers = [(k, v) for k, v in response.headers.multi_items() if k.lower() not in dropped]
    return httpx.Response(response.status_code, headers=headers, content=content, request=request)


def _picklable(value: Any) -> Any:
    if isinstance(value, httpx.Response):
        return _safe_response(value)
    if isinstance(value, httpx.Request):
        return _safe_request(value)
    return value


class ValidationError(BulutfonError, ValueError):
    """An argument was refused before anything was sent; ``field`` names it, and ``names`` the
    other arguments its message speaks of (a rule across fields: ``announcement_id``,
    ``sound_url``...), so that a caller can put them in its own terms (the CLI's options)."""

    def __init__(self, field: str, message: str, *, names: tuple[str, ...] = ()) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.names = names


class APIConnectionError(BulutfonError):
    """The request did not get a response: connection refused, reset or dropped."""

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(redact_text(message))
        self.request = request


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, read, write or waiting for a pooled connection)."""


class ResponseParseError(BulutfonError):
    """A 2xx response was not what the spec says (HTML, truncated JSON, a missing envelope key)."""

    def __init__(self, message: str, *, response: httpx.Response | None = None) -> None:
        super().__init__(redact_text(message))
        self.response = response


class APIStatusError(BulutfonError):
    """The server answered with a status other than 2xx.

    ``message`` is the body's ``error`` text when the body is JSON, else an excerpt of it;
    ``code`` is the body's ``code`` when present.
    """

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        code: str | int | None = None,
    ) -> None:
        self.message = redact_text(message)
        self.response = response
        self.status_code = response.status_code
        self.code = code
        self.body = _body(response)
        request = response.request
        super().__init__(
            f"{self.status_code} {_reason(self.status_code)}: {self.message} "
            f"({request.method} {redact_url(request.url)})"
        )

    def __repr__(self) -> str:
        return f"{type(self).__name__}(status_code={self.status_code}, message={self.message!r})"


class BadRequestError(APIStatusError):
    """400: the request was malformed."""


class AuthenticationError(APIStatusError):
    """401: the credentials are missing, wrong or expired (``Token expired``)."""


class TokenExpiredError(AuthenticationError):
    """The body said the token expired (``{"error": "Token expired"}``), whatever the status:
    the token must be renewed (``token_provider=`` does that by itself)."""


class PermissionDeniedError(APIStatusError):
    """403: the credentials may not do this."""


class NotFoundError(APIStatusError):
    """404: no such resource."""


class UnprocessableEntityError(APIStatusError):
    """422: the values were refused."""


class RateLimitError(APIStatusError):
    """429: too many requests. ``retry_after`` is the seconds the server asked for, if it said."""

    @property
    def retry_after(self) -> float | None:
        return parse_retry_after(self.response.headers.get("Retry-After"))


class InternalServerError(APIStatusError):
    """5xx (and any status from 500 up, such as a proxy's 520)."""


class OperationFailedError(BulutfonError):
    """The server answered 2xx but said the operation failed (``call_and_bridge`` with
    ``"success": false``); ``message`` is its reason."""

    def __init__(self, message: str, *, response: httpx.Response | None = None) -> None:
        self.message = redact_text(message)
        self.response = response
        super().__init__(f"the operation failed: {self.message}")


# "Token expired", "token has expired", "Token 9f3... expired", "expired token".
_TOKEN_EXPIRED = re.compile(r"(?is)\btoken\b.{0,300}?\bexpired\b|\bexpired\s+(access\s+)?token\b")


def says_token_expired(message: object) -> bool:
    """Whether an error text says the token expired."""
    return isinstance(message, str) and bool(_TOKEN_EXPIRED.search(message))


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def _reason(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unknown Status"


def parse_retry_after(value: str | None, *, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (seconds or an HTTP date); None if absent or bad."""
    if value is None:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


def _body(response: httpx.Response) -> Any:
    """The error body as JSON when it is JSON, else as text (an HTML page, an empty string)."""
    try:
        return json.loads(response.text)
    except (ValueError, RecursionError):
        return response.text


def _message_and_code(response: httpx.Response) -> tuple[str, str | int | None]:
    text = response.text
    body = _body(response)
    if isinstance(body, dict) and isinstance(body.get("error"), str):
        code = body.get("code")
        return body["error"], code if isinstance(code, str | int) else None
    excerpt = " ".join(text.split())[:_EXCERPT]
    return (excerpt or "(empty body)"), None


def status_error(response: httpx.Response) -> APIStatusError:
    """The exception for a non-2xx response whose body has been read."""
    message, code = _message_and_code(response)
    status = response.status_code
    cls = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    if isinstance(_body(response), dict) and says_token_expired(message):
        cls = TokenExpiredError
    return cls(message, response=response, code=code)


def error_in_success(response: httpx.Response, name: str) -> BulutfonError | None:
    """For a 2xx whose body is an error (``{"error": "Token expired"}``, ``{"error": "..."}``):
    the error it really is. No success body of the spec has an ``error`` key."""
    if b'"error"' not in response.content:  # most bodies: no second JSON parse
        return None
    body = _body(response)
    if not isinstance(body, dict) or not isinstance(body.get("error"), str):
        return None
    code = body.get("code")
    if says_token_expired(body["error"]):
        return TokenExpiredError(
            body["error"], response=response, code=code if isinstance(code, str | int) else None
        )
    return ResponseParseError(
        f"{name}: HTTP {response.status_code} with an error body: {body['error']}",
        response=response,
    )


def expired_token_error(response: httpx.Response) -> TokenExpiredError | None:
    """For a 2xx body such as ``{"error": "Token expired"}``: the error it really is."""
    found = error_in_success(response, "")
    return found if isinstance(found, TokenExpiredError) else None


def raise_for_status(response: httpx.Response) -> None:
    """httpx response hook: turn any non-2xx answer into a typed error (body read first)."""
    if not response.is_success:
        response.read()
        raise status_error(response)


async def araise_for_status(response: httpx.Response) -> None:
    """The async twin of ``raise_for_status``."""
    if not response.is_success:
        await response.aread()
        raise status_error(response)


def _request_of(error: httpx.HTTPError) -> httpx.Request | None:
    try:
        return error.request
    except RuntimeError:  # an httpx error raised outside a request has none
        return None


def from_httpx(
    error: httpx.HTTPError, *, request: httpx.Request | None = None, doing: str | None = None
) -> BulutfonError:
    """The SDK's exception for an httpx one. ``doing`` says what broke, for a message more precise
    than the default "<METHOD> <redacted URL> failed" (a download that broke after N bytes)."""
    if isinstance(error, httpx.DecodingError):
        return ResponseParseError(f"the response body could not be decoded: {error}")
    request = request or _request_of(error)
    timed_out = isinstance(error, httpx.TimeoutException)
    if doing is None:
        where = f"{request.method} {redact_url(request.url)}" if request else "the request"
        doing = f"{where} {'timed out' if timed_out else 'failed'}"
    cls = APITimeoutError if timed_out else APIConnectionError
    return cls(f"{doing}: {error or type(error).__name__}", request=request)


@contextlib.contextmanager
def translated(request: httpx.Request | None = None) -> Iterator[None]:
    """Raise any httpx exception of the block as the SDK's own (see ``from_httpx``)."""
    try:
        yield
    except httpx.HTTPError as error:
        raise from_httpx(error, request=request) from error
