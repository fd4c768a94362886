"""Webhook events: what Bulutfon POSTs to your URL when a call starts, ends, or a fax arrives.

    from bulutfon_ext import webhooks

    event = webhooks.parse_event(body, request.headers["content-type"])
    if isinstance(event, webhooks.CallHangup):
        print(event.uuid, event.talk_duration, event.hangup_cause)

or serve a receiver with no framework at all (any ASGI or WSGI server)::

    app = webhooks.asgi_app(handle, username="hook", password="s3cret")

Events come as JSON or form-encoded (chosen per webhook in the panel), optionally with Basic
auth. Event names come in two spellings (the list on the provider's page and its example
payloads differ): ``call_init_extension``/``incoming_call_extension``,
``call_init_group``/``incoming_call_group``, ``call_init_manu``/``call_init_menu``; both give the
same class. An event type this module does not know is an :class:`UnknownEvent`, never an
error. Numbers (``caller``, ``callee``, ``destination``) are strings whichever way they came.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar

from bulutfon_ext._inbound import (
    AsgiReceiver,
    InboundError,
    WsgiReceiver,
    check_basic_auth,
    read_fields,
)

__all__ = [
    "EVENT_TYPES",
    "CallHangup",
    "CallInit",
    "CallReachedExtension",
    "CallReachedGroup",
    "CallReachedMenu",
    "Event",
    "FaxInit",
    "MissingCall",
    "UnknownEvent",
    "WebhookError",
    "asgi_app",
    "check_basic_auth",
    "parse_event",
    "parse_fields",
    "wsgi_app",
]


class WebhookError(InboundError):
    """A webhook body could not be read: not JSON or a form, no ``event_type``, a bad value."""


_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
#: (below this, ticks per second): seconds until the year 5138, then milli-, then microseconds.
_UNITS = ((1e11, 1), (1e14, 1_000), (1e17, 1_000_000))


def epoch_to_datetime(value: Any, name: str = "timestamp") -> dt.datetime:
    """An aware UTC datetime from Unix time in seconds, milliseconds, microseconds (or ns).

    The unit is read from the size: the provider documents "Unix epoch" and sends microseconds
    in its examples, so every plausible unit is accepted (seconds up to the year 5138).
    """
    if isinstance(value, bool):
        raise WebhookError(f"{name}: {value!r} is not a Unix time")
    try:
        number = float(value) if isinstance(value, str) and "." in value else int(value)
    except (TypeError, ValueError, OverflowError):
        raise WebhookError(f"{name}: {value!r} is not a Unix time") from None
    if isinstance(number, float) and not math.isfinite(number):  # "9999...9." reads as inf
        raise WebhookError(f"{name}: {value!r} is out of range")
    if number < 0:
        raise WebhookError(f"{name}: {value!r} is before 1970")
    per_second = next((unit for limit, unit in _UNITS if number < limit), 1_000_000_000)
    try:  # a finite float can still overflow once scaled to microseconds ("1.7e302")
        # Integer microseconds: a float would lose the last digits of a microsecond timestamp.
        micros = (
            round(number * 1_000_000 / per_second)
            if isinstance(number, float)
            else number * 1_000_000 // per_second
        )
        return _EPOCH + dt.timedelta(microseconds=micros)
    except OverflowError:
        raise WebhookError(f"{name}: {value!r} is out of range") from None


def _text(fields: Mapping[str, Any], name: str) -> str | None:
    """A string field; numbers become their digits, ``null`` and ``""`` become None."""
    value = fields.get(name)
    if isinstance(value, list):
        value = value[-1] if value else None
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | str):
        return str(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    raise WebhookError(f"{name}: {value!r} is not text or a number")


def _int(fields: Mapping[str, Any], name: str) -> int | None:
    value = _text(fields, name)
    if value is None:
        return None
    try:
        return int(value)
    except ValueError:
        raise WebhookError(f"{name}: {value!r} is not an integer") from None


def _flag(fields: Mapping[str, Any], name: str) -> bool:
    value = _text(fields, name)
    if value is None:
        return False
    lowered = value.lower()
    if lowered in ("true", "1", "yes", "on"):
        return True
    if lowered in ("false", "0", "no", "off"):
        return False
    raise WebhookError(f"{name}: {value!r} is not true or false")


@dataclass(frozen=True)
class Event:
    """The fields every event carries, and those of automatic calls.

    ``event_type`` is as sent (either spelling); ``raw`` holds every field as received
    (form values as strings, a repeated form field as a list). ``autodial`` is True for calls
    started through the automatic-call API, which also carry ``additional_data`` and
    ``callback_url`` (None when unset).
    """

    event_type: str
    uuid: str | None = None
    caller: str | None = None
    callee: str | None = None
    direction: str | None = None
    timestamp: dt.datetime | None = None
    domain_id: int | None = None
    account_id: int | None = None
    autodial: bool = False
    additional_data: str | None = None
    callback_url: str | None = None
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False, compare=False)

    #: The event_type values this class is parsed from (both spellings where there are two).
    TYPES: ClassVar[tuple[str, ...]] = ()

    @classmethod
    def _extra(cls, fields: Mapping[str, Any]) -> dict[str, Any]:
        return {}

    @classmethod
    def from_fields(cls, fields: Mapping[str, Any]) -> Event:
        """This event from already-decoded fields (raises :class:`WebhookError`)."""
        stamp = fields.get("timestamp")
        if isinstance(stamp, list):
            stamp = stamp[-1] if stamp else None
        direction = _text(fields, "direction")
        return cls(
            event_type=str(_text(fields, "event_type")),
            uuid=_text(fields, "uuid"),
            caller=_text(fields, "caller"),
            callee=_text(fields, "callee"),
            direction=direction.upper() if direction else None,
            timestamp=None if stamp in (None, "") else epoch_to_datetime(stamp),
            domain_id=_int(fields, "domain_id"),
            account_id=_int(fields, "account_id"),
            autodial=_flag(fields, "autodial"),
            additional_data=_text(fields, "additional_data"),
            callback_url=_text(fields, "callback_url"),
            raw=dict(fields),
            **cls._extra(fields),
        )


@dataclass(frozen=True)
class CallInit(Event):
    """A call started (``call_init``)."""

    TYPES: ClassVar[tuple[str, ...]] = ("call_init",)


@dataclass(frozen=True)
class MissingCall(Event):
    """A call nobody answered (``missing_call``)."""

    TYPES: ClassVar[tuple[str, ...]] = ("missing_call",)


@dataclass(frozen=True)
class FaxInit(Event):
    """A fax arrived (``fax_init``)."""

    TYPES: ClassVar[tuple[str, ...]] = ("fax_init",)


@dataclass(frozen=True)
class CallHangup(Event):
    """A call ended (``call_hangup``); each field is described below."""

    talk_duration: int | None = None
    """In seconds (0: nobody talked; a menu that answered counts)."""
    hangup_cause: str | None = None
    """The Q.850 cause (``NORMAL_CLEARING``)."""
    hangup_detail: str | None = None
    """``send_bye`` (the callee hung up), ``recv_bye`` (the caller did) or ``send_refuse``
    (refused)."""
    result_disposition: str | None = None
    """``SUCCESS`` when connected, else None."""
    cdr_url: str | None = None
    """The call's record in the panel (oim.bulutfon.com)."""
    cdr_api_url: str | None = None
    """The call's record in the provider's API (a v2 URL)."""

    TYPES: ClassVar[tuple[str, ...]] = ("call_hangup",)

    @classmethod
    def _extra(cls, fields: Mapping[str, Any]) -> dict[str, Any]:
        names = ("hangup_cause", "hangup_detail", "result_disposition", "cdr_url", "cdr_api_url")
        extra: dict[str, Any] = {name: _text(fields, name) for name in names}
        extra["talk_duration"] = _int(fields, "talk_duration")
        return extra


