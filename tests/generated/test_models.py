"""The generated models: examples round-trip, unknown enums survive, nulls read as absent."""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

import pytest

from bulutfon_api import models
from bulutfon_api.types import UNSET
from tests._mock import cdr
from tests._spec import (
    decimal_fields,
    each_json_example,
    json_examples,
    operations,
    resolve,
)
from tests._typing import given

EXAMPLES = list(json_examples())
OPERATIONS = list(operations())
MONEY = decimal_fields()
CDR_REQUIRED = cdr()


def _model_for(schema: dict[str, Any]) -> Any:
    return getattr(models, schema["$ref"].rsplit("/", 1)[1])


def _same(parsed: Any, original: Any) -> bool:
    """Equal as JSON values, timestamps compared as instants (isoformat may add zeros to the ms)."""
    if isinstance(parsed, dict) and isinstance(original, dict):
        return parsed.keys() == original.keys() and all(
            (_same_amount if k in MONEY else _same)(parsed[k], original[k]) for k in parsed
        )
    if isinstance(parsed, list) and isinstance(original, list):
        return len(parsed) == len(original) and all(map(_same, parsed, original))
    if isinstance(parsed, str) and isinstance(original, str) and parsed != original:
        try:
            return datetime.datetime.fromisoformat(parsed) == datetime.datetime.fromisoformat(
                original
            )
        except ValueError:
            return False
    return type(parsed) is type(original) and parsed == original


def _same_amount(dumped: Any, original: Any) -> bool:
    """Money is read as a Decimal and written back as its decimal string: "0.0182" or 12.5 alike."""
    if original is None or dumped is None:
        return dumped is original
    return isinstance(dumped, str) and Decimal(dumped) == Decimal(str(original))


@each_json_example()
def test_example_parses_and_round_trips(
    operation_id: str, status: str, name: str, schema: dict[str, Any], value: Any
) -> None:
    model = _model_for(schema)
    parsed = model.from_dict(value)
    dumped = parsed.to_dict()
    assert _same(dumped, value)
    assert model.from_dict(dumped) == parsed
    # Nothing fell through to additional_properties: the schema names every field the page shows.
    assert parsed.additional_properties == {}


def test_round_trip_check_can_fail() -> None:
    assert not _same({"a": "2015-06-02T16:25:05.757+03:00"}, {"a": "2015-06-02T16:25:05.758+03:00"})
    assert not _same({"a": 1}, {"a": "1"})
    assert not _same({"a": 1}, {"a": 1, "b": None})


def test_parsed_values_are_typed() -> None:
    example = next(e[4] for e in EXAMPLES if e[0] == "list_cdrs")
    page = models.CdrListResponse.from_dict(example)
    first = page.cdrs[0]
    assert first.direction is models.Direction.OUT
    assert first.hangup_state is models.HangupState.RECV_REFUSE
    assert first.answer_time is None
    assert first.call_time == datetime.datetime.fromisoformat("2017-03-15T09:46:06+03:00")
    assert first.caller == 902322290000
    assert given(page.pagination).total_count == 4


def test_an_unknown_enum_value_parses_and_is_kept() -> None:
    did = models.Did.from_dict({"id": 7, "number": "908500000000", "state": "PORTING-OUT"})
    assert did.state == "PORTING-OUT"
    assert did.state.value == "PORTING-OUT"
    assert isinstance(did.state, models.DidState)
    assert did.state not in models.DidState
    assert did.to_dict()["state"] == "PORTING-OUT"

    cdr = models.CdrDetail.from_dict(
        {
            **CDR_REQUIRED,
            "hangup_cause": "MEDIA_TIMEOUT",
            "call_record": "Var",
            "call_flow": [{"redirection": "REDIRECTED_TO_QUEUE", "origination": [{"result": "X"}]}],
        }
    )
    assert given(cdr.hangup_cause).value == "MEDIA_TIMEOUT"
    assert given(cdr.call_record).value == "Var"
    step = given(cdr.call_flow)[0]
    assert given(step.redirection).value == "REDIRECTED_TO_QUEUE"
    assert given(given(given(step.origination)[0].result)).value == "X"
    # A known value is still the real member.
    known = models.Did.from_dict({"id": 1, "number": 9, "state": "CONFIRMED"})
    assert known.state is models.DidState.CONFIRMED


def test_an_unknown_nullable_enum_value_parses() -> None:
    recipient = models.FaxRecipient.from_dict({"hangup_cause": "NEW_CAUSE", "hangup_state": None})
    assert recipient.hangup_cause == "NEW_CAUSE"
    assert recipient.hangup_state is None


def test_what_the_client_sends_stays_strict() -> None:
    with pytest.raises(ValueError, match="SOMETIMES"):
        models.RedirectionType("SOMETIMES")
    with pytest.raises(ValueError, match="week"):
        models.TimeLimit("week")


def test_numbers_are_read_as_int_or_str() -> None:
    assert (
        models.IncomingFax.from_dict({"uuid": "x", "sender": 905001112233}).sender == 905001112233
    )
    assert (
        models.IncomingFax.from_dict({"uuid": "x", "sender": "905001112233"}).sender
        == "905001112233"
    )


def test_sms_credit_is_read_under_either_spelling() -> None:
    assert models.Credit.from_dict({"balance": "1", "sms_credits": 3}).sms_credits == 3
    assert models.Credit.from_dict({"balance": "1", "sms_credit": 4}).sms_credit == 4


