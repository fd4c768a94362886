"""The fake Bulutfon API: every operation, credentials, filters, writes, faults, files, serving."""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import httpx
import pytest

from bulutfon_api import AuthenticatedClient
from bulutfon_api.api.account import get_me, get_token_info
from bulutfon_api.api.announcements import (
    create_announcement,
    delete_announcement,
    download_announcement,
    list_announcements,
    stream_announcement,
)
from bulutfon_api.api.automatic_calls import (
    create_automatic_call,
    get_automatic_call,
    list_automatic_calls,
)
from bulutfon_api.api.call_and_bridge import call_and_bridge
from bulutfon_api.api.call_records import download_call_record, stream_call_record
from bulutfon_api.api.cdrs import get_cdr, list_cdrs
from bulutfon_api.api.dids import get_did, list_dids
from bulutfon_api.api.extensions import (
    create_extension,
    delete_extension,
    get_extension,
    list_extensions,
    update_extension,
)
from bulutfon_api.api.groups import get_group, list_groups
from bulutfon_api.api.incoming_faxes import (
    download_incoming_fax,
    list_incoming_faxes,
    stream_incoming_fax,
)
from bulutfon_api.api.message_titles import (
    delete_sms_rejection,
    list_message_titles,
    list_sms_rejections,
)
from bulutfon_api.api.messages import get_message, list_messages, send_message
from bulutfon_api.api.outgoing_faxes import get_outgoing_fax, list_outgoing_faxes, send_outgoing_fax
from bulutfon_api.models import (
    AnnouncementCreate,
    AnnouncementListResponse,
    AutomaticCallCreate,
    AutomaticCallListResponse,
    AutomaticCallResponse,
    CallAndBridgeResult,
    CdrListResponse,
    CdrResponse,
    DidListResponse,
    DidResponse,
    Error,
    ExtensionCreate,
    ExtensionListResponse,
    ExtensionResponse,
    ExtensionUpdate,
    GroupListResponse,
    GroupResponse,
    IncomingFaxListResponse,
    MeResponse,
    MessageTitleListResponse,
    OutgoingFaxCreate,
    OutgoingFaxListResponse,
    OutgoingFaxResponse,
    RedirectionType,
    SmsMessageCreate,
    SmsMessageListResponse,
    SmsMessageResponse,
    SmsRejectionListResponse,
    TimeLimit,
    TokenInfo,
    WriteResult,
)
from bulutfon_api.types import File, Response
from bulutfon_ext.fake import FakeBulutfon
from bulutfon_ext.fake._media import ogg_min_size, ogg_vorbis, tiff, wav
from bulutfon_ext.fake._spec import operations
from tests.fake_helpers import (
    api_client,
    attachment,
    extra_fields,
    ogg_links,
    raw_client,
    tiff_tags,
    wav_info,
)

PBX_NUMBER = "908508850000"
RECORDED_CALL = "dd3b3506-e40e-11e4-9880-17aee3ce4e7b"  # the spec's detail example, call_record YES
UNRECORDED_CALL = "b75d34a7-9cc5-4801-8530-406c6aea0e09"  # call_record NO
INCOMING_FAX = "a3dbe5bc-6919-4197-a41d-7f5e94d6123b"
WAV_BYTES = wav(200)
PDF_BYTES = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


@pytest.fixture
def fake() -> FakeBulutfon:
    return FakeBulutfon()


@pytest.fixture
async def api(fake: FakeBulutfon) -> AsyncIterator[AuthenticatedClient]:
    async with api_client(fake) as client:
        yield client


@pytest.fixture
async def raw(fake: FakeBulutfon) -> AsyncIterator[httpx.AsyncClient]:
    async with raw_client(fake) as client:
        yield client


# ---- every operation, through the generated client ---------------------------------------

Call = Callable[[AuthenticatedClient, FakeBulutfon], Awaitable[Response[Any]]]

