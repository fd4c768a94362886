"""What webhooks and BulutfonXM share: reading the provider's POST, Basic auth, ASGI/WSGI plumbing.

The provider POSTs either JSON or ``application/x-www-form-urlencoded`` (chosen per webhook in
the panel), always UTF-8, optionally with HTTP Basic auth. The receivers here answer every
failure with a short plain-text status (401, 400, 405, 413, 500) and never a traceback: the
caller is the provider, and a stack trace helps nobody there.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import inspect
import json
import logging
from collections.abc import Callable, Iterable, Mapping
from typing import Any
from urllib.parse import parse_qsl, urlsplit, urlunsplit

from bulutfon_ext._errors import BulutfonError
from bulutfon_ext._redact import REDACTED, redact_url

logger = logging.getLogger("bulutfon.inbound")

#: The largest body a receiver reads; the provider's events are a few hundred bytes.
MAX_BODY = 64 * 1024

Fields = dict[str, Any]


class InboundError(BulutfonError, ValueError):
    """A request from the provider could not be read (base of WebhookError and BfxmError)."""


def read_fields(body: bytes | str, content_type: str | None, error: type[InboundError]) -> Fields:
    """The fields of a JSON object or form body; a repeated form field becomes a list."""
    if isinstance(body, str):
        body = body.encode("utf-8")
    if not isinstance(body, bytes | bytearray | memoryview):
        raise error(f"body must be bytes, not {type(body).__name__}")
    body = bytes(body)
    media = (content_type or "").split(";", 1)[0].strip().lower()
    if not media:
        # No header at all: guess from the first byte, as the two formats cannot be confused.
        media = "application/json" if body.lstrip()[:1] == b"{" else FORM
    if media == "application/json" or media.endswith("+json"):
        return _json_fields(body, error)
    if media == FORM:
        return _form_fields(body, error)
    raise error(
        f"unsupported content type {media!r}: the provider sends application/json or {FORM}"
    )


FORM = "application/x-www-form-urlencoded"


def _json_fields(body: bytes, error: type[InboundError]) -> Fields:
    try:
        value = json.loads(body.decode("utf-8"))
    except UnicodeDecodeError:
        raise error("body is not UTF-8") from None
    except json.JSONDecodeError as exc:
        raise error(f"body is not valid JSON ({exc.msg} at character {exc.pos})") from None
    if not isinstance(value, dict):
        raise error(f"body must be a JSON object, not {type(value).__name__}")
    return value


def _form_fields(body: bytes, error: type[InboundError]) -> Fields:
    try:
        # Percent-decoded as UTF-8, strictly: a mangled ``İnşaat`` is an error, not mojibake.
        pairs = parse_qsl(
            body.decode("utf-8"), keep_blank_values=True, encoding="utf-8", errors="strict"
        )
    except UnicodeDecodeError:
        raise error("form body is not UTF-8") from None
    fields: Fields = {}
    for key, value in pairs:
        if key in fields:
            previous = fields[key]
            fields[key] = [*previous, value] if isinstance(previous, list) else [previous, value]
        else:
            fields[key] = value
    return fields


def check_basic_auth(header: str | None, username: str, password: str) -> bool:
    """Whether an ``Authorization`` header carries exactly these Basic credentials.

    Compares in constant time (no early exit that leaks how much matched). Credentials are
    UTF-8, so ``İnşaat``-style user names and passwords work; a header that is missing, not
    Basic, or not valid base64 is simply ``False``.
    """
    expected = f"{username}:{password}".encode()
    given = b""
    if header:
        scheme, _, token = header.strip().partition(" ")
        if scheme.lower() == "basic":
            try:
                given = base64.b64decode(token.strip(), validate=True)
            except (binascii.Error, ValueError):
                given = b""
    # compare_digest over the whole pair: the user name is not checked on its own first.
    return hmac.compare_digest(given, expected)


def basic_auth_header(username: str, password: str) -> str:
    """The ``Authorization`` header value for Basic credentials (UTF-8)."""
    token = base64.b64encode(f"{username}:{password}".encode()).decode("ascii")
    return f"Basic {token}"


def printable_url(url: str) -> str:
    """``url`` safe to print: no ``user:password@`` part, no credential parameters."""
    parts = urlsplit(url)
    if "@" in parts.netloc:
        parts = parts._replace(netloc=f"{REDACTED}@{parts.netloc.rsplit('@', 1)[1]}")
    return redact_url(urlunsplit(parts))


def credentials_pair(username: str | None, password: str | None) -> tuple[str, str] | None:
    """The Basic credentials a receiver checks, or None; one without the other is an error."""
    if (username is None) != (password is None):
        raise ValueError("give both username and password for Basic auth, or neither")
    return None if username is None or password is None else (username, password)


# ---- receivers ---------------------------------------------------------------------------


class Reply:
    """An HTTP answer: status, body, content type."""

    def __init__(self, status: int, body: bytes, content_type: str) -> None:
        self.status = status
        self.body = body
        self.content_type = content_type

    @classmethod
    def text(cls, status: int, message: str) -> Reply:
        return cls(status, (message + "\n").encode("utf-8"), "text/plain; charset=utf-8")


_REASONS = {
    200: "OK",
    400: "Bad Request",
    401: "Unauthorized",
    405: "Method Not Allowed",
    413: "Content Too Large",
    500: "Internal Server Error",
}


def _gate(
    method: str, authorization: str | None, length: int, auth: tuple[str, str] | None
) -> Reply | None:
    """The answer to a request that must not reach the handler, if any."""
    if method != "POST":
        return Reply.text(405, "the provider POSTs; use POST")
    if auth is not None and not check_basic_auth(authorization, *auth):
        return Reply.text(401, "wrong or missing Basic credentials")
    if length > MAX_BODY:
        return Reply.text(413, f"body larger than {MAX_BODY} bytes")
    return None


def _failed(error: BaseException) -> Reply:
    if isinstance(error, InboundError):
        return Reply.text(400, str(error).splitlines()[0][:200])
    logger.exception("the handler failed")
    return Reply.text(500, "the handler failed; see the receiver's log")


def _headers(reply: Reply, extra: Iterable[tuple[str, str]] = ()) -> list[tuple[str, str]]:
    headers = [("content-type", reply.content_type), ("content-length", str(len(reply.body)))]
    if reply.status == 401:
        headers.append(("www-authenticate", 'Basic realm="bulutfon", charset="UTF-8"'))
    if reply.status == 405:
        headers.append(("allow", "POST"))
    return [*headers, *extra]


async def answer_lifespan(receive: Any, send: Any) -> None:
    """Answer an ASGI ``lifespan`` scope: nothing to start or stop, but servers and test clients
    expect the protocol answered."""
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return


def acknowledge(result: Any) -> Reply:
    """The reply when what the handler returns does not matter (webhooks): 200 ``OK``."""
    return Reply.text(200, "OK")


class _Receiver:
    """What both receivers hold: how a body is read (``parse``), the user's ``handler``, how its
    result becomes the reply (``answer``), and the Basic credentials to check, if any."""

    def __init__(
        self,
        parse: Callable[[bytes, str], Any],
        handler: Callable[[Any], Any],
        *,
        username: str | None,
        password: str | None,
        answer: Callable[[Any], Reply] = acknowledge,
    ) -> None:
        self._parse = parse
        self._handler = handler
        self._answer = answer
        self._auth = credentials_pair(username, password)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} auth={'Basic' if self._auth else 'none'}>"


class AsgiReceiver(_Receiver):
    """An ASGI app: gate, read the body (bounded), parse it, call the handler (sync or async),
    answer without a traceback.

    An object rather than a function, so that frameworks that tell endpoints from ASGI apps by
    type (Starlette's ``Route``) serve it as an app, at its exact path.
    """

    async def __call__(self, scope: Mapping[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            await answer_lifespan(receive, send)
        if scope["type"] != "http":
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        declared = _length(headers.get("content-length"))
        reply = _gate(scope["method"], headers.get("authorization"), declared, self._auth)
        if reply is None:
            body = bytearray()
            more = True
            while more:
                message = await receive()
                if message["type"] == "http.disconnect":
                    return
                body += message.get("body", b"")
                more = message.get("more_body", False)
                if len(body) > MAX_BODY:
                    reply = Reply.text(413, f"body larger than {MAX_BODY} bytes")
                    break
            if reply is None:
                try:
                    parsed = self._parse(bytes(body), headers.get("content-type", ""))
                    reply = self._answer(await maybe_await(self._handler(parsed)))
                except Exception as error:
                    reply = _failed(error)
        await send(
            {
                "type": "http.response.start",
                "status": reply.status,
                "headers": [(k.encode(), v.encode("latin-1")) for k, v in _headers(reply)],
            }
        )
        await send({"type": "http.response.body", "body": reply.body})


class WsgiReceiver(_Receiver):
    """A WSGI app with the same behaviour as :class:`AsgiReceiver` (the handler is sync)."""

    def __call__(
        self, environ: Mapping[str, Any], start_response: Callable[..., Any]
    ) -> Iterable[bytes]:
        declared = _length(environ.get("CONTENT_LENGTH"))
        reply = _gate(
            environ.get("REQUEST_METHOD", "GET"),
            environ.get("HTTP_AUTHORIZATION"),
            declared,
            self._auth,
        )
        if reply is None:
            try:
                body = environ["wsgi.input"].read(declared) if declared else b""
                parsed = self._parse(body, environ.get("CONTENT_TYPE", ""))
                reply = self._answer(self._handler(parsed))
            except Exception as error:
                reply = _failed(error)
        start_response(f"{reply.status} {_REASONS.get(reply.status, '')}", _headers(reply))
        return [reply.body]


def _length(value: str | None) -> int:
    try:
        return max(int(value), 0) if value else 0
    except ValueError:
        return 0


async def maybe_await(value: Any) -> Any:
    """``await`` a handler's result if it is awaitable (handlers may be sync or async)."""
    if inspect.isawaitable(value):
        return await value
    return value
