"""The files the fake serves: chained Ogg Vorbis recordings, bilevel TIFF faxes, WAV announcements."""

from __future__ import annotations

from typing import Any

import pytest

from bulutfon_api.api.announcements import (
    download_announcement,
)
from bulutfon_api.api.call_records import download_call_record
from bulutfon_api.api.incoming_faxes import (
    stream_incoming_fax,
)
from bulutfon_ext.fake import FakeBulutfon
from bulutfon_ext.fake._media import ogg_min_size, ogg_vorbis, tiff, wav
from tests.fake._helpers import (
    INCOMING_FAX,
    RECORDED_CALL,
    api_client,
    ogg_links,
    tiff_tags,
    wav_info,
)

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
    await fake.app(scope, receive, send)  # type: ignore[arg-type]
    bodies = [m for m in messages if m["type"] == "http.response.body" and m.get("body")]
    assert len(bodies) == 2  # 32 KiB in 16 KiB chunks
    assert sum(len(m["body"]) for m in bodies) == 32_768
