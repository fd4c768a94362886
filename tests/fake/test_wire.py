"""The fake reads requests as the real server's Rails params do, and can answer as the old API.

The replay suite (tests/replay) sends what shipped clients send; these pin the rules behind it
one at a time, including what is still refused.
"""

from __future__ import annotations

import subprocess
import sys

import httpx
import pytest

from bulutfon_ext.fake import FakeBulutfon

PBX = "908508850000"


async def test_unknown_body_fields_are_ignored_and_logged(
    fake: FakeBulutfon, raw: httpx.AsyncClient
) -> None:
    body = {"title": "TEST", "content": "Merhaba", "receivers": "905321112233", "x_flag": 1}
    response = await raw.post("/messages", params={"access_token": fake.token}, json=body)
    assert response.status_code == 201
    assert response.json() == {"message": "Messages created successfully"}
    (logged,) = fake.requests
    assert logged.ignored == ("x_flag",)
    assert "x_flag" in (logged.body or {})  # the log keeps what was sent


async def test_a_response_spelling_in_a_request_is_ignored_not_applied(
    fake: FakeBulutfon, raw: httpx.AsyncClient
) -> None:
    params = {"access_token": fake.token}
    response = await raw.put("/extensions/2", params=params, json={"voice_mail": True})
    assert response.status_code == 200
    assert fake.requests[-1].ignored == ("voice_mail",)
    extension = (await raw.get("/extensions/2", params=params)).json()["extension"]
    assert extension["voice_mail"] is False  # `voicemail` is the request's name


@pytest.mark.parametrize("did", [PBX, int(PBX), 8508850000])
async def test_a_number_like_field_takes_an_integer_or_digits(
    did: object, fake: FakeBulutfon, raw: httpx.AsyncClient
) -> None:
    body = {"title": "t", "receivers": 905321112233, "did": did, "announcement_id": "1"}
    response = await raw.post("/automatic-calls", params={"access_token": fake.token}, json=body)
    assert response.status_code == 201, response.text
    calls = (await raw.get("/automatic-calls/3", params={"access_token": fake.token})).json()
    assert calls["automatic_call"]["did"] == int(PBX)


@pytest.mark.parametrize(
    ("field", "value"), [("did", "90850885000a"), ("did", -1), ("announcement_id", "0")]
)
async def test_a_number_like_field_still_refuses_what_is_not_a_number(
    field: str, value: object, fake: FakeBulutfon, raw: httpx.AsyncClient
) -> None:
    body = {"title": "t", "receivers": "905321112233", "did": PBX, "announcement_id": 1}
    response = await raw.post(
        "/automatic-calls", params={"access_token": fake.token}, json={**body, field: value}
    )
    assert response.status_code == 422
    assert field in response.json()["error"]


async def test_a_form_body_carries_its_credentials_and_repeats_acl(
    fake: FakeBulutfon, raw: httpx.AsyncClient
) -> None:
    form = (
        "full_name=Ali&email=ali%40example.com&did=908508850000&number=1400"
        "&redirection_type=NONE&voicemail=true&acl%5B%5D=domestic&acl%5B%5D=gsm"
        f"&access_token={fake.token}"
    )
    headers = {"Content-Type": "application/x-www-form-urlencoded"}
    response = await raw.post("/extensions", content=form, headers=headers)
    assert response.status_code == 201, response.text
    assert fake.requests[-1].body is not None
    assert "access_token" not in fake.requests[-1].body  # never in the log
    listed = (await raw.get("/extensions/4", params={"access_token": fake.token})).json()
    assert listed["extension"]["acl"] == ["domestic", "gsm"]
    assert listed["extension"]["voice_mail"] is True
    wrong = form.replace(fake.token, "wrong")
    assert (await raw.post("/extensions", content=wrong, headers=headers)).status_code == 401


async def test_a_trailing_slash_is_the_same_resource(
    fake: FakeBulutfon, raw: httpx.AsyncClient
) -> None:
    params = {"access_token": fake.token}
    assert (await raw.get("/dids/", params=params)).json() == (
        await raw.get("/dids", params=params)
    ).json()
    assert (await raw.get("/dids/1/", params=params)).status_code == 200


async def test_token_info_takes_its_path_token_alone(
    fake: FakeBulutfon, raw: httpx.AsyncClient
) -> None:
    answer = await raw.get(f"/token-info/{fake.token}")
    assert answer.status_code == 200
    assert answer.json()["expired"] is False
    empty = await raw.get(f"/token-info/{fake.token}", params={"access_token": ""})
    assert empty.status_code == 200
    assert (await raw.get("/token-info/not-a-token")).status_code == 401
    fake.expire_token()
    expired = await raw.get(f"/token-info/{fake.token}")
    assert expired.status_code == 200  # telling that it expired is the point
    assert expired.json()["expired"] is True
    assert (await raw.get("/me", params={"access_token": fake.token})).status_code == 401


async def test_call_and_bridge_reads_the_query_or_a_form_body(
    fake: FakeBulutfon, raw: httpx.AsyncClient
) -> None:
    fields = {"caller": PBX, "callee": "905321112233", "destination": "1001"}
    by_query = await raw.post("/call_and_bridge", params={"access_token": fake.token, **fields})
    assert by_query.json() == {"success": True, "message": "Arama başarıyla başlatıldı."}
    by_form = await raw.post("/call_and_bridge", params={"access_token": fake.token}, data=fields)
    assert by_form.status_code == 200
    assert fake.requests[-1].ignored == ()
    missing = await raw.post("/call_and_bridge", params={"access_token": fake.token})
    assert missing.status_code == 400
    assert "caller" in missing.json()["error"]


async def test_me_sends_both_spellings_of_the_sms_credit(
    fake: FakeBulutfon, raw: httpx.AsyncClient
) -> None:
    credit = (await raw.get("/me", params={"access_token": fake.token})).json()["credit"]
    assert credit["sms_credit"] == credit["sms_credits"] == 0


async def test_legacy_answers_as_the_old_api() -> None:
    fake = FakeBulutfon(legacy=True)
    transport = httpx.ASGITransport(app=fake.app)
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as raw:
        params: dict[str, str | int] = {"access_token": fake.token, "limit": 100}
        cdrs = (await raw.get("/cdrs", params=params)).json()["cdrs"]
        records = {c["call_record"] for c in cdrs}
        assert records == {"Var", "Yok"}
        local = [c for c in cdrs if c["direction"] == "LOCAL"]
        assert len(local) == 2 and {c["caller"] for c in local} <= {1000, 1001, 1002}
        recorded = next(c["uuid"] for c in cdrs if c["call_record"] == "Var")
        audio = await raw.get(f"/call-records/{recorded}", params=params)
        assert audio.status_code == 200 and audio.content.startswith(b"OggS")
        silent = next(c["uuid"] for c in cdrs if c["call_record"] == "Yok")
        assert (await raw.get(f"/call-records/{silent}", params=params)).status_code == 404
    modern = FakeBulutfon()
    transport = httpx.ASGITransport(app=modern.app)
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as raw:
        cdrs = (await raw.get("/cdrs", params={"access_token": modern.token})).json()["cdrs"]
        assert {c["call_record"] for c in cdrs} <= {"YES", "NO", "REMOVED"}
        assert "LOCAL" not in {c["direction"] for c in cdrs}


def test_the_command_line_has_legacy() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bulutfon_ext.fake", "--help"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert "--legacy" in result.stdout
