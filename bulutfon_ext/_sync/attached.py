# generated from bulutfon_ext/_async/attached.py by make generate; do not edit
"""The resource attributes of ``AsyncBulutfon`` (and, through its twin, ``Bulutfon``),
one per ``Async<Name>`` class in ``bulutfon_ext/resources`` (generator/attached.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bulutfon_ext._lazy import LazyResource

if TYPE_CHECKING:
    from bulutfon_ext.resources.announcements import Announcements
    from bulutfon_ext.resources.automatic_calls import AutomaticCalls
    from bulutfon_ext.resources.call_records import CallRecords
    from bulutfon_ext.resources.cdrs import Cdrs
    from bulutfon_ext.resources.dids import Dids
    from bulutfon_ext.resources.extensions import Extensions
    from bulutfon_ext.resources.faxes import IncomingFaxes, OutgoingFaxes
    from bulutfon_ext.resources.groups import Groups
    from bulutfon_ext.resources.messages import Messages, MessageTitles


class Attached:
    """The resources, each made on first use (importing one imports its operations and
    models)."""

    dids: LazyResource[Dids] = LazyResource("dids", "Dids")
    extensions: LazyResource[Extensions] = LazyResource("extensions", "Extensions")
    groups: LazyResource[Groups] = LazyResource("groups", "Groups")
    cdrs: LazyResource[Cdrs] = LazyResource("cdrs", "Cdrs")
    call_records: LazyResource[CallRecords] = LazyResource("call_records", "CallRecords")
    incoming_faxes: LazyResource[IncomingFaxes] = LazyResource("faxes", "IncomingFaxes")
    outgoing_faxes: LazyResource[OutgoingFaxes] = LazyResource("faxes", "OutgoingFaxes")
    announcements: LazyResource[Announcements] = LazyResource("announcements", "Announcements")
    automatic_calls: LazyResource[AutomaticCalls] = LazyResource(
        "automatic_calls", "AutomaticCalls"
    )
    message_titles: LazyResource[MessageTitles] = LazyResource("messages", "MessageTitles")
    messages: LazyResource[Messages] = LazyResource("messages", "Messages")
