"""The fault catalogue: every way a server can misbehave that the SDK promises to survive.

Each ``Fault`` is a behaviour of the hostile server (``hostile.py``) and what a user may expect
of the SDK when it meets it: ``ok`` (the call succeeds, with the right data), ``error`` (a
``BulutfonError``, of ``error_type`` when given), or ``either``. The catalogue covers the faults
of issue 8 and the fault lists of the README's retry, timeout and download promises.

Whatever the expectation, every case must also: raise nothing but a ``BulutfonError``, end
within its deadline, leave no partial file, never send a POST twice, and never show a
credential (checked by ``matrix.py``).
"""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from bulutfon_ext import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BulutfonError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)
from tests.reliability.hostile import Behaviour, Canned, Peer, Received, head

Expect = Literal["ok", "error", "either"]
# How long a stalling server keeps going; far past any deadline the SDK promises.
STALL = 8.0
DRIP_EVERY = 0.25
# The credentials every case uses (the hostile server echoes them back in some faults).
TOKEN = "tok-RELIABILITY-5ecret-0001"
EMAIL = "ops-5ecret@reliability.example"
PASSWORD = "pw-RELIABILITY-5ecret-0002"


@dataclass(frozen=True)
class Fault:
    name: str
    behaviour: Behaviour | None  # None: nothing listens (connection refused)
    expect: Expect
    error_type: type[BulutfonError] = BulutfonError
    times: int | None = None  # target requests that get it; None: every one
    before_request: bool = False  # acts on a new connection before reading the request
    # Per operation kind ("get", "page", "download", "post"), when it differs from ``expect``.
    expect_for: tuple[tuple[str, Expect], ...] = ()

    def expected(self, op: str) -> Expect:
        return dict(self.expect_for).get(op, self.expect)


def _answer(
    peer: Peer, request: Received, status: int, headers: dict[str, str], body: bytes
) -> bool:
    request.answer = status
    # It closes the connection after, and says so: the fault is the status, not a race with a
    # client that would reuse the connection.
    headers = {"Content-Length": str(len(body)), "Connection": "close", **headers}
    peer.send(head(status, headers) + body)
    return False


def status(
    code: int, body: Any = None, content_type: str = "application/json", **headers: str
) -> Behaviour:
    def behave(peer: Peer, request: Received, good: Canned) -> bool:
        raw = body if isinstance(body, bytes) else json.dumps(body or {"error": "Nope"}).encode()
        extra = {k.replace("_", "-"): v for k, v in headers.items()}
        return _answer(peer, request, code, {"Content-Type": content_type, **extra}, raw)

    return behave


def good_with(
    transform: Callable[[Canned], tuple[dict[str, str], bytes]], code: int | None = None
) -> Behaviour:
    """The good answer's status, with other headers and body."""

    def behave(peer: Peer, request: Received, good: Canned) -> bool:
        headers, body = transform(good)
        headers.setdefault("Connection", "close")
        request.answer = code or good.status
        peer.send(head(code or good.status, headers) + body)
        return False

    return behave


def _typed(
    good: Canned, body: bytes, content_type: str | None = None
) -> tuple[dict[str, str], bytes]:
    return {
        "Content-Type": content_type or good.content_type,
        "Content-Length": str(len(body)),
    }, body


def close_now(peer: Peer, request: Received, good: Canned) -> bool:
    return False


def reset_now(peer: Peer, request: Received, good: Canned) -> bool:
    peer.reset()
    return False


def silent(peer: Peer, request: Received, good: Canned) -> bool:
    peer.hold(STALL)
    return False


def drip_head(peer: Peer, request: Received, good: Canned) -> bool:
    peer.drip(good.raw(), DRIP_EVERY, STALL)
    return False


def head_then_silence(peer: Peer, request: Received, good: Canned) -> bool:
    request.answer = good.status
    peer.send(good.head())
    peer.hold(STALL)
    return False


def drip_body(peer: Peer, request: Received, good: Canned) -> bool:
    request.answer = good.status
    peer.send(good.head())
    # Slow enough that the whole body would take far longer than any deadline.
    peer.drip(good.body * 50, DRIP_EVERY, STALL)
    return False


def answer_then_close(peer: Peer, request: Received, good: Canned) -> bool:
    """A good answer on a kept-alive connection, then the server closes it while idle."""
    request.answer = good.status
    peer.send(good.raw())
    return False


