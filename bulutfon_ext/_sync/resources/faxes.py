# generated from bulutfon_ext/resources/faxes.py by make generate; do not edit
"""``client.incoming_faxes`` (received, TIFF) and ``client.outgoing_faxes`` (sent)."""

from __future__ import annotations

from collections.abc import Iterator
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
from bulutfon_ext._options import PerCallOptions
from bulutfon_ext._sync.resource import (
    Files,
    Got,
    Listed,
)
from bulutfon_ext._uploads import FAX_TYPES, FileSource, encode_attachment

if TYPE_CHECKING:
    from typing_extensions import Unpack


__all__ = ["IncomingFaxes", "OutgoingFaxes"]


class IncomingFaxes(Listed[IncomingFax], Files[str]):
    """``client.incoming_faxes``: faxes received (TIFF), listed and downloaded (``<uuid>.tiff``)."""

    _list = list_incoming_faxes.OPERATION, "incoming_faxes"
    _download = download_incoming_fax.OPERATION
    _stream = stream_incoming_fax.OPERATION
    _suffix = ".tiff"

    def iter(self, **options: Unpack[PerCallOptions]) -> Iterator[IncomingFax]:
        """Every received fax, fetched when iteration starts."""
        yield from self.list(**options).iter_all()


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


class OutgoingFaxes(Listed[OutgoingFax], Got[OutgoingFaxDetail]):
    """``client.outgoing_faxes``: faxes sent, listed, read (``get(id)``: with each recipient's
    state) and sent."""

    _list = list_outgoing_faxes.OPERATION, "faxes"
    _get = get_outgoing_fax.OPERATION, "fax"

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
