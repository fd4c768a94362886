"""Fetching pages ahead: ``cdrs.iter(prefetch=N)`` and ``bulutfon cdrs export --parallel N``.

Once the first page has told how many there are, up to N pages are requested at once (a small
thread pool for the sync client, a task group per batch of N for the async one) and handed on in
page order. The walk stops on the last page, on an empty page, on a page that is not the one asked
for, on the first error (raised where that page would have come, after every page before it) or
when the caller stops iterating (requests in flight finish; none is started).

A 429 holds back every worker, not only the one that got it: the wait (``Retry-After``, or the
policy's backoff) goes through a shared gate each worker checks before its next request. The
workers use a client that does not retry by itself, so the retry rules are applied here, with the
same policy: 429 and the retryable statuses and connection errors (a page is a GET).

The walk itself is in ``bulutfon_ext/_async/prefetch.py``, written once, and its generated sync
twin; running the fetches side by side is in ``bulutfon_ext._io``.
"""

from __future__ import annotations

import threading
import time
from typing import Any

from bulutfon_ext._errors import (
    APIConnectionError,
    APIStatusError,
    RateLimitError,
    ValidationError,
)
from bulutfon_ext._pagination import PageBase
from bulutfon_ext._retry import RETRY_STATUSES, RetryPolicy
from bulutfon_ext._validation import show

# More would only queue behind the connection pool and the rate limit.
MAX_PREFETCH = 16


class RateGate:
    """A shared "not before" time: one worker's 429 makes all of them wait."""

    def __init__(self) -> None:
        self._not_before = 0.0
        self._lock = threading.Lock()

    def hold(self, seconds: float) -> None:
        with self._lock:
            self._not_before = max(self._not_before, time.monotonic() + seconds)

    def wait_time(self) -> float:
        return max(0.0, self._not_before - time.monotonic())


def retry_delay(error: Exception, attempt: int, policy: RetryPolicy) -> float | None:
    """Seconds before retrying a page after ``error``, or None to give up."""
    if attempt >= policy.max_retries:
        return None
    if isinstance(error, RateLimitError):
        after = error.retry_after
        if after is None:
            return policy.backoff(attempt)
        return after if after <= policy.max_retry_after else None
    if isinstance(error, APIStatusError):
        return policy.backoff(attempt) if error.status_code in RETRY_STATUSES else None
    if isinstance(error, APIConnectionError):
        return policy.backoff(attempt)
    return None


def plan(first: PageBase[Any]) -> range | None:
    """The page numbers still to fetch, when the first page says how many there are."""
    total = first.total_pages
    if total is None or not first.has_next_page() or not first.items:
        return None
    return range(first.page + 1, total + 1)


def goes_on(page: PageBase[Any], number: int, seen: int) -> bool:
    """Whether to hand this page on: it has items, and is the page that was asked for."""
    if not page.items or page.page != number:
        return False
    total = page.total_count
    return total is None or seen < total


def check_prefetch(value: object) -> int:
    """``prefetch=``/``--parallel``: how many pages may be requested at once (1: one by one)."""
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_PREFETCH:
        raise ValidationError(
            "prefetch", f"{show(value)} must be a whole number from 1 to {MAX_PREFETCH}"
        )
    return value
