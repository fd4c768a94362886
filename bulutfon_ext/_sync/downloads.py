# generated from bulutfon_ext/_async/downloads.py by make generate; do not edit
"""Streaming a binary body: refused before a byte is written when its media type is wrong,
counted and checked as it comes, saved through a staged file. The rules are in
``bulutfon_ext._downloads``."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import httpx

from bulutfon_ext._downloads import (
    CHUNK,
    EXCERPT,
    Counter,
    Progress,
    Target,
    chunk_size_of,
    declared,
    expected_length,
    final_path,
    is_writable,
    media_error,
    media_of,
    output,
)


def check_media(response: httpx.Response, operation: str) -> None:
    """Refuse a 2xx whose media type the operation does not declare (an HTML login page, a
    JSON error), before a byte is written; its message is kept when the body says one."""
    if media_of(response) in declared(operation):
        return
    excerpt = b""
    with contextlib.suppress(httpx.HTTPError):
        for chunk in response.iter_bytes():
            excerpt += chunk
            if len(excerpt) >= EXCERPT:
                break
    raise media_error(response, operation, excerpt[:EXCERPT])


class Stream:
    """An open binary response: iterate its bytes, or save it; close it (or use ``with``).
    File writes are small and local, so the async client does not offload them."""

    def __init__(self, response: httpx.Response) -> None:
        self.response = response
        self.content_type = response.headers.get("Content-Type")
        self.content_length = expected_length(response)

    def iter_bytes(
        self, chunk_size: int = CHUNK, progress: Progress | None = None
    ) -> Iterator[bytes]:
        """The body in chunks; raises APIConnectionError if it breaks off or comes up short, and
        APITimeoutError if it stalls or drips."""
        size = chunk_size_of(chunk_size)
        counter = Counter(self.response, progress)
        buffer = bytearray()
        try:
            # Read as the bytes come (no chunk_size here: httpx would wait for a whole chunk, and
            # a drip would never be seen), then cut to the caller's size.
            for piece in self.response.iter_bytes():
                counter.add(piece)
                buffer += piece
                while len(buffer) >= size:
                    yield counter.gave(bytes(buffer[:size]))
                    del buffer[:size]
        except httpx.TransportError as error:
            raise counter.failed(error) from error
        counter.finish()
        if buffer:
            yield counter.gave(bytes(buffer))

    def save(self, to: Target, name: str, progress: Progress | None = None) -> Path | None:
        """Write the body to ``to``; the final Path, or None for a file object."""
        if is_writable(to):
            for chunk in self.iter_bytes(progress=progress):
                to.write(chunk)  # type: ignore[union-attr]
            return None
        final = final_path(to, name, self.response)  # type: ignore[arg-type]
        with output(final) as out:
            for chunk in self.iter_bytes(progress=progress):
                out.write(chunk)
        return final
