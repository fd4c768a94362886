"""Streaming downloads that never leave a partial file under the final name.

The body goes in chunks to a temporary file beside the target, checked against Content-Length,
and is renamed over the target only once complete: memory use does not grow with the file, and
a failure (a dropped connection, a short body, a full disk) leaves the target as it was.
``AsyncStream`` (and ``Stream``) are in ``bulutfon_ext/_async/downloads.py``, written once, and
its generated sync twin.
"""

from __future__ import annotations

import contextlib
import json
import mimetypes
import os
import stat
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

import httpx

from bulutfon_ext._body import DEFAULT_MAX_RESPONSE_BYTES, MAX_BODY_EXTENSION
from bulutfon_ext._errors import (
    APIConnectionError,
    APITimeoutError,
    BulutfonError,
    ResponseParseError,
    ValidationError,
    expired_token_error,
    from_httpx,
)
from bulutfon_ext._redact import redact_url
from bulutfon_ext._validation import show

Progress = Callable[[int, int | None], None]
Target = str | os.PathLike[str] | IO[bytes]
CHUNK = 64 * 1024
_EXTENSIONS = {
    "audio/ogg": ".ogg",
    "image/tiff": ".tiff",
    "audio/wav": ".wav",
    "audio/x-wav": ".wav",
}


# The media types each binary operation declares in the spec (and the spellings of WAV in use);
# application/octet-stream is accepted for all of them.
DECLARED = {
    "call_record": ("audio/ogg",),
    "incoming_fax": ("image/tiff",),
    "announcement": ("audio/wav", "audio/x-wav", "audio/wave", "audio/vnd.wave"),
}
GENERIC = "application/octet-stream"
# A download slower than this for longer than the read timeout is a drip, not a transfer.
MIN_RATE = 1024  # bytes per second
EXCERPT = 64 * 1024


def declared(operation: str) -> tuple[str, ...]:
    name = operation.rsplit(".", 1)[-1].removeprefix("download_").removeprefix("stream_")
    return (*DECLARED.get(name, ()), GENERIC)


def media_of(response: httpx.Response) -> str:
    return (response.headers.get("Content-Type") or "").split(";")[0].strip().lower()


def media_error(response: httpx.Response, operation: str, excerpt: bytes) -> Exception:
    allowed = declared(operation)
    got = media_of(response) or "no Content-Type"
    detail = ""
    try:
        body = json.loads(excerpt)
    except (ValueError, RecursionError):
        body = None
    if isinstance(body, dict) and isinstance(body.get("error"), str):
        probe = httpx.Response(
            response.status_code, content=excerpt, request=response.request, headers={}
        )
        expired = expired_token_error(probe)
        if expired is not None:
            return expired
        detail = f': the server said "{body["error"]}"'
    name = operation.rsplit(".", 1)[-1]
    return ResponseParseError(
        f"{name}: expected {' or '.join(allowed)} but got {got}{detail}; nothing was written",
        response=response,
    )


