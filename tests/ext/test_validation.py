"""Uploads and argument checks: refused before sending, with the field and the fix named."""

from __future__ import annotations

import base64
import datetime
import json
import re
from pathlib import Path
from typing import Any

import httpx
import pytest

from bulutfon_ext import Bulutfon, ValidationError
from bulutfon_ext._uploads import FAX_TYPES, encode_attachment
from bulutfon_ext.resources.automatic_calls import CreateArgs
from tests._mock import TOKEN, Script, json_reply
from tests.ext._calls import OMIT, Call, assert_refused, autocall, bridge, extension, fax

OK = {"message": "ok"}


@pytest.fixture
def script() -> Script:
    return Script(default=json_reply(OK))


@pytest.fixture
def client(script: Script) -> Bulutfon:
    return Bulutfon(access_token=TOKEN, transport=script)


def sent(script: Script) -> dict[str, Any]:
    (request,) = script.requests
    body: dict[str, Any] = json.loads(request.content)
    return body


def test_fax_attachment_is_encoded_the_bulutfon_way(
    client: Bulutfon, script: Script, tmp_path: Path
) -> None:
    pdf = tmp_path / "invoice.pdf"
    pdf.write_bytes(b"%PDF-1.4 hello")
    client.outgoing_faxes.send(
        title="Invoice",
        receivers=[905001112233, "+90 500 111 22 44"],
        did=908500000000,
        attachment=pdf,
    )
    body = sent(script)
    assert (
        body["attachment"]
        == "data:application/pdf;name:invoice.pdf;base64:"
        + base64.b64encode(b"%PDF-1.4 hello").decode()
    )
    assert body["receivers"] == "905001112233,905001112244"
    assert body["did"] == "908500000000"


JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"
TIFF = b"II*\x00\x08\x00\x00\x00"
WAV = b"RIFF\x24\x00\x00\x00WAVEfmt "
MP3 = b"ID3\x03\x00\x00\x00\x00\x00\x00"


@pytest.mark.parametrize(
    ("name", "mime", "data"),
    [
        ("a.jpg", "image/jpeg", JPEG),
        ("a.png", "image/png", PNG),
        ("a.tif", "image/tiff", TIFF),
        ("b.tiff", "image/tiff", b"MM\x00*\x00\x00\x00\x08"),
    ],
)
def test_fax_accepts_images(name: str, mime: str, data: bytes) -> None:
    assert encode_attachment(data, filename=name, allowed=FAX_TYPES, field="attachment").startswith(
        f"data:{mime};name:{name};"
    )


@pytest.mark.parametrize(
    ("name", "mime", "data"),
    [
        ("hello.wav", "audio/wav", WAV),
        ("hello.mp3", "audio/mpeg", MP3),
        ("frame.mp3", "audio/mpeg", b"\xff\xfb\x90\x64\x00"),
    ],
)
def test_announcement_accepts_wav_and_mp3(
    client: Bulutfon, script: Script, name: str, mime: str, data: bytes
) -> None:
    client.announcements.create(name="Hello", file=data, filename=name)
    assert sent(script)["announcement"].startswith(f"data:{mime};name:{name};base64:")


