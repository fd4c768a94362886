"""Keeps credentials out of everything we print: URLs, messages, reprs and log records.

Bulutfon takes its credentials as query parameters (``access_token``, ``email``, ``password``),
so a plain URL in a log line or an exception would leak them. ``/token-info/{token}`` carries a
token in the path, and the messages list's ``next_page`` embeds the caller's token as well.
"""

from __future__ import annotations

import logging
import re

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