def chunk_size_of(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 < value <= 2**30:
        raise ValidationError(
            "chunk_size", f"{show(value)} must be a whole number of bytes from 1 up"
        )
    return value


def is_writable(target: Any) -> bool:
    return hasattr(target, "write") and not isinstance(target, str | os.PathLike)


def _means_folder(text: str, path: Path) -> bool:
    """``to="recordings/"`` (a trailing separator) or an existing folder: a file goes in it."""
    return text.endswith(("/", os.sep)) or path.is_dir()


def _in_place(path: Path) -> bool:
    """A FIFO or a device (``/dev/stdout``, a terminal) is written to, never replaced."""
    try:
        mode = path.stat().st_mode
    except (OSError, ValueError):
        return False
    return stat.S_ISFIFO(mode) or stat.S_ISCHR(mode)


def _writable_folder(folder: Path) -> bool:
    return folder.is_dir() and os.access(folder, os.W_OK | os.X_OK)


def _target_path(to: object) -> tuple[str, Path]:
    if not isinstance(to, str | os.PathLike):
        raise ValidationError(
            "to",
            f"expected a file path, a folder or an open binary file, got {type(to).__name__}",
        )
    text = os.fspath(to)
    if not isinstance(text, str) or not text or "\x00" in text:
        raise ValidationError("to", f"{text!r} is not a usable path (empty, bytes or a NUL byte)")
    return text, Path(text)


def check_target(to: Target) -> None:
    """Refuse a target that cannot be written, before any request is sent.

    A folder named with a trailing ``/`` may be missing (it is created); its nearest existing
    ancestor must be writable. A file's folder must exist and be writable; a FIFO or a device
    must be writable itself.
    """
    if is_writable(to):
        return
    text, path = _target_path(to)
    if _means_folder(text, path):
        ancestor = path
        while not ancestor.exists() and ancestor != ancestor.parent:
            ancestor = ancestor.parent
        if ancestor.exists() and not ancestor.is_dir():
            raise ValidationError("to", f"{ancestor} is a file, so {to} cannot be a folder")
        if not _writable_folder(ancestor if ancestor.exists() else Path(".")):
            raise ValidationError("to", f"folder {ancestor} is not writable")
        return
    if _in_place(path):
        if not os.access(path, os.W_OK):
            raise ValidationError("to", f"{path} is not writable")
        return
    real = Path(os.path.realpath(path)) if path.is_symlink() else path
    parent = real.parent
    if not parent.is_dir():
        raise ValidationError("to", f"folder {parent} does not exist")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise ValidationError("to", f"folder {parent} is not writable")


def extension_for(content_type: str | None) -> str | None:
    media = (content_type or "").split(";")[0].strip().lower()
    if media in ("", "application/octet-stream"):
        return None
    return _EXTENSIONS.get(media) or mimetypes.guess_extension(media)


def final_path(to: str | os.PathLike[str], name: str, response: httpx.Response) -> Path:
    """``to`` itself, or in a folder ``name`` (``<uuid>.ogg``) with the suffix the content type gives."""
    path = Path(to)
    if _means_folder(os.fspath(to), path):
        path.mkdir(parents=True, exist_ok=True)
        # The name's stem is a uuid or id checked before sending; .name keeps the file in the folder.
        default = Path(Path(name).name)
        suffix = extension_for(response.headers.get("Content-Type")) or default.suffix
        return path / default.with_suffix(suffix).name
    return path


@contextlib.contextmanager
def output(final: Path) -> Iterator[IO[bytes]]:
    """Where the bytes go: a FIFO or device in place; a file staged then renamed, through a
    symlink onto its target so that the link stays a link."""
    if _in_place(final):
        with open(final, "wb") as out:
            yield out
        return
    real = Path(os.path.realpath(final)) if final.is_symlink() else final
    with staged_file(real, shown=final) as out:
        yield out


def expected_length(response: httpx.Response) -> int | None:
    value = response.headers.get("Content-Length")
    return int(value) if value and value.isdigit() else None


def _read_timeout(response: httpx.Response) -> float | None:
    value = (response.request.extensions.get("timeout") or {}).get("read")
    return float(value) if isinstance(value, int | float) else None


class Counter:
    """Counts the decoded bytes (the ones written), reports progress, checks them against
    Content-Length as they come, and cuts off a body that drips: below ``MIN_RATE`` for longer
    than the read timeout. A stall is the read timeout's own business."""

    def __init__(self, response: httpx.Response, progress: Progress | None) -> None:
        self.response = response
        # Asked for identity, a server may compress all the same: then Content-Length counts
        # the wire bytes (checked at the end), and the decoded ones get the JSON bodies' cap.
        coding = response.headers.get("Content-Encoding", "identity").strip().lower()
        self.encoded = coding not in ("", "identity")
        self.wire_total = expected_length(response)
        self.total = None if self.encoded else self.wire_total
        extensions = response.request.extensions
        self.cap = extensions.get(MAX_BODY_EXTENSION, DEFAULT_MAX_RESPONSE_BYTES)
        self.done = 0  # received (decoded)
        self.given = 0  # handed to the caller
        self.progress = progress
        self.window = _read_timeout(response)
        self.window_start = time.monotonic()
        self.window_bytes = 0
        if progress:
            progress(0, self.total)

    def add(self, chunk: bytes) -> None:
        self.done += len(chunk)
        if self.encoded and self.done > self.cap:
            raise ResponseParseError(
                f"download from {redact_url(self.response.request.url)} came compressed "
                f"({self.response.headers.get('Content-Encoding')}) although identity was asked "
                f"for, and decodes to more than max_response_bytes={self.cap}",
                response=self.response,
            )
        if self.total is not None and self.done > self.total:
            # Also what a compressed body sent despite Accept-Encoding: identity looks like.
            raise APIConnectionError(
                f"download from {redact_url(self.response.request.url)} sent more than its "
                f"Content-Length of {self.total} bytes",
                request=self.response.request,
            )
        self._pace(len(chunk))

    def gave(self, chunk: bytes) -> bytes:
        self.given += len(chunk)
        if self.progress:
            self.progress(self.given, self.total)
        return chunk

    def _pace(self, size: int) -> None:
        if self.window is None:
            return
        self.window_bytes += size
        now = time.monotonic()
        elapsed = now - self.window_start
        if elapsed < self.window:
            return
        if self.window_bytes < MIN_RATE * elapsed:
            raise APITimeoutError(
                f"download from {redact_url(self.response.request.url)} slowed to "
                f"{self.window_bytes / elapsed:.0f} bytes/s for {elapsed:.1f} s (minimum "
                f"{MIN_RATE} bytes/s) after {self.done} bytes",
                request=self.response.request,
            )
        self.window_start, self.window_bytes = now, 0

    def finish(self) -> None:
        if self.encoded:
            received = self.response.num_bytes_downloaded
            if self.wire_total is not None and received != self.wire_total:
                raise APIConnectionError(
                    f"download from {redact_url(self.response.request.url)} ended after "
                    f"{received} of {self.wire_total} bytes (Content-Length, compressed)",
                    request=self.response.request,
                )
            return
        if self.total is not None and self.done != self.total:
            raise APIConnectionError(
                f"download from {redact_url(self.response.request.url)} ended after "
                f"{self.done} of {self.total} bytes (Content-Length)",
                request=self.response.request,
            )

    def failed(self, error: httpx.TransportError) -> BulutfonError:
        where = redact_url(self.response.request.url)
        return from_httpx(
            error,
            request=self.response.request,
            doing=f"download from {where} broke after {self.given} bytes",
        )


def _read_umask() -> int:
    # Read once, at import: os.umask can only be read by setting it, which would race with
    # other threads (parallel downloads) if done per file.
    current = os.umask(0o022)
    os.umask(current)
    return current


_UMASK = _read_umask()


@contextlib.contextmanager
def staged_file(
    final: Path, mode: str = "wb", *, shown: Path | None = None, **open_args: Any
) -> Iterator[IO[Any]]:
    """A temporary file beside ``final``, renamed over it only if the block succeeds.

    It gets the permissions a plain ``open`` would (mkstemp alone makes it private, 0600).
    An OSError names ``shown`` (the user's path), never the temporary name.
    """
    try:
        fd, temp = tempfile.mkstemp(dir=final.parent, prefix=f".{final.name}.", suffix=".part")
    except OSError as error:
        error.filename = str(shown or final)
        raise
    os.chmod(fd, 0o666 & ~_UMASK)
    try:
        with os.fdopen(fd, mode, **open_args) as out:
            yield out
        os.replace(temp, final)
    except BaseException as error:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)
        if isinstance(error, OSError) and error.filename in (temp, None):
            error.filename = str(shown or final)
            error.filename2 = None
        raise
