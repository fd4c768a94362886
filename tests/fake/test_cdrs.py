"""The fake's call detail records (filters, order, paging) and the messages' paging object."""

from __future__ import annotations

import asyncio
import datetime as dt
from typing import Any

import httpx
import pytest

from bulutfon_api.api.cdrs import get_cdr, list_cdrs
from bulutfon_api.api.messages import list_messages
from bulutfon_api.models import (
    CdrListResponse,
    CdrResponse,
    Error,
    SmsMessageListResponse,
    TimeLimit,
)
from bulutfon_api.rules import SORTABLE
from bulutfon_ext.fake import FakeBulutfon
from tests._typing import given
from tests.fake._helpers import (
    api_client,
    get_cdrs,
    raw_client,
)

# ---- call detail records -----------------------------------------------------------------


@pytest.fixture(scope="module")
def busy() -> FakeBulutfon:
    """A fake with enough calls for every filter to find several."""
    return FakeBulutfon(cdrs=3000, seed=7)


async def _all_cdrs(fake: FakeBulutfon) -> list[dict[str, Any]]:
    return list((await get_cdrs(fake, limit=100_000))["cdrs"])


async def test_cdrs_default_to_newest_first_a_hundred_a_page(busy: FakeBulutfon) -> None:
    body = await get_cdrs(busy)
    assert len(body["cdrs"]) == 100
    assert body["pagination"] == {
        "page": 1,
        "total_count": 3005,
        "total_pages": 31,
        "limit": 100,
        "previous_page": None,
        "next_page": 2,
    }
    times = [c["call_time"] for c in body["cdrs"]]
    assert times == sorted(times, reverse=True)


@pytest.mark.parametrize("field", ["caller", "callee", "caller_or_callee"])
async def test_cdrs_filter_by_numbers(field: str, busy: FakeBulutfon) -> None:
    everything = await _all_cdrs(busy)
    async with raw_client(busy) as client:
        dids = (await client.get("/dids", params={"access_token": busy.token})).json()["dids"]
    own = {int(d["number"]) for d in dids}
    counts: dict[int, int] = {}
    for cdr in everything:
        for number in {cdr["caller"], cdr["callee"]}:
            counts[number] = counts.get(number, 0) + 1
    # Two outside numbers that called or were called more than once.
    frequent = [n for n, k in sorted(counts.items()) if k > 1 and n not in own]
    numbers = frequent[:2]

    def matches(cdr: dict[str, Any]) -> bool:
        if field == "caller_or_callee":
            return cdr["caller"] in numbers or cdr["callee"] in numbers
        return bool(cdr[field] in numbers)

    expected = [c["uuid"] for c in everything if matches(c)]
    body = await get_cdrs(busy, **{field: ",".join(map(str, numbers)), "limit": 1000})
    assert [c["uuid"] for c in body["cdrs"]] == expected
    assert body["pagination"]["total_count"] == len(expected) > 0


async def test_cdrs_filter_missed_calls(busy: FakeBulutfon) -> None:
    missed = await get_cdrs(busy, missing_call="true", limit=5000)
    answered = await get_cdrs(busy, missing_call="false", limit=5000)
    assert all(c["missing_call"] for c in missed["cdrs"])
    assert not any(c["missing_call"] for c in answered["cdrs"])
    assert all(c["direction"] == "IN" and c["answer_time"] is None for c in missed["cdrs"])
    assert len(missed["cdrs"]) + len(answered["cdrs"]) == 3005
    assert len(missed["cdrs"]) > 100


@pytest.mark.parametrize(
    ("limit", "seconds"), [("hour", 3600), ("day", 86_400), ("month", 2_592_000)]
)
async def test_cdrs_filter_by_time_from_the_fake_clock(
    limit: str, seconds: int, busy: FakeBulutfon
) -> None:
    since = busy.now - dt.timedelta(seconds=seconds)
    everything = await _all_cdrs(busy)
    expected = [c["uuid"] for c in everything if dt.datetime.fromisoformat(c["call_time"]) >= since]
    body = await get_cdrs(busy, time_limit=limit, limit=5000)
    assert [c["uuid"] for c in body["cdrs"]] == expected
    assert 0 < len(expected) < len(everything)


# Every field the spec lets `order` name (the properties of a CDR, its x-sortable), both ways.
ORDERS = [f"{field},{way}" for field in SORTABLE["list_cdrs"]["order"] for way in ("asc", "desc")]


@pytest.mark.parametrize("order", ORDERS)
async def test_cdrs_order(order: str, busy: FakeBulutfon) -> None:
    field, direction = order.split(",")
    body = await get_cdrs(busy, order=order, limit=5000)
    values = [c.get(field) for c in body["cdrs"]]
    present = [v for v in values if v is not None]
    if field == "call_price":
        present = [float(v) for v in present]
    assert len(set(map(str, present))) > 1, "the fake's data cannot show this order"
    assert present == sorted(present, reverse=direction == "desc")
    # Records without the field (incoming calls have no price) come last.
    assert values[len(present) :] == [None] * (len(values) - len(present))