# operationId -> (a valid call, the type its 2xx response parses into)
OPERATIONS: dict[str, tuple[Call, type]] = {
    "get_me": (lambda c, f: get_me.asyncio_detailed(client=c), MeResponse),
    "get_token_info": (
        lambda c, f: get_token_info.asyncio_detailed(f.token, client=c),
        TokenInfo,
    ),
    "list_dids": (lambda c, f: list_dids.asyncio_detailed(client=c), DidListResponse),
    "get_did": (lambda c, f: get_did.asyncio_detailed(1, client=c), DidResponse),
    "list_extensions": (
        lambda c, f: list_extensions.asyncio_detailed(client=c),
        ExtensionListResponse,
    ),
    "create_extension": (
        lambda c, f: create_extension.asyncio_detailed(
            client=c,
            body=ExtensionCreate(
                full_name="Ayşe Yılmaz",
                email="ayse@example.com",
                did=PBX_NUMBER,
                number=1200,
                redirection_type=RedirectionType.NONE,
            ),
        ),
        WriteResult,
    ),
    "get_extension": (
        lambda c, f: get_extension.asyncio_detailed(1, client=c),
        ExtensionResponse,
    ),
    "update_extension": (
        lambda c, f: update_extension.asyncio_detailed(
            2, client=c, body=ExtensionUpdate(full_name="Mehmet Demir")
        ),
        WriteResult,
    ),
    "delete_extension": (
        lambda c, f: delete_extension.asyncio_detailed(3, client=c),
        WriteResult,
    ),
    "list_groups": (lambda c, f: list_groups.asyncio_detailed(client=c), GroupListResponse),
    "get_group": (lambda c, f: get_group.asyncio_detailed(1, client=c), GroupResponse),
    "list_cdrs": (lambda c, f: list_cdrs.asyncio_detailed(client=c), CdrListResponse),
    "get_cdr": (lambda c, f: get_cdr.asyncio_detailed(RECORDED_CALL, client=c), CdrResponse),
    "download_call_record": (
        lambda c, f: download_call_record.asyncio_detailed(RECORDED_CALL, client=c),
        File,
    ),
    "stream_call_record": (
        lambda c, f: stream_call_record.asyncio_detailed(RECORDED_CALL, client=c),
        File,
    ),
    "list_incoming_faxes": (
        lambda c, f: list_incoming_faxes.asyncio_detailed(client=c),
        IncomingFaxListResponse,
    ),
    "download_incoming_fax": (
        lambda c, f: download_incoming_fax.asyncio_detailed(INCOMING_FAX, client=c),
        File,
    ),
    "stream_incoming_fax": (
        lambda c, f: stream_incoming_fax.asyncio_detailed(INCOMING_FAX, client=c),
        File,
    ),
    "list_outgoing_faxes": (
        lambda c, f: list_outgoing_faxes.asyncio_detailed(client=c),
        OutgoingFaxListResponse,
    ),
    "send_outgoing_fax": (
        lambda c, f: send_outgoing_fax.asyncio_detailed(
            client=c,
            body=OutgoingFaxCreate(
                title="Teklif",
                receivers="902121234567,905321234567",
                did=PBX_NUMBER,
                attachment=attachment("application/pdf", "teklif.pdf", PDF_BYTES),
            ),
        ),
        WriteResult,
    ),
    "get_outgoing_fax": (
        lambda c, f: get_outgoing_fax.asyncio_detailed(1, client=c),
        OutgoingFaxResponse,
    ),
    "list_announcements": (
        lambda c, f: list_announcements.asyncio_detailed(client=c),
        AnnouncementListResponse,
    ),
    "create_announcement": (
        lambda c, f: create_announcement.asyncio_detailed(
            client=c,
            body=AnnouncementCreate(
                name="Karşılama", announcement=attachment("audio/wav", "merhaba.wav", WAV_BYTES)
            ),
        ),
        WriteResult,
    ),
    "download_announcement": (
        lambda c, f: download_announcement.asyncio_detailed(1, client=c),
        File,
    ),
    "delete_announcement": (
        lambda c, f: delete_announcement.asyncio_detailed(2, client=c),
        WriteResult,
    ),
    "stream_announcement": (
        lambda c, f: stream_announcement.asyncio_detailed(1, client=c),
        File,
    ),
    "list_automatic_calls": (
        lambda c, f: list_automatic_calls.asyncio_detailed(client=c),
        AutomaticCallListResponse,
    ),
    "create_automatic_call": (
        lambda c, f: create_automatic_call.asyncio_detailed(
            client=c,
            body=AutomaticCallCreate(
                title="Memnuniyet anketi",
                receivers="905321112233,905332223344",
                did=PBX_NUMBER,
                announcement_id=1,
                timeout=30,
            ),
        ),
        WriteResult,
    ),
    "get_automatic_call": (
        lambda c, f: get_automatic_call.asyncio_detailed(2, client=c),
        AutomaticCallResponse,
    ),
    "call_and_bridge": (
        lambda c, f: call_and_bridge.asyncio_detailed(
            client=c, caller=PBX_NUMBER, callee="905321112233", destination="1001"
        ),
        CallAndBridgeResult,
    ),
    "list_message_titles": (
        lambda c, f: list_message_titles.asyncio_detailed(client=c),
        MessageTitleListResponse,
    ),
    "list_sms_rejections": (
        lambda c, f: list_sms_rejections.asyncio_detailed("TEST", client=c),
        SmsRejectionListResponse,
    ),
    "delete_sms_rejection": (
        lambda c, f: delete_sms_rejection.asyncio_detailed("TEST", "905068118260", client=c),
        WriteResult,
    ),
    "list_messages": (
        lambda c, f: list_messages.asyncio_detailed(client=c),
        SmsMessageListResponse,
    ),
    "send_message": (
        lambda c, f: send_message.asyncio_detailed(
            client=c,
            body=SmsMessageCreate(title="TEST", content="Merhaba", receivers="905321112233"),
        ),
        WriteResult,
    ),
    "get_message": (lambda c, f: get_message.asyncio_detailed(1, client=c), SmsMessageResponse),
}

MAGIC = {"audio/ogg": b"OggS", "image/tiff": b"II*\x00", "audio/wav": b"RIFF"}


def test_the_table_covers_every_operation_of_the_spec() -> None:
    assert set(OPERATIONS) == {op.operation_id for op in operations()}
    assert len(OPERATIONS) == 36


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
async def test_every_operation_answers_and_parses(
    operation_id: str, fake: FakeBulutfon, api: AuthenticatedClient
) -> None:
    call, expected = OPERATIONS[operation_id]
    response = await call(api, fake)
    assert 200 <= response.status_code < 300, response.content
    assert isinstance(response.parsed, expected)
    if expected is File:
        media_type = response.headers["content-type"]
        assert response.content.startswith(MAGIC[media_type])
        assert int(response.headers["content-length"]) == len(response.content)
    else:
        assert extra_fields(response.parsed) == []
    assert [r.operation_id for r in fake.requests] == [operation_id]


# ---- credentials -------------------------------------------------------------------------


async def test_email_and_password_are_accepted(fake: FakeBulutfon) -> None:
    async with api_client(fake, email=fake.email, password=fake.password) as client:
        response = await get_me.asyncio_detailed(client=client)
    assert response.status_code == 200
    assert isinstance(response.parsed, MeResponse)


@pytest.mark.parametrize(
    "credentials",
    [
        {},
        {"access_token": "wrong"},
        {"email": "demo@example.com", "password": "wrong"},
        {"email": "someone@example.com", "password": "fake-password"},
        {"email": "demo@example.com"},
    ],
    ids=["none", "wrong-token", "wrong-password", "wrong-email", "no-password"],
)
async def test_wrong_or_missing_credentials_get_401(
    credentials: dict[str, str], raw: httpx.AsyncClient
) -> None:
    response = await raw.get("/me", params=credentials)
    assert response.status_code == 401
    assert isinstance(response.json()["error"], str)


@pytest.mark.parametrize("operation", sorted(operations(), key=lambda op: op.operation_id))
async def test_every_operation_requires_credentials(operation: Any, raw: httpx.AsyncClient) -> None:
    path = re.sub(r"\{\w+\}", "1", operation.template)
    response = await raw.request(operation.method, path, json={} if operation.body_schema else None)
    assert response.status_code == 401
    assert Error.from_dict(response.json()).error == "Unauthorized"


