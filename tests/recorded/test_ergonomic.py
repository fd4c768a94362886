"""Every operation through `bulutfon_ext`, recorded: envelopes unwrapped, pages walked, files saved."""

from __future__ import annotations

import logging
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from bulutfon_api import models
from bulutfon_ext import (
    AsyncBulutfon,
    AuthenticationError,
    Bulutfon,
    NotFoundError,
    UnprocessableEntityError,
)
from tests._layers import operation_calls
from tests._spec import plain_reads
from tests._typing import given
from tests.recorded.conftest import Target

PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
WAV = bytes.fromhex("52494646240000005741564566")  # enough of a RIFF header for the upload check


def pbx(c: Bulutfon) -> str:
    return str(c.dids.list().items[0].number)


def recorded_uuid(c: Bulutfon) -> str:
    return next(
        cdr.uuid for cdr in c.cdrs.iter(limit=100) if cdr.call_record == models.CallRecordState.YES
    )


def _extension_lifecycle(c: Bulutfon, t: Path) -> None:
    assert c.extensions.create(
        full_name="VCR Test", email="vcr@example.com", did=pbx(c), number=1998
    ).message
    ext = next(e for e in c.extensions.list() if e.number == 1998)
    c.extensions.update(ext.id, full_name="Renamed", voicemail=True)
    assert c.extensions.get(ext.id).caller_name == "Renamed"
    c.extensions.delete(ext.id)
    assert ext.id not in [e.id for e in c.extensions.list()]


def _announcement_lifecycle(c: Bulutfon, t: Path) -> None:
    wav = t / "hello.wav"
    wav.write_bytes(WAV)
    c.announcements.create(name="VCR hello", file=wav)
    created = next(a for a in c.announcements.list() if a.name == "VCR hello")
    assert given(c.announcements.download(created.id, to=t)).read_bytes() == WAV
    c.announcements.delete(created.id)
    assert created.id not in [a.id for a in c.announcements.list()]


def _fax(c: Bulutfon, t: Path) -> None:
    pdf = t / "hello.pdf"
    pdf.write_bytes(PDF)
    before = len(c.outgoing_faxes.list())
    c.outgoing_faxes.send(
        title="VCR fax", receivers=["905001112233", 905001112244], did=pbx(c), attachment=pdf
    )
    faxes = c.outgoing_faxes.list().items
    assert len(faxes) == before + 1
    sent = c.outgoing_faxes.get(max(f.id for f in faxes))
    assert [str(r.number) for r in given(sent.recipients)] == ["905001112233", "905001112244"]


def _sms(c: Bulutfon, t: Path) -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        title = given(c.message_titles.list().items[0].name)
        rejected = c.message_titles.sms_rejections(title).items[0]
        c.message_titles.delete_sms_rejection(title, str(rejected.number))
        c.messages.send(title=title, content="VCR", receivers="905001112233")
        latest = c.messages.list(limit=5).items[0]
        assert c.messages.get(latest.id).content
        assert len(list(c.messages.iter(limit=1))) >= 2
    assert len([w for w in caught if issubclass(w.category, DeprecationWarning)]) == 7


SYNC: dict[str, Callable[[Bulutfon, Path], Any]] = {
    "account": lambda c, t: (
        isinstance(c.me().pbx.state, models.PbxState) and c.token_info().expired is False
    ),
    "dids": lambda c, t: (
        c.dids.get(c.dids.list().items[0].id).number == c.dids.list().items[0].number
    ),
    "groups": lambda c, t: (
        c.groups.get(c.groups.list().items[0].id).name == c.groups.list().items[0].name
    ),
    "extensions": _extension_lifecycle,
    "cdrs": lambda c, t: (
        len(list(c.cdrs.iter(limit=40))) == c.cdrs.list(limit=40).total_count
        and c.cdrs.get(c.cdrs.list(limit=1).items[0].uuid).uuid
        and all(cdr.missing_call for cdr in c.cdrs.list(missing_call=True, order="call_time,desc"))
    ),
    "call_records": lambda c, t: (
        given(c.call_records.download(recorded_uuid(c), to=t)).read_bytes().startswith(b"OggS")
        and b"".join(_chunks(c.call_records.stream, recorded_uuid(c))).startswith(b"OggS")
    ),
    "incoming_faxes": lambda c, t: (
        given(c.incoming_faxes.download(c.incoming_faxes.list().items[0].uuid, to=t)).suffix
        == ".tiff"
        and b"".join(_chunks(c.incoming_faxes.stream, next(c.incoming_faxes.iter()).uuid))[:2]
        in (b"II", b"MM")
    ),
    "outgoing_faxes": _fax,
    "announcements": _announcement_lifecycle,
    "announcement_stream": lambda c, t: b"".join(
        _chunks(c.announcements.stream, c.announcements.list().items[0].id)
    ).startswith(b"RIFF"),
    "automatic_calls": lambda c, t: (
        c.automatic_calls.create(
            title="VCR survey",
            receivers="905001112233",
            did=pbx(c),
            announcement_id=c.announcements.list().items[0].id,
            calling_hours={"mon": ("09:00", "17:00")},
        ).message
        and c.automatic_calls.get(max(a.id for a in c.automatic_calls.list())).title == "VCR survey"
    ),
    "call_and_bridge": lambda c, t: (
        c.call_and_bridge(caller=pbx(c), callee="905001112233", destination="1000").success
    ),
    "sms": _sms,
}
COSTLY = {
    "extensions",
    "outgoing_faxes",
    "announcements",
    "automatic_calls",
    "call_and_bridge",
    "sms",
}


