"""``client.call_records``: call recordings (Ogg Vorbis), downloaded, streamed or signed."""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import quote

from bulutfon_api.api.call_records import download_call_record, stream_call_record
from bulutfon_ext import _validation as check
from bulutfon_ext._async.resource import (
    AsyncFiles,
)
from bulutfon_ext._auth import recording_hash
from bulutfon_ext._errors import ValidationError
from bulutfon_ext._sync.resources.call_records import CallRecords

if TYPE_CHECKING:
    pass


__all__ = ["AsyncCallRecords", "CallRecords", "signed_url"]


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


class AsyncCallRecords(AsyncFiles[str]):
    """``client.call_records``: call recordings (Ogg Vorbis), downloaded (``<uuid>.ogg``),
    streamed or signed."""

    _download = download_call_record.OPERATION
    _stream = stream_call_record.OPERATION
    _suffix = ".ogg"

    def signed_url(self, uuid: str, stream: bool = False) -> str:
        """A URL a browser can play without the token: its credential opens this one recording only
        (``stream=True`` for the streaming path)."""
        return signed_url(
            self._client.base_url, self._client.credentials.access_token, uuid, stream
        )
