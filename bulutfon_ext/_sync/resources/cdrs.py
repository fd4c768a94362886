# generated from bulutfon_ext/resources/cdrs.py by make generate; do not edit
"""``client.cdrs``: call detail records, paged, filtered, walked lazily."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, TypedDict

import attrs
import httpx

from bulutfon_api.api.cdrs import get_cdr, list_cdrs
from bulutfon_api.models import Cdr, CdrDetail, CdrListResponse, TimeLimit
from bulutfon_api.types import Operation, json_loads
from bulutfon_ext import _validation as check
from bulutfon_ext._options import PerCallOptions, split_options
from bulutfon_ext._pagination import PageInfo
from bulutfon_ext._prefetch import check_prefetch
from bulutfon_ext._resource import opt
from bulutfon_ext._rules import sort_fields
from bulutfon_ext._sync.pagination import Page, pages
from bulutfon_ext._sync.prefetch import prefetch_pages
from bulutfon_ext._sync.resource import SyncResource

if TYPE_CHECKING:
    from typing_extensions import Unpack


__all__ = ["CdrFilters", "CdrListArgs", "Cdrs"]

#: The fields ``order`` may sort by: the spec's (the properties of a CDR, its ``x-sortable``).
ORDER_FIELDS = sort_fields(list_cdrs.OPERATION.operation_id, "order")


class CdrFilters(TypedDict, total=False):
    """The CDR list's filters; numbers as one, a comma-separated str, or a list."""

    limit: int
    caller: check.Receivers
    callee: check.Receivers
    caller_or_callee: check.Receivers
    missing_call: bool
    order: str
    time_limit: str | TimeLimit


class CdrListArgs(CdrFilters, PerCallOptions, total=False):
    """The filters, and the per-call options (timeout, extra_headers, extra_query)."""


def _query(
    *,
    page: int | None = None,
    limit: int | None = None,
    caller: check.Receivers | None = None,
    callee: check.Receivers | None = None,
    caller_or_callee: check.Receivers | None = None,
    missing_call: bool | None = None,
    order: str | None = None,
    time_limit: str | TimeLimit | None = None,
) -> dict[str, Any]:
    """The checked query: numbers as comma-separated digits, enums as enums, None left out."""
    if missing_call is not None and not isinstance(missing_call, bool):
        raise check.ValidationError(
            "missing_call", f"{check.show(missing_call)} must be True or False"
        )
    return {
        "page": opt(check.positive(page, "page")),
        "limit": opt(check.positive(limit, "limit")),
        "caller": opt(check.numbers_filter(caller, "caller")),
        "callee": opt(check.numbers_filter(callee, "callee")),
        "caller_or_callee": opt(check.numbers_filter(caller_or_callee, "caller_or_callee")),
        "missing_call": opt(missing_call),
        "order": opt(check.order(order, ORDER_FIELDS)),
        "time_limit": opt(check.time_limit(time_limit)),
    }


# Reads the decoded CDR dicts of one page into that page's items (the CLI's CSV rows).
ReadItems = Callable[[list[Any]], list[Any]]


@attrs.frozen
class _ReadPage:
    cdrs: list[Any]
    pagination: Any


def _reading(read_items: ReadItems) -> Operation[Any]:
    """``list_cdrs`` whose pages hold ``read_items``' answer for the decoded CDRs rather than
    models: the CLI's CSV export, which builds no model per CDR.

    Everything else is the operation's own: the request, an error status's parse, the envelope
    (pagination) read into its model, and a body that does not fit (``read_items`` raises the
    model's error for a bad CDR, before the envelope is read, as the model would)."""

    def parse(response: httpx.Response) -> Any:
        if response.status_code != 200:
            return list_cdrs.OPERATION.parse_response(response)
        body = json_loads(response.content)
        items = body.get("cdrs") if type(body) is dict else None
        if type(items) is not list:  # let the model say what is wrong
            return CdrListResponse.from_dict(body)
        rows = read_items(items)
        return _ReadPage(rows, CdrListResponse.from_dict({**body, "cdrs": []}).pagination)

    return attrs.evolve(list_cdrs.OPERATION, parse_response=parse)


def _checked(prefetch: object, arguments: CdrListArgs) -> int:
    """Bad options, filters and ``prefetch`` fail at the call, not at the first item."""
    filters, _ = split_options(arguments)
    _query(**filters)
    return check_prefetch(prefetch)


class Cdrs(SyncResource):
    """``client.cdrs``: call detail records, paged, filtered, walked lazily."""

    def list(self, *, page: int | None = None, **arguments: Unpack[CdrListArgs]) -> Page[Cdr]:
        """One page of CDRs. Filters: limit, caller, callee, caller_or_callee (a number, a
        comma-separated str or a list), missing_call, order ('field,asc|desc', the field one
        of a CDR's: ``ORDER_FIELDS``), time_limit ('hour', 'day', 'month')."""
        return self._list(page, arguments, None)

    def _list(self, page: int | None, arguments: CdrListArgs, read: ReadItems | None) -> Page[Any]:
        filters, options = split_options(arguments)
        query = _query(page=page, **filters)
        operation = list_cdrs.OPERATION if read is None else _reading(read)
        body = self._call(operation, options, **query)

        def fetch(number: int) -> Page[Any]:
            return self._list(number, arguments, read)

        return Page(items=body.cdrs, info=PageInfo.parse(body.pagination, page or 1), fetch=fetch)

    def iter(self, *, prefetch: int = 1, **arguments: Unpack[CdrListArgs]) -> Iterator[Cdr]:
        """Every CDR matching the filters, fetched a page at a time as you iterate (``async for``
        on the async client). Bad filters fail at the call, not at the first item.

        ``prefetch=N`` requests up to N pages at once once the first page has told how many
        there are (a small thread pool; on the async client a task group per batch of N); CDRs
        still come in order, a 429 holds back every request, and stopping early leaves nothing
        running."""
        return self._walk(arguments, _checked(prefetch, arguments))

    def iter_pages(
        self, *, prefetch: int = 1, **arguments: Unpack[CdrListArgs]
    ) -> Iterator[Page[Cdr]]:
        """Like ``iter``, a page at a time (``page.total_count`` for a progress bar)."""
        return self._pages(arguments, _checked(prefetch, arguments))

    def _walk(self, arguments: CdrListArgs, workers: int) -> Iterator[Cdr]:
        for page in self._pages(arguments, workers):
            yield from page.items

    def _pages(
        self, arguments: CdrListArgs, workers: int, read: ReadItems | None = None
    ) -> Iterator[Page[Any]]:
        """The pages; with ``read``, each page's items are what it makes of the decoded CDRs."""
        first = self._list(None, arguments, read)
        if workers == 1:
            for page in pages(first):
                yield page
            return
        # The workers' client does not retry by itself: prefetch_pages applies the policy, so
        # that one 429 makes every worker wait.
        quiet = self._client.with_options(max_retries=0)

        def fetch(number: int) -> Page[Any]:
            return quiet.cdrs._list(number, arguments, read)

        try:
            for page in prefetch_pages(first, fetch, workers, self._client._config.policy):
                yield page
        finally:
            quiet.http.close()

    def get(self, uuid: str, **options: Unpack[PerCallOptions]) -> CdrDetail:
        """One CDR with its call flow."""
        return self._call(get_cdr.OPERATION, options, uuid=check.key(uuid)).cdr