@dataclass(frozen=True)
class _Reached(Event):
    #: The extension (4 digits), group (3) or menu (2) the call reached.
    destination: str | None = None

    @classmethod
    def _extra(cls, fields: Mapping[str, Any]) -> dict[str, Any]:
        return {"destination": _text(fields, "destination")}


@dataclass(frozen=True)
class CallReachedExtension(_Reached):
    """A call reached an extension (``call_init_extension`` or ``incoming_call_extension``)."""

    TYPES: ClassVar[tuple[str, ...]] = ("call_init_extension", "incoming_call_extension")


@dataclass(frozen=True)
class CallReachedGroup(_Reached):
    """A call reached a ring group (``call_init_group`` or ``incoming_call_group``)."""

    TYPES: ClassVar[tuple[str, ...]] = ("call_init_group", "incoming_call_group")


@dataclass(frozen=True)
class CallReachedMenu(_Reached):
    """A call reached a menu (``call_init_menu``, or ``call_init_manu`` as the page spells it)."""

    TYPES: ClassVar[tuple[str, ...]] = ("call_init_menu", "call_init_manu")


@dataclass(frozen=True)
class UnknownEvent(Event):
    """An event type this version does not know; every field is in ``raw``."""


_CLASSES: tuple[type[Event], ...] = (
    CallInit,
    CallHangup,
    FaxInit,
    MissingCall,
    CallReachedExtension,
    CallReachedGroup,
    CallReachedMenu,
)
_BY_TYPE: dict[str, type[Event]] = {name: cls for cls in _CLASSES for name in cls.TYPES}
#: Every event type understood, in both spellings.
EVENT_TYPES: frozenset[str] = frozenset(_BY_TYPE)


