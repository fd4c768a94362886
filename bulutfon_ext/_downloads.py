"""Streaming downloads that never leave a partial file under the final name.

The body goes in chunks to a temporary file beside the target, checked against Content-Length,
and is renamed over the target only once complete: memory use does not grow with the file, and
a failure (a dropped connection, a short body, a full disk) leaves the target as it was.
"""

from __future__ import annotations

import contextlib
import mimetypes
import os
import tempfile
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import IO, Any

import httpx

from bulutfon_ext._errors import APIConnectionError, BulutfonError, ValidationError, from_httpx
from bulutfon_ext._redact import redact_url
from bulutfon_ext._twins import twin_of

Progress = Callable[[int, int | None], None]
Target = str | os.PathLike[str] | IO[bytes]
CHUNK = 64 * 1024
_EXTENSIONS = {
    "audio/ogg": ".ogg",
    "image/tiff": ".tiff",
    "audio/wav": ".wav",
    "audio/x-wav": ".wav",
}


def _is_writable(target: Any) -> bool:
    return hasattr(target, "write") and not isinstance(target, str | os.PathLike)


def check_target(to: Target) -> None:
    """Refuse a target that cannot be written before any request is sent."""
    if _is_writable(to):
        return
    path = Path(to)  # type: ignore[arg-type]
    parent = path if path.is_dir() else path.parent
    if not parent.is_dir():
        raise ValidationError("to", f"folder {parent} does not exist")


def extension_for(content_type: str | None) -> str | None:
    media = (content_type or "").split(";")[0].strip().lower()
    if media in ("", "application/octet-stream"):
        return None
    return _EXTENSIONS.get(media) or mimetypes.guess_extension(media)


def _final_path(to: str | os.PathLike[str], name: str, response: httpx.Response) -> Path:
    """``to`` itself, or in a folder ``name`` (``<uuid>.ogg``) with the suffix the content type gives."""
    path = Path(to)
    if path.is_dir():
        # The name's stem is a uuid or id checked before sending; .name keeps the file in the folder.
        default = Path(Path(name).name)
        suffix = extension_for(response.headers.get("Content-Type")) or default.suffix
        return path / default.with_suffix(suffix).name
    return path


def _expected_length(response: httpx.Response) -> int | None:
    value = response.headers.get("Content-Length")
    return int(value) if value and value.isdigit() else None


class _Counter:
    """Counts bytes, reports progress, and checks the total against Content-Length."""

    def __init__(self, response: httpx.Response, progress: Progress | None) -> None:
        self.response = response
        self.total = _expected_length(response)
        self.done = 0
        self.progress = progress
        if progress:
            progress(0, self.total)

    def add(self, chunk: bytes) -> None:
        self.done += len(chunk)
        if self.progress:
            self.progress(self.done, self.total)

    def finish(self) -> None:
        # Content-Length counts the bytes on the wire: when a Content-Encoding was undone, compare
        # the encoded bytes received, not the decoded ones written.
        encoded = "Content-Encoding" in self.response.headers
        received = self.response.num_bytes_downloaded if encoded else self.done
        if self.total is not None and received != self.total:
            raise APIConnectionError(
                f"download from {redact_url(self.response.request.url)} ended after "
                f"{received} of {self.total} bytes",
                request=self.response.request,
            )

    def failed(self, error: httpx.TransportError) -> BulutfonError:
        where = redact_url(self.response.request.url)
        return from_httpx(
            error,
            request=self.response.request,
            doing=f"download from {where} broke after {self.done} bytes",
        )


def _read_umask() -> int:
    # Read once, at import: os.umask can only be read by setting it, which would race with
    # other threads (parallel downloads) if done per file.
    current = os.umask(0o022)
    os.umask(current)
    return current


_UMASK = _read_umask()


@contextlib.contextmanager
def staged_file(final: Path, mode: str = "wb", **open_args: Any) -> Iterator[IO[Any]]:
    """A temporary file beside ``final``, renamed over it only if the block succeeds.

    It gets the permissions a plain ``open`` would (mkstemp alone makes it private, 0600).
    """
    fd, temp = tempfile.mkstemp(dir=final.parent, prefix=f".{final.name}.", suffix=".part")
    os.chmod(fd, 0o666 & ~_UMASK)
    try:
        with os.fdopen(fd, mode, **open_args) as out:
            yield out
        os.replace(temp, final)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)
        raise


class Stream:
    """An open binary response: iterate ``iter_bytes()``; close it (or use ``with``)."""

    def __init__(self, response: httpx.Response) -> None:
        self.response = response
        self.content_type = response.headers.get("Content-Type")
        self.content_length = _expected_length(response)

    def iter_bytes(
        self, chunk_size: int = CHUNK, progress: Progress | None = None
    ) -> Iterator[bytes]:
        """The body in chunks; raises APIConnectionError if it breaks off or comes up short."""
        counter = _Counter(self.response, progress)
        try:
            for chunk in self.response.iter_bytes(chunk_size):
                counter.add(chunk)
                yield chunk
        except httpx.TransportError as error:
            raise counter.failed(error) from error
        counter.finish()

    def save(self, to: Target, name: str, progress: Progress | None = None) -> Path | None:
        """Write the body to ``to``; the final Path, or None for a file object."""
        if _is_writable(to):
            for chunk in self.iter_bytes(progress=progress):
                to.write(chunk)  # type: ignore[union-attr]
            return None
        final = _final_path(to, name, self.response)  # type: ignore[arg-type]
        with staged_file(final) as out:
            for chunk in self.iter_bytes(progress=progress):
                out.write(chunk)
        return final


@twin_of(Stream)
class AsyncStream:
    """The async twin of ``Stream``. File writes are small and local, so they are not offloaded."""

    def __init__(self, response: httpx.Response) -> None:
        self.response = response
        self.content_type = response.headers.get("Content-Type")
        self.content_length = _expected_length(response)

    async def aiter_bytes(
        self, chunk_size: int = CHUNK, progress: Progress | None = None
    ) -> AsyncIterator[bytes]:
        counter = _Counter(self.response, progress)
        try:
            async for chunk in self.response.aiter_bytes(chunk_size):
                counter.add(chunk)
                yield chunk
        except httpx.TransportError as error:
            raise counter.failed(error) from error
        counter.finish()

    async def save(self, to: Target, name: str, progress: Progress | None = None) -> Path | None:
        if _is_writable(to):
            async for chunk in self.aiter_bytes(progress=progress):
                to.write(chunk)  # type: ignore[union-attr]
            return None
        final = _final_path(to, name, self.response)  # type: ignore[arg-type]
        with staged_file(final) as out:
            async for chunk in self.aiter_bytes(progress=progress):
                out.write(chunk)
        return final
