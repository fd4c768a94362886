"""Small factories for the unit tests of code that uses the SDK, when running the fake is more
than a test needs (no server, no thread, no network).

    from unittest import mock
    from bulutfon_ext.testing import make_cdr, make_page

    client = mock.create_autospec(Bulutfon, instance=True)
    client.cdrs.list.return_value = make_page([make_cdr(caller=905321112233, missing_call=True)])

Each ``make_*`` returns the model the SDK itself returns, filled with values that are valid by the
spec (taken from the provider's own examples), with a fresh id or uuid on every call. Keyword
arguments replace fields by their Python names and with Python values (``Decimal``, ``datetime``,
enums, other models); an unknown name is a ``TypeError`` that lists the model's fields.
"""

from __future__ import annotations

import copy
import functools
import itertools
import json
from collections.abc import Callable, Iterable
from importlib import resources
from typing import TYPE_CHECKING, Any, TypeVar, cast

import attrs

from bulutfon_api import models
from bulutfon_ext._async.pagination import AsyncPage
from bulutfon_ext._pagination import PageInfo
from bulutfon_ext._sync.pagination import Page

__all__ = [
    "make_announcement",
    "make_async_page",
    "make_automatic_call",
    "make_automatic_call_detail",
    "make_call_and_bridge_result",
    "make_cdr",
    "make_cdr_detail",
    "make_did",
    "make_did_detail",
    "make_extension",
    "make_extension_detail",
    "make_group",
    "make_group_detail",
    "make_incoming_fax",
    "make_me",
    "make_outgoing_fax",
    "make_outgoing_fax_detail",
    "make_page",
    "make_token_info",
    "make_write_result",
]

if TYPE_CHECKING:
    from attrs import AttrsInstance

M = TypeVar("M", bound="AttrsInstance")
T = TypeVar("T")
_serial = itertools.count(1)
_Page = tuple[list[T], PageInfo]


def _next_id() -> int:
    return next(_serial)


def _next_uuid() -> str:
    return f"00000000-0000-4000-8000-{next(_serial):012d}"


@functools.cache
def _samples() -> dict[str, dict[str, Any]]:
    """The records the factories start from (values from the provider's examples), by kind:
    data, so they are kept as data, beside this module."""
    text = resources.files("bulutfon_ext").joinpath("testing_samples.json").read_text("utf-8")
    samples: dict[str, dict[str, Any]] = json.loads(text)
    return samples


def _sample(kind: str, **key: Any) -> dict[str, Any]:
    """A fresh copy of the ``kind`` record, with its id (or uuid) first."""
    return {**key, **copy.deepcopy(_samples()[kind])}


def _made(model: M, overrides: dict[str, Any]) -> M:
    settable = {f.name for f in attrs.fields(type(model)) if f.init}
    unknown = sorted(set(overrides) - settable)
    if unknown:
        raise TypeError(
            f"{type(model).__name__} has no field {', '.join(unknown)}; "
            f"its fields: {', '.join(sorted(settable))}"
        )
    # attrs' mypy plugin cannot follow evolve() through a type variable.
    changed: M = attrs.evolve(cast(Any, model), **overrides)
    return changed


_DAY = {"open": True, "shift_start": "08:30", "shift_finish": "18:30"}
_RANGE_DAY = {"active": True, "start": "09:00", "finish": "18:00"}
_WEEK = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _recipient(number: int, **outcome: Any) -> dict[str, Any]:
    """One number a fax or an automatic call went to, and how it went."""
    return {"uuid": _next_uuid(), "number": number, **outcome}


def make_me(**fields: Any) -> models.MeResponse:
    """``client.me()``: a user, a confirmed PBX and a credit of 300.06."""
    wire = {
        "user": {"email": "mail@mail.com", "name": "Ad Soyad", "gsm": "902222222"},
        "pbx": {
            "name": "santral",
            "url": "santral.bulutfon.net",
            "state": "CONFIRMED",
            "package": "SMALL",
            "customer_type": "CORPORATE",
        },
        "credit": {"balance": "300.06", "sms_credits": 0},
    }
    return _made(models.MeResponse.from_dict(wire), fields)


def make_token_info(**fields: Any) -> models.TokenInfo:
    """``client.token_info()``: a token that has not expired, two hours left."""
    wire = {"token": "REDACTED", "expired": False, "expires_in": 7200}
    return _made(models.TokenInfo.from_dict(wire), fields)


def make_did(**fields: Any) -> models.Did:
    """One item of ``client.dids.list()``: a confirmed number ringing extension 1001."""
    return _made(models.Did.from_dict(_sample("did", id=_next_id())), fields)


def make_did_detail(**fields: Any) -> models.DidDetail:
    """``client.dids.get(id)``: a number with working hours every day, 08:30 to 18:30."""
    wire = {**_sample("did", id=_next_id()), "working_hours": {day: dict(_DAY) for day in _WEEK}}
    return _made(models.DidDetail.from_dict(wire), fields)


def make_extension(**fields: Any) -> models.Extension:
    """One item of ``client.extensions.list()``: extension 1001, registered."""
    return _made(models.Extension.from_dict(_sample("extension", id=_next_id())), fields)


def make_extension_detail(**fields: Any) -> models.ExtensionDetail:
    """``client.extensions.get(id)``: extension 1001 with voicemail, redirected when unreachable."""
    wire = {
        **_sample("extension", id=_next_id()),
        "did": "908508850000",
        "voice_mail": True,
        "redirection_type": "UNREACHABLE",
        "destination_type": "EXTENSION",
        "destination_number": 1002,
        "external_number": None,
        "acl": ["domestic", "gsm"],
    }
    return _made(models.ExtensionDetail.from_dict(wire), fields)