@pytest.mark.parametrize(
    ("call", "field", "fragment"),
    [
        (fax(filename="a.docx"), "attachment", "not an accepted type"),
        (fax(attachment=b""), "attachment", "empty"),
        (fax(filename=OMIT), "filename", "needs filename"),
        (fax(filename="a;b.pdf"), "filename", "may not contain"),
        (fax(title=""), "title", "non-empty"),
        (fax(receivers="12a"), "receivers", "digits only"),
        (fax(receivers=[]), "receivers", "at least one"),
        (fax(did="x"), "did", "not a phone number"),
        # Their fields are typed by a TypedDict (SendArgs, CreateArgs): one left out is named.
        (fax(title=OMIT), "title", "is required: send(..., title=...)"),
        (fax(attachment=OMIT), "attachment", "is required"),
        (autocall(did=OMIT), "did", "is required: create(..., did=...)"),
        (autocall(receivers=OMIT), "receivers", "is required"),
        (
            lambda c: c.announcements.create(name="n", file=b"x", filename="a.ogg"),
            "file",
            "accepted: mpeg, wav",
        ),
        (
            autocall(announcement_id=OMIT),
            "announcement_id",
            "exactly one of announcement_id, sound_url, bulutfon_xm_id (got none)",
        ),
        (
            autocall(sound_url="https://x/a.wav"),
            "announcement_id",
            "(got announcement_id, sound_url)",
        ),
        (autocall(timeout=61), "timeout", "from 0 to 60"),
        (autocall(announcement_id=OMIT, sound_url="ftp://x"), "sound_url", "http(s) URL"),
        (autocall(calling_hours={"monday": None}), "calling_hours", "not one of mon"),
        (autocall(calling_hours={"mon": ("9", "18:00")}), "calling_hours['mon'] start", "HH:MM"),
        (bridge(destination="12345"), "destination", "2 digits (a menu)"),
        (bridge(destination="1"), "destination", "4 (an extension)"),
        (lambda c: c.cdrs.list(time_limit="week"), "time_limit", "day, hour, month"),
        (lambda c: c.cdrs.list(order="call_time"), "order", "'FIELD,asc' or 'FIELD,desc'"),
        # A field the spec does not let `order` name (the CDR's are listed in the error).
        (
            lambda c: c.cdrs.list(order="call_flow,asc"),
            "order",
            "FIELD one of: 'uuid', 'bf_calltype'",
        ),
        (lambda c: c.cdrs.list(order="price,desc"), "order", "'call_price', 'call_record'"),
        (lambda c: c.cdrs.list(limit=0), "limit", "from 1 up"),
        (lambda c: c.cdrs.list(missing_call="yes"), "missing_call", "True or False"),
        (lambda c: c.cdrs.iter(caller="abc"), "caller", "digits only"),
        (extension(redirection_type="SOMETIMES"), "redirection_type", "ALWAYS, NONE, UNREACHABLE"),
        (
            extension(redirection_type="ALWAYS"),
            "destination_type",
            "required when redirection_type is ALWAYS",
        ),
        (
            extension(redirection_type="ALWAYS", destination_type="EXTERNAL"),
            "external_number",
            "required",
        ),
        (
            extension(redirection_type="ALWAYS", destination_type="GROUP"),
            "destination_number",
            "required",
        ),
        (extension(email="not-an-email"), "email", "not an email"),
        (extension(acl=["mars"]), "acl", "domestic, gsm, international"),
        (lambda c: c.extensions.update(5), "update", "at least one field"),
        (lambda c: c.with_options(timeout=httpx.Timeout(None)), "timeout", "none may be infinite"),
        (lambda c: c.with_options(max_retries=-1), "max_retries", "from 0 up"),
        # A bool is an int to Python; True retries is a mistake, not one retry.
        (lambda c: c.with_options(max_retries=True), "max_retries", "from 0 up"),
        # Found by make reliability's fuzz: None for a required field escaped as a TypeError.
        (extension(email=None), "email", "required"),
        (extension(full_name=None), "full_name", "required"),
        # Also from the fuzz: a 5000-digit int in the message itself raised ValueError.
        (lambda c: next(c.cdrs.iter(missing_call=10**5000)), "missing_call", "True or False"),
    ],
)
def test_bad_input_is_refused_before_sending(
    client: Bulutfon, script: Script, call: Call, field: str, fragment: str
) -> None:
    refused = assert_refused(call, client, script, field)
    assert fragment in str(refused)
    assert isinstance(refused, ValueError)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (fax(titel="t"), "send() got an unexpected keyword argument 'titel'"),
        (
            autocall(annoucement_id=2),
            "create() got an unexpected keyword argument 'annoucement_id'",
        ),
    ],
)
def test_a_misspelt_field_is_a_type_error_before_sending(
    client: Bulutfon, script: Script, call: Call, message: str
) -> None:
    with pytest.raises(TypeError, match=re.escape(message)):
        call(client)
    assert script.requests == []


def test_a_campaign_built_as_its_typed_dict_is_sent_whole(client: Bulutfon, script: Script) -> None:
    # What ``create`` takes is one TypedDict, so a campaign can be built, checked by mypy and
    # passed on before it is sent.
    campaign: CreateArgs = {
        "title": "Survey",
        "receivers": ["905001112233"],
        "did": 908500000000,
        "sound_url": "https://example.com/a.mp3",
        "request_timeout": 5,
    }
    client.automatic_calls.create(**campaign)
    body = sent(script)
    assert (body["title"], body["receivers"], body["did"]) == (
        "Survey",
        "905001112233",
        "908500000000",
    )
    assert body["sound_url"] == "https://example.com/a.mp3"
    assert "request_timeout" not in body