async def test_an_expired_token_says_so(fake: FakeBulutfon, api: AuthenticatedClient) -> None:
    fake.expire_token()
    response = await get_me.asyncio_detailed(client=api)
    assert response.status_code == 401
    assert isinstance(response.parsed, Error)
    assert response.parsed.error == "Token expired"
    async with api_client(fake, email=fake.email, password=fake.password) as other:
        info = await get_token_info.asyncio(fake.token, client=other)
    assert isinstance(info, TokenInfo)
    assert (info.expired, info.expires_in) == (True, 0)
    fake.expire_token(False)
    assert (await get_me.asyncio_detailed(client=api)).status_code == 200


def _signed(fake: FakeBulutfon, uuid: str) -> str:
    return hashlib.sha1((fake.token + uuid).encode()).hexdigest()


async def test_a_recording_hash_opens_that_recording_only(
    fake: FakeBulutfon, raw: httpx.AsyncClient
) -> None:
    token = _signed(fake, RECORDED_CALL)
    for path in (f"/call-records/{RECORDED_CALL}", f"/call-records/{RECORDED_CALL}/stream"):
        response = await raw.get(path, params={"access_token": token})
        assert response.status_code == 200
        assert response.content.startswith(b"OggS")
    # Not another recording, not another endpoint about the same call.
    other = FakeBulutfon(cdrs=200, seed=5)
    async with raw_client(other) as client:
        cdrs = (await client.get("/cdrs", params={"access_token": other.token})).json()["cdrs"]
        recorded = [c["uuid"] for c in cdrs if c["call_record"] == "YES"]
        first, second = recorded[:2]
        signed = _signed(other, first)
        ok = await client.get(f"/call-records/{first}", params={"access_token": signed})
        wrong = await client.get(f"/call-records/{second}", params={"access_token": signed})
        detail = await client.get(f"/cdrs/{first}", params={"access_token": signed})
    assert (ok.status_code, wrong.status_code, detail.status_code) == (200, 401, 401)


async def test_credentials_in_a_form_body_as_ruby_sends_them(
    fake: FakeBulutfon, raw: httpx.AsyncClient
) -> None:
    form = {
        "access_token": fake.token,
        "title": "Teklif",
        "receivers": "905321112233",
        "did": PBX_NUMBER,
        "attachment": attachment("application/pdf", "a.pdf", PDF_BYTES),
    }
    response = await raw.post("/outgoing-faxes", data=form)
    assert response.status_code == 201, response.text
    assert fake.requests[-1].body is not None
    assert "access_token" not in fake.requests[-1].body
    assert "access_token" not in fake.requests[-1].query


async def test_the_log_leaves_credentials_out(fake: FakeBulutfon, raw: httpx.AsyncClient) -> None:
    await raw.get("/cdrs", params={"access_token": fake.token, "limit": "5"})
    await raw.get("/me", params={"email": fake.email, "password": fake.password})
    assert [r.query for r in fake.requests] == [{"limit": "5"}, {}]


# ---- paths -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        "/cdrs",
        f"/cdrs/{RECORDED_CALL}",
        "/extensions/1",
        "/me",
        "/message-titles/TEST/sms-rejections",
    ],
)
async def test_a_json_suffix_is_the_same_resource(
    path: str, fake: FakeBulutfon, raw: httpx.AsyncClient
) -> None:
    params = {"access_token": fake.token}
    plain = await raw.get(path, params=params)
    suffixed = await raw.get(f"{path}.json", params=params)
    assert plain.status_code == suffixed.status_code == 200
    assert plain.json() == suffixed.json()
    assert fake.requests[-1].path == f"{path}.json"
    assert fake.requests[-1].operation_id == fake.requests[-2].operation_id


async def test_a_json_suffix_before_stream(fake: FakeBulutfon, raw: httpx.AsyncClient) -> None:
    response = await raw.get(
        f"/call-records/{RECORDED_CALL}.json/stream", params={"access_token": fake.token}
    )
    assert response.status_code == 200
    assert fake.requests[-1].operation_id == "stream_call_record"


async def test_unknown_paths_and_methods(fake: FakeBulutfon, raw: httpx.AsyncClient) -> None:
    params = {"access_token": fake.token}
    missing = await raw.get("/v2/cdrs", params=params)
    assert (missing.status_code, missing.json()) == (404, {"error": "Not Found"})
    wrong_method = await raw.patch("/extensions/1", params=params)
    assert wrong_method.status_code == 405
    assert set(wrong_method.headers["allow"].split(", ")) == {"GET", "PUT", "DELETE"}


@pytest.mark.parametrize(
    "path",
    [
        "/dids/99",
        "/dids/abc",
        "/dids/0",
        "/extensions/99",
        "/groups/99",
        "/cdrs/no-such-call",
        f"/call-records/{UNRECORDED_CALL}",
        "/call-records/no-such-call/stream",
        "/incoming-faxes/no-such-fax",
        "/outgoing-faxes/99",
        "/announcements/99",
        "/announcements/99/stream",
        "/automatic-calls/99",
        "/messages/99",
        "/message-titles/NOPE/sms-rejections",
        "/token-info/not-the-token",
    ],
)
async def test_unknown_ids_are_404(path: str, fake: FakeBulutfon, raw: httpx.AsyncClient) -> None:
    response = await raw.get(path, params={"access_token": fake.token})
    assert response.status_code == 404
    assert response.json() == {"error": "Not Found"}


# ---- call detail records -----------------------------------------------------------------


@pytest.fixture(scope="module")
def busy() -> FakeBulutfon:
    """A fake with enough calls for every filter to find several."""
    return FakeBulutfon(cdrs=3000, seed=7)


async def _cdrs(fake: FakeBulutfon, **params: Any) -> dict[str, Any]:
    async with raw_client(fake) as client:
        response = await client.get("/cdrs", params={"access_token": fake.token, **params})
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


async def _all_cdrs(fake: FakeBulutfon) -> list[dict[str, Any]]:
    return list((await _cdrs(fake, limit=100_000))["cdrs"])


async def test_cdrs_default_to_newest_first_a_hundred_a_page(busy: FakeBulutfon) -> None:
    body = await _cdrs(busy)
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
    body = await _cdrs(busy, **{field: ",".join(map(str, numbers)), "limit": 1000})
    assert [c["uuid"] for c in body["cdrs"]] == expected
    assert body["pagination"]["total_count"] == len(expected) > 0


