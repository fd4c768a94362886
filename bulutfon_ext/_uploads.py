"""Fax attachments and announcement files, encoded the way Bulutfon wants them.

The API takes ``data:<mime>;name:<filename>;base64:<...>``: not an RFC 2397 data URI. The type
comes from the file name (``mimetypes``; never a shell-out), and only the types the provider
accepts pass: a wrong or empty file is refused before anything is sent.
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


def encode_attachment(
    source: FileSource, *, filename: str | None, allowed: frozenset[str], field: str
) -> str:
    """Read the file (a path, or bytes with ``filename``) and return the attachment string."""
    if isinstance(source, bytes | bytearray):
        if not filename:
            raise ValidationError(
                "filename", f"{field} given as bytes needs filename=... (e.g. 'doc.pdf')"
            )
        data = bytes(source)
    else:
        path = Path(source)
        if not path.is_file():
            raise ValidationError(field, f"no such file: {path}")
        data = path.read_bytes()
        filename = filename or path.name
    if ";" in filename or "," in filename:
        raise ValidationError("filename", f"{filename!r} may not contain ';' or ','")
    guessed, _encoding = mimetypes.guess_type(filename, strict=False)
    mime = _CANONICAL.get(guessed or "", guessed)
    if mime not in allowed:
        kinds = ", ".join(sorted(t.split("/")[1] for t in allowed))
        raise ValidationError(field, f"{filename!r} is not an accepted type (accepted: {kinds})")
    if not data:
        raise ValidationError(field, f"{filename!r} is empty")
    return f"data:{mime};name:{filename};base64:{base64.b64encode(data).decode('ascii')}"