def _chunks(open_stream: Callable[[Any], Any], key: Any) -> list[bytes]:
    with open_stream(key) as stream:
        return list(stream.iter_bytes())


@pytest.mark.vcr
@pytest.mark.parametrize(
    "resource",
    [pytest.param(r, marks=[pytest.mark.costly] if r in COSTLY else [], id=r) for r in SYNC],
)
def test_sync(api: Target, resource: str, tmp_path: Path) -> None:
    with Bulutfon(access_token=api.token, base_url=api.base_url) as client:
        outcome = SYNC[resource](client, tmp_path)
    assert outcome is None or outcome


@pytest.mark.vcr
async def test_async_reads(api: Target, tmp_path: Path) -> None:
    async with AsyncBulutfon(access_token=api.token, base_url=api.base_url) as client:
        me = await client.me()
        dids = await client.dids.list()
        cdrs = [cdr async for cdr in client.cdrs.iter(limit=50)]
        page = await client.cdrs.list(limit=50)
        uuid = next(c.uuid for c in cdrs if c.call_record == models.CallRecordState.YES)
        path = await client.call_records.download(uuid, to=tmp_path)
    assert isinstance(me.pbx.state, models.PbxState)
    assert dids.items
    assert len(cdrs) == page.total_count
    assert given(path).read_bytes().startswith(b"OggS")


@pytest.mark.vcr
def test_a_429_is_retried_then_succeeds(api: Target, caplog: pytest.LogCaptureFixture) -> None:
    fake = api.require_fake()
    if fake is not None:
        fake.fail_next("list_dids", status=429, retry_after="0")
    caplog.set_level(logging.INFO, logger="bulutfon")
    with Bulutfon(access_token=api.token, base_url=api.base_url) as client:
        assert client.dids.list().items
    assert (
        "retrying GET https://api.bulutfon.com/dids?access_token=REDACTED" in caplog.text
        or "retrying GET http://127.0.0.1" in caplog.text
    )
    assert "429 Too Many Requests" in caplog.text


@pytest.mark.vcr
def test_error_statuses_raise_typed_errors(api: Target) -> None:
    with (
        Bulutfon(access_token="wrong-token", base_url=api.base_url) as bad,
        pytest.raises(AuthenticationError),
    ):
        bad.me()
    with Bulutfon(access_token=api.token, base_url=api.base_url) as client:
        with pytest.raises(NotFoundError) as missing:
            client.cdrs.get("no-such-call")
        assert missing.value.status_code == 404
        with pytest.raises(UnprocessableEntityError):
            client.call_and_bridge(caller="900000000001", callee="905001112233", destination="1000")


@pytest.mark.vcr
def test_email_and_password(api: Target) -> None:
    if api.email is None:
        pytest.skip("live recording uses the token only")
    with Bulutfon(email=api.email, password=api.password, base_url=api.base_url) as client:
        assert client.extensions.list().items


# Every plain read of the spec, through the method the ergonomic layer has for it
# (tests/_layers.py finds it): a new read endpoint is recorded by `make record` alone.
READS = [(operation_id, values) for operation_id, _path, values in plain_reads()]


@pytest.mark.vcr
@pytest.mark.parametrize(("operation_id", "values"), READS, ids=[r[0] for r in READS])
def test_plain_read(api: Target, operation_id: str, values: dict[str, Any]) -> None:
    methods = operation_calls().get(operation_id)
    assert methods, f"no ergonomic method calls {operation_id}: see tests/test_coverage.py"
    with (
        Bulutfon(access_token=api.token, base_url=api.base_url) as client,
        warnings.catch_warnings(),
    ):
        warnings.simplefilter("ignore", DeprecationWarning)
        owner = getattr(client, methods[0].attribute) if methods[0].attribute else client
        result = getattr(owner, methods[0].name)(**values)
    assert result is not None