async def test_cdrs_filter_missed_calls(busy: FakeBulutfon) -> None:
    missed = await _cdrs(busy, missing_call="true", limit=5000)
    answered = await _cdrs(busy, missing_call="false", limit=5000)
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
    body = await _cdrs(busy, time_limit=limit, limit=5000)
    assert [c["uuid"] for c in body["cdrs"]] == expected
    assert 0 < len(expected) < len(everything)


@pytest.mark.parametrize(
    "order", ["uuid,asc", "uuid,desc", "call_time,asc", "callee,desc", "call_price,asc"]
)
async def test_cdrs_order(order: str, busy: FakeBulutfon) -> None:
    field, direction = order.split(",")
    body = await _cdrs(busy, order=order, limit=5000)
    values = [c.get(field) for c in body["cdrs"]]
    present = [v for v in values if v is not None]
    if field == "call_price":
        present = [float(v) for v in present]
    assert present == sorted(present, reverse=direction == "desc")
    # Records without the field (incoming calls have no price) come last.
    assert values[len(present) :] == [None] * (len(values) - len(present))


async def test_cdrs_page_to_the_last_page(busy: FakeBulutfon) -> None:
    everything = [c["uuid"] for c in await _all_cdrs(busy)]
    seen: list[str] = []
    page: int | None = 1
    last: dict[str, Any] = {}
    while page is not None:
        body = await _cdrs(busy, limit=250, page=page, order="call_time,desc")
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
    beyond = await _cdrs(busy, limit=250, page=14)
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
    assert len(detail.cdr.call_flow) >= 1


def test_a_hundred_thousand_cdrs_build_and_page_quickly() -> None:
    started = time.perf_counter()
    big = FakeBulutfon(cdrs=100_000, seed=1)
    built = time.perf_counter() - started
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

    started = time.perf_counter()
    body = asyncio.run(last_page())
    queried = time.perf_counter() - started
    assert body["pagination"]["total_count"] > 10_000
    # Generous bounds: the point is "not seconds per request", not a benchmark.
    assert built < 3.0, built
    assert queried < 1.0, queried


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
    assert parsed.paginate.total_pages == 3


# ---- writes that later reads see ---------------------------------------------------------


async def test_extension_create_read_update_delete(
    fake: FakeBulutfon, api: AuthenticatedClient, raw: httpx.AsyncClient
) -> None:
    created = await create_extension.asyncio_detailed(
        client=api,
        body=ExtensionCreate(
            full_name="Ayşe Yılmaz",
            email="ayse@example.com",
            did=PBX_NUMBER,
            number=1200,
            redirection_type=RedirectionType.NONE,
            voicemail=True,
        ),
    )
    assert created.status_code == 201
    listed = await list_extensions.asyncio(client=api)
    assert isinstance(listed, ExtensionListResponse)
    new = next(e for e in listed.extensions if e.number == 1200)
    detail = (await raw.get(f"/extensions/{new.id}", params={"access_token": fake.token})).json()
    assert detail["extension"]["caller_name"] == "Ayşe Yılmaz"
    assert detail["extension"]["voice_mail"] is True

    # An update as the Ruby SDK sends it: a form, arrays as acl[], booleans as text.
    form = [
        ("redirection_type", "ALWAYS"),
        ("destination_type", "EXTERNAL"),
        ("external_number", "905321112233"),
        ("voicemail", "false"),
        ("acl[]", "domestic"),
        ("acl[]", "gsm"),
    ]
    updated = await raw.put(
        f"/extensions/{new.id}",
        params={"access_token": fake.token},
        content=urlencode(form),
        headers={"content-type": "application/x-www-form-urlencoded"},
    )
    assert updated.status_code == 200, updated.text
    after = await get_extension.asyncio(new.id, client=api)
    assert isinstance(after, ExtensionResponse)
    changed = after.extension.to_dict()
    assert changed["caller_name"] == "Ayşe Yılmaz"  # what the update did not send stays
    assert (changed["voice_mail"], changed["acl"]) == (False, ["domestic", "gsm"])
    assert (changed["redirection_type"], changed["destination_type"]) == ("ALWAYS", "EXTERNAL")
    assert changed["external_number"] == "905321112233"

    deleted = await delete_extension.asyncio_detailed(new.id, client=api)
    assert deleted.status_code == 200
    gone = await get_extension.asyncio_detailed(new.id, client=api)
    assert gone.status_code == 404
    remaining = await list_extensions.asyncio(client=api)
    assert isinstance(remaining, ExtensionListResponse)
    assert 1200 not in [e.number for e in remaining.extensions]


VALID_EXTENSION = {
    "full_name": "A",
    "email": "a@b.co",
    "did": PBX_NUMBER,
    "number": 1300,
    "redirection_type": "NONE",
}
ALWAYS = {"redirection_type": "ALWAYS"}


@pytest.mark.parametrize(
    ("changes", "status", "says"),
    [
        pytest.param({"full_name": None}, 400, "full_name", id="missing"),
        pytest.param({"full_name": ""}, 400, "full_name", id="empty"),
        pytest.param({"did": "905321112233"}, 422, "did", id="foreign-did"),
        pytest.param({"number": 1001}, 422, "number", id="taken-number"),
        pytest.param({"number": "13a0"}, 422, "number", id="number-not-digits"),
        pytest.param({"email": "not-an-email"}, 422, "email", id="bad-email"),
        pytest.param({"redirection_type": "SOMETIMES"}, 422, "redirection_type", id="bad-enum"),
        pytest.param({"acl": ["mars"]}, 422, "acl", id="bad-acl"),
        pytest.param(ALWAYS, 422, "destination_type", id="no-destination-type"),
        pytest.param(
            {**ALWAYS, "destination_type": "EXTERNAL"}, 422, "external_number", id="no-external"
        ),
        pytest.param(
            {**ALWAYS, "destination_type": "GROUP"}, 422, "destination_number", id="no-destination"
        ),
    ],
)
async def test_extension_validation(
    changes: dict[str, Any], status: int, says: str, fake: FakeBulutfon, raw: httpx.AsyncClient
) -> None:
    body = {k: v for k, v in {**VALID_EXTENSION, **changes}.items() if v is not None}
    params = {"access_token": fake.token}
    response = await raw.post("/extensions", params=params, json=body)
    assert response.status_code == status
    assert says in response.json()["error"]
    listed = (await raw.get("/extensions", params=params)).json()["extensions"]
    assert len(listed) == 3
    accepted = await raw.post("/extensions", params=params, json=VALID_EXTENSION)
    assert accepted.status_code == 201


