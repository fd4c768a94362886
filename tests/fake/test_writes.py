"""Writes to the fake that later reads see, and the validation of what is written."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlencode

import httpx
import pytest

from bulutfon_api import AuthenticatedClient
from bulutfon_api.api.announcements import (
    create_announcement,
    delete_announcement,
    download_announcement,
    list_announcements,
    stream_announcement,
)
from bulutfon_api.api.automatic_calls import get_automatic_call, list_automatic_calls
from bulutfon_api.api.extensions import (
    create_extension,
    delete_extension,
    get_extension,
    list_extensions,
)
from bulutfon_api.api.message_titles import delete_sms_rejection, list_sms_rejections
from bulutfon_api.api.messages import get_message, list_messages, send_message
from bulutfon_api.api.outgoing_faxes import get_outgoing_fax, list_outgoing_faxes
from bulutfon_api.models import (
    AnnouncementCreate,
    AnnouncementListResponse,
    AutomaticCallListResponse,
    AutomaticCallResponse,
    ExtensionListResponse,
    ExtensionResponse,
    OutgoingFaxListResponse,
    OutgoingFaxResponse,
    SmsMessageCreate,
    SmsMessageListResponse,
    SmsMessageResponse,
    SmsRejectionListResponse,
)
from bulutfon_ext.fake import FakeBulutfon
from bulutfon_ext.fake._media import wav
from tests._typing import given
from tests.fake._helpers import PBX_NUMBER, PDF_BYTES, attachment, refusal
from tests.fake._operations import OPERATIONS, new_extension

# ---- writes that later reads see ---------------------------------------------------------


async def test_extension_create_read_update_delete(
    fake: FakeBulutfon, api: AuthenticatedClient, raw: httpx.AsyncClient
) -> None:
    created = await create_extension.asyncio_detailed(
        client=api, body=new_extension(voicemail=True)
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
    recipients = given(detail.fax.recipients)
    assert [(r.number, given(r.state).value) for r in recipients] == [
        (902121234567, "WAITING"),
        (905321234567, "WAITING"),
    ]
    assert all(re.fullmatch(r"[0-9a-f-]{36}", given(r.uuid)) for r in recipients)


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
    assert says in await refusal(raw, fake, "/outgoing-faxes", body)


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
    assert [(r.number, r.has_called) for r in given(call.recipients)] == [
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
    assert says in await refusal(raw, fake, "/automatic-calls", body)


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
    assert [given(r.state).value for r in given(detail.message.recipients)] == [
        "WAITING",
        "WAITING",
    ]


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
    assert says in await refusal(raw, fake, "/messages", body)


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
