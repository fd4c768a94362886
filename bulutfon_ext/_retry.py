"""Retries, as transports that wrap the real one, with the SDK's rules.

- Retried: connection errors, and the statuses 408, 429, 500, 502, 503, 504.
- Timeouts and dropped connections after the request went out are retried only for
  GET/PUT/DELETE (idempotent). A POST (a fax, an automatic call, a bridged call) is retried only
  when it certainly did not reach the server (it could not connect) or was refused with 429:
  never after a read timeout or a 5xx, so nothing is sent twice.
- The wait is ``min(0.5·2ⁿ, 8)`` s with jitter, or ``Retry-After`` when the server gives one of
  at most 60 s; a longer one is not waited for: the 429 goes up as ``RateLimitError``.

The body is read inside the loop too (except for streamed downloads, which opt out), so a body that
breaks off or stalls counts as a failed attempt under the same rules, not as a stray httpx error.

Each attempt is logged (method, redacted URL, status, elapsed, attempt); each retry at INFO, and
``RetryPolicy.on_retry`` (``Bulutfon(on_retry=...)``) is called with the attempt about to be made,
the wait and the failure as an SDK error, for metrics or alerts.
No library expresses these POST rules and the Retry-After cap exactly, hence this module. The
transport that applies them is in ``bulutfon_ext/_async/retry.py``, written once, and its
generated sync twin.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable
from typing import TypeAlias

import attrs
import httpx

from bulutfon_ext._body import BodyTooLarge, BodyUndecodable
from bulutfon_ext._errors import (
    BulutfonError,
    ResponseParseError,
    ValidationError,
    from_httpx,
    parse_retry_after,
    status_error,
)
from bulutfon_ext._logging import logger
from bulutfon_ext._redact import redact_url
from bulutfon_ext._validation import show

# Set on a request whose body the caller streams itself (downloads): the loop leaves it unread.
STREAM_EXTENSION = "bulutfon_stream"
RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
# Raised before a single byte of the request left: safe to retry whatever the method.
NOT_SENT_ERRORS: tuple[type[Exception], ...] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
)


OnRetry: TypeAlias = Callable[[int, float, BulutfonError], object]


def _count(field: str, value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 100:
        raise ValidationError(field, f"{show(value)} must be a whole number from 0 to 100")


def _seconds(field: str, value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 86400:
        raise ValidationError(field, f"{show(value)} must be seconds from 0 to a day")


def _callable(field: str, value: object) -> None:
    if value is not None and not callable(value):
        raise ValidationError(field, f"{type(value).__name__} is not callable")


@attrs.frozen
class RetryPolicy:
    """How many times and how long to wait. ``max_retries=0`` turns retrying off.

    ``on_retry(attempt, delay, cause)`` is called before each wait: ``attempt`` is the number of
    the attempt about to be made (2 for the first retry), ``delay`` the seconds it will wait,
    ``cause`` the failure as an SDK error (``InternalServerError``, ``APITimeoutError``, ...).
    An exception it raises stops the retrying and reaches the caller unchanged.
    """

    max_retries: int = attrs.field(default=2, validator=lambda _, a, v: _count(a.name, v))
    base_delay: float = attrs.field(default=0.5, validator=lambda _, a, v: _seconds(a.name, v))
    max_delay: float = attrs.field(default=8.0, validator=lambda _, a, v: _seconds(a.name, v))
    max_retry_after: float = attrs.field(
        default=60.0, validator=lambda _, a, v: _seconds(a.name, v)
    )
    on_retry: OnRetry | None = attrs.field(
        default=None, eq=False, validator=lambda _, a, v: _callable(a.name, v)
    )

    def backoff(self, retry_number: int) -> float:
        """The wait before retry ``retry_number`` (0 for the first), jittered down by up to 25 %."""
        delay = min(self.base_delay * 2.0**retry_number, self.max_delay)
        return delay * (1 - 0.25 * random.random())

    def status_delay(
        self, request: httpx.Request, response: httpx.Response, retry_number: int
    ) -> float | None:
        """Seconds to wait before retrying this response, or None not to retry it."""
        if retry_number >= self.max_retries or response.status_code not in RETRY_STATUSES:
            return None
        if request.method not in IDEMPOTENT_METHODS and response.status_code != 429:
            return None
        retry_after = parse_retry_after(response.headers.get("Retry-After"))
        if retry_after is None:
            return self.backoff(retry_number)
        if retry_after > self.max_retry_after:
            return None
        return retry_after

    def error_delay(
        self, request: httpx.Request, error: Exception, retry_number: int
    ) -> float | None:
        """Seconds to wait before retrying after a transport error, or None not to retry."""
        if retry_number >= self.max_retries or not isinstance(error, httpx.TransportError):
            return None
        if isinstance(error, NOT_SENT_ERRORS) or request.method in IDEMPOTENT_METHODS:
            return self.backoff(retry_number)
        return None


def buffer_now(request: httpx.Request, response: httpx.Response) -> bool:
    """Whether to read the body inside the retry loop: always for errors, unless streamed."""
    return not response.is_success or not request.extensions.get(STREAM_EXTENSION)


def _log_attempt(request: httpx.Request, outcome: str, started: float, attempt: int) -> None:
    # Checked first: redacting the URL for a record nobody reads was 13% of a small request.
    if not logger.isEnabledFor(logging.INFO):
        return
    logger.info(
        "%s %s -> %s (%.3f s, attempt %d)",
        request.method,
        redact_url(request.url),
        outcome,
        time.monotonic() - started,
        attempt,
    )


def _log_retry(
    request: httpx.Request,
    why: str,
    delay: float,
    attempt: int,
    policy: RetryPolicy,
    cause: BulutfonError,
) -> None:
    if logger.isEnabledFor(logging.INFO):
        logger.info(
            "retrying %s %s in %.2f s (attempt %d of %d): %s",
            request.method,
            redact_url(request.url),
            delay,
            attempt + 1,
            policy.max_retries + 1,
            why,
        )
    if policy.on_retry is not None:
        policy.on_retry(attempt + 1, delay, cause)


def after_error(
    policy: RetryPolicy, request: httpx.Request, error: Exception, retry_number: int, started: float
) -> float:
    """The wait before the next try; raises (as an SDK error) when there is none."""
    _log_attempt(request, type(error).__name__, started, retry_number + 1)
    delay = policy.error_delay(request, error, retry_number)
    if not isinstance(error, httpx.TransportError):
        raise error
    cause = from_httpx(error, request=request)
    if delay is None:
        raise cause from error
    _log_retry(request, type(error).__name__, delay, retry_number + 1, policy, cause)
    return delay


def after_response(
    policy: RetryPolicy,
    request: httpx.Request,
    response: httpx.Response,
    retry_number: int,
    started: float,
) -> float | None:
    """The wait before the next try, or None to hand this response to the caller."""
    status = f"{response.status_code} {response.reason_phrase}".strip()
    _log_attempt(request, status, started, retry_number + 1)
    delay = policy.status_delay(request, response, retry_number)
    if delay is not None:
        response.request = request  # the client sets it only later; the error names it
        _log_retry(request, status, delay, retry_number + 1, policy, status_error(response))
    return delay


Scrub: TypeAlias = Callable[[BaseException], None]


def scrubbing(policy: RetryPolicy, scrub: Scrub | None) -> RetryPolicy:
    """The policy with an ``on_retry`` that sees the cause with the credentials redacted."""
    hook = policy.on_retry
    if hook is None or scrub is None:
        return policy

    def redacted(attempt: int, delay: float, cause: BulutfonError) -> object:
        scrub(cause)
        return hook(attempt, delay, cause)

    return attrs.evolve(policy, on_retry=redacted)


def too_large(request: httpx.Request, error: BodyTooLarge | BodyUndecodable) -> ResponseParseError:
    return ResponseParseError(f"{request.method} {redact_url(request.url)}: {error}")
