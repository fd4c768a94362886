# generated from bulutfon_ext/resources/automatic_calls.py by make generate; do not edit
"""``client.automatic_calls``: robo calls that play an announcement or hand over to BulutfonXM."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from bulutfon_api.api.automatic_calls import (
    create_automatic_call,
    get_automatic_call,
    list_automatic_calls,
)
from bulutfon_api.models import AutomaticCall, AutomaticCallCreate, AutomaticCallDetail, WriteResult
from bulutfon_ext import _validation as check
from bulutfon_ext._broadcast import Broadcast, fields_of
from bulutfon_ext._errors import ValidationError
from bulutfon_ext._options import RingPerCallOptions, split_options
from bulutfon_ext._resource import opt
from bulutfon_ext._rules import bounds, check_rule
from bulutfon_ext._sync.resource import (
    Got,
    Listed,
)

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ["AutomaticCalls", "CallFields", "CallOptions", "CreateArgs"]


MAX_URL = 2048
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
Hours = tuple[str | datetime.time, str | datetime.time] | None


def _calling_hours(hours: Mapping[str, Hours]) -> dict[str, Any]:
    """``{"mon": ("09:00", "18:00"), "sat": ("10:00", "14:00")}`` as the API's ``{day}_*`` fields.

    The days named are the days to call: every other day is sent as inactive, because the
    server's default for a day left out is "active, 09:00-18:00" (a 'Saturday only' campaign
    would otherwise call all week).
    """
    if not isinstance(hours, Mapping):
        raise ValidationError(
            "calling_hours", 'must be a dict such as {"mon": ("09:00", "18:00"), "sun": None}'
        )
    fields: dict[str, Any] = {"hours_active": True}
    fields.update({f"{day}_active": False for day in DAYS if day not in hours})
    for day, span in hours.items():
        if not isinstance(day, str) or day not in DAYS:
            raise ValidationError(
                "calling_hours", f"{check.show(day)} is not one of {', '.join(DAYS)}"
            )
        fields[f"{day}_active"] = span is not None
        if span is not None:
            if not isinstance(span, tuple | list) or len(span) != 2:
                raise ValidationError(
                    f"calling_hours[{day!r}]",
                    f'{check.show(span)} must be (start, finish), e.g. ("09:00", "18:00"), or None',
                )
            start, finish = span
            fields[f"{day}_start"] = check.clock(start, f"calling_hours[{day!r}] start")
            fields[f"{day}_finish"] = check.clock(finish, f"calling_hours[{day!r}] finish")
    return fields


class CallOptions(TypedDict, total=False):
    """What an automatic call plays (exactly one of the first three) and how it calls."""

    announcement_id: int
    """Play this announcement (``client.announcements``)."""
    sound_url: str
    """Play the audio at this http(s) URL."""
    bulutfon_xm_id: int
    """Hand the call to this BulutfonXM app."""
    timeout: int
    """Seconds to ring each number (the spec's range, 0-60)."""
    bulutfon_xm_data: str
    """Data passed to the BulutfonXM app."""
    callback_url: str
    """Where this call's webhook events go (an http(s) URL)."""
    gather: bool
    """Collect a keypress."""
    calling_hours: Mapping[str, Hours]
    """When calls may be made: ``{"mon": ("09:00", "18:00"), "sun": None}``; days left out
    are not called."""


class CallFields(Broadcast, CallOptions):
    """Everything an automatic call is created with: title, receivers and did are required."""


class CreateArgs(CallFields, RingPerCallOptions, total=False):
    """What ``create`` takes: the call's fields and the per-call options (its own ``timeout``
    is the ring time, so the request's is ``request_timeout``)."""


def _body(given: Mapping[str, Any]) -> AutomaticCallCreate:
    """The request body from ``create``'s keyword arguments (per-call options taken out)."""
    title, receivers, did, call = fields_of(given, CallFields, "create")
    announcement_id, sound_url, bulutfon_xm_id = (
        call.get(name) for name in ("announcement_id", "sound_url", "bulutfon_xm_id")
    )
    callback_url, calling_hours = call.get("callback_url"), call.get("calling_hours")
    sources = dict(
        announcement_id=announcement_id, sound_url=sound_url, bulutfon_xm_id=bulutfon_xm_id
    )
    check_rule("AutomaticCallCreate", sources)  # exactly one: the spec's rule
    for name, url in (("sound_url", sound_url), ("callback_url", callback_url)):
        if url is not None and not (
            isinstance(url, str)
            and url.startswith(("http://", "https://"))
            and len(url) <= MAX_URL
            and url.isprintable()
            and " " not in url
        ):
            raise ValidationError(
                name, f"{check.show(url)} must be an http(s) URL of at most {MAX_URL} characters"
            )
    fields: dict[str, Any] = {
        "title": title,
        "receivers": receivers,
        "did": did,
        "announcement_id": opt(check.positive(announcement_id, "announcement_id")),
        "sound_url": opt(sound_url),
        "bulutfon_xm_id": opt(check.positive(bulutfon_xm_id, "bulutfon_xm_id")),
        "timeout": opt(
            check.bounded(call.get("timeout"), "timeout", *bounds("AutomaticCallCreate", "timeout"))
        ),
        "bulutfon_xm_data": opt(check.text(call.get("bulutfon_xm_data"), "bulutfon_xm_data")),
        "callback_url": opt(callback_url),
        "gather": opt(check.flag(call.get("gather"), "gather")),
    }
    if calling_hours is not None:
        fields.update(_calling_hours(calling_hours))
    return AutomaticCallCreate(**fields)


class AutomaticCalls(Listed[AutomaticCall], Got[AutomaticCallDetail]):
    """``client.automatic_calls``: robo calls that play an announcement or hand over to BulutfonXM;
    ``get(id)`` with its calling hours and each recipient's outcome."""

    _list = list_automatic_calls.OPERATION
    _get = get_automatic_call.OPERATION

    def create(self, **arguments: Unpack[CreateArgs]) -> WriteResult:
        """Start calls to ``receivers`` from ``did`` with ``title`` and exactly one of
        ``announcement_id``, ``sound_url``, ``bulutfon_xm_id``. Optional: ``timeout`` (0-60 s),
        ``bulutfon_xm_data``, ``callback_url`` (where this call's webhook events go), ``gather``,
        ``calling_hours={"mon": ("09:00", "18:00"), "sun": None}``; each field is documented in
        ``CreateArgs``. Never retried once it may have reached the server. Per-call options:
        ``request_timeout``, ``extra_headers``, ``extra_query``."""
        fields, options = split_options(arguments, timeout_name="request_timeout")
        return self._call(create_automatic_call.OPERATION, options, body=_body(fields))
