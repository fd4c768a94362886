"""What really differs between the sync client and the async one: waiting, an attempt's deadline,
and fetching pages side by side.

Everything else is written once, in ``bulutfon_ext/_async/``, and its sync twin is generated
(``make generate``; see ``generator/unasync_twins.py``, whose rename table maps each async
spelling here, ``asleep``, ``aattempt_deadline``, ``afetch_ahead``, onto the sync one).
"""

from __future__ import annotations

import contextlib
import time
from collections import deque
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Generator, Iterator
from typing import TYPE_CHECKING, Any, TypeVar

import anyio
import httpx

from bulutfon_ext import _deadline

if TYPE_CHECKING:
    from concurrent.futures import Future

P = TypeVar("P")
# What an attempt calls between body chunks: raises once its deadline has passed.
Check = Callable[[], None]


def sleep(seconds: float) -> None:
    """``time.sleep``, looked up at each call so that tests can patch it."""
    time.sleep(seconds)


async def asleep(seconds: float) -> None:
    """``anyio.sleep`` (asyncio and trio alike), looked up at each call so that tests can patch it."""
    await anyio.sleep(seconds)


def _attempt_timeout(request: httpx.Request) -> httpx.ReadTimeout:
    return httpx.ReadTimeout(
        f"the attempt took longer than its timeout ({_deadline.call_timeout(request)} s)",
        request=request,
    )


@contextlib.contextmanager
def attempt_deadline(request: httpx.Request) -> Iterator[Check]:
    """One attempt within its deadline: every socket operation of the SDK's own pool waits at
    most what is left, and the body is checked between chunks (any other transport)."""
    with _deadline.deadline(_deadline.call_timeout(request)):
        yield lambda: _deadline.check(request)


@contextlib.contextmanager
def aattempt_deadline(request: httpx.Request) -> Iterator[Check]:
    """One attempt within its deadline: anyio cancels whatever the transport is waiting on."""
    try:
        with anyio.fail_after(_deadline.call_timeout(request)):
            yield lambda: None
    except TimeoutError:
        raise _attempt_timeout(request) from None


@contextlib.contextmanager
def fetch_ahead(
    numbers: range, workers: int, fetch: Callable[[int], P]
) -> Iterator[Iterator[tuple[int, P]]]:
    """``(number, fetch(number))`` in order, with up to ``workers`` fetches running at once in a
    small thread pool. A fetch's error is raised where its result would have come. Leaving the
    block lets the fetches in flight finish and starts none."""
    # Imported here: `import bulutfon_ext` stays cheap for the many who never prefetch.
    from concurrent.futures import ThreadPoolExecutor

    pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="bulutfon-prefetch")
    pending: deque[tuple[int, Future[P]]] = deque()
    queue = iter(numbers)

    def submit() -> None:
        number = next(queue, None)
        if number is not None:
            pending.append((number, pool.submit(fetch, number)))

    def results() -> Generator[tuple[int, P]]:
        for _ in range(workers):
            submit()
        while pending:
            number, future = pending.popleft()
            result = future.result()
            submit()  # before handing this one on: the window stays full while it is used
            yield number, result

    walk = results()
    try:
        yield walk
    finally:
        walk.close()
        for _, future in pending:
            future.cancel()
        pool.shutdown(wait=True, cancel_futures=True)


async def _into(results: list[Any], index: int, fetching: Awaitable[Any]) -> None:
    try:
        results[index] = await fetching
    except Exception as error:  # raised in order by the caller, not as an ExceptionGroup
        results[index] = error


async def _batches(
    numbers: range, workers: int, fetch: Callable[[int], Awaitable[P]]
) -> AsyncGenerator[tuple[int, P]]:
    for start in range(0, len(numbers), workers):
        batch = numbers[start : start + workers]
        results: list[Any] = [None] * len(batch)
        # A task group per batch, closed before anything is yielded: correct under asyncio and
        # trio alike, and a caller that stops never leaves a request running.
        async with anyio.create_task_group() as group:
            for index, number in enumerate(batch):
                group.start_soon(_into, results, index, fetch(number))
        for number, result in zip(batch, results, strict=True):
            if isinstance(result, BaseException):
                raise result
            yield number, result


@contextlib.asynccontextmanager
async def afetch_ahead(
    numbers: range, workers: int, fetch: Callable[[int], Awaitable[P]]
) -> AsyncIterator[AsyncIterator[tuple[int, P]]]:
    """``(number, await fetch(number))`` in order, fetched a batch of ``workers`` at a time (a
    task group per batch). A fetch's error is raised where its result would have come."""
    walk = _batches(numbers, workers, fetch)
    try:
        yield walk
    finally:
        await walk.aclose()
