"""Reading a JSON (or error) body with a cap on its decoded size.

httpx undoes ``Content-Encoding`` without a limit: 1 MB of gzip on the wire can become 1 GiB
in memory. The SDK asks for ``gzip, deflate`` only and decodes them itself with zlib's
``max_length``, so it never holds more than the cap (plus one chunk of wire bytes); any other
encoding a server sends anyway is decoded by httpx, chunk by chunk, and checked after each.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Iterable, Iterator

import httpx

DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024
# Set on each request by the retry transport, so a download can apply the same cap to a body
# the server compressed although it was asked not to.
MAX_BODY_EXTENSION = "bulutfon_max_response_bytes"
ACCEPT_ENCODING = "gzip, deflate"
_PIECE = 1 << 20


class BodyTooLarge(Exception):
    """The decoded body passed the cap (turned into ResponseParseError by the caller)."""

    def __init__(self, cap: int) -> None:
        super().__init__(
            f"the response body is larger than max_response_bytes={cap} bytes once decoded"
        )
        self.cap = cap


class BodyUndecodable(Exception):
    """The body is not in the Content-Encoding it claims (turned into ResponseParseError)."""

    def __init__(self, error: Exception) -> None:
        super().__init__(f"the response body could not be decoded: {error}")


class _Inflate:
    """gzip or deflate (zlib-wrapped, or raw as some servers send it), bounded per call."""

    def __init__(self) -> None:
        # 32 + MAX_WBITS reads a gzip or a zlib header, whichever comes.
        self._zlib = zlib.decompressobj(32 + zlib.MAX_WBITS)
        self._first = True

    def feed(self, data: bytes, room: int) -> Iterator[bytes]:
        """The decoded pieces of ``data``, stopping once more than ``room`` bytes came out."""
        while data:
            try:
                # At most a MiB at a time: never much more than the cap in memory.
                piece = self._zlib.decompress(data, min(room + 1, _PIECE))
            except zlib.error as error:
                if not self._first:
                    raise BodyUndecodable(error) from None
                self._zlib = zlib.decompressobj(-zlib.MAX_WBITS)  # raw deflate
                self._first = False
                continue
            self._first = False
            # Anything after the end of the stream is ignored, as httpx does.
            data = b"" if self._zlib.eof else self._zlib.unconsumed_tail
            room -= len(piece)
            yield piece
            if room < 0:
                return


def already_read(response: httpx.Response, cap: int) -> bool:
    """A mock's response arrives with its body in memory already: only the cap is left to check."""
    try:
        size = len(response.content)
    except httpx.ResponseNotRead:
        return False
    if size > cap:
        raise BodyTooLarge(cap)
    return True


def _decoder(response: httpx.Response) -> _Inflate | bool | None:
    """An _Inflate, None for identity, or True when httpx must decode (another encoding)."""
    codings = [
        c.strip().lower()
        for c in response.headers.get("Content-Encoding", "").split(",")
        if c.strip() and c.strip().lower() != "identity"
    ]
    if not codings:
        return None
    if codings in (["gzip"], ["x-gzip"], ["deflate"]):
        return _Inflate()
    return True


class Collector:
    """The decoded body, gathered chunk by chunk under the cap (``_async/body.py`` reads it)."""

    def __init__(
        self,
        response: httpx.Response,
        request: httpx.Request,
        cap: int,
        check: Callable[[], None],
    ) -> None:
        self.response = response
        self.request = request
        self.cap = cap
        self.check = check
        self.chunks: list[bytes] = []
        self.size = 0
        decoder = _decoder(response)
        self.inflate = decoder if isinstance(decoder, _Inflate) else None
        self.by_httpx = decoder is True

    def add(self, raw: bytes) -> None:
        pieces: Iterable[bytes] = (
            self.inflate.feed(raw, self.cap - self.size) if self.inflate else (raw,)
        )
        for piece in pieces:
            self.size += len(piece)
            if self.size > self.cap:
                raise BodyTooLarge(self.cap)
            self.chunks.append(piece)
        self.check()

    def result(self) -> httpx.Response:
        """A response holding the decoded body (and no Content-Encoding: it is undone)."""
        headers = self.response.headers
        if self.inflate is not None or self.by_httpx:
            skip = {"content-encoding", "content-length"}
            headers = httpx.Headers(
                [(k, v) for k, v in headers.multi_items() if k.lower() not in skip]
            )
        body = b"".join(self.chunks)
        response = httpx.Response(
            self.response.status_code,
            headers=headers,
            stream=httpx.ByteStream(body),
            request=self.request,
            extensions=self.response.extensions,
        )
        # What Response(content=body) ends with, without passing the body through httpx's
        # decoders a second time (it costs about 2% of a small call): read() sets this.
        response._content = body
        return response
