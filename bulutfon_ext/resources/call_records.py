"""``client.call_records``: call recordings (Ogg Vorbis), downloaded, streamed or signed."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from bulutfon_api.api.call_records import download_call_record, stream_call_record
from bulutfon_ext import _validation as check
from bulutfon_ext._async.downloads import AsyncStream
from bulutfon_ext._async.resource import AsyncResource
from bulutfon_ext._auth import recording_hash
from bulutfon_ext._downloads import Progress, Target
from bulutfon_ext._errors import ValidationError
from bulutfon_ext._options import PerCallOptions
from bulutfon_ext._sync.resources.call_records import CallRecords as CallRecords

if TYPE_CHECKING:
    from typing_extensions import Unpack


def signed_url(base_url: str, token: str | None, uuid: str, stream: bool) -> str:
    """A URL a browser can play: its credential is valid for this one recording only."""
    if not token:
        raise ValidationError(
            "access_token",
            "signed_url needs a client made with access_token: the hash is sha1(token + uuid) "
            "and email/password has no token",
        )
    uuid = check.key(uuid)
    check.flag(stream, "stream")
    path = f"/call-records/{quote(uuid, safe='')}" + ("/stream" if stream else "")
    return f"{base_url}{path}?access_token={recording_hash(token, uuid)}"


class AsyncCallRecords(AsyncResource):
    """``client.call_records``: call recordings (Ogg Vorbis), downloaded, streamed or signed."""

    async def download(
        self,
        uuid: str,
        to: Target = ".",
        progress: Progress | None = None,
        **options: Unpack[PerCallOptions],
    ) -> Path | None:
        """Save the recording to ``to``: a file path, a folder (``<uuid>.ogg`` in it), or an
        open binary file. Returns the Path written (None for a file object)."""
        key = check.key(uuid)
        return await self._download(
            download_call_record.OPERATION,
            to,
            f"{key}.ogg",
            progress,
            options,
            uuid=key,
        )

    @contextlib.asynccontextmanager
    async def stream(
        self, uuid: str, **options: Unpack[PerCallOptions]
    ) -> AsyncIterator[AsyncStream]:
        """``with client.call_records.stream(uuid) as s: for chunk in s.iter_bytes(): ...``"""
        async with self._stream(
            stream_call_record.OPERATION, options, uuid=check.key(uuid)
        ) as stream:
            yield stream

    def signed_url(self, uuid: str, stream: bool = False) -> str:
        """A URL a browser can play without the token: its credential opens this one recording only
        (``stream=True`` for the streaming path)."""
        return signed_url(
            self._client.base_url, self._client.credentials.access_token, uuid, stream
        )
