"""The generated parsers (``from_dict``): strict about JSON types, tolerant where the spec is.

A value of the wrong JSON type (``"false"`` for a boolean, ``"x"`` for an integer, a list where an
object belongs) is refused with TypeError/ValueError naming ``Model.field``; the ergonomic layer
turns that into ``ResponseParseError``. Fields the spec gives as an integer or a string take both.
"""

from __future__ import annotations

import datetime
import json
import re
from decimal import Decimal
from typing import Any

import pytest

from bulutfon_api import models, types
from bulutfon_api.types import UNSET
from bulutfon_ext import Bulutfon, ResponseParseError
from tests._mock import TOKEN, Script, json_reply

CDR: dict[str, Any] = {
    "uuid": "8c8f1e7a-2f43-4a43-9a1b-1c1d8e2f3a4b",
    "bf_calltype": "voice",
    "direction": "OUT",
    "caller": 905321112233,
    "callee": "905331112244",
    "extension": "1001",
    "call_time": "2024-03-01T10:00:00.250+03:00",
    "answer_time": "2024-03-01T10:00:05+03:00",
    "hangup_time": None,
    "missing_call": False,
    "call_price": "0.0450",
    "call_record": "YES",
    "hangup_cause": "NORMAL_CLEARING",
    "hangup_state": "send_bye",
}


DID: dict[str, Any] = {"id": 1, "number": "908508850000", "state": "CONFIRMED"}


def test_a_well_formed_cdr_parses_to_typed_values() -> None:
    cdr = models.Cdr.from_dict(CDR)
    assert cdr.caller == 905321112233
    assert cdr.callee == "905331112244"
    assert cdr.call_time == datetime.datetime(
        2024, 3, 1, 10, 0, 0, 250_000, tzinfo=datetime.timezone(datetime.timedelta(hours=3))
    )
    assert cdr.hangup_time is None
    assert cdr.call_record is models.CallRecordState.YES
    assert cdr.hangup_cause is models.HangupCause.NORMAL_CLEARING
    assert cdr.additional_properties == {}
    assert models.Cdr.from_dict(cdr.to_dict()) == cdr


@pytest.mark.parametrize(
    ("model", "body", "field", "error"),
    [
        (models.Cdr, {**CDR, "missing_call": "false"}, "Cdr.missing_call", TypeError),
        (models.Cdr, {**CDR, "missing_call": 0}, "Cdr.missing_call", TypeError),
        (models.Cdr, {**CDR, "uuid": 12}, "Cdr.uuid", TypeError),
        (models.Cdr, {**CDR, "caller": ["905321112233"]}, "Cdr.caller", TypeError),
        (models.Cdr, {**CDR, "caller": True}, "Cdr.caller", TypeError),
        (models.Cdr, {**CDR, "call_price": {"amount": 1}}, "Cdr.call_price", TypeError),
        (models.Cdr, {**CDR, "call_time": 1709276400}, "Cdr.call_time", TypeError),
        (models.Cdr, {**CDR, "call_time": "yesterday"}, "Cdr.call_time", ValueError),
        (models.Cdr, {**CDR, "hangup_cause": 16}, "Cdr.hangup_cause", TypeError),
        (models.Did, {**DID, "id": "x"}, "Did.id", TypeError),
        (models.Did, {**DID, "id": True}, "Did.id", TypeError),
        (models.Did, {**DID, "working_hour": "true"}, "Did.working_hour", TypeError),
        (models.Did, {**DID, "destination_id": "7"}, "Did.destination_id", TypeError),
        (models.Did, {**DID, "state": ["CONFIRMED"]}, "Did.state", TypeError),
        (models.Credit, {"balance": "1.5", "sms_credits": 2.5}, "Credit.sms_credits", TypeError),
        (models.Credit, {"balance": False}, "Credit.balance", TypeError),
        (models.Credit, {"balance": "lots"}, "Credit.balance", ValueError),
        (
            models.CdrDetail,
            {**CDR, "call_flow": {"callee": 1}},
            "CdrDetail.call_flow",
            TypeError,
        ),
        (models.CdrDetail, {**CDR, "call_flow": [["x"]]}, "CallFlowStep", TypeError),
        (
            models.ExtensionDetail,
            {"id": 1, "number": 1001, "acl": ["gsm", 3]},
            "ExtensionDetail.acl[]",
            TypeError,
        ),
        (models.Cdr, ["not", "an", "object"], "Cdr", TypeError),
    ],
)
def test_a_wrong_json_type_is_refused_naming_the_field(
    model: Any, body: Any, field: str, error: type[Exception]
) -> None:
    with pytest.raises(error, match=rf"^{re.escape(field)}: expected"):
        model.from_dict(body)


@pytest.mark.parametrize("value", [905321112233, "905321112233", "+90 532 111 22 33", None])
def test_an_integer_or_string_field_takes_either(value: object) -> None:
    assert models.Cdr.from_dict({**CDR, "caller": value}).caller == value


