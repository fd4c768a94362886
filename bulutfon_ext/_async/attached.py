# generated from bulutfon_ext/resources by make generate; do not edit
"""The resource attributes of ``AsyncBulutfon`` (and, through its twin, ``Bulutfon``),
one per ``Async<Name>`` class in ``bulutfon_ext/resources`` (generator/attached.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bulutfon_ext._lazy import LazyResource

if TYPE_CHECKING:
    from bulutfon_ext.resources.announcements import AsyncAnnouncements
    from bulutfon_ext.resources.automatic_calls import AsyncAutomaticCalls
    from bulutfon_ext.resources.call_records import AsyncCallRecords
    from bulutfon_ext.resources.cdrs import AsyncCdrs
    from bulutfon_ext.resources.dids import AsyncDids
    from bulutfon_ext.resources.extensions import AsyncExtensions
    from bulutfon_ext.resources.faxes import AsyncIncomingFaxes, AsyncOutgoingFaxes
    from bulutfon_ext.resources.groups import AsyncGroups
    from bulutfon_ext.resources.messages import AsyncMessages, AsyncMessageTitles


class Attached:
    """The resources, each made on first use (importing one imports its operations and
    models)."""

    dids: LazyResource[AsyncDids] = LazyResource("dids", "AsyncDids")
    extensions: LazyResource[AsyncExtensions] = LazyResource("extensions", "AsyncExtensions")
    groups: LazyResource[AsyncGroups] = LazyResource("groups", "AsyncGroups")
    cdrs: LazyResource[AsyncCdrs] = LazyResource("cdrs", "AsyncCdrs")
    call_records: LazyResource[AsyncCallRecords] = LazyResource("call_records", "AsyncCallRecords")
    incoming_faxes: LazyResource[AsyncIncomingFaxes] = LazyResource("faxes", "AsyncIncomingFaxes")
    outgoing_faxes: LazyResource[AsyncOutgoingFaxes] = LazyResource("faxes", "AsyncOutgoingFaxes")
    announcements: LazyResource[AsyncAnnouncements] = LazyResource(
        "announcements", "AsyncAnnouncements"
    )
    automatic_calls: LazyResource[AsyncAutomaticCalls] = LazyResource(
        "automatic_calls", "AsyncAutomaticCalls"
    )
    message_titles: LazyResource[AsyncMessageTitles] = LazyResource(
        "messages", "AsyncMessageTitles"
    )
    messages: LazyResource[AsyncMessages] = LazyResource("messages", "AsyncMessages")
