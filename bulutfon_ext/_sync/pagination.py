# generated from bulutfon_ext/_async/pagination.py by make generate; do not edit
"""A page of a list, and walking the pages one request at a time. What a response says about
paging, and when a walk must stop, is in ``bulutfon_ext._pagination``."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TypeVar

import attrs

from bulutfon_ext._errors import BulutfonError
from bulutfon_ext._pagination import PageBase, advanced, worth_fetching

T = TypeVar("T")


@attrs.frozen
class Page(PageBase[T]):
    """One page of a list. Iterating it yields its items; ``next_page()`` fetches the next
    (``await page.next_page()`` and ``async for`` over ``iter_all()`` on the async client)."""

    fetch: Callable[[int], Page[T]] | None = attrs.field(default=None, repr=False, eq=False)

    def next_page(self) -> Page[T]:
        """The next page, fetched now; ``BulutfonError`` on the last page."""
        if self.fetch is None or not self.has_next_page():
            raise BulutfonError("this is the last page: check has_next_page() first")
        return self.fetch(self.page + 1)

    def iter_all(self) -> Iterator[T]:
        """This page's items, then every later page's, fetched one at a time."""
        for page in pages(self):
            yield from page.items


def pages(first: Page[T]) -> Iterator[Page[T]]:
    """``first`` and every later page, one request at a time (``iter_all``, page by page)."""
    page, seen = first, len(first.items)
    yield page
    while worth_fetching(page, seen):
        following = page.next_page()
        if not advanced(page, following):
            return
        seen += len(following.items)
        yield following
        page = following