def test_a_token_in_a_model_stays_out_of_its_repr() -> None:
    info = models.TokenInfo.from_dict({"token": "s3cret-token", "expired": False, "expires_in": 60})
    assert info.token == "s3cret-token"
    assert "s3cret-token" not in repr(info)
    assert info.to_dict()["token"] == "s3cret-token"


def _shape(schema: dict[str, Any]) -> tuple[dict[str, Any], set[str], dict[str, Any]]:
    """A schema's properties, required names and array items, through $ref, allOf and anyOf."""
    schema = resolve(schema)
    properties = dict(schema.get("properties", {}))
    required = set(schema.get("required", []))
    items = schema.get("items", {})
    for part in [*schema.get("allOf", []), *schema.get("anyOf", [])]:
        more, needed, part_items = _shape(part)
        properties.update(more)
        required |= needed
        items = items or part_items
    return properties, required, items


def _null_variants(value: Any, schema: dict[str, Any], top: bool = True) -> Any:
    """Every copy of ``value`` with one optional field (not a required one, nor an envelope key)
    set to null."""
    properties, required, items = _shape(schema)
    if isinstance(value, dict):
        for key, item in value.items():
            if not top and key not in required and item is not None:
                yield {**value, key: None}
            for variant in _null_variants(item, properties.get(key, {}), top=False):
                yield {**value, key: variant}
    elif isinstance(value, list):
        for index, item in enumerate(value[:1]):
            for variant in _null_variants(item, items, top=False):
                yield [*value[:index], variant, *value[index + 1 :]]


NULL_CASES = [
    (f"{e[0]}-{e[2]}-{i}", e[3], variant)
    for e in EXAMPLES
    if e[1].startswith("2")
    for i, variant in enumerate(_null_variants(e[4], e[3]))
]


@pytest.mark.parametrize(("name", "schema", "value"), NULL_CASES, ids=[c[0] for c in NULL_CASES])
def test_null_in_any_optional_field_reads_as_absent(
    name: str, schema: dict[str, Any], value: Any
) -> None:
    parsed = _model_for(schema).from_dict(value)
    # Whatever was nulled is now UNSET or None, and the model still dumps and reloads.
    assert _model_for(schema).from_dict(parsed.to_dict()) == parsed


def test_null_variants_cover_nested_fields() -> None:
    did = {"id": 1, "number": 9, "working_hours": {"monday": {"open": True}}}
    variants = list(_null_variants({"did": did}, {"$ref": "#/components/schemas/DidResponse"}))
    assert {"did": {**did, "working_hours": None}} in variants
    assert {"did": {**did, "working_hours": {"monday": None}}} in variants
    assert {"did": {**did, "working_hours": {"monday": {"open": None}}}} in variants
    # Required fields (the id, the number) are never nulled: that is a broken response.
    assert not any(v["did"]["id"] is None or v["did"]["number"] is None for v in variants)
    assert len(variants) == 3


# ---- money as Decimal, required fields --------------------------------------------------


@pytest.mark.parametrize(
    ("wire", "amount"),
    [
        ("300.06", Decimal("300.06")),
        (12.5, Decimal("12.5")),
        (0, Decimal(0)),
        ("0.0182", Decimal("0.0182")),
    ],
)
def test_money_is_read_as_a_decimal(wire: Any, amount: Decimal) -> None:
    credit = models.Credit.from_dict({"balance": wire})
    assert isinstance(credit.balance, Decimal) and credit.balance == amount
    assert str(credit.balance) == str(amount)  # no binary float expansion of 12.5 or 0.0182
    assert models.Credit.from_dict(credit.to_dict()) == credit


def test_a_missing_or_null_call_price_stays_unset_or_none() -> None:
    assert models.Cdr.from_dict(CDR_REQUIRED).call_price is UNSET
    assert models.Cdr.from_dict({**CDR_REQUIRED, "call_price": None}).call_price is None
    cdr = models.Cdr.from_dict({**CDR_REQUIRED, "call_price": "0.01"})
    assert cdr.call_price == Decimal("0.01") and cdr.to_dict()["call_price"] == "0.01"


@pytest.mark.parametrize("wire", ["abc", "", True, "NaN", "Infinity", [], {"amount": 1}, None])
def test_a_balance_that_is_not_an_amount_is_refused(wire: Any) -> None:
    with pytest.raises((ValueError, TypeError)):
        models.Credit.from_dict({"balance": wire})


@pytest.mark.parametrize(
    ("model", "value", "missing"),
    [
        (models.Credit, {"sms_credits": 1}, "balance"),
        (models.Did, {"id": 1, "state": "CONFIRMED"}, "number"),
        (models.Cdr, {k: v for k, v in CDR_REQUIRED.items() if k != "caller"}, "caller"),
        (models.Group, {"id": 1, "name": "Destek"}, "number"),
    ],
)
def test_a_required_field_missing_fails_the_parse(model: Any, value: Any, missing: str) -> None:
    with pytest.raises(KeyError, match=missing):
        model.from_dict(value)


def test_always_sent_fields_are_not_unset_in_the_types() -> None:
    hints = {
        "Credit.balance": models.Credit.__annotations__["balance"],
        "Did.number": models.Did.__annotations__["number"],
        "Cdr.call_time": models.Cdr.__annotations__["call_time"],
        "Extension.number": models.Extension.__annotations__["number"],
    }
    assert not [name for name, hint in hints.items() if "Unset" in str(hint)]
