"""The rules the spec states in JSON Schema beyond one field's type, as the fake applies them.

The automatic call's one sound source, an extension's redirection needing its destination, a
scheduled SMS needing its date (``not`` rules across fields), real calendar dates, and integers
written as integral floats (``27564.0`` is an integer to JSON Schema).
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
import yaml

from bulutfon_ext._rules import matches
from bulutfon_ext.fake import FakeBulutfon
from bulutfon_ext.fake._schema import Invalid, check_object
from tests._spec import load_spec

PBX = "908508850000"


def _post(fake: FakeBulutfon, raw: httpx.AsyncClient, path: str, body: dict[str, Any]) -> Any:
    return raw.post(path, params={"access_token": fake.token}, json=body)


@pytest.mark.parametrize(
    ("sources", "status"),
    [
        ({"announcement_id": 1}, 201),
        ({"sound_url": "https://example.com/a.mp3"}, 201),
        ({}, 422),
        ({"announcement_id": 1, "sound_url": "https://example.com/a.mp3"}, 422),
        ({"announcement_id": 1, "bulutfon_xm_id": 3}, 422),
        ({"announcement_id": 1, "sound_url": "https://e.com/a", "bulutfon_xm_id": 3}, 422),
    ],
)
async def test_an_automatic_call_plays_exactly_one_source(
    fake: FakeBulutfon, raw: httpx.AsyncClient, sources: dict[str, Any], status: int
) -> None:
    body = {"title": "T", "receivers": "905321112233", "did": PBX, **sources}
    response = await _post(fake, raw, "/automatic-calls", body)
    assert response.status_code == status, response.text
    if status == 422:
        assert response.json() == {
            "error": "Validation failed: send exactly one of announcement_id, sound_url, "
            "bulutfon_xm_id",
            "code": "INVALID_SOURCE",
        }


@pytest.mark.parametrize(
    ("redirection", "status"),
    [
        ({"redirection_type": "NONE"}, 201),
        ({"redirection_type": "ALWAYS"}, 422),
        ({"redirection_type": "ALWAYS", "destination_type": "EXTERNAL"}, 422),
        (
            {
                "redirection_type": "ALWAYS",
                "destination_type": "EXTERNAL",
                "external_number": "905321112233",
            },
            201,
        ),
        ({"redirection_type": "UNREACHABLE", "destination_type": "EXTENSION"}, 422),
        (
            {
                "redirection_type": "UNREACHABLE",
                "destination_type": "EXTENSION",
                "destination_number": 1000,
            },
            201,
        ),
    ],
)
async def test_an_extensions_redirection_names_its_destination(
    fake: FakeBulutfon, raw: httpx.AsyncClient, redirection: dict[str, Any], status: int
) -> None:
    body = {"full_name": "A", "email": "a@example.com", "did": PBX, "number": 4321, **redirection}
    response = await _post(fake, raw, "/extensions", body)
    assert response.status_code == status, response.text
    if status == 422:
        assert response.json()["code"] == "INVALID_DESTINATION"


async def test_an_update_is_held_to_the_creates_rule_on_the_record_it_makes(
    fake: FakeBulutfon, raw: httpx.AsyncClient
) -> None:
    # Each body alone says little; what counts is the extension it would leave behind.
    params = {"access_token": fake.token}
    before = (await raw.get("/extensions/2", params=params)).json()["extension"]
    refused = await raw.put("/extensions/2", params=params, json={"redirection_type": "ALWAYS"})
    assert refused.status_code == 422, refused.text
    assert refused.json()["code"] == "INVALID_DESTINATION"
    assert (await raw.get("/extensions/2", params=params)).json()["extension"] == before
    target = {"destination_type": "EXTENSION", "destination_number": 1002}
    assert (await raw.put("/extensions/2", params=params, json=target)).status_code == 200
    redirected = await raw.put("/extensions/2", params=params, json={"redirection_type": "ALWAYS"})
    assert redirected.status_code == 200, redirected.text


@pytest.mark.parametrize(
    ("fields", "status"),
    [
        ({"is_future_sms": True}, 422),
        ({"is_future_sms": True, "send_date": "29/02/2028 10:00"}, 201),
        ({"is_future_sms": True, "send_date": "29/02/2027 10:00"}, 422),
        ({"is_future_sms": True, "send_date": "31/04/2027 10:00"}, 422),
        ({"is_future_sms": True, "send_date": "01/01/0000 10:00"}, 422),
        ({"is_future_sms": False}, 201),
    ],
)
async def test_a_scheduled_sms_needs_a_real_date(
    fake: FakeBulutfon, raw: httpx.AsyncClient, fields: dict[str, Any], status: int
) -> None:
    body = {"title": "TEST", "content": "Merhaba", "receivers": "905321112233", **fields}
    response = await _post(fake, raw, "/messages", body)
    assert response.status_code == status, response.text


async def test_an_integral_float_is_an_integer(fake: FakeBulutfon, raw: httpx.AsyncClient) -> None:
    params = {"access_token": fake.token}
    response = await raw.put("/extensions/1", params=params, json={"number": 27564.0})
    assert response.status_code == 200, response.text
    extension = (await raw.get("/extensions/1", params=params)).json()["extension"]
    assert extension["number"] == 27564 and isinstance(extension["number"], int)
    assert (await raw.put("/extensions/1", params=params, json={"number": 1.5})).status_code == 422
    form = await raw.put("/extensions/1", params=params, data={"number": "27565.0"})
    assert form.status_code == 200, form.text


def test_the_fake_reads_the_rules_from_the_spec() -> None:
    # The rule lives in the spec: a schema the fake is handed decides, not code of its own.
    rule = yaml.safe_load(
        "not: {description: no x with y, x-error-code: XY, required: [x, y]}\nproperties: {}"
    )
    check_object({"x": 1}, rule)
    with pytest.raises(Invalid) as refused:
        check_object({"x": 1, "y": 2}, rule)
    assert (refused.value.status, refused.value.code) == (422, "XY")
    assert not matches({}, {"not": {}}) and matches({"a": 1}, {})
    sources = load_spec()["components"]["schemas"]["AutomaticCallCreate"]["not"]
    assert sources["x-error-code"] == "INVALID_SOURCE"
