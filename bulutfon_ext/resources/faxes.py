"""``client.incoming_faxes`` (received, TIFF) and ``client.outgoing_faxes`` (sent)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from typing import TYPE_CHECKING, Any

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
from bulutfon_ext._async.resource import (
    AsyncFiles,
    AsyncGot,
    AsyncListed,
)
from bulutfon_ext._broadcast import Broadcast, fields_of
from bulutfon_ext._options import PerCallOptions, split_options
from bulutfon_ext._sync.resources.faxes import IncomingFaxes, OutgoingFaxes
from bulutfon_ext._uploads import FAX_TYPES, FileSource, encode_attachment

if TYPE_CHECKING:
    from typing_extensions import Unpack


__all__ = [
    "AsyncIncomingFaxes",
    "AsyncOutgoingFaxes",
    "FaxFields",
    "IncomingFaxes",
    "OutgoingFaxes",
    "SendArgs",
]


class AsyncIncomingFaxes(AsyncListed[IncomingFax], AsyncFiles[str]):
    """``client.incoming_faxes``: faxes received (TIFF), listed and downloaded (``<uuid>.tiff``)."""

    _list = list_incoming_faxes.OPERATION
    _download = download_incoming_fax.OPERATION
    _stream = stream_incoming_fax.OPERATION
    _suffix = ".tiff"

    async def iter(self, **options: Unpack[PerCallOptions]) -> AsyncIterator[IncomingFax]:
        """Every received fax, fetched when iteration starts."""
        async for fax in (await self.list(**options)).iter_all():
            yield fax


class FaxFields(Broadcast):
    """Everything a fax is sent with: title, receivers, did and attachment are required."""

    attachment: FileSource
    """The file to fax: a path, or bytes with ``filename`` (PDF, JPEG, PNG or TIFF, checked by
    its first bytes)."""


class SendArgs(FaxFields, PerCallOptions, total=False):
    """What ``send`` takes: the fax's fields and the per-call options."""

    filename: str | None
    """The attachment's file name when it is given as bytes (its suffix says its type)."""


def _fax_body(given: Mapping[str, Any]) -> OutgoingFaxCreate:
    title, receivers, did, rest = fields_of(given, SendArgs, "send")
    return OutgoingFaxCreate(
        title=title,
        receivers=receivers,
        did=did,
        attachment=encode_attachment(
            rest["attachment"], filename=rest.get("filename"), allowed=FAX_TYPES, field="attachment"
        ),
    )


class AsyncOutgoingFaxes(AsyncListed[OutgoingFax], AsyncGot[OutgoingFaxDetail]):
    """``client.outgoing_faxes``: faxes sent, listed, read (``get(id)``: with each recipient's
    state) and sent."""

    _list = list_outgoing_faxes.OPERATION
    _get = get_outgoing_fax.OPERATION

    async def send(self, **arguments: Unpack[SendArgs]) -> WriteResult:
        """Fax a pdf, jpeg, png or tiff (a path, or bytes with ``filename``) to one or more
        numbers; each field is documented in ``SendArgs``.

        Never retried once it may have reached the server: a fax is never sent twice."""
        fields, options = split_options(arguments)
        return await self._call(send_outgoing_fax.OPERATION, options, body=_fax_body(fields))