def test_an_attachment_that_is_not_there_is_refused_before_sending(
    client: Bulutfon, script: Script, tmp_path: Path
) -> None:
    missing = fax(attachment=tmp_path / "nope.pdf", filename=OMIT)
    assert "no such file" in str(assert_refused(missing, client, script, "attachment"))


@pytest.mark.parametrize("call", [fax(), autocall(), extension(), bridge()])
def test_the_calls_the_tables_change_are_valid_as_they_are(
    client: Bulutfon, script: Script, call: Call
) -> None:
    # So each case above is refused for what it changes, not for a base that was bad already.
    script.default = json_reply({"success": True, "message": "ok"})
    call(client)
    assert len(script.requests) == 1


def test_deprecated_sms_checks_and_send_date(client: Bulutfon, script: Script) -> None:
    with (
        pytest.warns(DeprecationWarning, match="SMS"),
        pytest.raises(ValidationError, match="dd/MM/yyyy HH:mm"),
    ):
        client.messages.send(title="T", content="c", receivers="1", send_date="2025-01-01")
    assert script.requests == []
    with pytest.warns(DeprecationWarning, match="messages.send is deprecated"):
        client.messages.send(
            title="T",
            content="hi",
            receivers=905001112233,
            send_date=datetime.datetime(2030, 1, 2, 9, 5),
        )
    assert sent(script) == {
        "title": "T",
        "content": "hi",
        "receivers": "905001112233",
        "is_future_sms": True,
        "send_date": "02/01/2030 09:05",
    }


def test_automatic_call_body_with_calling_hours(client: Bulutfon, script: Script) -> None:
    client.automatic_calls.create(
        title="Survey",
        receivers="905001112233,905001112244",
        did=908500000000,
        sound_url="https://x.test/a.wav",
        timeout=30,
        calling_hours={"mon": ("09:00", datetime.time(18, 30)), "sun": None},
    )
    assert sent(script) == {
        "title": "Survey",
        "receivers": "905001112233,905001112244",
        "did": "908500000000",
        "sound_url": "https://x.test/a.wav",
        "timeout": 30,
        "hours_active": True,
        "mon_active": True,
        "mon_start": "09:00",
        "mon_finish": "18:30",
        # Days not named are off: the server's default for a missing day is "on, 09:00-18:00".
        "tue_active": False,
        "wed_active": False,
        "thu_active": False,
        "fri_active": False,
        "sat_active": False,
        "sun_active": False,
    }


def test_automatic_call_optional_fields_are_sent(client: Bulutfon, script: Script) -> None:
    client.automatic_calls.create(
        title="XM",
        receivers=905001112233,
        did="908500000000",
        bulutfon_xm_id=7,
        bulutfon_xm_data="order=42",
        gather=False,
    )
    assert sent(script) == {
        "title": "XM",
        "receivers": "905001112233",
        "did": "908500000000",
        "bulutfon_xm_id": 7,
        "bulutfon_xm_data": "order=42",
        "gather": False,
    }


def test_sms_reject_link_is_sent(client: Bulutfon, script: Script) -> None:
    with pytest.warns(DeprecationWarning, match="SMS"):
        client.messages.send(title="T", content="hi", receivers="905001112233", reject_link=True)
    assert sent(script)["reject_link"] is True


def test_external_redirect_sends_the_external_number(client: Bulutfon, script: Script) -> None:
    client.extensions.create(
        full_name="Ada",
        email="ada@example.com",
        did="908500000000",
        number=1001,
        redirection_type="ALWAYS",
        destination_type="EXTERNAL",
        external_number="+90 532 111 22 33",
    )
    body = sent(script)
    assert (body["destination_type"], body["external_number"]) == ("EXTERNAL", "905321112233")
    assert "destination_number" not in body


def test_call_and_bridge_sends_its_timeout(client: Bulutfon, script: Script) -> None:
    script.default = json_reply({"success": True, "message": "ok"})
    client.call_and_bridge(caller="908500000000", callee=905001112233, destination=101, timeout=25)
    # In the query string, as the provider's example sends them; no body.
    (request,) = script.requests
    assert request.content == b""
    params = dict(request.url.params)
    params.pop("access_token")
    assert params == {
        "caller": "908500000000",
        "callee": "905001112233",
        "destination": "101",
        "timeout": "25",
    }


def test_an_update_sends_only_what_changes(client: Bulutfon, script: Script) -> None:
    # Create's rules that tie fields together do not apply: the server keeps the rest.
    client.extensions.update(7, redirection_type="ALWAYS")
    assert sent(script) == {"redirection_type": "ALWAYS"}
    assert script.requests[0].method == "PUT"
    assert script.requests[0].url.path == "/extensions/7"


