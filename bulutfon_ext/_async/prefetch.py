"""Fetching pages ahead (``cdrs.iter(prefetch=N)``): the rules, the shared 429 gate and the
limits are in ``bulutfon_ext._prefetch``; running the fetches side by side in ``bulutfon_ext._io``
(a thread pool for the sync client, a task group per batch for the async one)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any, TypeVar

from bulutfon_ext._async.pagination import AsyncPage
from bulutfon_ext._errors import APIConnectionError, APIStatusError, RateLimitError
from bulutfon_ext._io import afetch_ahead, asleep
from bulutfon_ext._pagination import PageBase
from bulutfon_ext._prefetch import RateGate, goes_on, plan, retry_delay
from bulutfon_ext._retry import RetryPolicy

T = TypeVar("T")
P = TypeVar("P", bound=PageBase[Any])


async def fetch_page(
    fetch: Callable[[int], Awaitable[P]], number: int, gate: RateGate, policy: RetryPolicy
) -> P:
    """Page ``number``, retried under ``policy``; a 429 holds back every worker through ``gate``."""
    attempt = 0
    while True:
        wait = gate.wait_time()
        if wait > 0:
            await asleep(wait)
            continue  # the gate may have moved on meanwhile
        try:
            return await fetch(number)
        except (APIStatusError, APIConnectionError) as error:
            delay = retry_delay(error, attempt, policy)
            if delay is None:
                raise
            if isinstance(error, RateLimitError):
                gate.hold(delay)
            else:
                await asleep(delay)
            attempt += 1


async def prefetch_pages(
    first: AsyncPage[T],
    fetch: Callable[[int], Awaitable[AsyncPage[T]]],
    workers: int,
    policy: RetryPolicy,
) -> AsyncIterator[AsyncPage[T]]:
    """``first`` and the pages after it, fetched up to ``workers`` at a time, in order."""
    yield first
    numbers = plan(first)
    if numbers is None:
        return
    gate = RateGate()
    seen = len(first.items)

    def fetching(number: int) -> Awaitable[AsyncPage[T]]:
        return fetch_page(fetch, number, gate, policy)

    async with afetch_ahead(numbers, workers, fetching) as results:
        async for number, page in results:
            if not goes_on(page, number, seen):
                return
            seen += len(page.items)
            yield page
