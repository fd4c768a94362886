"""Helpers for the tests of ``bulutfon_ext.fake``: clients bound to a fake, and file-format readers.

The readers check the files the fake serves independently of how the fake writes them: an Ogg
page walker that verifies every checksum, a TIFF directory reader, and the stdlib ``wave``.
"""

from __future__ import annotations

import base64
import io
import struct
import wave
from dataclasses import dataclass
from typing import Any

import attrs
import httpx

from bulutfon_api import AuthenticatedClient
from bulutfon_ext.fake import FakeBulutfon
from bulutfon_ext.fake._media import wav

BASE_URL = "http://fake.test"

PBX_NUMBER = "908508850000"
RECORDED_CALL = "dd3b3506-e40e-11e4-9880-17aee3ce4e7b"  # the spec's detail example, call_record YES
UNRECORDED_CALL = "b75d34a7-9cc5-4801-8530-406c6aea0e09"  # call_record NO
INCOMING_FAX = "a3dbe5bc-6919-4197-a41d-7f5e94d6123b"
WAV_BYTES = wav(200)
PDF_BYTES = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


def api_client(fake: FakeBulutfon, **credentials: Any) -> AuthenticatedClient:
    """The generated client, talking to ``fake`` in process; the fake's token unless told."""
    if not credentials:
        credentials = {"token": fake.token}
    return AuthenticatedClient(
        base_url=BASE_URL,
        httpx_args={"transport": httpx.ASGITransport(app=fake.app)},
        **credentials,
    )


def raw_client(fake: FakeBulutfon) -> httpx.AsyncClient:
    """A plain httpx client to ``fake`` with no credentials, for requests the SDK would not send."""
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=fake.app), base_url=BASE_URL)


async def get_cdrs(fake: FakeBulutfon, **params: Any) -> dict[str, Any]:
    """GET /cdrs from ``fake`` with its token and ``params``; the JSON body, after a 200."""
    async with raw_client(fake) as client:
        response = await client.get("/cdrs", params={"access_token": fake.token, **params})
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


async def refusal(raw: httpx.AsyncClient, fake: FakeBulutfon, path: str, body: Any) -> str:
    """POST ``body`` to ``path`` with the fake's token; the error of the 422 that must answer."""
    response = await raw.post(path, params={"access_token": fake.token}, json=body)
    assert response.status_code == 422, response.text
    error: str = response.json()["error"]
    return error


def attachment(mime: str, name: str, content: bytes) -> str:
    """The API's attachment string (not an RFC 2397 data URI)."""
    return f"data:{mime};name:{name};base64:{base64.b64encode(content).decode()}"


def extra_fields(value: Any, where: str = "") -> list[str]:
    """Where a parsed model holds fields its schema does not name (the fake must not send any)."""
    found: list[str] = []
    if isinstance(value, list):
        for index, item in enumerate(value):
            found += extra_fields(item, f"{where}[{index}]")
    elif attrs.has(type(value)):
        extra = getattr(value, "additional_properties", {})
        found += [f"{where}.{name}" for name in extra]
        for field in attrs.fields(type(value)):
            if field.name != "additional_properties":
                found += extra_fields(getattr(value, field.name), f"{where}.{field.name}")
    return found


# ---- Ogg ---------------------------------------------------------------------------------


def _ogg_crc(data: bytes) -> int:
    # Written out bit by bit, unlike the fake's table, so that the two can disagree.
    crc = 0
    for byte in data:
        crc ^= byte << 24
        for _ in range(8):
            crc = ((crc << 1) ^ 0x04C11DB7) if crc & 0x80000000 else crc << 1
            crc &= 0xFFFFFFFF
    return crc


@dataclass
class OggLink:
    serial: int
    pages: int
    rate: int
    channels: int
    last_granule: int


def ogg_links(data: bytes, *, check_crc: bool = True) -> list[OggLink]:
    """Walk every page of an Ogg file, asserting its framing; the logical streams in order.

    Checks: capture pattern and version, checksum, one logical stream at a time (chained, not
    multiplexed), BOS on each stream's first page and EOS on its last, page numbers without
    gaps, and a Vorbis identification header first in each stream.
    """
    links: list[OggLink] = []
    pos = 0
    open_serial: int | None = None
    while pos < len(data):
        assert data[pos : pos + 4] == b"OggS", f"no page at byte {pos}"
        version, flags, granule, serial, sequence, crc, count = struct.unpack_from(
            "<BBqIIIB", data, pos + 4
        )
        assert version == 0
        lacing = data[pos + 27 : pos + 27 + count]
        end = pos + 27 + count + sum(lacing)
        assert end <= len(data), "the last page is cut short"
        page = data[pos:end]
        if check_crc:
            zeroed = page[:22] + b"\0\0\0\0" + page[26:]
            assert _ogg_crc(zeroed) == crc, f"bad checksum on the page at byte {pos}"
        if flags & 0x02:  # beginning of stream
            assert open_serial is None, "a stream began before the previous one ended"
            assert sequence == 0
            assert serial not in {link.serial for link in links}, "a serial number was reused"
            body = page[27 + count :]
            assert body.startswith(b"\x01vorbis"), "the stream is not Vorbis"
            channels, rate = struct.unpack_from("<BI", body, 11)
            links.append(OggLink(serial, 0, rate, channels, 0))
            open_serial = serial
        else:
            assert serial == open_serial, "a page of another stream in the middle of one"
            assert sequence == links[-1].pages, "a page is missing"
        links[-1].pages += 1
        if granule != -1:
            links[-1].last_granule = granule
        if flags & 0x04:  # end of stream
            open_serial = None
        pos = end
    assert open_serial is None, "the last stream has no end-of-stream page"
    return links


# ---- TIFF --------------------------------------------------------------------------------


def tiff_tags(data: bytes) -> dict[int, int]:
    """The first directory of a little-endian TIFF, single-valued tags only."""
    assert data[:4] == b"II*\x00", "not a little-endian TIFF"
    (offset,) = struct.unpack_from("<I", data, 4)
    (count,) = struct.unpack_from("<H", data, offset)
    tags = {}
    for index in range(count):
        tag, kind, number, value = struct.unpack_from("<HHII", data, offset + 2 + 12 * index)
        assert number == 1
        tags[tag] = value & 0xFFFF if kind == 3 else value
    return tags


def wav_info(data: bytes) -> tuple[int, int, int, int]:
    """(channels, sample width, rate, frames) as the stdlib reads them."""
    with wave.open(io.BytesIO(data)) as reader:
        return (
            reader.getnchannels(),
            reader.getsampwidth(),
            reader.getframerate(),
            reader.getnframes(),
        )