def make_group(**fields: Any) -> models.Group:
    """One item of ``client.groups.list()``: group 101."""
    wire = {**_sample("group", id=_next_id()), "delay_time": 0, "ring_duration": 30}
    return _made(models.Group.from_dict(wire), fields)


def make_group_detail(**fields: Any) -> models.GroupDetail:
    """``client.groups.get(id)``: group 101 with one member, extension 1001."""
    member = {"id": _next_id(), "number": 1001, "caller_name": "Ad Soyad", "email": "a@b.com"}
    wire = {**_sample("group", id=_next_id()), "extensions": [member]}
    return _made(models.GroupDetail.from_dict(wire), fields)


def make_cdr(**fields: Any) -> models.Cdr:
    """One item of ``client.cdrs.list()``: an answered incoming call with a recording."""
    return _made(models.Cdr.from_dict(_sample("cdr", uuid=_next_uuid())), fields)


def make_cdr_detail(**fields: Any) -> models.CdrDetail:
    """``client.cdrs.get(uuid)``: an answered incoming call, its flow one step to extension 1001."""
    cdr = _sample("cdr", uuid=_next_uuid())
    step = {
        "callee": 1001,
        "start_time": cdr["call_time"],
        "answer_time": cdr["answer_time"],
        "hangup_time": cdr["hangup_time"],
        "redirection": "REDIRECTED_TO_EXTENSION",
        "redirection_target": 1001,
    }
    return _made(models.CdrDetail.from_dict({**cdr, "call_flow": [step]}), fields)


def make_incoming_fax(**fields: Any) -> models.IncomingFax:
    """One item of ``client.incoming_faxes.list()``."""
    wire = {
        "uuid": _next_uuid(),
        "sender": 905321112233,
        "receiver": 908508850000,
        "created_at": "2014-04-19T21:52:52.721+03:00",
    }
    return _made(models.IncomingFax.from_dict(wire), fields)


def make_outgoing_fax(**fields: Any) -> models.OutgoingFax:
    """One item of ``client.outgoing_faxes.list()``."""
    return _made(models.OutgoingFax.from_dict(_sample("outgoing_fax", id=_next_id())), fields)


def make_outgoing_fax_detail(**fields: Any) -> models.OutgoingFaxDetail:
    """``client.outgoing_faxes.get(id)``: a fax sent to one number."""
    recipient = _recipient(
        905321112233, state="SENT", hangup_cause="NORMAL_CLEARING", hangup_state="send_bye"
    )
    wire = {**_sample("outgoing_fax", id=_next_id()), "recipients": [recipient]}
    return _made(models.OutgoingFaxDetail.from_dict(wire), fields)


def make_announcement(**fields: Any) -> models.Announcement:
    """One item of ``client.announcements.list()``."""
    wire = {
        "id": _next_id(),
        "name": "Welcome",
        "file_name": "4.wav",
        "is_on_hold_music": False,
        "created_at": "2015-06-02T16:25:05.452+03:00",
    }
    return _made(models.Announcement.from_dict(wire), fields)


def make_automatic_call(**fields: Any) -> models.AutomaticCall:
    """One item of ``client.automatic_calls.list()``."""
    return _made(models.AutomaticCall.from_dict(_sample("automatic_call", id=_next_id())), fields)


def make_automatic_call_detail(**fields: Any) -> models.AutomaticCallDetail:
    """``client.automatic_calls.get(id)``: calling hours 09:00-18:00 daily, one answered number."""
    recipient = _recipient(905322222222, has_called=True, answer=True, gather=1)
    wire = {
        **_sample("automatic_call", id=_next_id()),
        "call_range": {day: dict(_RANGE_DAY) for day in _WEEK},
        "recipients": [recipient],
    }
    return _made(models.AutomaticCallDetail.from_dict(wire), fields)


def make_write_result(**fields: Any) -> models.WriteResult:
    """What a create, update, delete or send returns."""
    return _made(models.WriteResult.from_dict({"message": "OK"}), fields)


def make_call_and_bridge_result(**fields: Any) -> models.CallAndBridgeResult:
    """``client.call_and_bridge(...)``: the call was started."""
    wire = {"success": True, "message": "Arama başarıyla başlatıldı."}
    return _made(models.CallAndBridgeResult.from_dict(wire), fields)


def _paged(items: Iterable[T], later: tuple[Iterable[T], ...]) -> Callable[[int], _Page[T]]:
    """Page ``number`` of ``items`` and the ``later`` lists: its items and what the server says."""
    pages = [list(items), *(list(page) for page in later)]
    total = sum(len(page) for page in pages)

    def page(number: int) -> _Page[T]:
        more = number < len(pages)
        info = PageInfo(page=number, total_pages=len(pages), total_count=total, more=more)
        return pages[number - 1], info

    return page


def make_page(items: Iterable[T], *later: Iterable[T]) -> Page[T]:
    """What ``list()`` returns: ``items`` as page 1. More lists are the pages after it, fetched
    by ``next_page()`` and walked by ``iter_all()`` as the server's would be:
    ``make_page([cdr1, cdr2], [cdr3])``."""
    page = _paged(items, later)

    def fetch(number: int) -> Page[T]:
        return Page(*page(number), fetch=fetch)

    return fetch(1)


def make_async_page(items: Iterable[T], *later: Iterable[T]) -> AsyncPage[T]:
    """What the async client's ``list()`` returns; as ``make_page``, with ``await next_page()``."""
    page = _paged(items, later)

    async def fetch(number: int) -> AsyncPage[T]:
        return AsyncPage(*page(number), fetch=fetch)

    return AsyncPage(*page(1), fetch=fetch)
