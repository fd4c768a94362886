"""Pages, and walking them lazily.

CDRs carry ``pagination {page, total_pages, total_count, next_page, ...}``; messages carry
``paginate {total_pages, next_page, ...}``; the other lists carry nothing and are one page.
A walk stops on the last page, on ``next_page`` null, on an empty page, when the server's page
number stops advancing or it sends the same page again, or once ``total_count`` items were seen:
it can never loop forever.

The page classes (``AsyncPage``, and ``Page``) and the walk are in
``bulutfon_ext/_async/pagination.py``, written once, and its generated sync twin.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, Generic, TypeVar

import attrs

from bulutfon_api.types import Unset

T = TypeVar("T")


def _known(value: Any) -> Any:
    return None if isinstance(value, Unset) else value


def _as_int(value: Any) -> int | None:
    value = _known(value)
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and re.fullmatch(r"[0-9]+", value):
        return int(value)
    return None


def _page_in_link(link: Any) -> int | None:
    """The page number a ``next_page``/``previous_page`` link points at (``...&page=3``)."""
    if isinstance(link, str):
        found = re.search(r"[?&]page=([0-9]+)", link)
        return int(found.group(1)) if found else _as_int(link)
    return _as_int(link)


@attrs.frozen
class PageInfo:
    """What a response said about paging, normalised across ``pagination`` and ``paginate``."""

    page: int
    total_pages: int | None = None
    total_count: int | None = None
    more: bool = False

    @classmethod
    def parse(cls, paging: Any, requested_page: int) -> PageInfo:
        """From a generated ``Pagination``/``Paginate`` model (or UNSET/None: a single page)."""
        paging = _known(paging)
        if paging is None:
            return cls(page=requested_page)
        # `paginate` (messages) has no page number: the next link's, less one, says which this is.
        following = _page_in_link(_known(getattr(paging, "next_page", None)))
        implied = following - 1 if following else None
        return cls(
            page=_as_int(getattr(paging, "page", None)) or implied or requested_page,
            total_pages=_as_int(getattr(paging, "total_pages", None)),
            total_count=_as_int(getattr(paging, "total_count", None)),
            more=_known(getattr(paging, "next_page", None)) not in (None, "", False),
        )


@attrs.frozen
class PageBase(Generic[T]):
    """What a page is, whichever client fetched it: its items and what the server said."""

    items: list[T]
    info: PageInfo = attrs.field(repr=False)

    @property
    def page(self) -> int:
        return self.info.page

    @property
    def total_pages(self) -> int | None:
        return self.info.total_pages

    @property
    def total_count(self) -> int | None:
        return self.info.total_count

    def has_next_page(self) -> bool:
        """Whether the server says a later page exists and this one was not empty."""
        if not self.items or not self.info.more:
            return False
        return self.info.total_pages is None or self.info.page < self.info.total_pages

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)


def worth_fetching(page: PageBase[Any], seen: int) -> bool:
    total = page.total_count
    return page.has_next_page() and (total is None or seen < total)


def advanced(previous: PageBase[Any], current: PageBase[Any]) -> bool:
    # A server that ignores `page` sends the same page again: walking on would never end.
    return current.page > previous.page and current.items != previous.items
