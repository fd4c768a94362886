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
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

import anyio

from bulutfon_ext._errors import (
    APIConnectionError,
    APIStatusError,
    RateLimitError,
    ValidationError,
)
from bulutfon_ext._pagination import AsyncPage, Page, _advanced, _PageBase, _worth_fetching
from bulutfon_ext._retry import RETRY_STATUSES, RetryPolicy
from bulutfon_ext._validation import show

T = TypeVar("T")
P = TypeVar("P", bound=_PageBase[Any])
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


def _delay(error: Exception, attempt: int, policy: RetryPolicy) -> float | None:
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


def _fetch(fetch: Callable[[int], P], number: int, gate: RateGate, policy: RetryPolicy) -> P:
    attempt = 0
    while True:
        while (wait := gate.wait_time()) > 0:
            time.sleep(wait)
        try:
            return fetch(number)
        except (APIStatusError, APIConnectionError) as error:
            delay = _delay(error, attempt, policy)
            if delay is None:
                raise
            if isinstance(error, RateLimitError):
                gate.hold(delay)
            else:
                time.sleep(delay)
            attempt += 1


async def _afetch(
    fetch: Callable[[int], Awaitable[P]], number: int, gate: RateGate, policy: RetryPolicy
) -> P:
    attempt = 0
    while True:
        wait = gate.wait_time()
        if wait > 0:
            await anyio.sleep(wait)
            continue  # the gate may have moved on meanwhile
        try:
            return await fetch(number)
        except (APIStatusError, APIConnectionError) as error:
            delay = _delay(error, attempt, policy)
            if delay is None:
                raise
            if isinstance(error, RateLimitError):
                gate.hold(delay)
            else:
                await anyio.sleep(delay)
            attempt += 1


def _plan(first: _PageBase[Any]) -> range | None:
    """The page numbers still to fetch, when the first page says how many there are."""
    total = first.total_pages
    if total is None or not first.has_next_page() or not first.items:
        return None
    return range(first.page + 1, total + 1)


def _goes_on(page: _PageBase[Any], number: int, seen: int) -> bool:
    """Whether to hand this page on: it has items, and is the page that was asked for."""
    if not page.items or page.page != number:
        return False
    total = page.total_count
    return total is None or seen < total


def prefetch_pages(
    first: Page[T], fetch: Callable[[int], Page[T]], workers: int, policy: RetryPolicy
) -> Iterator[Page[T]]:
    """``first`` and the pages after it, fetched up to ``workers`` at a time, in order."""
    yield first
    numbers = _plan(first)
    if numbers is None:
        return
    gate = RateGate()
    pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="bulutfon-prefetch")
    pending: deque[tuple[int, Future[Page[T]]]] = deque()
    queue = iter(numbers)
    seen = len(first.items)

    def submit() -> None:
        number = next(queue, None)
        if number is not None:
            pending.append((number, pool.submit(_fetch, fetch, number, gate, policy)))

    try:
        for _ in range(workers):
            submit()
        while pending:
            number, future = pending.popleft()
            page = future.result()
            if not _goes_on(page, number, seen):
                return
            seen += len(page.items)
            submit()
            yield page
    finally:
        for _, future in pending:
            future.cancel()
        pool.shutdown(wait=True, cancel_futures=True)


async def _into(results: list[Any], index: int, fetching: Awaitable[Any]) -> None:
    try:
        results[index] = await fetching
    except Exception as error:  # raised in page order by the caller, not as an ExceptionGroup
        results[index] = error


async def aprefetch_pages(
    first: AsyncPage[T],
    fetch: Callable[[int], Awaitable[AsyncPage[T]]],
    workers: int,
    policy: RetryPolicy,
) -> AsyncIterator[AsyncPage[T]]:
    """The async twin: each batch of ``workers`` pages is fetched at once, then handed on.

    A task group per batch (closed before any page is yielded) keeps the walk correct under
    asyncio and trio alike, and a caller's ``break`` never leaves a request running."""
    yield first
    numbers = _plan(first)
    if numbers is None:
        return
    gate = RateGate()
    seen = len(first.items)
    for start in range(0, len(numbers), workers):
        batch = numbers[start : start + workers]
        results: list[AsyncPage[T] | BaseException | None] = [None] * len(batch)

        async with anyio.create_task_group() as group:
            for index, number in enumerate(batch):
                group.start_soon(_into, results, index, _afetch(fetch, number, gate, policy))
        for number, result in zip(batch, results, strict=True):
            if isinstance(result, BaseException):
                raise result
            assert result is not None
            if not _goes_on(result, number, seen):
                return
            seen += len(result.items)
            yield result


def pages(first: Page[T]) -> Iterator[Page[T]]:
    """``first`` and every later page, one request at a time (``Page.iter_all``, page by page)."""
    page, seen = first, len(first.items)
    yield page
    while _worth_fetching(page, seen):
        following = page.next_page()
        if not _advanced(page, following):
            return
        seen += len(following.items)
        yield following
        page = following


async def apages(first: AsyncPage[T]) -> AsyncIterator[AsyncPage[T]]:
    """The async twin of ``pages``."""
    page, seen = first, len(first.items)
    yield page
    while _worth_fetching(page, seen):
        following = await page.next_page()
        if not _advanced(page, following):
            return
        seen += len(following.items)
        yield following
        page = following


def check_prefetch(value: object) -> int:
    """``prefetch=``/``--parallel``: how many pages may be requested at once (1: one by one)."""
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_PREFETCH:
        raise ValidationError(
            "prefetch", f"{show(value)} must be a whole number from 1 to {MAX_PREFETCH}"
        )
    return value
