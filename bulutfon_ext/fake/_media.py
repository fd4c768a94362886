"""Real files of any size for the binary endpoints: Ogg Vorbis recordings, TIFF faxes, WAV audio.

A client that saves, streams or plays what it downloads should be tested with files a real
reader accepts, at sizes that exercise chunking and progress, without shipping large files.

* WAV is written with the standard library (``wave``), a 450 Hz beep pattern, 8 kHz mono.
* TIFF is a single-page bilevel fax (1728 pixels wide, uncompressed) written with ``struct``.
* Ogg Vorbis cannot be encoded without a codec library, so the package ships one second of
  audio (``beep-8k-mono.ogg``, 8 kHz mono, made once with
  ``soundfile.write(path, beeps, 8000, format="OGG", subtype="VORBIS", compression_level=1.0)``)
  and makes longer files by *chaining* it: the logical stream is repeated, each link with its
  own serial number, which is a valid Ogg file (RFC 3533, section 4) that players read as
  consecutive tracks. The exact size is reached by lengthening the Vorbis vendor string of the
  last link, which decoders ignore.

Every builder is deterministic and cached per size, so serving a file twice costs nothing.
"""

from __future__ import annotations

import io
import math
import struct
import wave
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from importlib import resources

WAV_RATE = 8000
_OGG_SAMPLE = "beep-8k-mono.ogg"

# ---- WAV ---------------------------------------------------------------------------------


