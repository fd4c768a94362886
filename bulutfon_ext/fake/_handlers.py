"""One function per operationId: a parsed request in, an answer out.

The app has already matched the route, checked the credentials and validated the path, query
and body against the spec, so a handler only reads typed values and asks the state. A handler
returns a ``Resource`` for the app to wrap in the envelope the spec names (the response's
``x-envelope``: ``{"dids": [...]}``, ``{"fax": {...}}``), so the keys are written once, there.
A read operation the fake has no code for (one just added to the spec) is answered from the
spec's own example by ``from_examples``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from bulutfon_ext.fake._cdrs import TIME_LIMITS, CdrQuery
from bulutfon_ext.fake._spec import Operation, unwrapped_example
from bulutfon_ext.fake._state import State, not_found

#: Records a CDR page holds when the request names no ``limit`` (the provider's example shows 100).
CDR_PAGE_SIZE = 100
#: Messages a page holds by default (the wire example asks for 2; Rails' paginators default to 30).
MESSAGE_PAGE_SIZE = 30


@dataclass(frozen=True)
class Call:
    """A request, validated: path and query values typed by their schemas, the body a dict."""

    path: Mapping[str, Any]
    query: Mapping[str, Any] = field(default_factory=dict)
    body: Mapping[str, Any] = field(default_factory=dict)
    #: The credentials the caller used, as given: messages' page links embed them.
    credentials: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Json:
    payload: Any
    status: int = 200


@dataclass(frozen=True)
class Resource:
    """A resource, or a list of them, that the app wraps in the operation's ``x-envelope``."""

    data: Any


@dataclass(frozen=True)
class File:
    content: bytes
    media_type: str
    filename: str
    #: Streams are shown in place (a browser player); downloads are saved as attachments.
    inline: bool


Handler = Callable[[State, Call], Json | Resource | File]


def _written(message: str) -> Json:
    return Json({"message": message})


def _created(message: str) -> Json:
    # Rails answers a create with 201; the spec allows any 2XX.
    return Json({"message": message}, 201)


def _numbers(call: Call, name: str) -> frozenset[int] | None:
    value = call.query.get(name)
    return None if value is None else frozenset(int(n) for n in value.split(","))


def list_cdrs(state: State, call: Call) -> Json:
    order = ("call_time", True)
    if "order" in call.query:
        # The spec's pattern (which names the sortable fields) has refused any other order.
        name, _, direction = call.query["order"].partition(",")
        order = (name, direction == "desc")
    since = None
    if "time_limit" in call.query:
        since = int(state.now.timestamp()) - TIME_LIMITS[call.query["time_limit"]]
    query = CdrQuery(
        caller=_numbers(call, "caller"),
        callee=_numbers(call, "callee"),
        caller_or_callee=_numbers(call, "caller_or_callee"),
        missing_call=call.query.get("missing_call"),
        since=since,
        order=order,
    )
    page = call.query.get("page", 1)
    return Json(state.list_cdrs(query, page, call.query.get("limit", CDR_PAGE_SIZE)))


def list_messages(state: State, call: Call) -> Json:
    page = call.query.get("page", 1)
    limit = call.query.get("limit", MESSAGE_PAGE_SIZE)
    messages, pages = state.list_messages(page, limit)

    def link(number: int) -> str:
        # As the provider does: a relative URL carrying the caller's own credentials.
        return "/messages?" + urlencode({**call.credentials, "limit": limit, "page": number})

    paginate = {
        "total_pages": pages,
        "previous_page": link(page - 1) if page > 1 else None,
        "next_page": link(page + 1) if page < pages else None,
    }
    return Json({"messages": messages, "paginate": paginate})


def _recording(state: State, call: Call, *, inline: bool) -> File:
    uuid = call.path["uuid"]
    return File(state.recording(uuid), "audio/ogg", f"{uuid}.ogg", inline)


def _fax(state: State, call: Call, *, inline: bool) -> File:
    uuid = call.path["uuid"]
    return File(state.incoming_fax(uuid), "image/tiff", f"{uuid}.tiff", inline)