def slow_but_steady(peer: Peer, request: Received, good: Canned) -> bool:
    """A healthy slow transfer: ten pieces over half a second. Must not be cut off."""
    request.answer = good.status
    peer.send(good.head())
    step = max(1, len(good.body) // 10 + 1)
    for start in range(0, len(good.body), step):
        peer.send(good.body[start : start + step])
        if peer.server.stopping.wait(0.05):
            return False
    return True


def short_body(reset: bool) -> Behaviour:
    def behave(peer: Peer, request: Received, good: Canned) -> bool:
        request.answer = good.status
        peer.send(good.head() + good.body[: len(good.body) // 2])
        if reset:
            peer.reset()
        return False

    return behave


def raw_bytes(data: bytes | Callable[[Canned], bytes], keep: bool = False) -> Behaviour:
    def behave(peer: Peer, request: Received, good: Canned) -> bool:
        peer.send(data(good) if callable(data) else data)
        return keep

    return behave


def http10(good: Canned) -> bytes:
    # No Content-Length: the body ends when the connection closes (valid HTTP/1.0).
    return (
        f"HTTP/1.0 {good.status} OK\r\nContent-Type: {good.content_type}\r\n\r\n".encode()
        + good.body
    )


def chunked(good: Canned, broken: bool = False) -> bytes:
    out = head(good.status, {"Content-Type": good.content_type, "Transfer-Encoding": "chunked"})
    step = max(1, len(good.body) // 3 + 1)
    for start in range(0, len(good.body), step):
        piece = good.body[start : start + step]
        size = "zz" if broken and start else f"{len(piece):x}"
        out += f"{size}\r\n".encode() + piece + b"\r\n"
    return out + b"0\r\n\r\n"


def gzip_bomb(good: Canned) -> tuple[dict[str, str], bytes]:
    # ~100 KB on the wire, 100 MiB decoded (zeros compress about a thousand to one).
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = bytes(1 << 20)
    body = b"".join(compressor.compress(block) for _ in range(100)) + compressor.flush()
    return {
        "Content-Type": good.content_type,
        "Content-Encoding": "gzip",
        "Content-Length": str(len(body)),
    }, body


def _replace_first(value: Any, kind: type, new: Any) -> tuple[Any, bool]:
    """``value`` with its first ``kind`` (bool and int told apart) replaced by ``new``."""
    if type(value) is kind:
        return new, True
    if isinstance(value, dict):
        for key, item in value.items():
            replaced, done = _replace_first(item, kind, new)
            if done:
                return {**value, key: replaced}, True
    if isinstance(value, list):
        for index, item in enumerate(value):
            replaced, done = _replace_first(item, kind, new)
            if done:
                return [*value[:index], replaced, *value[index + 1 :]], True
    return value, False


def _wrong_scalar(value: Any) -> tuple[Any, bool]:
    """``value`` with a boolean as the string "false" (else an integer as "x").

    A boolean first: no field the spec types as a boolean is tolerant, while some integers are
    int-or-string (phone numbers), where a string is allowed."""
    replaced, done = _replace_first(value, bool, "false")
    return (replaced, done) if done else _replace_first(value, int, "x")


def wrong_scalar(good: Canned) -> tuple[dict[str, str], bytes]:
    try:
        data = json.loads(good.body)
    except ValueError:  # a file: not JSON, nothing to mistype
        return _typed(good, good.body)
    return _typed(good, json.dumps(_wrong_scalar(data)[0]).encode())


def huge_int(good: Canned) -> tuple[dict[str, str], bytes]:
    try:
        data = json.loads(good.body)
    except ValueError:
        return _typed(good, good.body)
    marked, _ = _replace_first(data, int, "HUGE")
    return _typed(good, json.dumps(marked).replace('"HUGE"', "1" * 5000, 1).encode())


def echo(template: str, code: int, content_type: str = "application/json") -> Behaviour:
    def behave(peer: Peer, request: Received, good: Canned) -> bool:
        query = request.query
        # What the request carried (a credential it did not carry is nobody's secret here).
        secrets = {
            "token": (query.get("access_token") or ["no-token"])[0],
            "email": (query.get("email") or ["nobody@example.com"])[0],
            "password": (query.get("password") or ["no-password"])[0],
            "target": request.target,
        }
        text = template.format(**secrets)
        if content_type == "application/json":
            text = json.dumps({"error": text})
        headers = {"Content-Type": content_type}
        if code in (301, 302, 307):
            headers["Location"] = "http://127.0.0.1:9" + request.target
        return _answer(peer, request, code, headers, text.encode())

    return behave


def catalogue() -> list[Fault]:
    html = b"<!doctype html><html><body><form action=/login>Sign in</form></body></html>"
    return [
        # --- the connection ---------------------------------------------------------------
        Fault("connection refused", None, "error", APIConnectionError),
        Fault(
            "closed before the request", close_now, "error", APIConnectionError, before_request=True
        ),
        Fault(
            "reset before the request", reset_now, "error", APIConnectionError, before_request=True
        ),
        Fault("closed after the request", close_now, "error", APIConnectionError),
        Fault("reset after the request", reset_now, "error", APIConnectionError),
        Fault("closed once, then fine", close_now, "ok", times=1, expect_for=(("post", "error"),)),
        Fault("no answer at all", silent, "error", APITimeoutError),
        Fault("status line one byte at a time", drip_head, "error", APITimeoutError),
        Fault("headers, then silence", head_then_silence, "error", APITimeoutError),
        Fault("body one byte at a time", drip_body, "error", APITimeoutError),
        Fault("slow but steady body", slow_but_steady, "ok"),
        Fault("idle kept-alive connection closed", answer_then_close, "ok"),
        Fault("body cut short, closed", short_body(reset=False), "error", APIConnectionError),
        Fault("body cut short, reset", short_body(reset=True), "error", APIConnectionError),
        # --- the bytes of HTTP ------------------------------------------------------------
        Fault("garbage status line", raw_bytes(b"HELLO WORLD\r\n\r\n"), "error"),
        Fault(
            "header line without a colon",
            raw_bytes(
                lambda g: g.head().replace(b"\r\n\r\n", b"\r\nbroken header\r\n\r\n") + g.body
            ),
            "error",
        ),
        Fault("200 KB header", raw_bytes(lambda g: g.head(X_Big="a" * 200_000) + g.body), "either"),
        Fault(
            "5000 headers",
            raw_bytes(
                lambda g: (
                    head(
                        g.status,
                        {
                            "Content-Type": g.content_type,
                            "Content-Length": str(len(g.body)),
                            **{f"X-{i}": "1" for i in range(5000)},
                        },
                    )
                    + g.body
                )
            ),
            "either",
        ),
        Fault("HTTP/1.0 body until close", raw_bytes(http10), "ok"),
        Fault("chunked body", raw_bytes(chunked), "ok"),
        Fault("broken chunked body", raw_bytes(lambda g: chunked(g, broken=True)), "error"),
        Fault(
            "100 Continue, then the answer",
            raw_bytes(lambda g: b"HTTP/1.1 100 Continue\r\n\r\n" + g.raw()),
            "ok",
        ),
        Fault(
            "Content-Length longer than the body",
            good_with(
                lambda g: (
                    {"Content-Type": g.content_type, "Content-Length": str(len(g.body) + 10)},
                    g.body,
                )
            ),
            "error",
        ),
        Fault(
            "two different Content-Lengths",
            raw_bytes(lambda g: g.head(Content_Length=str(len(g.body) + 1)) + g.body),
            "error",
        ),
        Fault(
            "extra bytes after the body",
            raw_bytes(lambda g: g.raw() + b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}"),
            "either",
        ),
        Fault("gzip bomb (100 MiB decoded)", good_with(gzip_bomb), "error"),
        Fault(
            "gzip that is not gzip",
            good_with(
                lambda g: (
                    {
                        "Content-Type": g.content_type,
                        "Content-Encoding": "gzip",
                        "Content-Length": "12",
                    },
                    b"not gzip :-(",
                )
            ),
            "error",
        ),
        Fault(
            "gzip of the right body",
            good_with(
                lambda g: (
                    lambda z: (
                        {
                            "Content-Type": g.content_type,
                            "Content-Encoding": "gzip",
                            "Content-Length": str(len(z)),
                        },
                        z,
                    )
                )(gzip.compress(g.body))
            ),
            "ok",
        ),
        Fault(
            "unknown Content-Encoding",
            good_with(
                lambda g: (
                    {
                        "Content-Type": g.content_type,
                        "Content-Encoding": "x-unknown",
                        "Content-Length": str(len(g.body)),
                    },
                    g.body,
                )
            ),
            "either",
        ),
        # --- statuses ---------------------------------------------------------------------
        Fault("400", status(400), "error", APIStatusError),
        Fault(
            "401 Unauthorized",
            status(401, {"error": "Unauthorized", "code": 401}),
            "error",
            AuthenticationError,
        ),
        Fault(
            "401 Token expired",
            status(401, {"error": "Token expired"}),
            "error",
            AuthenticationError,
        ),
        Fault("403", status(403), "error", PermissionDeniedError),
        Fault("404", status(404, {"error": "Not Found"}), "error", NotFoundError),
        Fault(
            "422",
            status(422, {"error": "Validation failed", "code": "INVALID"}),
            "error",
            UnprocessableEntityError,
        ),
        Fault("429, Retry-After 1", status(429, Retry_After="1"), "error", RateLimitError),
        Fault("429, Retry-After an hour", status(429, Retry_After="3600"), "error", RateLimitError),
        Fault(
            "429, Retry-After nonsense", status(429, Retry_After="soon"), "error", RateLimitError
        ),
        Fault("429 once, then fine", status(429, Retry_After="0"), "ok", times=1),
        Fault("500", status(500), "error", InternalServerError),
        Fault("502 proxy page", status(502, html, "text/html"), "error", InternalServerError),
        Fault("503 once, then fine", status(503), "ok", times=1, expect_for=(("post", "error"),)),
        Fault("520 (a CDN's)", status(520, html, "text/html"), "error", APIStatusError),
        Fault("499", status(499), "error", APIStatusError),
        Fault(
            "299 with the right body", good_with(lambda g: _typed(g, g.body), code=299), "either"
        ),
        Fault("302 elsewhere", echo("moved", 302), "error"),
        # --- bodies -----------------------------------------------------------------------
        Fault("200 HTML login page", good_with(lambda g: _typed(g, html, "text/html")), "error"),
        Fault(
            "200 empty body",
            good_with(lambda g: _typed(g, b"")),
            "error",  # An empty recording whose headers say it is empty: the SDK promises nothing about it.
            expect_for=(("download", "either"),),
        ),
        Fault(
            "200 JSON cut in half",
            good_with(lambda g: _typed(g, g.body[: len(g.body) // 2])),
            "error",
            # Half a recording with a Content-Length that says so: nothing can tell it is cut.
            expect_for=(("download", "either"),),
        ),
        Fault(
            "200 JSON error body",
            good_with(lambda g: _typed(g, b'{"error": "Internal failure"}', "application/json")),
            "error",
        ),
        Fault(
            "200 Token expired body",
            good_with(lambda g: _typed(g, b'{"error": "Token expired"}', "application/json")),
            "error",
            AuthenticationError,
        ),
        Fault(
            "200 JSON list, not object",
            good_with(lambda g: _typed(g, b"[]", "application/json")),
            "error",
        ),
        Fault(
            "200 wrong scalar type",
            good_with(wrong_scalar),
            "error",
            # A fax's answer holds only a message: nothing to mistype, so it must succeed.
            expect_for=(("download", "ok"), ("post", "ok")),
        ),
        Fault(
            "200 integer of 5000 digits",
            good_with(huge_int),
            "error",
            expect_for=(("download", "ok"), ("post", "ok")),
        ),
        Fault(
            "200 JSON nested 100,000 deep",
            good_with(lambda g: _typed(g, b"[" * 100_000 + b"]" * 100_000, "application/json")),
            "error",
        ),
        Fault(
            "200 invalid UTF-8",
            good_with(lambda g: _typed(g, b'{"did": "\xff\xfe"}', "application/json")),
            "error",
        ),
        Fault(
            "200 as application/octet-stream",
            good_with(lambda g: _typed(g, g.body, "application/octet-stream")),
            "either",
            expect_for=(("download", "ok"),),
        ),
        # --- servers that echo credentials (the secrets sweep reads every error) -----------
        Fault(
            "error quoting the token",
            echo("Token {token} is not valid for {email}", 400),
            "error",
            APIStatusError,
        ),
        Fault(
            "HTML page quoting the request",
            echo("<p>{target} failed, password {password}</p>", 500, "text/html"),
            "error",
            InternalServerError,
        ),
        Fault("redirect carrying the query", echo("moved", 307), "error"),
    ]
