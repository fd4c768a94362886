"""The fake's fault injection: failures, drops, delays and truncation, per operation."""

from __future__ import annotations

import json
import time
from collections.abc import Callable

import httpx
import pytest

from bulutfon_api import AuthenticatedClient
from bulutfon_api.api.account import get_me
from bulutfon_api.api.dids import list_dids
from bulutfon_api.api.incoming_faxes import (
    download_incoming_fax,
)
from bulutfon_api.api.outgoing_faxes import list_outgoing_faxes
from bulutfon_api.models import (
    Error,
    OutgoingFaxListResponse,
)
from bulutfon_ext.fake import FakeBulutfon
from tests.fake._helpers import (
    INCOMING_FAX,
)
from tests.fake._operations import OPERATIONS

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


async def test_retry_after_may_be_seconds_as_an_int_or_any_text(
    fake: FakeBulutfon, api: AuthenticatedClient
) -> None:
    fake.fail_next("get_me", status=429, retry_after=120)
    fake.fail_next("list_dids", status=503, retry_after="Wed, 21 Oct 2015 07:28:00 GMT")
    limited = await get_me.asyncio_detailed(client=api)
    assert (limited.status_code, limited.headers["retry-after"]) == (429, "120")
    unavailable = await list_dids.asyncio_detailed(client=api)
    assert unavailable.status_code == 503
    assert unavailable.headers["retry-after"] == "Wed, 21 Oct 2015 07:28:00 GMT"


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (lambda f: f.fail_next(1, 500), TypeError, "operation_id must be a str"),
        (lambda f: f.fail_next("get_me", "500"), TypeError, "status must be an int"),
        (lambda f: f.fail_next("get_me", True), TypeError, "status must be an int"),
        (lambda f: f.fail_next("get_me", 500, times="2"), TypeError, "times must be an int"),
        (lambda f: f.fail_next("get_me", 500, times=2.0), TypeError, "times must be an int"),
        (lambda f: f.fail_next("get_me", 429, retry_after=1.5), TypeError, "retry_after must be"),
        (lambda f: f.fail_next("get_me", 429, retry_after=-1), ValueError, "cannot be negative"),
        (lambda f: f.fail_next("get_me", 429, retry_after="1\r\nX: y"), ValueError, "one line"),
        (lambda f: f.fail_next("get_me", 500, error=42), TypeError, "error must be a str"),
        (lambda f: f.fail_next("get_me", 500, body=["x"]), TypeError, "body must be bytes"),
        (lambda f: f.fail_next("get_me", 500, content_type=b"x"), TypeError, "content_type"),
        (lambda f: f.slow_next("get_me", "1"), TypeError, "seconds must be a number"),
        (lambda f: f.slow_next("get_me", float("nan")), ValueError, "finite"),
        (lambda f: f.slow_next("get_me", float("inf")), ValueError, "finite"),
        (lambda f: f.drop_next("get_me", times=None), TypeError, "times must be an int"),
        (lambda f: f.truncate_next("get_me", times=-1), ValueError, "at least 1"),
    ],
)
async def test_fault_options_are_checked_when_queued_never_by_a_crash_later(
    fake: FakeBulutfon,
    api: AuthenticatedClient,
    call: Callable[[FakeBulutfon], None],
    error: type[Exception],
    message: str,
) -> None:
    with pytest.raises(error, match=message):
        call(fake)
    # Nothing half-queued: the next request is answered normally.
    assert (await get_me.asyncio_detailed(client=api)).status_code == 200
