"""The fake served over HTTP, its determinism, its clock and ``python -m bulutfon_ext.fake``."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
from typing import Any

import httpx
import pytest

from bulutfon_api import AuthenticatedClient
from bulutfon_api.api.account import get_me
from bulutfon_api.api.call_records import download_call_record
from bulutfon_api.models import (
    MeResponse,
)
from bulutfon_ext.fake import FakeBulutfon
from tests._spec import ROOT
from tests.fake._helpers import (
    PBX_NUMBER,
    RECORDED_CALL,
    get_cdrs,
    ogg_links,
    raw_client,
)

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
    body = asyncio.run(get_cdrs(fake, limit=1))
    assert dt.datetime.fromisoformat(body["cdrs"][0]["call_time"]) <= later
    assert (later - dt.datetime.fromisoformat(body["cdrs"][0]["call_time"])).total_seconds() < 600
    with pytest.raises(ValueError, match="time zone"):
        FakeBulutfon(now=dt.datetime(2025, 1, 1))


# ---- the command line --------------------------------------------------------------------


def test_python_dash_m_serves_until_stopped() -> None:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        [sys.executable, "-m", "bulutfon_ext.fake", "--port", "0", "--cdrs", "50"],
        cwd=ROOT,
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
