"""``cdrs.iter(prefetch=N)``: pages fetched ahead, CDRs in order, clean stops, a shared 429 wait."""

from __future__ import annotations

import threading
import time
from typing import Any

import httpx
import pytest

from bulutfon_ext import (
    AsyncBulutfon,
    Bulutfon,
    InternalServerError,
    NotFoundError,
    ValidationError,
)
from tests._mock import TOKEN

PER_PAGE = 3


class Pages(httpx.MockTransport):
    """``/cdrs?page=N`` from a list of pages; ``special`` replaces a page's answer (once)."""

    def __init__(self, pages: int, special: dict[int, list[httpx.Response]] | None = None) -> None:
        self.total = pages
        self.special = special or {}
        self.lock = threading.Lock()
        self.log: list[tuple[float, int, int]] = []  # (started, page, status)
        super().__init__(self._answer)

    def _answer(self, request: httpx.Request) -> httpx.Response:
        number = int(request.url.params.get("page", "1"))
        started = time.monotonic()
        with self.lock:
            queued = self.special.get(number)
            reply = queued.pop(0) if queued else None
        if reply is None:
            reply = httpx.Response(200, json=self.page(number))
        with self.lock:
            self.log.append((started, number, reply.status_code))
        return reply

    def page(self, number: int) -> dict[str, Any]:
        cdrs = [
            {
                "uuid": f"p{number}-{i}",
                "direction": "IN",
                "caller": 905321112233,
                "callee": 908508850000,
                "call_time": "2025-01-15T10:24:30+03:00",
                "missing_call": False,
            }
            for i in range(PER_PAGE)
        ]
        following = number + 1 if number < self.total else None
        return {
            "cdrs": cdrs,
            "pagination": {
                "page": number,
                "limit": PER_PAGE,
                "total_pages": self.total,
                "total_count": self.total * PER_PAGE,
                "next_page": f"/cdrs?page={following}" if following else None,
            },
        }

    def expected(self) -> list[str]:
        return [f"p{n}-{i}" for n in range(1, self.total + 1) for i in range(PER_PAGE)]

    def pages_fetched(self) -> list[int]:
        return sorted(number for _, number, _ in self.log)


def client(transport: httpx.MockTransport, **options: Any) -> Bulutfon:
    return Bulutfon(access_token=TOKEN, transport=transport, **options)


@pytest.mark.parametrize("prefetch", [1, 2, 4, 16])
def test_every_cdr_comes_once_and_in_order(prefetch: int) -> None:
    pages = Pages(23)
    with client(pages) as c:
        uuids = [cdr.uuid for cdr in c.cdrs.iter(prefetch=prefetch)]
    assert uuids == pages.expected()
    assert pages.pages_fetched() == list(range(1, 24))


def test_a_break_stops_fetching() -> None:
    pages = Pages(50)
    with client(pages) as c:
        walk = c.cdrs.iter(prefetch=4)
        first = [next(walk).uuid for _ in range(PER_PAGE * 2)]
        walk.close()  # type: ignore[attr-defined]  # what a `break` in a for loop does (a generator)
        fetched = len(pages.log)
        time.sleep(0.05)
    assert first == pages.expected()[: PER_PAGE * 2]
    # The first page, and no more than the pages already asked for ahead of the reader.
    assert fetched <= 1 + 4 + 2
    assert len(pages.log) == fetched


def test_an_error_comes_after_the_pages_before_it() -> None:
    pages = Pages(10, {5: [httpx.Response(404, json={"error": "gone"})]})
    seen: list[str] = []
    with client(pages, max_retries=0) as c, pytest.raises(NotFoundError):
        seen.extend(cdr.uuid for cdr in c.cdrs.iter(prefetch=3))
    assert seen == pages.expected()[: PER_PAGE * 4]


def test_a_retryable_error_is_retried_under_the_client_policy() -> None:
    pages = Pages(6, {3: [httpx.Response(503, json={"error": "busy"})]})
    with client(pages, max_retries=1) as c:
        uuids = [cdr.uuid for cdr in c.cdrs.iter(prefetch=3)]
    assert uuids == pages.expected()
    assert [status for _, number, status in pages.log if number == 3] == [503, 200]


def test_a_retryable_error_beyond_the_retries_is_raised() -> None:
    pages = Pages(6, {3: [httpx.Response(500, json={"error": "x"})]})
    with client(pages, max_retries=0) as c, pytest.raises(InternalServerError):
        list(c.cdrs.iter(prefetch=3))


def test_a_429_holds_back_every_worker() -> None:
    wait = 0.3
    pages = Pages(
        12, {2: [httpx.Response(429, json={"error": "slow down"}, headers={"Retry-After": "0.3"})]}
    )
    with client(pages, max_retries=2) as c:
        uuids = [cdr.uuid for cdr in c.cdrs.iter(prefetch=4)]
    assert uuids == pages.expected()
    limited = next(started for started, number, status in pages.log if status == 429)
    # Requests that started after the 429 came back waited for the gate, whichever worker sent them.
    answered_429 = limited  # the mock answers at once: started ≈ answered
    later = [started for started, _, status in pages.log if started > answered_429 + 0.01]
    assert later, "the walk went on after the 429"
    assert all(started >= answered_429 + wait - 0.02 for started in later)


def test_a_walk_with_a_single_page_makes_one_request() -> None:
    pages = Pages(1)
    with client(pages) as c:
        assert [cdr.uuid for cdr in c.cdrs.iter(prefetch=8)] == pages.expected()
    assert pages.pages_fetched() == [1]


@pytest.mark.parametrize("value", [0, -1, 17, 2.0, True, "4"])
def test_a_bad_prefetch_is_refused_before_any_request(value: Any) -> None:
    pages = Pages(3)
    with client(pages) as c, pytest.raises(ValidationError, match="prefetch"):
        c.cdrs.iter(prefetch=value)
    assert pages.log == []


def test_pages_can_be_walked_a_page_at_a_time() -> None:
    pages = Pages(5)
    with client(pages) as c:
        walked = [(page.page, len(page.items)) for page in c.cdrs.iter_pages(prefetch=2)]
    assert walked == [(n, PER_PAGE) for n in range(1, 6)]


@pytest.mark.parametrize("prefetch", [1, 3])
async def test_async_every_cdr_comes_once_and_in_order(prefetch: int) -> None:
    pages = Pages(11)
    async with AsyncBulutfon(access_token=TOKEN, transport=pages) as c:
        uuids = [cdr.uuid async for cdr in c.cdrs.iter(prefetch=prefetch)]
    assert uuids == pages.expected()
    assert pages.pages_fetched() == list(range(1, 12))


async def test_async_an_error_comes_after_the_pages_before_it() -> None:
    pages = Pages(9, {6: [httpx.Response(404, json={"error": "gone"})]})
    seen: list[str] = []

    async def walk() -> None:
        async with AsyncBulutfon(access_token=TOKEN, transport=pages, max_retries=0) as c:
            async for cdr in c.cdrs.iter(prefetch=4):
                seen.append(cdr.uuid)

    with pytest.raises(NotFoundError):
        await walk()
    assert seen == pages.expected()[: PER_PAGE * 5]


async def test_async_a_break_leaves_nothing_running() -> None:
    pages = Pages(40)
    async with AsyncBulutfon(access_token=TOKEN, transport=pages) as c:
        walk = c.cdrs.iter(prefetch=4)
        async for _ in walk:
            break
        await walk.aclose()  # type: ignore[attr-defined]
        fetched = len(pages.log)
    assert fetched <= 1 + 4
    assert len(pages.log) == fetched