@lru_cache(maxsize=16)
def wav(size: int) -> bytes:
    """A 16-bit PCM WAV file, 8 kHz mono, of ``size`` bytes.

    RIFF chunks are word-aligned, so a valid file has an even size: an odd ``size`` is rounded
    up. The smallest file (the 44-byte header and one sample) has 46 bytes.
    """
    frames = max(1, (size - 44 + 1) // 2)
    period = _beep_second()
    whole, rest = divmod(frames * 2, len(period))
    out = io.BytesIO()
    with wave.open(out, "wb") as writer:
        writer.setnchannels(1)
        writer.setsampwidth(2)
        writer.setframerate(WAV_RATE)
        writer.writeframes(period * whole + period[:rest])
    return out.getvalue()


@cache
def _beep_second() -> bytes:
    # One second: a quarter-second 450 Hz beep, a quarter of silence, twice. 450 Hz is Turkey's
    # call-progress tone; any audible pattern would do.
    samples = []
    for n in range(WAV_RATE):
        on = (n % (WAV_RATE // 2)) < WAV_RATE // 4
        samples.append(round(8000 * math.sin(2 * math.pi * 450 * n / WAV_RATE)) if on else 0)
    return struct.pack(f"<{len(samples)}h", *samples)


# ---- TIFF --------------------------------------------------------------------------------

FAX_WIDTH = 1728  # pixels in a standard fax line (ITU-T T.4)
_ROW = FAX_WIDTH // 8
_TIFF_TAGS = 12
_IFD_OFFSET = 8
_RATIONALS = _IFD_OFFSET + 2 + 12 * _TIFF_TAGS + 4
_IMAGE = _RATIONALS + 16
TIFF_MIN_SIZE = _IMAGE + _ROW


@lru_cache(maxsize=16)
def tiff(size: int) -> bytes:
    """A single-page bilevel TIFF fax of ``size`` bytes (at least :data:`TIFF_MIN_SIZE`).

    Uncompressed (Compression 1), WhiteIsZero, 204 x 196 dpi ("fine" fax resolution), one
    strip. As many whole rows as fit; the remaining bytes follow the strip, unreferenced, which
    TIFF readers skip.
    """
    size = max(size, TIFF_MIN_SIZE)
    rows = (size - _IMAGE) // _ROW
    strip = rows * _ROW
    short, long_, rational = 3, 4, 5
    tags = [
        (256, long_, 1, FAX_WIDTH),  # ImageWidth
        (257, long_, 1, rows),  # ImageLength
        (258, short, 1, 1),  # BitsPerSample
        (259, short, 1, 1),  # Compression: none
        (262, short, 1, 0),  # PhotometricInterpretation: WhiteIsZero, as faxes are
        (273, long_, 1, _IMAGE),  # StripOffsets
        (277, short, 1, 1),  # SamplesPerPixel
        (278, long_, 1, rows),  # RowsPerStrip
        (279, long_, 1, strip),  # StripByteCounts
        (282, rational, 1, _RATIONALS),  # XResolution
        (283, rational, 1, _RATIONALS + 8),  # YResolution
        (296, short, 1, 2),  # ResolutionUnit: inch
    ]
    assert len(tags) == _TIFF_TAGS
    out = bytearray(b"II*\x00" + struct.pack("<I", _IFD_OFFSET))
    out += struct.pack("<H", len(tags))
    for tag, kind, count, value in tags:
        # A SHORT value sits left-justified in the 4-byte value field.
        packed = struct.pack("<HH", value, 0) if kind == short else struct.pack("<I", value)
        out += struct.pack("<HHI", tag, kind, count) + packed
    out += struct.pack("<I", 0)  # no next IFD: one page
    out += struct.pack("<IIII", 204, 1, 196, 1)
    page = _fax_rows()
    whole, rest = divmod(strip, len(page))
    out += page * whole + page[:rest]
    out += bytes(size - len(out))
    return bytes(out)


@cache
def _fax_rows() -> bytes:
    # Thirty-six rows that look like a line of text: black dashes between white margins.
    white = bytes(_ROW)
    dashes = bytes(20) + (b"\xff\xff\xff\x00" * ((_ROW - 40) // 4)) + bytes(20)
    return white * 12 + dashes * 8 + white * 16


# ---- Ogg ---------------------------------------------------------------------------------


def _crc_table() -> tuple[int, ...]:
    # Ogg's CRC-32: polynomial 0x04C11DB7, not reflected, initial value 0, no final XOR.
    # zlib.crc32 is the reflected variant, so it cannot be used.
    table = []
    for byte in range(256):
        crc = byte << 24
        for _ in range(8):
            crc = ((crc << 1) ^ 0x04C11DB7) if crc & 0x80000000 else crc << 1
        table.append(crc & 0xFFFFFFFF)
    return tuple(table)


_CRC = _crc_table()


def ogg_crc(data: bytes | bytearray | memoryview, crc: int = 0) -> int:
    """The Ogg page checksum of ``data`` (computed with the checksum field zeroed)."""
    table = _CRC
    for byte in data:
        crc = ((crc << 8) & 0xFFFFFFFF) ^ table[((crc >> 24) ^ byte) & 0xFF]
    return crc


# The checksum is linear over GF(2) and starts from zero, so changing the serial and sequence
# fields of a page changes its checksum by the checksum of those eight bytes alone, carried
# past the rest of the page. Carrying a value past m zero bytes is a 32x32 bit matrix, raised
# to the m-th power by squaring; this makes a page's new checksum cost a few dozen operations
# instead of one per byte, which matters for recordings of many megabytes.
_Matrix = tuple[int, ...]  # column i is the image of bit i


def _apply(matrix: _Matrix, vector: int) -> int:
    result = 0
    bit = 0
    while vector:
        if vector & 1:
            result ^= matrix[bit]
        vector >>= 1
        bit += 1
    return result


def _compose(outer: _Matrix, inner: _Matrix) -> _Matrix:
    return tuple(_apply(outer, column) for column in inner)


@lru_cache(maxsize=256)
def _skip_zeros(count: int) -> _Matrix:
    """The matrix that carries a checksum register past ``count`` zero bytes."""
    one_byte = tuple(((1 << i << 8) & 0xFFFFFFFF) ^ _CRC[(1 << i) >> 24 & 0xFF] for i in range(32))
    result: _Matrix = tuple(1 << i for i in range(32))
    power = one_byte
    while count:
        if count & 1:
            result = _compose(power, result)
        power = _compose(power, power)
        count >>= 1
    return result


_FLAG_CONTINUED, _FLAG_BOS, _FLAG_EOS = 0x01, 0x02, 0x04
_NO_GRANULE = 0xFFFFFFFFFFFFFFFF


@dataclass(frozen=True, slots=True)
class _Page:
    """One page without its serial, sequence number and checksum."""

    flags: int
    granule: int
    lacing: bytes
    body: bytes

    def __len__(self) -> int:
        return 27 + len(self.lacing) + len(self.body)

    def raw(self, serial: int = 0, sequence: int = 0, crc: int = 0) -> bytes:
        header = struct.pack(
            "<4sBBQIIIB",
            b"OggS",
            0,
            self.flags,
            self.granule,
            serial,
            sequence,
            crc,
            len(self.lacing),
        )
        return header + self.lacing + self.body


@dataclass(frozen=True, slots=True)
class _Blueprint:
    """A page whose checksum can be had for any serial and sequence number without a re-scan."""

    page: _Page
    zeroed_crc: int
    skip: _Matrix

    @classmethod
    def of(cls, page: _Page) -> _Blueprint:
        return cls(page, ogg_crc(page.raw()), _skip_zeros(len(page) - 22))

    def render(self, serial: int, sequence: int) -> bytes:
        fields = struct.pack("<II", serial, sequence)
        crc = self.zeroed_crc ^ _apply(self.skip, ogg_crc(fields))
        return self.page.raw(serial, sequence, crc)


@dataclass(frozen=True, slots=True)
class _Sample:
    """The shipped recording, taken apart: its three Vorbis headers and its audio pages."""

    identification: bytes
    comment: bytes
    setup: bytes
    audio: tuple[_Page, ...]


def _read_pages(data: bytes) -> list[_Page]:
    pages = []
    pos = 0
    while pos < len(data):
        if data[pos : pos + 4] != b"OggS":
            raise ValueError(f"not an Ogg page at byte {pos}")
        flags, granule = data[pos + 5], struct.unpack_from("<Q", data, pos + 6)[0]
        count = data[pos + 26]
        lacing = data[pos + 27 : pos + 27 + count]
        start = pos + 27 + count
        body = data[start : start + sum(lacing)]
        pages.append(_Page(flags, granule, bytes(lacing), bytes(body)))
        pos = start + len(body)
    return pages


@cache
def _sample() -> _Sample:
    data = resources.files(__package__ or "bulutfon_ext.fake").joinpath(_OGG_SAMPLE).read_bytes()
    pages = _read_pages(data)
    packets: list[bytes] = []
    partial = b""
    used = 0
    # The three header packets come first; Vorbis starts the audio on a fresh page.
    while len(packets) < 3:
        page = pages[used]
        used += 1
        offset = 0
        for value in page.lacing:
            partial += page.body[offset : offset + value]
            offset += value
            if value < 255:
                packets.append(partial)
                partial = b""
    if partial or not packets[0].startswith(b"\x01vorbis"):
        raise ValueError(
            f"{_OGG_SAMPLE} is not a Vorbis stream with its headers on their own pages"
        )
    return _Sample(packets[0], packets[1], packets[2], tuple(pages[used:]))


def _padded_comment(comment: bytes, extra: int) -> bytes:
    # Layout: "\x03vorbis", vendor length (u32 LE), vendor, comment count, comments, framing.
    (vendor_length,) = struct.unpack_from("<I", comment, 7)
    vendor_end = 11 + vendor_length
    vendor = comment[11:vendor_end] + b" " * extra
    return comment[:7] + struct.pack("<I", len(vendor)) + vendor + comment[vendor_end:]


def _paginate(packets: Sequence[bytes], granule: int) -> list[_Page]:
    """Lay packets out on pages, as an Ogg muxer does (at most 255 lacing values a page)."""
    pages: list[_Page] = []
    lacing = bytearray()
    body = bytearray()
    flags = 0
    for packet in packets:
        values = [255] * (len(packet) // 255) + [len(packet) % 255]
        offset = 0
        for index, value in enumerate(values):
            if len(lacing) == 255:
                # A page where no packet ends carries no granule position.
                finished = lacing[-1] < 255
                pages.append(
                    _Page(flags, granule if finished else _NO_GRANULE, bytes(lacing), bytes(body))
                )
                flags = 0 if index == 0 else _FLAG_CONTINUED
                lacing, body = bytearray(), bytearray()
            lacing.append(value)
            body += packet[offset : offset + value]
            offset += value
    pages.append(_Page(flags, granule, bytes(lacing), bytes(body)))
    return pages


def _link_pages(padding: int, split: bool) -> list[_Page]:
    """The pages of one link: identification (BOS), comment and setup, then the audio."""
    sample = _sample()
    comment = _padded_comment(sample.comment, padding)
    identification = _paginate([sample.identification], 0)[0]
    first = replace(identification, flags=_FLAG_BOS)
    if split:
        headers = _paginate([comment], 0) + _paginate([sample.setup], 0)
    else:
        headers = _paginate([comment, sample.setup], 0)
    return [first, *headers, *sample.audio]


def _link_size(padding: int, split: bool) -> int:
    return sum(len(page) for page in _link_pages(padding, split))


@cache
def _plain_link() -> tuple[_Blueprint, ...]:
    return tuple(_Blueprint.of(page) for page in _link_pages(0, False))


def ogg_min_size() -> int:
    """The size of the shortest recording: one link, one second of audio."""
    return _link_size(0, False)


def _fit_last_link(remainder: int) -> tuple[int, bool] | None:
    """Padding and layout that make one link ``remainder`` bytes longer than a plain one."""
    base = _link_size(0, False)
    for split in (False, True):
        low, high = 0, remainder
        while low <= high:
            middle = (low + high) // 2
            grown = _link_size(middle, split) - base
            if grown == remainder:
                return middle, split
            if grown < remainder:
                low = middle + 1
            else:
                high = middle - 1
    return None


def _serial(link: int) -> int:
    # Distinct for every link (an odd multiplier is a bijection modulo 2**32), and not 0.
    return (0x42554C54 + link * 0x9E3779B1) & 0xFFFFFFFF or 1


@lru_cache(maxsize=8)
def ogg_vorbis(size: int) -> bytes:
    """A valid chained Ogg Vorbis file (8 kHz, mono) of exactly ``size`` bytes.

    Sizes under :func:`ogg_min_size` (about 3 KB) give the minimum.
    """
    base = ogg_min_size()
    links, remainder = divmod(max(size, base), base)
    fit = _fit_last_link(remainder) if remainder else (0, False)
    while fit is None and links > 1:
        # A remainder that falls between reachable sizes: let the last link absorb a whole one.
        links -= 1
        remainder += base
        fit = _fit_last_link(remainder)
    if fit is None:  # pragma: no cover - only a sample with an unlucky comment length gets here
        raise ValueError(f"cannot build an Ogg file of exactly {size} bytes")
    out = bytearray()
    plain = _plain_link()
    for link in range(links - 1):
        serial = _serial(link)
        for sequence, blueprint in enumerate(plain):
            out += blueprint.render(serial, sequence)
    serial = _serial(links - 1)
    for sequence, page in enumerate(_link_pages(*fit)):
        out += _Blueprint.of(page).render(serial, sequence)
    return bytes(out)