def test_extension_create_sends_strict_values(client: Bulutfon, script: Script) -> None:
    client.extensions.create(
        full_name="Ada",
        email="ada@example.com",
        did=908500000000,
        number=1001,
        redirection_type="UNREACHABLE",
        destination_type="EXTENSION",
        destination_number=1002,
        acl=["gsm"],
    )
    assert sent(script) == {
        "full_name": "Ada",
        "email": "ada@example.com",
        "did": "908500000000",
        "number": 1001,
        "redirection_type": "UNREACHABLE",
        "destination_type": "EXTENSION",
        "destination_number": 1002,
        "acl": ["gsm"],
    }


def test_cdr_filters_are_normalised(client: Bulutfon, script: Script) -> None:
    script.default = json_reply({"cdrs": []})
    client.cdrs.list(
        caller=[905001112233, "905001112244"],
        callee=905001112255,
        missing_call=False,
        order="call_time,desc",
        time_limit="month",
        limit=50,
    )
    params = dict(script.requests[0].url.params)
    assert params == {
        "access_token": TOKEN,
        "caller": "905001112233,905001112244",
        "callee": "905001112255",
        "missing_call": "false",
        "order": "call_time,desc",
        "time_limit": "month",
        "limit": "50",
    }


@pytest.mark.parametrize("timeout", [float("inf"), float("nan"), 1e12, 0, -1, "abc", True])
def test_timeouts_must_be_finite_positive_seconds(timeout: Any) -> None:
    with pytest.raises(ValidationError) as caught:
        Bulutfon(access_token=TOKEN, timeout=timeout, transport=Script())
    assert caught.value.field == "timeout"


@pytest.mark.parametrize("base_url", ["api.bulutfon.com", "ftp://api.bulutfon.com", "http://"])
def test_base_url_must_be_an_http_url(base_url: str) -> None:
    with pytest.raises(ValidationError) as caught:
        Bulutfon(access_token=TOKEN, base_url=base_url, transport=Script())
    assert caught.value.field == "base_url"


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
@pytest.mark.parametrize(
    ("call", "field"),
    [
        (fax(receivers=b"90532"), "receivers"),
        (fax(receivers="²³"), "receivers"),
        (fax(receivers=-90532), "receivers"),
        (autocall(gather="no"), "gather"),
        (autocall(announcement_id=OMIT, sound_url=123), "sound_url"),
        (autocall(calling_hours={"mon": "09:00-18:00"}), "calling_hours['mon']"),
        (autocall(calling_hours=["mon"]), "calling_hours"),
        (autocall(calling_hours={"mon": ("99:99", "18:00")}), "calling_hours['mon'] start"),
        (extension(voicemail="yes"), "voicemail"),
        (extension(email=123), "email"),
        (
            extension(redirection_type="ALWAYS", destination_type="GROUP", destination_number=-5),
            "destination_number",
        ),
        (
            lambda c: c.messages.send(
                title="T", content="c", receivers="1", send_date="99/99/9999 99:99"
            ),
            "send_date",
        ),
        (
            lambda c: c.messages.send(title="T", content="c", receivers="1", send_date=5),
            "send_date",
        ),
        (lambda c: c.cdrs.list(order=5), "order"),
        (lambda c: c.dids.get(None), "id"),
        (lambda c: c.dids.get(-1), "id"),
        (lambda c: c.cdrs.get(""), "uuid"),
        (lambda c: c.call_records.download("../escaped", to="."), "uuid"),
        (lambda c: c.call_records.signed_url("a/b"), "uuid"),
        (lambda c: c.incoming_faxes.download("x y", to="."), "uuid"),
    ],
)
def test_more_bad_input_is_refused_before_sending(
    client: Bulutfon, script: Script, call: Call, field: str
) -> None:
    assert_refused(call, client, script, field)


async def test_async_iterators_refuse_bad_filters_when_called() -> None:
    from bulutfon_ext import AsyncBulutfon

    script = Script()
    async with AsyncBulutfon(access_token=TOKEN, transport=script) as client:
        with pytest.raises(ValidationError, match="order"):
            client.cdrs.iter(order="bad")
        with (
            pytest.raises(ValidationError, match="limit"),
            pytest.warns(DeprecationWarning, match="SMS"),
        ):
            client.messages.iter(limit=0)
    assert script.requests == []