def _announcement(state: State, call: Call, *, inline: bool) -> File:
    announcement_id = call.path["id"]
    return File(
        state.announcement_audio(announcement_id), "audio/wav", f"{announcement_id}.wav", inline
    )


HANDLERS: dict[str, Handler] = {
    "get_me": lambda s, c: Json(s.me()),
    "get_token_info": lambda s, c: Json(s.token_info(c.path["token"])),
    "list_dids": lambda s, c: Resource(s.list_dids()),
    "get_did": lambda s, c: Resource(s.get_did(c.path["id"])),
    "list_extensions": lambda s, c: Resource(s.list_extensions()),
    "get_extension": lambda s, c: Resource(s.get_extension(c.path["id"])),
    "create_extension": lambda s, c: _created(s.create_extension(c.body)),
    "update_extension": lambda s, c: _written(s.update_extension(c.path["id"], c.body)),
    "delete_extension": lambda s, c: _written(s.delete_extension(c.path["id"])),
    "list_groups": lambda s, c: Resource(s.list_groups()),
    "get_group": lambda s, c: Resource(s.get_group(c.path["id"])),
    "list_cdrs": list_cdrs,
    "get_cdr": lambda s, c: Resource(s.get_cdr(c.path["uuid"])),
    "download_call_record": lambda s, c: _recording(s, c, inline=False),
    "stream_call_record": lambda s, c: _recording(s, c, inline=True),
    "list_incoming_faxes": lambda s, c: Resource(s.list_incoming_faxes()),
    "download_incoming_fax": lambda s, c: _fax(s, c, inline=False),
    "stream_incoming_fax": lambda s, c: _fax(s, c, inline=True),
    "list_outgoing_faxes": lambda s, c: Resource(s.list_outgoing_faxes()),
    "send_outgoing_fax": lambda s, c: _created(s.send_outgoing_fax(c.body)),
    "get_outgoing_fax": lambda s, c: Resource(s.get_outgoing_fax(c.path["id"])),
    "list_announcements": lambda s, c: Resource(s.list_announcements()),
    "create_announcement": lambda s, c: _created(s.create_announcement(c.body)),
    "download_announcement": lambda s, c: _announcement(s, c, inline=False),
    "delete_announcement": lambda s, c: _written(s.delete_announcement(c.path["id"])),
    "stream_announcement": lambda s, c: _announcement(s, c, inline=True),
    "list_automatic_calls": lambda s, c: Resource(s.list_automatic_calls()),
    "create_automatic_call": lambda s, c: _created(s.create_automatic_call(c.body)),
    "get_automatic_call": lambda s, c: Resource(s.get_automatic_call(c.path["id"])),
    # Its parameters are query parameters (the provider's example puts them in the URL).
    "call_and_bridge": lambda s, c: Json(s.call_and_bridge(c.query)),
    "list_message_titles": lambda s, c: Resource(s.list_message_titles()),
    "list_sms_rejections": lambda s, c: Resource(s.list_sms_rejections(c.path["title"])),
    "delete_sms_rejection": lambda s, c: _written(
        s.delete_sms_rejection(c.path["title"], c.path["number"])
    ),
    "list_messages": list_messages,
    "send_message": lambda s, c: _created(s.send_message(c.body)),
    "get_message": lambda s, c: Resource(s.get_message(c.path["id"])),
}


def from_examples(op: Operation) -> Handler | None:
    """A handler for a read operation from its example in the spec: the example's resource, or,
    with a path parameter, the example record whose field of that name matches (else 404)."""
    if op.method != "GET" or op.envelope is None:
        return None
    data = unwrapped_example(op.operation_id)
    key = re.findall(r"{(\w+)}", op.template)[-1:]

    def handle(state: State, call: Call) -> Resource:
        if key and str(data.get(key[0])) != str(call.path[key[0]]):
            raise not_found()
        return Resource(data)

    return handle
