"""The secrets sweep: every text an exception or a log record exposes, searched for credentials.

An error tracker (Sentry and the like) records an exception's message, its repr, its
attributes and their reprs, the chained causes, and the local variables around it. The sweep
reads what such a tool would: ``str`` and ``repr`` of the exception and of each cause, ``args``,
and the ``request``/``response`` attributes with their reprs, URLs and headers.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any
from urllib.parse import quote, quote_plus

import httpx


def credentials_of(token: str, email: str, password: str, uuids: Iterable[str] = ()) -> list[str]:
    """The literal secrets of a client: its credentials and the signed hash of each recording."""
    hashes = [hashlib.sha1((token + uuid).encode()).hexdigest() for uuid in uuids]
    return [token, email, password, *hashes]


def _message_texts(message: httpx.Request | httpx.Response) -> list[str]:
    texts = [repr(message), str(message.url) if isinstance(message, httpx.Request) else ""]
    texts += [f"{k}: {v}" for k, v in message.headers.items()]
    if isinstance(message, httpx.Response):
        with_request = message._request  # the response's own request, without raising if absent
        if with_request is not None:
            texts += _message_texts(with_request)
    return texts


def exposed_texts(error: BaseException) -> list[str]:
    """What an exception shows to anything that dumps it, its chained causes included."""
    texts: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        texts += [str(current), repr(current), *(safe_repr(arg) for arg in current.args)]
        for name, value in vars(current).items():
            if isinstance(value, httpx.Request | httpx.Response):
                texts += _message_texts(value)
            elif not name.startswith("__"):
                texts.append(safe_repr(value))
        current = current.__cause__ or current.__context__
    return texts


def safe_repr(value: Any) -> str:
    try:
        return repr(value)
    except Exception as error:  # a repr that fails shows nothing
        return f"<repr failed: {type(error).__name__}>"


def found_in(texts: Iterable[str], secrets: Iterable[str]) -> list[str]:
    """The secrets that appear in any of ``texts``, as they are or URL-encoded (each once)."""
    joined = "\n".join(texts)
    return [
        s for s in secrets if s in joined or quote(s, safe="") in joined or quote_plus(s) in joined
    ]


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []
        self._guard = threading.Lock()

    def emit(self, record: logging.LogRecord) -> None:
        try:
            text = record.getMessage()
        except Exception:
            text = f"{record.msg!r} {record.args!r}"
        with self._guard:
            self.lines.append(text)


@contextmanager
def captured_logs() -> Iterator[list[str]]:
    """Every log line of the SDK, httpx and httpcore at DEBUG while the block runs."""
    handler = _Collect()
    loggers = [logging.getLogger(name) for name in ("bulutfon", "httpx", "httpcore")]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.addHandler(handler)
        logger.setLevel(logging.DEBUG)
    try:
        yield handler.lines
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.removeHandler(handler)
            logger.setLevel(level)
