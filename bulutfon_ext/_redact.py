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
SECRET_PARAMS = frozenset({"access_token", "email", "password"})

# A value stops at the characters that end a query value or a sentence; one already REDACTED, or
# the "..." placeholder of a help text, is left alone so redacting twice changes nothing.
_QUERY_SECRET = re.compile(
    r"(?i)\b(access_token|email|password)=(?!REDACTED\b|\.\.\.)([^&\s\"'#<>(),;]*[^&\s\"'#<>(),;.])"
)
_TOKEN_INFO_PATH = re.compile(r"(/token-info/)([^/?#\s\"']+)")


def redact_text(text: str) -> str:
    """Replace every credential in free text (a URL, a message, a body excerpt)."""
    text = _QUERY_SECRET.sub(lambda m: f"{m.group(1)}={REDACTED}", text)
    return _TOKEN_INFO_PATH.sub(lambda m: f"{m.group(1)}{REDACTED}", text)


def redact_url(url: httpx.URL | str) -> str:
    """The URL as text, safe to print."""
    return redact_text(str(url))


class _RedactingFilter(logging.Filter):
    """Rewrites httpx's own log records, which print full request URLs at INFO."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.args:
            args = record.args if isinstance(record.args, tuple) else (record.args,)
            record.args = tuple(
                redact_url(a) if isinstance(a, httpx.URL | str) else a for a in args
            )
        if isinstance(record.msg, str):
            record.msg = redact_text(record.msg)
        return True


_FILTER = _RedactingFilter()


def protect_httpx_logs() -> None:
    """Install the filter on httpx's loggers (idempotent), so enabling them never leaks a token."""
    for name in ("httpx", "httpcore"):
        logger = logging.getLogger(name)
        if _FILTER not in logger.filters:
            logger.addFilter(_FILTER)