async def test_a_sent_fax_waits_for_each_recipient(
    fake: FakeBulutfon, api: AuthenticatedClient
) -> None:
    response = await OPERATIONS["send_outgoing_fax"][0](api, fake)
    assert response.status_code == 201
    faxes = await list_outgoing_faxes.asyncio(client=api)
    assert isinstance(faxes, OutgoingFaxListResponse)
    new = faxes.faxes[-1]
    assert (new.id, new.title, new.recipient_count) == (3, "Teklif", 2)
    detail = await get_outgoing_fax.asyncio(3, client=api)
    assert isinstance(detail, OutgoingFaxResponse)
    recipients = detail.fax.recipients
    assert [(r.number, r.state.value) for r in recipients] == [
        (902121234567, "WAITING"),
        (905321234567, "WAITING"),
    ]
    assert all(re.fullmatch(r"[0-9a-f-]{36}", r.uuid) for r in recipients)


@pytest.mark.parametrize(
    ("attachment_string", "says"),
    [
        # The spec's FaxAttachment pattern refuses these before the fake's own checks run.
        (attachment("text/plain", "a.txt", b"hello"), "attachment"),
        ("data:application/pdf;name:a.pdf;base64:@@@@", "attachment"),
        ("data:application/pdf;name:a.pdf;base64:QQ", "attachment"),
        ("data:application/pdf;base64,QUJD", "attachment"),
    ],
)
async def test_a_fax_attachment_must_be_a_document(
    attachment_string: str, says: str, fake: FakeBulutfon, raw: httpx.AsyncClient
) -> None:
    body = {
        "title": "T",
        "receivers": "905321112233",
        "did": PBX_NUMBER,
        "attachment": attachment_string,
    }
    response = await raw.post("/outgoing-faxes", params={"access_token": fake.token}, json=body)
    assert response.status_code == 422
    assert says in response.json()["error"]


async def test_an_uploaded_announcement_is_listed_served_and_deleted(
    fake: FakeBulutfon, api: AuthenticatedClient
) -> None:
    audio = wav(4000)
    created = await create_announcement.asyncio_detailed(
        client=api,
        body=AnnouncementCreate(
            name="Yeni", announcement=attachment("audio/wav", "yeni.wav", audio)
        ),
    )
    assert created.status_code == 201
    listed = await list_announcements.asyncio(client=api)
    assert isinstance(listed, AnnouncementListResponse)
    newest = listed.announcements[0]
    assert (newest.id, newest.name, newest.file_name) == (3, "Yeni", "yeni.wav")
    for operation in (download_announcement, stream_announcement):
        served = await operation.asyncio_detailed(3, client=api)
        assert served.content == audio
    assert (await delete_announcement.asyncio_detailed(3, client=api)).status_code == 200
    assert (await download_announcement.asyncio_detailed(3, client=api)).status_code == 404
    after = await list_announcements.asyncio(client=api)
    assert isinstance(after, AnnouncementListResponse)
    assert [a.id for a in after.announcements] == [2, 1]


async def test_an_mp3_announcement_is_accepted_and_a_pdf_is_not(
    fake: FakeBulutfon, raw: httpx.AsyncClient
) -> None:
    params = {"access_token": fake.token}
    mp3 = {"name": "m", "announcement": attachment("audio/mpeg", "m.mp3", b"ID3\x03\x00fake")}
    pdf = {"name": "p", "announcement": attachment("application/pdf", "p.pdf", PDF_BYTES)}
    assert (await raw.post("/announcements", params=params, json=mp3)).status_code == 201
    assert (await raw.post("/announcements", params=params, json=pdf)).status_code == 422


async def test_an_automatic_call_is_created_with_its_recipients(
    fake: FakeBulutfon, api: AuthenticatedClient
) -> None:
    response = await OPERATIONS["create_automatic_call"][0](api, fake)
    assert response.status_code == 201
    detail = await get_automatic_call.asyncio(3, client=api)
    assert isinstance(detail, AutomaticCallResponse)
    call = detail.automatic_call
    assert (call.title, call.announcement, call.gather) == (
        "Memnuniyet anketi",
        "Hoş geldiniz",
        True,
    )
    assert [(r.number, r.has_called) for r in call.recipients] == [
        (905321112233, False),
        (905332223344, False),
    ]
    listed = await list_automatic_calls.asyncio(client=api)
    assert isinstance(listed, AutomaticCallListResponse)
    assert [c.id for c in listed.automatic_calls] == [1, 2, 3]


@pytest.mark.parametrize(
    ("extra", "says"),
    [
        ({}, "exactly one"),
        ({"announcement_id": 1, "sound_url": "https://example.com/a.wav"}, "exactly one"),
        ({"sound_url": "https://example.com/a.wav", "bulutfon_xm_id": 4}, "exactly one"),
        ({"announcement_id": 99}, "announcement_id"),
        ({"bulutfon_xm_id": 4, "timeout": 61}, "timeout"),
        ({"bulutfon_xm_id": 4, "timeout": -1}, "timeout"),
        ({"sound_url": "not a url"}, "sound_url"),
        ({"bulutfon_xm_id": 4, "mon_start": "9am"}, "mon_start"),
    ],
)
async def test_automatic_call_validation(
    extra: dict[str, Any], says: str, fake: FakeBulutfon, raw: httpx.AsyncClient
) -> None:
    body = {"title": "T", "receivers": "905321112233", "did": PBX_NUMBER, **extra}
    response = await raw.post("/automatic-calls", params={"access_token": fake.token}, json=body)
    assert response.status_code == 422
    assert says in response.json()["error"]


async def test_automatic_call_edges_are_accepted(
    fake: FakeBulutfon, raw: httpx.AsyncClient
) -> None:
    for timeout in (0, 60):
        body = {
            "title": "T",
            "receivers": "905321112233",
            "did": PBX_NUMBER,
            "bulutfon_xm_id": 4,
            "timeout": timeout,
        }
        response = await raw.post(
            "/automatic-calls", params={"access_token": fake.token}, json=body
        )
        assert response.status_code == 201, response.text