@pytest.mark.parametrize("value", ["0.0450", 0.045, 1])
def test_a_money_field_takes_a_string_or_a_number(value: object) -> None:
    assert models.Cdr.from_dict({**CDR, "call_price": value}).call_price == Decimal(str(value))


@pytest.mark.parametrize("value", [905321112233, "905321112233"])
def test_a_required_integer_or_string_field_takes_either(value: object) -> None:
    assert models.Did.from_dict({**DID, "number": value}).number == value


def test_null_in_an_optional_field_is_absent_and_in_a_nullable_one_is_none() -> None:
    cdr = models.Cdr.from_dict({**CDR, "call_record": None, "caller": None, "extension": None})
    assert cdr.call_record is UNSET
    assert cdr.caller is None
    assert cdr.extension is None
    without = {key: value for key, value in CDR.items() if key != "extension"}
    assert models.Cdr.from_dict(without).extension is UNSET


def test_null_in_a_required_field_is_refused() -> None:
    with pytest.raises(TypeError, match=r"^Cdr\.uuid: expected a string, got null"):
        models.Cdr.from_dict({**CDR, "uuid": None})
    with pytest.raises(TypeError, match=r"^Cdr\.missing_call: expected a boolean, got null"):
        models.Cdr.from_dict({**CDR, "missing_call": None})


def test_an_unknown_enum_value_is_kept_but_a_known_one_is_the_member() -> None:
    cdr = models.Cdr.from_dict({**CDR, "hangup_cause": "NEW_CAUSE_2030"})
    assert cdr.hangup_cause == "NEW_CAUSE_2030"
    assert cdr.hangup_cause not in models.HangupCause
    assert models.Cdr.from_dict(CDR).hangup_cause is models.HangupCause.NORMAL_CLEARING


def test_unknown_keys_are_kept_as_additional_properties() -> None:
    cdr = models.Cdr.from_dict({**CDR, "queue": "sales", "tags": [1]})
    assert cdr.additional_properties == {"queue": "sales", "tags": [1]}
    assert cdr.to_dict()["queue"] == "sales"


def test_a_secret_fields_wrong_value_is_not_shown() -> None:
    with pytest.raises(TypeError) as caught:
        models.TokenInfo.from_dict({"token": ["s3cret-token-value"], "expired": False})
    assert "TokenInfo.token" in str(caught.value)
    assert "s3cret" not in str(caught.value)


def test_a_long_wrong_value_is_shortened_in_the_message() -> None:
    with pytest.raises(TypeError) as caught:
        models.Cdr.from_dict({**CDR, "missing_call": "x" * 500})
    assert len(str(caught.value)) < 150


def test_the_client_reports_a_wrong_type_as_a_parse_error() -> None:
    body = {"cdr": {**CDR, "missing_call": "false"}}
    with (
        Bulutfon(access_token=TOKEN, transport=Script(json_reply(body)), max_retries=0) as client,
        pytest.raises(ResponseParseError, match=r"Cdr(Detail)?\.missing_call: expected a boolean"),
    ):
        client.cdrs.get(CDR["uuid"])


def test_the_client_parses_a_page_with_strings_and_integers_for_numbers() -> None:
    page = {
        "cdrs": [{**CDR, "caller": 905321112233}, {**CDR, "caller": "905321112233"}],
        "pagination": {"page": 1, "limit": 2, "total_pages": 1, "total_count": 2},
    }
    with Bulutfon(access_token=TOKEN, transport=Script(json_reply(page)), max_retries=0) as client:
        callers = [cdr.caller for cdr in client.cdrs.list()]
    assert callers == [905321112233, "905321112233"]


BODIES = [
    b'{"cdrs": [{"uuid": "u", "caller": 905321112233, "price": 0.045, "x": null, "ok": true}]}',
    '{"name": "Çağrı Merkezi", "emoji": "\\ud83d\\udcde", "big": 18446744073709551615}'.encode(),
    b"[1, 2.5, -0.0, 1e300]",
]


@pytest.mark.parametrize("body", BODIES)
def test_response_bodies_decode_to_the_same_objects_with_or_without_orjson(
    body: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert types._fast_loads is not None, "the dev environment pins orjson (the fast extra)"  # type: ignore[attr-defined]
    fast = types.json_loads(body)
    monkeypatch.setattr(types, "_fast_loads", None)
    assert fast == types.json_loads(body) == json.loads(body)


@pytest.mark.parametrize(
    "body", [b'{"balance": NaN}', '{"name": "x"}'.encode("utf-16"), b'{"a": 1e999}']
)
def test_what_orjson_refuses_the_standard_library_decides(body: bytes) -> None:
    assert repr(types.json_loads(body)) == repr(json.loads(body))


def test_a_body_that_is_not_json_raises_a_value_error() -> None:
    with pytest.raises(ValueError, match="Unterminated string"):
        types.json_loads(b'{"dids": [{"id": 1, "numb')
