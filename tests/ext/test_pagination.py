"""Pages and lazy walks: every envelope, every way a walk must stop."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from bulutfon_ext import AsyncBulutfon, Bulutfon, BulutfonError
from tests._mock import TOKEN, Script, cdr, json_reply


def cdr_page(page: int, pages: int, per: int = 2, **overrides: Any) -> httpx.Response:
    items = [cdr(f"u{(page - 1) * per + i}") for i in range(per)]
    pagination = {
        "page": page,
        "total_pages": pages,
        "total_count": pages * per,
        "limit": per,
        "previous_page": page - 1 or None,
        "next_page": page + 1 if page < pages else None,
    }
    pagination.update(overrides)
    return json_reply({"cdrs": items, "pagination": pagination})


def test_page_exposes_its_items_and_counts() -> None:
    page = Bulutfon(access_token=TOKEN, transport=Script(cdr_page(1, 3))).cdrs.list(limit=2)
    assert [c.uuid for c in page] == ["u0", "u1"]
    assert len(page) == 2 and page.items[0].uuid == "u0"
    assert (page.page, page.total_pages, page.total_count) == (1, 3, 6)
    assert page.has_next_page()


def test_next_page_fetches_with_the_same_filters() -> None:
    script = Script(cdr_page(1, 2), cdr_page(2, 2))
    first = Bulutfon(access_token=TOKEN, transport=script).cdrs.list(
        limit=2, caller=["905001112233"]
    )
    second = first.next_page()
    assert [c.uuid for c in second] == ["u2", "u3"]
    assert not second.has_next_page()
    with pytest.raises(BulutfonError, match="last page"):
        second.next_page()
    assert script.requests[1].url.params["page"] == "2"
    assert script.requests[1].url.params["caller"] == "905001112233"
    assert script.requests[1].url.params["limit"] == "2"


def test_iter_walks_every_page_lazily() -> None:
    script = Script(cdr_page(1, 3), cdr_page(2, 3), cdr_page(3, 3))
    walk = Bulutfon(access_token=TOKEN, transport=script).cdrs.iter(missing_call=True)
    assert script.requests == []  # nothing fetched before iterating
    assert next(walk).uuid == "u0"
    assert len(script.requests) == 1
    assert [c.uuid for c in walk] == ["u1", "u2", "u3", "u4", "u5"]
    assert len(script.requests) == 3
    assert all(r.url.params["missing_call"] == "true" for r in script.requests)


def test_iter_stops_on_an_empty_page() -> None:
    empty = json_reply({"cdrs": [], "pagination": {"page": 2, "total_pages": 9, "next_page": 3}})
    script = Script(cdr_page(1, 9), empty)
    assert len(list(Bulutfon(access_token=TOKEN, transport=script).cdrs.iter())) == 2
    assert len(script.requests) == 2


def test_iter_stops_when_next_page_is_null() -> None:
    script = Script(cdr_page(1, 5, next_page=None))
    assert len(list(Bulutfon(access_token=TOKEN, transport=script).cdrs.iter())) == 2
    assert len(script.requests) == 1


def test_iter_stops_on_the_last_page_even_if_the_server_says_there_is_more() -> None:
    script = Script(cdr_page(1, 2), cdr_page(2, 2, next_page=3), default=cdr_page(3, 2))
    assert len(list(Bulutfon(access_token=TOKEN, transport=script).cdrs.iter())) == 4
    assert len(script.requests) == 2


def test_iter_stops_when_the_server_ignores_the_page_number() -> None:
    # Always page 1, always "there is a next page": walking on would never end.
    stuck = cdr_page(1, 1000, next_page=2)
    script = Script(default=lambda request: stuck)
    assert len(list(Bulutfon(access_token=TOKEN, transport=script).cdrs.iter())) == 2
    assert len(script.requests) == 2


def test_iter_stops_once_total_count_items_were_seen() -> None:
    def endless(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params.get("page", "1"))
        return cdr_page(page, 1, total_pages=None, total_count=5, next_page=page + 1)

    script = Script(default=endless)
    assert len(list(Bulutfon(access_token=TOKEN, transport=script).cdrs.iter())) == 6
    assert len(script.requests) == 3


def test_a_list_without_pagination_is_one_page() -> None:
    script = Script(json_reply({"incoming_faxes": [{"uuid": "f1"}, {"uuid": "f2"}]}))
    page = Bulutfon(access_token=TOKEN, transport=script).incoming_faxes.list()
    assert (page.page, page.total_pages, page.has_next_page()) == (1, None, False)
    script = Script(json_reply({"incoming_faxes": [{"uuid": "f1"}]}))
    assert [
        f.uuid for f in Bulutfon(access_token=TOKEN, transport=script).incoming_faxes.iter()
    ] == ["f1"]
    assert len(script.requests) == 1


def test_cdrs_without_a_pagination_object_are_one_page() -> None:
    script = Script(json_reply({"cdrs": [cdr()]}))
    assert len(list(Bulutfon(access_token=TOKEN, transport=script).cdrs.iter())) == 1


def message_page(page: int, total: int) -> httpx.Response:
    following = f"/messages?access_token={TOKEN}&limit=1&page={page + 1}" if page < total else None
    return json_reply(
        {
            "messages": [{"id": page, "title": "T", "recipients": "905001112233"}],
            "paginate": {"total_pages": total, "previous_page": None, "next_page": following},
        }
    )


def test_messages_walk_the_paginate_envelope() -> None:
    script = Script(message_page(1, 3), message_page(2, 3), message_page(3, 3))
    client = Bulutfon(access_token=TOKEN, transport=script)
    with pytest.warns(DeprecationWarning, match="SMS"):
        ids = [m.id for m in client.messages.iter(limit=1)]
    assert ids == [1, 2, 3]
    assert [r.url.params.get("page") for r in script.requests] == [None, "2", "3"]


async def test_async_walk_and_next_page() -> None:
    script = Script(cdr_page(1, 2), cdr_page(2, 2), cdr_page(1, 2), cdr_page(2, 2))
    async with AsyncBulutfon(access_token=TOKEN, transport=script) as client:
        seen = [c.uuid async for c in client.cdrs.iter(time_limit="day")]
        first = await client.cdrs.list()
        second = await first.next_page()
    assert seen == ["u0", "u1", "u2", "u3"]
    assert [c.uuid for c in second] == ["u2", "u3"]
    assert script.requests[0].url.params["time_limit"] == "day"


async def test_async_walk_stops_on_an_empty_page() -> None:
    empty = json_reply({"cdrs": [], "pagination": {"page": 2, "total_pages": 9, "next_page": 3}})
    script = Script(cdr_page(1, 9), empty)
    async with AsyncBulutfon(access_token=TOKEN, transport=script) as client:
        assert len([c async for c in client.cdrs.iter()]) == 2


def test_a_paginate_server_repeating_one_page_is_caught() -> None:
    # No page numbers at all, a next link forever, the same items every time.
    script = Script(
        default=lambda request: httpx.Response(
            200, json={"messages": [{"id": 1}], "paginate": {"next_page": "/messages?page=2"}}
        )
    )
    client = Bulutfon(access_token=TOKEN, transport=script)
    with pytest.warns(DeprecationWarning, match="SMS"):
        assert [m.id for m in client.messages.iter()] == [1]
    assert len(script.requests) == 2


def test_the_page_number_comes_from_the_next_link_when_missing() -> None:
    script = Script(message_page(1, 3), message_page(2, 3), message_page(3, 3))
    client = Bulutfon(access_token=TOKEN, transport=script)
    with pytest.warns(DeprecationWarning, match="SMS"):
        page = client.messages.list(limit=1)
    assert (page.page, page.total_pages) == (1, 3)