@pytest.mark.parametrize(
    ("destination", "status"),
    [("10", 200), ("101", 200), ("1001", 200), ("1", 422), ("10010", 422), ("1a", 422)],
)
async def test_call_and_bridge_destination_has_two_to_four_digits(
    destination: str, status: int, fake: FakeBulutfon, raw: httpx.AsyncClient
) -> None:
    params = {"caller": PBX_NUMBER, "callee": "905321112233", "destination": destination}
    response = await raw.post("/call_and_bridge", params={"access_token": fake.token, **params})
    assert response.status_code == status
    if status == 200:
        assert response.json() == {"success": True, "message": "Arama başarıyla başlatıldı."}


async def test_a_sent_message_is_listed_and_waits(
    fake: FakeBulutfon, api: AuthenticatedClient
) -> None:
    body = SmsMessageCreate(
        title="TEST2",
        content="Yarın görüşelim",
        receivers="905321112233,905332223344",
        is_future_sms=True,
        send_date="16/01/2025 09:00",
    )
    assert (await send_message.asyncio_detailed(client=api, body=body)).status_code == 201
    listed = await list_messages.asyncio(client=api)
    assert isinstance(listed, SmsMessageListResponse)
    assert listed.messages[0].recipients == "905321112233,905332223344"
    detail = await get_message.asyncio(listed.messages[0].id, client=api)
    assert isinstance(detail, SmsMessageResponse)
    assert detail.message.is_planned_sms is True
    assert detail.message.send_date == "16/01/2025 09:00"
    assert [r.state.value for r in detail.message.recipients] == ["WAITING", "WAITING"]


@pytest.mark.parametrize(
    ("extra", "says"),
    [
        ({"title": "TEST3"}, "DRAFT"),
        ({"title": "NOPE"}, "title"),
        ({"is_future_sms": True}, "send_date"),
        ({"is_future_sms": True, "send_date": "31/02/2025 10:00"}, "send_date"),
        ({"receivers": "905321112233;905332223344"}, "receivers"),
    ],
)
async def test_message_validation(
    extra: dict[str, Any], says: str, fake: FakeBulutfon, raw: httpx.AsyncClient
) -> None:
    body = {"title": "TEST", "content": "Merhaba", "receivers": "905321112233", **extra}
    response = await raw.post("/messages", params={"access_token": fake.token}, json=body)
    assert response.status_code == 422
    assert says in response.json()["error"]


async def test_an_sms_rejection_is_removed_once(
    fake: FakeBulutfon, api: AuthenticatedClient
) -> None:
    first = await delete_sms_rejection.asyncio_detailed("TEST", "905068118260", client=api)
    assert first.status_code == 200
    listed = await list_sms_rejections.asyncio("TEST", client=api)
    assert isinstance(listed, SmsRejectionListResponse)
    assert listed.sms_rejections == []
    again = await delete_sms_rejection.asyncio_detailed("TEST", "905068118260", client=api)
    assert again.status_code == 404


# ---- faults ------------------------------------------------------------------------------


async def test_fail_next_answers_the_status_then_recovers(
    fake: FakeBulutfon, api: AuthenticatedClient
) -> None:
    fake.fail_next("get_me", status=429, times=2, retry_after="1")
    for _ in range(2):
        response = await get_me.asyncio_detailed(client=api)
        assert response.status_code == 429
        assert response.headers["retry-after"] == "1"
        assert isinstance(response.parsed, Error)
        assert response.parsed.error == "Too Many Requests"
    assert (await get_me.asyncio_detailed(client=api)).status_code == 200
    assert [r.fault for r in fake.requests] == ["fail", "fail", None]


async def test_fail_next_can_send_a_proxy_page(fake: FakeBulutfon, raw: httpx.AsyncClient) -> None:
    fake.fail_next("list_dids", 502, body="<html><body>Bad Gateway</body></html>")
    response = await raw.get("/dids", params={"access_token": fake.token})
    assert response.status_code == 502
    assert response.headers["content-type"].startswith("text/html")
    assert response.text.startswith("<html>")


async def test_a_failed_post_is_logged_once_and_changes_nothing(
    fake: FakeBulutfon, api: AuthenticatedClient
) -> None:
    fake.fail_next("send_outgoing_fax", status=503)
    response = await OPERATIONS["send_outgoing_fax"][0](api, fake)
    assert response.status_code == 503
    posts = [r for r in fake.requests if r.operation_id == "send_outgoing_fax"]
    assert len(posts) == 1
    assert (posts[0].method, posts[0].status, posts[0].fault) == ("POST", 503, "fail")
    assert posts[0].body is not None and posts[0].body["title"] == "Teklif"
    faxes = await list_outgoing_faxes.asyncio(client=api)
    assert isinstance(faxes, OutgoingFaxListResponse)
    assert len(faxes.faxes) == 2


async def test_drop_next_is_a_transport_error_and_a_single_log_entry(
    fake: FakeBulutfon, api: AuthenticatedClient
) -> None:
    fake.drop_next("send_outgoing_fax")
    with pytest.raises(httpx.RemoteProtocolError, match="without sending a response"):
        await OPERATIONS["send_outgoing_fax"][0](api, fake)
    posts = [r for r in fake.requests if r.operation_id == "send_outgoing_fax"]
    assert [(p.status, p.fault) for p in posts] == [(None, "drop")]
    # A retry goes through; it is the caller's decision whether to make it.
    assert (await OPERATIONS["send_outgoing_fax"][0](api, fake)).status_code == 201


async def test_slow_next_delays_the_answer(fake: FakeBulutfon, api: AuthenticatedClient) -> None:
    fake.slow_next("get_me", seconds=0.3)
    started = time.perf_counter()
    response = await get_me.asyncio_detailed(client=api)
    slow = time.perf_counter() - started
    started = time.perf_counter()
    await get_me.asyncio_detailed(client=api)
    fast = time.perf_counter() - started
    assert response.status_code == 200
    assert slow >= 0.3 > fast
    assert [r.fault for r in fake.requests] == ["slow", None]