def parse_fields(fields: Mapping[str, Any]) -> Event:
    """The typed event for fields already decoded (a dict from your framework's parser)."""
    if not isinstance(fields, Mapping):
        raise WebhookError(f"an event is an object of fields, not {type(fields).__name__}")
    event_type = _text(fields, "event_type")
    if event_type is None:
        raise WebhookError("event_type is missing: this is not a Bulutfon webhook event")
    cls = _BY_TYPE.get(event_type.strip().lower(), UnknownEvent)
    return cls.from_fields(fields)


def parse_event(body: bytes | str, content_type: str | None = None) -> Event:
    """Parse a webhook POST body (JSON or form-encoded, UTF-8) into its typed event.

    ``content_type`` is the request's ``Content-Type`` header (without one, the format is
    guessed from the body). Raises :class:`WebhookError` for a body that is neither, has no
    ``event_type``, or holds a value of the wrong kind (a timestamp that is not a number).
    """
    return parse_fields(read_fields(body, content_type, WebhookError))


Handler = Callable[[Event], Any]


def asgi_app(
    handler: Callable[[Event], Awaitable[Any] | Any],
    *,
    username: str | None = None,
    password: str | None = None,
) -> AsgiReceiver:
    """An ASGI application that parses each POST and calls ``handler(event)`` (sync or async).

    With ``username`` and ``password``, requests without exactly those Basic credentials get
    401. A body that cannot be parsed gets 400 with a one-line reason; a handler that raises
    gets 500 (logged on ``bulutfon.inbound``); a success 200 ``OK``. Mount it in Starlette or
    FastAPI, or serve it with uvicorn directly.
    """
    return AsgiReceiver(parse_event, handler, username=username, password=password)


def wsgi_app(
    handler: Callable[[Event], Any],
    *,
    username: str | None = None,
    password: str | None = None,
) -> WsgiReceiver:
    """The WSGI twin of :func:`asgi_app` (Flask, Django, gunicorn, wsgiref), same answers."""
    return WsgiReceiver(parse_event, handler, username=username, password=password)
