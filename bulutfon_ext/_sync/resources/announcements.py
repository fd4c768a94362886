# generated from bulutfon_ext/resources/announcements.py by make generate; do not edit
"""``client.announcements``: audio files for menus, groups and automatic calls."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bulutfon_api.api.announcements import (
    create_announcement,
    delete_announcement,
    download_announcement,
    list_announcements,
    stream_announcement,
)
from bulutfon_api.models import Announcement, AnnouncementCreate, WriteResult
from bulutfon_ext import _validation as check
from bulutfon_ext._options import PerCallOptions
from bulutfon_ext._sync.resource import Files, Listed
from bulutfon_ext._uploads import AUDIO_TYPES, FileSource, encode_attachment

if TYPE_CHECKING:
    from typing_extensions import Unpack


__all__ = ["Announcements"]


def _body(name: str, file: FileSource, filename: str | None) -> AnnouncementCreate:
    return AnnouncementCreate(
        name=check.non_empty(name, "name"),
        announcement=encode_attachment(file, filename=filename, allowed=AUDIO_TYPES, field="file"),
    )


class Announcements(Listed[Announcement], Files[int]):
    """``client.announcements``: audio files for menus, groups and automatic calls."""

    _list = list_announcements.OPERATION
    _download = download_announcement.OPERATION
    _stream = stream_announcement.OPERATION
    _suffix = ".wav"

    def create(
        self,
        *,
        name: str,
        file: FileSource,
        filename: str | None = None,
        **options: Unpack[PerCallOptions],
    ) -> WriteResult:
        """Upload a wav or mp3 (a path, or bytes with ``filename``)."""
        return self._call(create_announcement.OPERATION, options, body=_body(name, file, filename))

    def delete(self, id: int, **options: Unpack[PerCallOptions]) -> WriteResult:
        """Delete announcement ``id``."""
        return self._call(delete_announcement.OPERATION, options, id=check.identifier(id))