async def test_truncate_next_breaks_json(fake: FakeBulutfon, raw: httpx.AsyncClient) -> None:
    params = {"access_token": fake.token}
    whole = await raw.get("/dids", params=params)
    fake.truncate_next("list_dids")
    cut = await raw.get("/dids", params=params)
    assert cut.status_code == 200
    assert cut.content == whole.content[: len(whole.content) // 2]
    assert int(cut.headers["content-length"]) == len(cut.content)
    with pytest.raises(json.JSONDecodeError):
        cut.json()


async def test_truncate_next_cuts_a_file_short(
    fake: FakeBulutfon, api: AuthenticatedClient
) -> None:
    fake.truncate_next("download_incoming_fax")
    with pytest.raises(httpx.RemoteProtocolError, match="received 32768 bytes, expected 65536"):
        await download_incoming_fax.asyncio_detailed(INCOMING_FAX, client=api)
    assert (fake.requests[-1].status, fake.requests[-1].fault) == (200, "truncate")
    whole = await download_incoming_fax.asyncio_detailed(INCOMING_FAX, client=api)
    assert len(whole.content) == 65536


async def test_faults_are_per_operation_and_can_be_reset(
    fake: FakeBulutfon, api: AuthenticatedClient
) -> None:
    fake.fail_next("list_dids", 500)
    assert (await get_me.asyncio_detailed(client=api)).status_code == 200
    fake.reset_faults()
    assert (await list_dids.asyncio_detailed(client=api)).status_code == 200
    with pytest.raises(ValueError, match="unknown operationId"):
        fake.fail_next("get_everything", 500)
    with pytest.raises(ValueError, match="4xx or 5xx"):
        fake.fail_next("get_me", 200)
    with pytest.raises(ValueError, match="at least 1"):
        fake.drop_next("get_me", times=0)


# ---- files -------------------------------------------------------------------------------


@pytest.mark.parametrize("size", [1, ogg_min_size(), ogg_min_size() + 1, 10_000, 32_768, 100_003])
def test_recordings_are_valid_chained_ogg_vorbis_of_the_size_asked(size: int) -> None:
    data = ogg_vorbis(size)
    assert len(data) == max(size, ogg_min_size())
    links = ogg_links(data)
    assert len(links) == max(1, size // ogg_min_size())
    assert all((link.rate, link.channels) == (8000, 1) for link in links)
    assert all(link.last_granule == 8000 for link in links)  # one second each


def test_recordings_decode_with_libsndfile() -> None:
    soundfile = pytest.importorskip("soundfile")
    import io

    # libsndfile reads the first link of a chain: one second, 8 kHz, mono.
    with soundfile.SoundFile(io.BytesIO(ogg_vorbis(20_000))) as audio:
        assert (audio.samplerate, audio.channels, audio.format, audio.subtype) == (
            8000,
            1,
            "OGG",
            "VORBIS",
        )
        samples = audio.read(dtype="int16")
    assert len(samples) == 8000
    assert max(abs(int(s)) for s in samples) > 1000  # not silence


@pytest.mark.parametrize("size", [1, 1000, 65_536, 123_457])
def test_faxes_are_bilevel_tiffs_of_the_size_asked(size: int) -> None:
    data = tiff(size)
    assert len(data) == max(size, 390)
    tags = tiff_tags(data)
    assert tags[256] == 1728  # a fax line
    assert (tags[258], tags[259], tags[262], tags[277]) == (1, 1, 0, 1)
    rows, offset, count = tags[257], tags[273], tags[279]
    assert rows >= 1 and count == rows * 1728 // 8
    assert offset + count <= len(data)
    if rows >= 36:
        assert any(data[offset : offset + count])  # a line of "text" in black


@pytest.mark.parametrize(
    ("size", "served"), [(1, 46), (1000, 1000), (1001, 1002), (16_384, 16_384)]
)
def test_announcements_are_wavs_of_the_size_asked(size: int, served: int) -> None:
    data = wav(size)
    assert len(data) == served
    channels, width, rate, frames = wav_info(data)
    assert (channels, width, rate) == (1, 2, 8000)
    assert frames == (served - 44) // 2


async def test_file_sizes_are_settable_and_served_with_their_length() -> None:
    fake = FakeBulutfon(recording_bytes=50_001, fax_bytes=70_000, announcement_bytes=20_000)
    async with api_client(fake) as api:
        recording = await download_call_record.asyncio_detailed(RECORDED_CALL, client=api)
        fax = await stream_incoming_fax.asyncio_detailed(INCOMING_FAX, client=api)
        announcement = await download_announcement.asyncio_detailed(1, client=api)
    for response, size, media_type, disposition in (
        (recording, 50_001, "audio/ogg", "attachment"),
        (fax, 70_000, "image/tiff", "inline"),
        (announcement, 20_000, "audio/wav", "attachment"),
    ):
        assert response.status_code == 200
        assert len(response.content) == int(response.headers["content-length"]) == size
        assert response.headers["content-type"] == media_type
        assert response.headers["content-disposition"].startswith(disposition)
    ogg_links(recording.content)


async def test_files_are_sent_in_chunks(fake: FakeBulutfon) -> None:
    messages: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        messages.append(message)

    scope = {
        "type": "http",
        "asgi": {"version": "3.0", "spec_version": "2.4"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": f"/call-records/{RECORDED_CALL}",
        "raw_path": f"/call-records/{RECORDED_CALL}".encode(),
        "query_string": f"access_token={fake.token}".encode(),
        "headers": [],
        "server": ("fake.test", 80),
    }
    await fake.app(scope, receive, send)
    bodies = [m for m in messages if m["type"] == "http.response.body" and m.get("body")]
    assert len(bodies) == 2  # 32 KiB in 16 KiB chunks
    assert sum(len(m["body"]) for m in bodies) == 32_768


# ---- served over HTTP --------------------------------------------------------------------


def _threads() -> set[threading.Thread]:
    return set(threading.enumerate())


def test_served_over_http_and_stopped_cleanly() -> None:
    fake = FakeBulutfon()
    before = _threads()
    with fake.serve() as running:
        assert running is fake  # `with FakeBulutfon().serve() as fake:` has url and token together
        url = running.url
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+", url)
        with AuthenticatedClient(base_url=running.url, token=fake.token) as client:
            me = get_me.sync(client=client)
            recording = download_call_record.sync_detailed(RECORDED_CALL, client=client)
    assert isinstance(me, MeResponse)
    assert recording.status_code == 200
    ogg_links(recording.content)
    assert _threads() == before
    with pytest.raises(RuntimeError, match="not being served"):
        _ = fake.url
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{url}/me", params={"access_token": fake.token})


def test_faults_behave_the_same_over_http() -> None:
    fake = FakeBulutfon()
    with (
        fake.serve() as running,
        httpx.Client(base_url=running.url, params={"access_token": fake.token}) as client,
    ):
        fake.drop_next("get_me")
        with pytest.raises(httpx.RemoteProtocolError, match="without sending a response"):
            client.get("/me")
        fake.truncate_next("download_call_record")
        with pytest.raises(httpx.RemoteProtocolError, match="received 16384 bytes, expected 32768"):
            client.get(f"/call-records/{RECORDED_CALL}")
        fake.fail_next("get_me", 429, retry_after="2")
        failed = client.get("/me")
        assert (failed.status_code, failed.headers["retry-after"]) == (429, "2")
        fake.slow_next("get_me", seconds=5)
        started = time.perf_counter()
        with pytest.raises(httpx.ReadTimeout):
            client.get("/me", timeout=0.3)
        # The server gives up on the slow answer as soon as the client hangs up.
        while len(fake.requests) < 4 and time.perf_counter() - started < 3:
            time.sleep(0.01)
        assert time.perf_counter() - started < 2
        with client.stream("GET", f"/call-records/{RECORDED_CALL}") as stream:
            assert sum(map(len, stream.iter_raw())) == 32_768
        assert client.get("/me").status_code == 200
    assert [r.fault for r in fake.requests] == ["drop", "truncate", "fail", "slow", None, None]
    assert [r.status for r in fake.requests][:4] == [None, 200, 429, None]


def test_two_fakes_serve_at_once() -> None:
    first, second = FakeBulutfon(), FakeBulutfon(token="other-token")
    with first.serve() as one, second.serve() as two:
        assert one.url != two.url
        assert httpx.get(f"{one.url}/me", params={"access_token": "other-token"}).status_code == 401
        assert httpx.get(f"{two.url}/me", params={"access_token": "other-token"}).status_code == 200


# ---- determinism -------------------------------------------------------------------------


async def _responses(fake: FakeBulutfon) -> list[bytes]:
    async with raw_client(fake) as client:
        params = {"access_token": fake.token}
        bodies = []
        for path in ("/cdrs", "/incoming-faxes", "/messages", "/me", "/extensions"):
            bodies.append((await client.get(path, params={**params, "limit": 50})).content)
        body = {
            "title": "T",
            "receivers": "905321112233,905332223344",
            "did": PBX_NUMBER,
            "bulutfon_xm_id": 1,
        }
        await client.post("/automatic-calls", params=params, json=body)
        bodies.append((await client.get("/automatic-calls/3", params=params)).content)
        cdrs = json.loads(bodies[0])["cdrs"]
        uuid = next(c["uuid"] for c in cdrs if c["call_record"] == "YES")
        bodies.append((await client.get(f"/cdrs/{uuid}", params=params)).content)
        bodies.append((await client.get(f"/call-records/{uuid}", params=params)).content)
    return bodies


async def test_the_same_seed_gives_the_same_answers() -> None:
    def make(seed: int) -> FakeBulutfon:
        return FakeBulutfon(cdrs=500, incoming_faxes=20, messages=20, seed=seed)

    first, second, other = (
        await _responses(make(3)),
        await _responses(make(3)),
        await _responses(make(4)),
    )
    assert first == second
    assert first[0] != other[0]
    # More messages do not change the calls: each kind has its own random stream.
    more = FakeBulutfon(cdrs=500, incoming_faxes=20, messages=200, seed=3)
    assert (await _responses(more))[0] == first[0]


def test_the_clock_is_fixed_and_settable() -> None:
    turkey = dt.timezone(dt.timedelta(hours=3))
    assert FakeBulutfon().now == dt.datetime(2025, 1, 15, 10, 30, tzinfo=turkey)
    later = dt.datetime(2026, 3, 1, 9, 0, tzinfo=turkey)
    fake = FakeBulutfon(now=later, cdrs=10)
    body = asyncio.run(_cdrs(fake, limit=1))
    assert dt.datetime.fromisoformat(body["cdrs"][0]["call_time"]) <= later
    assert (later - dt.datetime.fromisoformat(body["cdrs"][0]["call_time"])).total_seconds() < 600
    with pytest.raises(ValueError, match="time zone"):
        FakeBulutfon(now=dt.datetime(2025, 1, 1))


# ---- the command line --------------------------------------------------------------------


def test_python_dash_m_serves_until_stopped() -> None:
    root = Path(__file__).resolve().parent.parent
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        [sys.executable, "-m", "bulutfon_ext.fake", "--port", "0", "--cdrs", "50"],
        cwd=root,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        url = process.stdout.readline().strip()
        token_line = process.stdout.readline().strip()
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+", url), url
        assert token_line == "access_token=fake-token"
        response = httpx.get(f"{url}/cdrs", params={"access_token": "fake-token"}, timeout=10)
        assert response.status_code == 200
        assert response.json()["pagination"]["total_count"] == 55
    finally:
        process.send_signal(signal.SIGINT)  # Ctrl-C
        rest, stderr = process.communicate(timeout=10)
    assert process.returncode == 0, stderr
    assert "Traceback" not in stderr
    assert rest.rstrip().endswith("Stopped.")


def test_data_matches_the_examples_where_they_agree(fake: FakeBulutfon) -> None:
    async def get(path: str) -> Any:
        async with raw_client(fake) as client:
            return (await client.get(path, params={"access_token": fake.token})).json()

    cdrs = asyncio.run(get("/cdrs"))
    assert [c["uuid"] for c in cdrs["cdrs"]] == [
        "b75d34a7-9cc5-4801-8530-406c6aea0e09",
        "704b83fa-4d98-40f3-97cb-44882dcbed04",
        "468d0eb5-7396-4742-a38c-590471883c0d",
        "d3201ad3-bfa2-4647-8737-3a8f03ecb5be",
        RECORDED_CALL,
    ]
    assert cdrs["cdrs"][1]["call_price"] == "0.0182"
    assert cdrs["cdrs"][3]["call_price"] == "0.01"
    dids = asyncio.run(get("/dids"))["dids"]
    assert (
        len({d["number"] for d in dids}) == 3
    )  # the page's three identical numbers, made distinct
    extensions = asyncio.run(get("/extensions"))["extensions"]
    assert len({e["number"] for e in extensions}) == 3
