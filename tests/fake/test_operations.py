"""The fake Bulutfon API: every operation answers and parses, credentials, paths."""

from __future__ import annotations

import hashlib
import re
from typing import Any

import httpx
import pytest

from bulutfon_api import AuthenticatedClient
from bulutfon_api.api.account import get_me, get_token_info
from bulutfon_api.models import (
    Error,
    MeResponse,
    TokenInfo,
)
from bulutfon_api.types import File
from bulutfon_ext.fake import FakeBulutfon
from bulutfon_ext.fake._spec import operations
from tests.fake._helpers import (
    PBX_NUMBER,
    PDF_BYTES,
    RECORDED_CALL,
    UNRECORDED_CALL,
    api_client,
    attachment,
    extra_fields,
    raw_client,
)
from tests.fake._operations import CALLS, OPERATIONS

# ---- every operation, through the generated client ---------------------------------------


MAGIC = {"audio/ogg": b"OggS", "image/tiff": b"II*\x00", "audio/wav": b"RIFF"}


def test_the_table_covers_every_operation_of_the_spec() -> None:
    missing = sorted(name for name, call in CALLS.items() if call is None)
    assert missing == [], (
        f"no call for {missing}: a read whose example lacks its path values, or a write, needs "
        "its arguments in tests/fake/_operations.py ARGUMENTS"
    )


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


@pytest.mark.parametrize("operation", sorted(operations(), key=lambda op: op.operation_id))  # type: ignore[attr-defined]
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
