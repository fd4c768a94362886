"""``has_recording`` and ``sms_credit``: one answer whichever spelling the server used."""

from __future__ import annotations

from typing import Any

import pytest

from bulutfon_api.models import Cdr, CdrDetail, MeResponse
from bulutfon_ext import has_recording, sms_credit


@pytest.mark.parametrize(
    ("call_record", "expected"),
    [
        ("YES", True),
        ("Var", True),
        ("NO", False),
        ("Yok", False),
        ("REMOVED", False),
        ("SOON", False),
        (None, False),
    ],
)
def test_has_recording_reads_today_and_the_old_api(call_record: Any, expected: bool) -> None:
    wire: dict[str, Any] = {
        "uuid": "u",
        "direction": "IN",
        "caller": 905321112233,
        "callee": 908508850000,
        "call_time": "2015-04-16T11:02:02+03:00",
        "missing_call": False,
    }
    if call_record is not None:
        wire["call_record"] = call_record
    assert has_recording(Cdr.from_dict(wire)) is expected
    assert has_recording(CdrDetail.from_dict(wire)) is expected
    assert has_recording(wire) is expected


@pytest.mark.parametrize(
    ("credit", "expected"),
    [
        ({"sms_credits": 5}, 5),
        ({"sms_credit": 7}, 7),
        ({"sms_credit": 3, "sms_credits": 3}, 3),
        ({"balance": "1.00"}, None),
    ],
)
def test_sms_credit_reads_either_key(credit: dict[str, Any], expected: int | None) -> None:
    me = MeResponse.from_dict(
        {
            "user": {"email": "a@b.c", "name": "A"},
            "pbx": {"name": "p"},
            "credit": {"balance": "1", **credit},
        }
    )
    assert sms_credit(me) == expected
    assert sms_credit(me.credit) == expected
    assert sms_credit({"credit": credit}) == expected
    assert sms_credit(credit) == expected