async def test_cdrs_page_to_the_last_page(busy: FakeBulutfon) -> None:
    everything = [c["uuid"] for c in await _all_cdrs(busy)]
    seen: list[str] = []
    page: int | None = 1
    last: dict[str, Any] = {}
    while page is not None:
        body = await get_cdrs(busy, limit=250, page=page, order="call_time,desc")
        last = body["pagination"]
        assert last["previous_page"] == (page - 1 if page > 1 else None)
        seen += [c["uuid"] for c in body["cdrs"]]
        page = last["next_page"]
    assert seen == everything
    assert last == {
        "page": 13,
        "total_count": 3005,
        "total_pages": 13,
        "limit": 250,
        "previous_page": 12,
        "next_page": None,
    }
    beyond = await get_cdrs(busy, limit=250, page=14)
    assert beyond["cdrs"] == []
    assert beyond["pagination"]["next_page"] is None


async def test_cdrs_through_the_generated_client(busy: FakeBulutfon) -> None:
    async with api_client(busy) as client:
        page = await list_cdrs.asyncio(
            client=client, missing_call=True, time_limit=TimeLimit.DAY, limit=3
        )
    assert isinstance(page, CdrListResponse)
    assert len(page.cdrs) == 3
    assert all(c.missing_call for c in page.cdrs)


@pytest.mark.parametrize(
    "params",
    [
        {"order": "caller"},
        {"order": "nonsense,asc"},
        {"time_limit": "week"},
        {"caller": "90532abc"},
        {"missing_call": "maybe"},
        {"page": "0"},
        {"limit": "-1"},
    ],
)
async def test_cdrs_refuse_bad_filters(params: dict[str, str], busy: FakeBulutfon) -> None:
    async with raw_client(busy) as client:
        response = await client.get("/cdrs", params={"access_token": busy.token, **params})
    assert response.status_code == 422
    assert Error.from_dict(response.json()).code is not None


async def test_an_incoming_call_has_a_call_flow(busy: FakeBulutfon) -> None:
    incoming = next(c for c in await _all_cdrs(busy) if c["direction"] == "IN")
    async with api_client(busy) as client:
        detail = await get_cdr.asyncio(incoming["uuid"], client=client)
    assert isinstance(detail, CdrResponse)
    assert detail.cdr.uuid == incoming["uuid"]
    assert len(given(detail.cdr.call_flow)) >= 1


def test_a_hundred_thousand_cdrs_build_and_page_to_the_last_page() -> None:
    # Timings belong in bench/, not here: this checks that a big seeded fake serves its last page.
    big = FakeBulutfon(cdrs=100_000, seed=1)
    transport = httpx.ASGITransport(app=big.app)

    async def last_page() -> dict[str, Any]:
        async with httpx.AsyncClient(transport=transport, base_url="http://fake.test") as client:
            response = await client.get(
                "/cdrs",
                params={
                    "access_token": big.token,
                    "missing_call": "true",
                    "page": 100,
                    "limit": 100,
                },
            )
            return dict(response.json())

    body = asyncio.run(last_page())
    assert body["pagination"]["total_count"] > 10_000
    assert body["pagination"]["page"] == 100
    assert len(body["cdrs"]) == 100


# ---- messages: the other paging object ---------------------------------------------------


async def test_messages_paginate_with_links_that_carry_the_token() -> None:
    fake = FakeBulutfon(messages=5, seed=2)
    async with raw_client(fake) as client:
        first = (
            await client.get("/messages", params={"access_token": fake.token, "limit": 2})
        ).json()
        assert first["paginate"] == {
            "total_pages": 4,
            "previous_page": None,
            "next_page": f"/messages?access_token={fake.token}&limit=2&page=2",
        }
        ids = [m["id"] for m in first["messages"]]
        link = first["paginate"]["next_page"]
        while link is not None:
            # The link alone is enough: it carries the credentials.
            body = (await client.get(link)).json()
            ids += [m["id"] for m in body["messages"]]
            previous, link = body["paginate"]["previous_page"], body["paginate"]["next_page"]
            assert previous is not None
        assert ids == [7, 6, 5, 4, 3, 2, 1]
        by_email = (
            await client.get(
                "/messages",
                params={"email": fake.email, "password": fake.password, "limit": 3, "page": 2},
            )
        ).json()
    assert by_email["paginate"]["next_page"] == (
        "/messages?email=demo%40example.com&password=fake-password&limit=3&page=3"
    )
    async with api_client(fake) as api:
        parsed = await list_messages.asyncio(client=api, limit=3)
    assert isinstance(parsed, SmsMessageListResponse)
    assert given(parsed.paginate).total_pages == 3
