"""Small factories for the unit tests of code that uses the SDK, when running the fake is more
than a test needs (no server, no thread, no network).

    from unittest import mock
    from bulutfon_ext.testing import make_cdr, make_page

    client = mock.create_autospec(Bulutfon, instance=True)
    client.cdrs.list.return_value = make_page([make_cdr(caller=905321112233, missing_call=True)])

Each ``make_*`` returns the model the SDK itself returns, filled with the provider's own example
that the spec quotes for the operation returning it (``bulutfon_api.examples``), so it is valid by
the spec; a record gets a fresh id or uuid on every call. There is one for every model an operation
with an example returns, generated from the spec (``bulutfon_ext/_factories.py``). Keyword
arguments replace fields by their Python names and with Python values (``Decimal``, ``datetime``,
enums, other models); an unknown name is a ``TypeError`` that lists the model's fields.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

from bulutfon_ext import _factories
from bulutfon_ext._async.pagination import AsyncPage
from bulutfon_ext._factories import *  # noqa: F403 (the generated factories, re-exported)
from bulutfon_ext._pagination import PageInfo
from bulutfon_ext._sync.pagination import Page

__all__ = ["make_async_page", "make_page"]
__all__ += _factories.__all__  # a form pyright and mypy both follow

T = TypeVar("T")
_Page = tuple[list[T], PageInfo]


def _paged(items: Iterable[T], later: tuple[Iterable[T], ...]) -> Callable[[int], _Page[T]]:
    """Page ``number`` of ``items`` and the ``later`` lists: its items and what the server says."""
    pages = [list(items), *(list(page) for page in later)]
    total = sum(len(page) for page in pages)

    def page(number: int) -> _Page[T]:
        more = number < len(pages)
        info = PageInfo(page=number, total_pages=len(pages), total_count=total, more=more)
        return pages[number - 1], info

    return page


def make_page(items: Iterable[T], *later: Iterable[T]) -> Page[T]:
    """What ``list()`` returns: ``items`` as page 1. More lists are the pages after it, fetched
    by ``next_page()`` and walked by ``iter_all()`` as the server's would be:
    ``make_page([cdr1, cdr2], [cdr3])``."""
    page = _paged(items, later)

    def fetch(number: int) -> Page[T]:
        return Page(*page(number), fetch=fetch)

    return fetch(1)


def make_async_page(items: Iterable[T], *later: Iterable[T]) -> AsyncPage[T]:
    """What the async client's ``list()`` returns; as ``make_page``, with ``await next_page()``."""
    page = _paged(items, later)

    async def fetch(number: int) -> AsyncPage[T]:
        return AsyncPage(*page(number), fetch=fetch)

    return AsyncPage(*page(1), fetch=fetch)
