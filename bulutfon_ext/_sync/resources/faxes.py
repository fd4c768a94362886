# generated from bulutfon_ext/resources/faxes.py by make generate; do not edit
"""``client.incoming_faxes`` (received, TIFF) and ``client.outgoing_faxes`` (sent)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from bulutfon_api.api.incoming_faxes import (
    download_incoming_fax,
    list_incoming_faxes,
    stream_incoming_fax,
)
from bulutfon_api.api.outgoing_faxes import get_outgoing_fax, list_outgoing_faxes, send_outgoing_fax
from bulutfon_api.models import (
    IncomingFax,
    OutgoingFax,
    OutgoingFaxCreate,
    OutgoingFaxDetail,
    WriteResult,
)
from bulutfon_ext import _validation as check
from bulutfon_ext._downloads import Progress, Target
from bulutfon_ext._options import PerCallOptions
from bulutfon_ext._sync.downloads import Stream
from bulutfon_ext._sync.pagination import Page
from bulutfon_ext._sync.resource import SyncResource, single_page
from bulutfon_ext._uploads import FAX_TYPES, FileSource, encode_attachment

if TYPE_CHECKING:
    from typing_extensions import Unpack


class IncomingFaxes(SyncResource):
    """``client.incoming_faxes``: faxes received (TIFF), listed and downloaded."""

    def list(self, **options: Unpack[PerCallOptions]) -> Page[IncomingFax]:
        """The received faxes (one page)."""
        return single_page(self._call(list_incoming_faxes.OPERATION, options).incoming_faxes)

    def iter(self, **options: Unpack[PerCallOptions]) -> Iterator[IncomingFax]:
        """Every received fax, fetched when iteration starts."""
        yield from self.list(**options).iter_all()

    def download(
        self,
        uuid: str,
        to: Target = ".",
        progress: Progress | None = None,
        **options: Unpack[PerCallOptions],
    ) -> Path | None:
        """Save the fax (TIFF) to a path, a folder (``<uuid>.tiff``) or an open binary file."""
        key = check.key(uuid)
        return self._download(
            download_incoming_fax.OPERATION,
            to,
            f"{key}.tiff",
            progress,
            options,
            uuid=key,
        )

    @contextlib.contextmanager
    def stream(self, uuid: str, **options: Unpack[PerCallOptions]) -> Iterator[Stream]:
        """The fax's TIFF as a ``Stream`` to read in chunks (``with ... as s``)."""
        with self._stream(stream_incoming_fax.OPERATION, options, uuid=check.key(uuid)) as stream:
            yield stream


def _fax_body(
    title: str,
    receivers: check.Receivers,
    did: str | int,
    attachment: FileSource,
    filename: str | None,
) -> OutgoingFaxCreate:
    return OutgoingFaxCreate(
        title=check.non_empty(title, "title"),
        receivers=check.receivers(receivers),
        did=check.phone(did, "did"),
        attachment=encode_attachment(
            attachment, filename=filename, allowed=FAX_TYPES, field="attachment"
        ),
    )


class OutgoingFaxes(SyncResource):
    """``client.outgoing_faxes``: faxes sent, listed, read and sent."""

    def list(self, **options: Unpack[PerCallOptions]) -> Page[OutgoingFax]:
        """The sent faxes (one page)."""
        return single_page(self._call(list_outgoing_faxes.OPERATION, options).faxes)

    def get(self, id: int, **options: Unpack[PerCallOptions]) -> OutgoingFaxDetail:
        """One sent fax with each recipient's state."""
        return self._call(get_outgoing_fax.OPERATION, options, id=check.identifier(id)).fax

    def send(
        self,
        *,
        title: str,
        receivers: check.Receivers,
        did: str | int,
        attachment: FileSource,
        filename: str | None = None,
        **options: Unpack[PerCallOptions],
    ) -> WriteResult:
        """Fax a pdf, jpeg, png or tiff (a path, or bytes with ``filename``) to one or more numbers.

        Never retried once it may have reached the server: a fax is never sent twice."""

        body = _fax_body(title, receivers, did, attachment, filename)
        return self._call(send_outgoing_fax.OPERATION, options, body=body)
