"""Downloads stream to a staged file, renamed only when complete; streams and progress."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from bulutfon_ext import APIConnectionError, AsyncBulutfon, Bulutfon, NotFoundError, ValidationError
from tests._mock import TOKEN, Script, json_reply
from tests._typing import given

AUDIO = bytes(range(256)) * 1000  # 256 000 bytes, several chunks


def audio_reply(
    body: bytes = AUDIO, content_type: str = "audio/ogg", **headers: str
) -> httpx.Response:
    return httpx.Response(200, content=body, headers={"Content-Type": content_type, **headers})


class BreaksAfter(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body that sends some bytes, then the connection drops."""

    def __init__(self, sent: bytes) -> None:
        self.sent = sent

    def __iter__(self) -> Iterator[bytes]:
        yield self.sent
        raise httpx.ReadError("connection reset by peer")

    async def __aiter__(self):  # type: ignore[no-untyped-def]
        yield self.sent
        raise httpx.ReadError("connection reset by peer")


def broken_reply() -> httpx.Response:
    return httpx.Response(
        200,
        stream=BreaksAfter(AUDIO[:100_000]),
        headers={"Content-Type": "audio/ogg", "Content-Length": str(len(AUDIO))},
    )


def client(*replies: httpx.Response) -> tuple[Bulutfon, Script]:
    script = Script(*replies)
    return Bulutfon(access_token=TOKEN, transport=script, max_retries=0), script


def test_download_to_a_folder_names_the_file_from_uuid_and_type(tmp_path: Path) -> None:
    c, script = client(audio_reply())
    path = c.call_records.download("abc-1", to=tmp_path)
    assert path == tmp_path / "abc-1.ogg"
    assert path.read_bytes() == AUDIO
    assert script.requests[0].url.path == "/call-records/abc-1"
    assert list(tmp_path.iterdir()) == [path]  # no temporary file left behind


@pytest.mark.parametrize(
    ("content_type", "download", "name"),
    [
        ("image/tiff", lambda c, t: c.incoming_faxes.download("f1", to=t), "f1.tiff"),
        ("audio/wav", lambda c, t: c.announcements.download(7, to=t), "7.wav"),
        ("audio/x-wav", lambda c, t: c.announcements.download(7, to=t), "7.wav"),
    ],
)
def test_folder_downloads_take_the_extension_from_the_content_type(
    tmp_path: Path, content_type: str, download: Any, name: str
) -> None:
    c, _ = client(audio_reply(b"data", content_type))
    assert download(c, tmp_path).name == name


def test_download_to_a_file_path_and_to_an_open_file(tmp_path: Path) -> None:
    c, _ = client(audio_reply(), audio_reply(b"WAVE", "audio/wav"))
    target = tmp_path / "call.ogg"
    assert c.call_records.download("u", to=str(target)) == target
    assert target.read_bytes() == AUDIO
    sink = io.BytesIO()
    assert c.announcements.download(3, to=sink) is None
    assert sink.getvalue() == b"WAVE"


def test_progress_reports_bytes_and_total(tmp_path: Path) -> None:
    c, _ = client(audio_reply())
    seen: list[tuple[int, int | None]] = []
    c.call_records.download(
        "u", to=tmp_path, progress=lambda done, total: seen.append((done, total))
    )
    assert seen[0] == (0, len(AUDIO))
    assert seen[-1] == (len(AUDIO), len(AUDIO))
    assert len(seen) > 3
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_a_failure_mid_stream_leaves_no_file_and_keeps_an_old_one(tmp_path: Path) -> None:
    c, _ = client(broken_reply())
    target = tmp_path / "call.ogg"
    target.write_bytes(b"previous version")
    with pytest.raises(APIConnectionError, match="broke after 65536 bytes") as caught:
        c.call_records.download("u", to=target)
    assert TOKEN not in str(caught.value)
    assert target.read_bytes() == b"previous version"
    assert list(tmp_path.iterdir()) == [target]


def test_a_short_body_is_caught_by_content_length(tmp_path: Path) -> None:
    c, _ = client(audio_reply(AUDIO[:500], **{"Content-Length": "9999"}))
    with pytest.raises(APIConnectionError, match="ended after 500 of 9999 bytes"):
        c.call_records.download("u", to=tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_an_error_status_raises_and_writes_nothing(tmp_path: Path) -> None:
    c, _ = client(json_reply({"error": "Not Found"}, 404))
    with pytest.raises(NotFoundError):
        c.call_records.download("missing", to=tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_a_missing_folder_is_refused_before_any_request(tmp_path: Path) -> None:
    c, script = client()
    with pytest.raises(ValidationError, match="does not exist") as caught:
        c.call_records.download("u", to=tmp_path / "nope" / "x.ogg")
    assert caught.value.field == "to"
    assert script.requests == []


def test_stream_yields_chunks_from_the_stream_endpoint() -> None:
    c, script = client(audio_reply())
    with c.call_records.stream("u9") as stream:
        assert stream.content_type == "audio/ogg"
        assert stream.content_length == len(AUDIO)
        chunks = list(stream.iter_bytes(chunk_size=10_000))
    assert b"".join(chunks) == AUDIO and len(chunks) > 1
    assert script.requests[0].url.path == "/call-records/u9/stream"


def test_memory_does_not_hold_the_whole_file(tmp_path: Path) -> None:
    # The body is consumed chunk by chunk: a 20 MB body never becomes one bytes object.
    sizes: list[int] = []

    class Counting(httpx.SyncByteStream):
        def __iter__(self) -> Iterator[bytes]:
            for _ in range(320):
                sizes.append(65_536)
                yield b"\0" * 65_536

    c, _ = client(httpx.Response(200, stream=Counting(), headers={"Content-Type": "audio/ogg"}))
    path = given(c.call_records.download("big", to=tmp_path))
    assert path.stat().st_size == 320 * 65_536
    assert len(sizes) == 320


async def test_async_download_stream_and_failure(tmp_path: Path) -> None:
    script = Script(audio_reply(), audio_reply(content_type="image/tiff"), broken_reply())
    async with AsyncBulutfon(access_token=TOKEN, transport=script, max_retries=0) as c:
        path = given(await c.call_records.download("a1", to=tmp_path))
        assert path.read_bytes() == AUDIO
        async with c.incoming_faxes.stream("f1") as stream:
            body = b"".join([chunk async for chunk in stream.aiter_bytes()])
        assert body == AUDIO
        with pytest.raises(APIConnectionError):
            await c.call_records.download("a2", to=tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a1.ogg"]
    assert script.requests[1].url.path == "/incoming-faxes/f1/stream"


def test_downloaded_files_get_the_usual_permissions(tmp_path: Path) -> None:
    import os

    c, _ = client(audio_reply())
    old = os.umask(0o022)
    try:
        path = given(c.call_records.download("u", to=tmp_path))
    finally:
        os.umask(old)
    assert path.stat().st_mode & 0o777 == 0o644


@pytest.mark.parametrize(
    ("call", "name"),
    [
        (lambda c, t: c.call_records.download("u1", to=t), "u1.ogg"),
        (lambda c, t: c.incoming_faxes.download("f1", to=t), "f1.tiff"),
        (lambda c, t: c.announcements.download(4, to=t), "4.wav"),
    ],
)
def test_a_generic_content_type_keeps_the_operations_own_suffix(
    tmp_path: Path, call: Any, name: str
) -> None:
    c, _ = client(audio_reply(b"data", "application/octet-stream"))
    assert call(c, tmp_path).name == name
