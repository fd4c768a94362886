"""Fax attachments and announcement files, encoded the way Bulutfon wants them.

The API takes ``data:<mime>;name:<filename>;base64:<...>``: not an RFC 2397 data URI. The type
comes from the file name (``mimetypes``; never a shell-out) and must agree with the content's
magic bytes; only the types the provider accepts pass: a wrong, mislabelled or empty file is
refused before anything is sent.
"""

from __future__ import annotations

import base64
import mimetypes
import os
from pathlib import Path

from bulutfon_ext._errors import ValidationError

FAX_TYPES = frozenset({"application/pdf", "image/jpeg", "image/png", "image/tiff"})
AUDIO_TYPES = frozenset({"audio/wav", "audio/mpeg"})
# mimetypes answers with the older or platform spelling of some types.
_CANONICAL = {"audio/x-wav": "audio/wav", "audio/wave": "audio/wav", "audio/mp3": "audio/mpeg"}

FileSource = str | os.PathLike[str] | bytes
MAX_FILENAME = 255


def _is_mpeg_audio(data: bytes) -> bool:
    # An MPEG audio frame starts with 11 set sync bits; an mp3 may also start with an ID3 tag.
    return data.startswith(b"ID3") or (len(data) > 1 and data[0] == 0xFF and data[1] & 0xE0 == 0xE0)


_MAGIC = {
    "application/pdf": lambda d: d.startswith(b"%PDF"),
    "image/jpeg": lambda d: d.startswith(b"\xff\xd8\xff"),
    "image/png": lambda d: d.startswith(b"\x89PNG\r\n\x1a\n"),
    "image/tiff": lambda d: d.startswith((b"II*\x00", b"MM\x00*")),
    "audio/wav": lambda d: d[:4] == b"RIFF" and d[8:12] == b"WAVE",
    "audio/mpeg": _is_mpeg_audio,
}


def _read(source: object, field: str) -> tuple[bytes, str | None]:
    """The bytes and, for a path, its name."""
    if isinstance(source, bytes | bytearray | memoryview):
        return bytes(source), None
    if not isinstance(source, str | os.PathLike):
        raise ValidationError(field, f"expected a file path or bytes, got {type(source).__name__}")
    try:
        path = Path(source)
        if not path.is_file():
            raise ValidationError(field, f"no such file: {path}")
        return path.read_bytes(), path.name
    except (OSError, ValueError, TypeError) as error:
        raise ValidationError(field, f"cannot read {source!r}: {error}") from None


def encode_attachment(
    source: FileSource, *, filename: str | None, allowed: frozenset[str], field: str
) -> str:
    """Read the file (a path, or bytes with ``filename``) and return the attachment string."""
    if filename is not None and not isinstance(filename, str):
        raise ValidationError(
            "filename", f"must be a str such as 'doc.pdf', not {type(filename).__name__}"
        )
    data, name = _read(source, field)
    filename = filename or name
    if not filename:
        raise ValidationError(
            "filename", f"{field} given as bytes needs filename=... (e.g. 'doc.pdf')"
        )
    if (
        len(filename) > MAX_FILENAME
        or not filename.isprintable()
        or any(c in filename for c in ";,/\\")
    ):
        raise ValidationError(
            "filename",
            f"{filename[:60]!r} must be a plain file name of at most {MAX_FILENAME} printable "
            "characters; it may not contain ';', ',' or slashes",
        )
    guessed, _encoding = mimetypes.guess_type(filename, strict=False)
    mime = _CANONICAL.get(guessed or "", guessed)
    if mime not in allowed:
        kinds = ", ".join(sorted(t.split("/")[1] for t in allowed))
        raise ValidationError(field, f"{filename!r} is not an accepted type (accepted: {kinds})")
    if not data:
        raise ValidationError(field, f"{filename!r} is empty")
    if not _MAGIC[mime](data):
        raise ValidationError(
            field,
            f"{filename!r} is named as {mime.split('/')[1]} but its content is not "
            f"(it starts with {data[:8]!r})",
        )
    return f"data:{mime};name:{filename};base64:{base64.b64encode(data).decode('ascii')}"
