"""The fake's starting data: the spec's examples, tidied, plus synthetic records from a seed.

The examples are the provider's own, so a fresh fake answers what the documentation shows.
They were written for reading, not for joining up: three DIDs share the number
``900000000000`` and an extension's number differs between the list and the detail. Here each
resource's list item and detail are merged into one record, and placeholders become plausible
numbers, so that what one endpoint says agrees with what another says.

Synthetic records come from ``random.Random`` seeded per kind (``"<seed>:cdrs"``), so asking
for more messages does not change the call records, and the same seed gives the same data on
every machine. Their times count back from the fake's clock, never from the wall clock.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from bulutfon_ext.fake._cdrs import CdrRow
from bulutfon_ext.fake._spec import example, unwrapped_example

TURKEY = dt.timezone(dt.timedelta(hours=3))
#: The fake's default clock: a Wednesday morning in Istanbul. Fixed, so responses never vary.
DEFAULT_NOW = dt.datetime(2025, 1, 15, 10, 30, tzinfo=TURKEY)

#: The PBX's numbers by DID id, chosen to match the numbers the other examples call from.
DID_NUMBERS = {1: "908508850000", 2: "902322290000", 3: "902164440000"}

_EXAMPLE_SMS_NUMBERS = ("905321112233", "905332223344", "905343334455")


@dataclass
class Seed:
    """Every resource the fake starts with, as JSON-ready records keyed by id (or uuid)."""

    me: dict[str, Any]
    dids: dict[int, dict[str, Any]]
    extensions: dict[int, dict[str, Any]]
    groups: dict[int, dict[str, Any]]
    cdrs: list[CdrRow]
    incoming_faxes: dict[str, dict[str, Any]]
    outgoing_faxes: dict[int, dict[str, Any]]
    announcements: dict[int, dict[str, Any]]
    automatic_calls: dict[int, dict[str, Any]]
    message_titles: dict[int, dict[str, Any]]
    sms_rejections: dict[str, list[dict[str, Any]]]
    messages: dict[int, dict[str, Any]]


def build(
    seed: int | str,
    now: dt.datetime,
    *,
    cdrs: int,
    incoming_faxes: int,
    messages: int,
    legacy: bool = False,
) -> Seed:
    """The examples plus ``cdrs``, ``incoming_faxes`` and ``messages`` synthetic records.

    ``legacy`` makes the call records speak as the API did in 2015-2017 (the pages of then,
    and the integrations written against them): ``call_record`` in Turkish (``Var``/``Yok``)
    and calls between two extensions with ``direction`` ``LOCAL``.
    """
    data = _from_examples()
    dids = [int(n) for n in DID_NUMBERS.values()]
    data.cdrs.extend(_synthetic_cdrs(random.Random(f"{seed}:cdrs"), cdrs, now, dids))
    if legacy:
        data.cdrs = _legacy(data.cdrs, random.Random(f"{seed}:legacy"), now)
    faxes = _synthetic_faxes(random.Random(f"{seed}:incoming_faxes"), incoming_faxes, now, dids)
    # Newest first, as the provider lists them; the examples are from 2014.
    data.incoming_faxes = {**{f["uuid"]: f for f in faxes}, **data.incoming_faxes}
    titles = [t["name"] for t in data.message_titles.values() if t["state"] == "CONFIRMED"]
    first_id = max(data.messages) + 1
    data.messages.update(
        _synthetic_messages(random.Random(f"{seed}:messages"), messages, now, titles, first_id)
    )
    return data


def _by_id(items: list[dict[str, Any]]) -> dict[int, dict[str, Any]]:
    return {item["id"]: item for item in items}


def _from_examples() -> Seed:
    uuids = _uuids(random.Random("examples"))

    me = example("get_me")
    me["user"]["gsm"] = "905322222222"  # the page's "902222222" is three digits short
    # The page's example says `sms_credits`, its field list (and the Ruby SDK, the Android SDK
    # and the Rails dashboard) `sms_credit`: send both, so either reader finds it.
    me["credit"]["sms_credit"] = me["credit"]["sms_credits"]

    dids = _by_id(unwrapped_example("list_dids"))
    detail = unwrapped_example("get_did")
    dids[detail["id"]] = {**dids[detail["id"]], **detail}
    for did_id, did in dids.items():
        did["number"] = DID_NUMBERS[did_id]

    extensions = _by_id(unwrapped_example("list_extensions"))
    detail = unwrapped_example("get_extension")
    detail["did"] = DID_NUMBERS[1]
    for ext_id, ext in extensions.items():
        defaults = {
            "did": DID_NUMBERS[1],
            "voice_mail": False,
            "redirection_type": "NONE",
            "destination_number": None,
            "external_number": None,
            "acl": ["domestic", "gsm"],
        }
        # The detail's number (1000) wins over the list's, which gives two extensions 1001.
        extensions[ext_id] = {**ext, **defaults, **(detail if ext_id == detail["id"] else {})}

    groups = _by_id(unwrapped_example("list_groups"))
    detail = unwrapped_example("get_group")
    for group_id, group in groups.items():
        groups[group_id] = {
            **group,
            "extensions": [],
            **(detail if group_id == detail["id"] else {}),
        }

    cdrs = [_example_row(cdr) for cdr in unwrapped_example("list_cdrs")]
    cdrs.append(_example_row(unwrapped_example("get_cdr")))

    faxes = {fax["uuid"]: fax for fax in unwrapped_example("list_incoming_faxes")}

    outgoing = _by_id(unwrapped_example("list_outgoing_faxes"))
    detail = unwrapped_example("get_outgoing_fax")
    for fax_id, fax in outgoing.items():
        recipients = (
            detail["recipients"] if fax_id == detail["id"] else [dict(detail["recipients"][0])]
        )
        outgoing[fax_id] = {**fax, "recipients": [{"uuid": next(uuids), **r} for r in recipients]}

    announcements = _by_id(unwrapped_example("list_announcements"))

    calls = _by_id(unwrapped_example("list_automatic_calls"))
    detail = unwrapped_example("get_automatic_call")
    for call_id, call in calls.items():
        if call_id == detail["id"]:
            call.update(detail)
        call.setdefault("call_range", detail["call_range"])
        call["recipients"] = [{"uuid": next(uuids), **r} for r in call.get("recipients", [])]

    titles = _by_id(unwrapped_example("list_message_titles"))
    rejections = {"TEST": unwrapped_example("list_sms_rejections")}

    numbers = iter(_EXAMPLE_SMS_NUMBERS)
    messages: dict[int, dict[str, Any]] = {}
    detail = unwrapped_example("get_message")
    for item in unwrapped_example("list_messages"):
        recipients = [next(numbers) for _ in item["recipients"].split(",")]
        record = {
            **{k: v for k, v in item.items() if k != "recipients"},
            "is_planned_sms": False,
            "send_date": None,
            "recipients": [{"number": n, "state": "SENT"} for n in recipients],
        }
        if item["id"] == detail["id"]:
            record.update({k: v for k, v in detail.items() if k != "recipients"})
        messages[item["id"]] = record

    return Seed(
        me=me,
        dids=dids,
        extensions=extensions,
        groups=groups,
        cdrs=cdrs,
        incoming_faxes=faxes,
        outgoing_faxes=outgoing,
        announcements=announcements,
        automatic_calls=calls,
        message_titles=titles,
        sms_rejections=rejections,
        messages=messages,
    )


def _seconds(timestamp: str | None) -> int | None:
    return None if timestamp is None else int(dt.datetime.fromisoformat(timestamp).timestamp())


def _example_row(cdr: dict[str, Any]) -> CdrRow:
    price = cdr.get("call_price")
    call_time = _seconds(cdr["call_time"])
    assert call_time is not None
    return CdrRow(
        uuid=cdr["uuid"],
        calltype=cdr["bf_calltype"],
        direction=cdr["direction"],
        caller=cdr["caller"],
        callee=cdr["callee"],
        extension=cdr.get("extension"),
        call_time=call_time,
        answer_time=_seconds(cdr["answer_time"]),
        hangup_time=_seconds(cdr["hangup_time"]),
        missing_call=cdr["missing_call"],
        price=None if price is None else round(float(price) * 10_000),
        call_record=cdr["call_record"],
        hangup_cause=cdr["hangup_cause"],
        hangup_state=cdr["hangup_state"],
        call_flow=cdr.get("call_flow"),
    )


# ---- legacy values ------------------------------------------------------------------------

#: The old API's localized ``call_record`` values: "there is one" and "there is none".
_LEGACY_RECORD = {"YES": "Var", "NO": "Yok"}
#: Extensions of the examples that call each other in the legacy data.
_LOCAL_CALLS = ((1000, 1002, True), (1002, 1001, False))


def _legacy(rows: list[CdrRow], rng: random.Random, now: dt.datetime) -> list[CdrRow]:
    for row in rows:
        row.call_record = _LEGACY_RECORD.get(row.call_record, row.call_record)
    t = int(now.timestamp())
    for offset, (caller, callee, answered) in enumerate(_LOCAL_CALLS, start=1):
        start = t - offset * 5400
        rows.append(
            CdrRow(
                uuid=uuid_from(rng.getrandbits(128)),
                calltype="voice",
                direction="LOCAL",
                caller=caller,
                callee=callee,
                extension=None,
                call_time=start,
                answer_time=start + 4 if answered else None,
                hangup_time=start + (95 if answered else 20),
                missing_call=not answered,
                price=None,
                call_record="Var" if answered else "Yok",
                hangup_cause="NORMAL_CLEARING" if answered else "NO_ANSWER",
                hangup_state="recv_bye" if answered else "send_cancel",
            )
        )
    return rows


# ---- synthetic records -------------------------------------------------------------------


def uuid_from(bits: int) -> str:
    """A version-4 UUID string made from 128 random bits (``uuid.uuid4`` would not be seeded)."""
    bits = (bits & ~(0xF000 << 64)) | (0x4000 << 64)
    bits = (bits & ~(0xC000 << 48)) | (0x8000 << 48)
    h = f"{bits:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _uuids(rng: random.Random) -> Iterator[str]:
    while True:
        yield uuid_from(rng.getrandbits(128))


def _phone_pool(rng: random.Random, size: int) -> list[int]:
    # Mostly mobiles (905xx), some landlines in Istanbul, Izmir and Ankara: 90 + 10 digits.
    prefixes = (9053, 9053, 9053, 9054, 9055, 9050, 90212, 90216, 90232, 90312)
    pool = []
    for _ in range(size):
        prefix = rng.choice(prefixes)
        digits = 12 - len(str(prefix))
        pool.append(prefix * 10**digits + rng.randrange(10 ** (digits - 1), 10**digits))
    return pool


def _synthetic_cdrs(
    rng: random.Random, count: int, now: dt.datetime, dids: list[int]
) -> list[CdrRow]:
    pool = _phone_pool(rng, min(5000, max(50, count // 20)))
    # Three draws of random bits a call, sliced into its choices, rather than a draw per choice:
    # this is what lets 100,000 rows build in a fraction of a second.
    t = int(now.timestamp())
    rows = []
    getrandbits = rng.getrandbits
    n_pool, n_dids = len(pool), len(dids)
    for _ in range(count):
        t -= 1 + getrandbits(9)  # calls about four minutes apart on average
        r = getrandbits(80)
        uuid = uuid_from(getrandbits(128))
        other = pool[(r & 0xFFFF) % n_pool]
        did = dids[((r >> 16) & 0xFF) % n_dids]
        outgoing = (r >> 24) & 0xFF < 115  # 45% outgoing
        answered = (r >> 32) & 0xFF < (180 if outgoing else 192)
        ring = 3 + ((r >> 40) & 0xFF) % 22
        talk = 5 + ((r >> 48) & 0xFFFF) % 900
        fax = (r >> 64) & 0x3F == 0  # one call in 64 is a fax
        recorded = (r >> 70) & 0x3F
        answer_time = t + ring if answered else None
        hangup_time = t + ring + (talk if answered else 0)
        call_record = "NO"
        if answered and not fax:
            call_record = "YES" if recorded < 22 else "REMOVED" if recorded < 24 else "NO"
        if answered:
            cause, state = "NORMAL_CLEARING", "recv_bye" if talk & 1 else "send_bye"
        elif outgoing:
            cause, state = (
                ("USER_BUSY", "recv_refuse") if ring & 1 else ("NO_ANSWER", "send_cancel")
            )
        else:
            cause, state = (
                ("NO_ANSWER", "send_cancel") if ring & 1 else ("ORIGINATOR_CANCEL", "recv_cancel")
            )
        rows.append(
            CdrRow(
                uuid=uuid,
                calltype="fax" if fax else "voice",
                direction="OUT" if outgoing else "IN",
                caller=did if outgoing else other,
                callee=other if outgoing else did,
                extension=str(did) if outgoing else None,
                call_time=t,
                answer_time=answer_time,
                hangup_time=hangup_time,
                missing_call=not outgoing and not answered,
                # A mobile minute costs about 0.0250 TL; the provider bills by the second.
                price=(talk * 250 + 59) // 60 if outgoing and answered else None,
                call_record=call_record,
                hangup_cause=cause,
                hangup_state=state,
            )
        )
    return rows


def _stamp(seconds: int, millis: int, tz: dt.tzinfo | None) -> str:
    moment = dt.datetime.fromtimestamp(seconds, tz) + dt.timedelta(milliseconds=millis)
    return moment.isoformat(timespec="milliseconds")


def _synthetic_faxes(
    rng: random.Random, count: int, now: dt.datetime, dids: list[int]
) -> list[dict[str, Any]]:
    pool = _phone_pool(rng, min(500, max(10, count // 5)))
    t = int(now.timestamp())
    faxes = []
    for _ in range(count):
        t -= 600 + rng.randrange(86_400)
        faxes.append(
            {
                "uuid": uuid_from(rng.getrandbits(128)),
                "sender": rng.choice(pool),
                # The page's receivers drop the country code: 8508850000.
                "receiver": rng.choice(dids) - 900_000_000_000,
                "created_at": _stamp(t, rng.randrange(1000), now.tzinfo),
            }
        )
    return faxes


_SMS_TEXTS = (
    "Randevunuz yarın saat 10:00'dadır.",
    "Siparişiniz kargoya verildi.",
    "Doğrulama kodunuz: {code}",
    "Ödemeniz alınmıştır, teşekkür ederiz.",
)


def _synthetic_messages(
    rng: random.Random,
    count: int,
    now: dt.datetime,
    titles: list[str],
    first_id: int,
) -> dict[int, dict[str, Any]]:
    pool = _phone_pool(rng, min(500, max(10, count // 2)))
    # The SMS service ended on 2020-12-31, so the messages count back from then.
    end = dt.datetime(2020, 12, 31, 18, 0, tzinfo=now.tzinfo)
    t = int(min(now, end).timestamp())
    messages = {}
    for message_id in range(first_id + count - 1, first_id - 1, -1):
        t -= 60 + rng.randrange(7200)
        numbers = rng.sample(pool, k=min(len(pool), 1 + rng.randrange(3)))
        states = ("CONFIRMED", "CONFIRMED", "CONFIRMED", "FAILED", "WAITING")
        messages[message_id] = {
            "id": message_id,
            "title": rng.choice(titles),
            "content": rng.choice(_SMS_TEXTS).format(code=rng.randrange(100_000, 1_000_000)),
            "created_at": _stamp(t, rng.randrange(1000), now.tzinfo),
            "sent_as_single_sms": len(numbers) == 1,
            "is_planned_sms": False,
            "send_date": None,
            "recipients": [{"number": str(n), "state": rng.choice(states)} for n in numbers],
        }
    return messages
