"""Keeps credentials out of everything we print: URLs, messages, reprs and log records.

Bulutfon takes its credentials as query parameters (``access_token``, ``email``, ``password``),
so a plain URL in a log line or an exception would leak them. ``/token-info/{token}`` carries a
token in the path, and the messages list's ``next_page`` embeds the caller's token as well.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import re
from collections.abc import Iterable
from typing import Any
from urllib.parse import quote, quote_plus

import httpx

REDACTED = "REDACTED"
SECRET_PARAMS = ("access_token", "email", "password")

# In free text a value runs to the next delimiter. One that is already REDACTED (and ends there)
# is left alone, so redacting twice changes nothing.
_QUERY_SECRET = re.compile(
    r"(?i)\b(access_token|email|password)=(?!REDACTED(?:[&\s\"'#<>),;]|\.(?:\s|$)|$))([^&\s\"'#<>]+)"
)
_TOKEN_INFO_PATH = re.compile(r"(/token-info/)(?!REDACTED(?:[/?#\s\"']|$))([^/?#\s\"']+)")
# httpx logs each request on "httpx"; httpcore logs headers on its children (a logger's filters
# do not see its children's records, so each is named).
_LOGGERS = (
    "httpx",
    "httpcore",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
)


def redact_text(text: str) -> str:
    """Replace every credential in free text (a URL, a message, a body excerpt)."""
    text = _QUERY_SECRET.sub(lambda m: f"{m.group(1)}={REDACTED}", text)
    return _TOKEN_INFO_PATH.sub(lambda m: f"{m.group(1)}{REDACTED}", text)


def redact_url(url: httpx.URL | str) -> str:
    """The URL as text, safe to print: credential parameters replaced by name, not by pattern."""
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError):
        return redact_text(str(url))
    for name in SECRET_PARAMS:
        if name in parsed.params:
            parsed = parsed.copy_set_param(name, REDACTED)
    return _TOKEN_INFO_PATH.sub(lambda m: f"{m.group(1)}{REDACTED}", str(parsed))


class _RedactingFilter(logging.Filter):
    """Rewrites log records of httpx and httpcore, which print URLs and headers as they are."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.args:
            args = record.args if isinstance(record.args, tuple) else (record.args,)
            record.args = tuple(_redact_arg(a) for a in args)
        if isinstance(record.msg, str):
            record.msg = redact_text(record.msg)
        return True


def _redact_arg(value: object) -> object:
    if isinstance(value, httpx.URL):
        return redact_url(value)
    if isinstance(value, str | bytes | list | tuple | dict):
        return redact_text(str(value))
    return value


_FILTER = _RedactingFilter()


def protect_httpx_logs() -> None:
    """Install the filter on httpx's and httpcore's loggers (idempotent)."""
    for name in _LOGGERS:
        logger = logging.getLogger(name)
        if _FILTER not in logger.filters:
            logger.addFilter(_FILTER)


# Values shorter than this are not replaced wherever they occur: a 3-character password would
# turn every occurrence of three common letters into REDACTED. Name-based redaction (the query
# parameters) still covers them in URLs.
MIN_SECRET_LENGTH = 4
_RECORDING_PATH = re.compile(r"/call-records/([^/?#]+)")
_MAX_CHAIN = 8


class Secrets:
    """One client's credential values, replaced by ``REDACTED`` wherever they appear: free text,
    URLs, copies of requests and responses, exceptions and the exceptions they chain."""

    def __init__(self, values: Iterable[str | None], token: str | None = None) -> None:
        forms: set[str] = set()
        for value in values:
            if value and len(value) >= MIN_SECRET_LENGTH:
                forms.update({value, quote(value, safe=""), quote_plus(value)})
        self.token = token
        self._forms = sorted(forms, key=len, reverse=True)
        self._pattern = re.compile("|".join(map(re.escape, self._forms))) if forms else None

    def _with_recording_hash(self, request: httpx.Request | None) -> Secrets:
        """Also the call-record hash (sha1(token + uuid)) of the recording ``request`` names."""
        if request is None or not self.token:
            return self
        found = _RECORDING_PATH.search(request.url.path)
        if not found:
            return self
        digest = hashlib.sha1((self.token + found.group(1)).encode()).hexdigest()
        return Secrets([*self._forms, digest], self.token)

    def text(self, text: str) -> str:
        text = redact_text(text)
        return self._pattern.sub(REDACTED, text) if self._pattern else text

    def raw(self, data: bytes) -> bytes:
        # latin-1 maps each byte to one code point and back, whatever the body's encoding.
        return self.text(data.decode("latin-1")).encode("latin-1")

    def url(self, url: httpx.URL | str) -> str:
        return self.text(redact_url(url))

    def request(self, request: httpx.Request) -> httpx.Request:
        """A copy that is safe to show: URL, headers and body redacted."""
        try:
            content = self.raw(request.content)
        except httpx.RequestNotRead:
            content = b""
        headers = [(k, self.text(v)) for k, v in request.headers.multi_items()]
        return httpx.Request(
            request.method, self.url(request.url), headers=headers, content=content
        )

    def response(self, response: httpx.Response) -> httpx.Response:
        """A copy that is safe to show: its (decoded) body, headers and request redacted."""
        try:
            content = self.raw(response.content)
        except httpx.ResponseNotRead:
            content = b""
        skip = {"content-encoding", "content-length", "transfer-encoding"}
        headers = [
            (k, self.text(v)) for k, v in response.headers.multi_items() if k.lower() not in skip
        ]
        request = vars(response).get("_request")
        return httpx.Response(
            response.status_code,
            headers=headers,
            content=content,
            request=self.request(request) if isinstance(request, httpx.Request) else None,
        )

    def value(self, value: Any) -> Any:
        """Any attribute of an exception, redacted (strings, URLs, requests, responses, JSON)."""
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, httpx.URL):
            return httpx.URL(self.url(value))
        if isinstance(value, httpx.Request):
            return self.request(value)
        if isinstance(value, httpx.Response):
            return self.response(value)
        if isinstance(value, dict):
            return {k: self.value(v) for k, v in value.items()}
        if isinstance(value, list | tuple):
            return type(value)(self.value(v) for v in value)
        return value

    def scrub(self, error: BaseException) -> None:
        """Redact an exception in place: its args, its attributes, and every exception it chains."""
        seen: set[int] = set()
        pending = [error]
        while pending and len(seen) < _MAX_CHAIN:
            current = pending.pop()
            if id(current) in seen:
                continue
            seen.add(id(current))
            secrets = self._with_recording_hash(_request_of(current))
            current.args = tuple(secrets.value(a) for a in current.args)
            for name, attribute in list(vars(current).items()):
                with contextlib.suppress(AttributeError, TypeError):
                    setattr(current, name, secrets.value(attribute))
            pending.extend(e for e in (current.__cause__, current.__context__) if e is not None)


def _request_of(error: BaseException) -> httpx.Request | None:
    """The request an SDK or httpx exception carries, directly or through its response."""
    found = vars(error)
    response = found.get("response")
    for holder in (found, vars(response) if isinstance(response, httpx.Response) else {}):
        for name in ("request", "_request"):
            if isinstance(holder.get(name), httpx.Request):
                request: httpx.Request = holder[name]
                return request
    return None
