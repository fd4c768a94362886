"""The generated models: examples round-trip, unknown enums survive, nulls read as absent."""

from __future__ import annotations

import datetime
import importlib
import inspect
import json
import re
from typing import Any

import httpx
import pytest

import bulutfon_api
from bulutfon_api import models
from bulutfon_api.client import AuthenticatedClient
from tests._spec import json_examples, operations

EXAMPLES = list(json_examples())
OPERATIONS = list(operations())



def _model_for(schema: dict[str, Any]) -> Any:
    return getattr(models, schema["$ref"].rsplit("/", 1)[1])


def _same(parsed: Any, original: Any) -> bool:
    """Equal as JSON values, timestamps compared as instants (isoformat may add zeros to the ms)."""
    if isinstance(parsed, dict) and isinstance(original, dict):
        return parsed.keys() == original.keys() and all(
            _same(parsed[k], original[k]) for k in parsed
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


@pytest.mark.parametrize(
    ("operation_id", "status", "name", "schema", "value"),
    EXAMPLES,
    ids=[f"{e[0]}-{e[1]}-{e[2]}" for e in EXAMPLES],
)
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
    assert page.pagination.total_count == 4


def test_an_unknown_enum_value_parses_and_is_kept() -> None:
    did = models.Did.from_dict({"id": 7, "number": "908500000000", "state": "PORTING-OUT"})
    assert did.state == "PORTING-OUT"
    assert did.state.value == "PORTING-OUT"
    assert isinstance(did.state, models.DidState)
    assert did.state not in models.DidState
    assert did.to_dict()["state"] == "PORTING-OUT"

    cdr = models.CdrDetail.from_dict(
        {
            "uuid": "u1",
            "hangup_cause": "MEDIA_TIMEOUT",
            "call_record": "Var",
            "call_flow": [{"redirection": "REDIRECTED_TO_QUEUE", "origination": [{"result": "X"}]}],
        }
    )
    assert cdr.hangup_cause.value == "MEDIA_TIMEOUT"
    assert cdr.call_record.value == "Var"
    assert cdr.call_flow[0].redirection.value == "REDIRECTED_TO_QUEUE"
    assert cdr.call_flow[0].origination[0].result.value == "X"
    # A known value is still the real member.
    assert models.Did.from_dict({"id": 1, "state": "CONFIRMED"}).state is models.DidState.CONFIRMED


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
    assert models.Credit.from_dict({"sms_credits": 3}).sms_credits == 3
    assert models.Credit.from_dict({"sms_credit": 4}).sms_credit == 4


def test_a_token_in_a_model_stays_out_of_its_repr() -> None:
    info = models.TokenInfo.from_dict({"token": "s3cret-token", "expired": False, "expires_in": 60})
    assert info.token == "s3cret-token"
    assert "s3cret-token" not in repr(info)
    assert info.to_dict()["token"] == "s3cret-token"


def _null_variants(value: Any, top: bool = True) -> Any:
    """Every copy of ``value`` with one optional field (not an id, uuid or envelope key) set to null."""
    if isinstance(value, dict):
        for key, item in value.items():
            if not top and key not in ("id", "uuid") and item is not None:
                yield {**value, key: None}
            for variant in _null_variants(item, top=False):
                yield {**value, key: variant}
    elif isinstance(value, list):
        for index, item in enumerate(value[:1]):
            for variant in _null_variants(item, top=False):
                yield [*value[:index], variant, *value[index + 1 :]]


NULL_CASES = [
    (f"{e[0]}-{e[2]}-{i}", e[3], variant)
    for e in EXAMPLES
    if e[1].startswith("2")
    for i, variant in enumerate(_null_variants(e[4]))
]


@pytest.mark.parametrize(("name", "schema", "value"), NULL_CASES, ids=[c[0] for c in NULL_CASES])
def test_null_in_any_optional_field_reads_as_absent(
    name: str, schema: dict[str, Any], value: Any
) -> None:
    parsed = _model_for(schema).from_dict(value)
    # Whatever was nulled is now UNSET or None, and the model still dumps and reloads.
    assert _model_for(schema).from_dict(parsed.to_dict()) == parsed


def test_null_variants_cover_nested_fields() -> None:
    variants = list(_null_variants({"did": {"id": 1, "working_hours": {"monday": {"open": True}}}}))
    assert {"did": {"id": 1, "working_hours": None}} in variants
    assert {"did": {"id": 1, "working_hours": {"monday": None}}} in variants
    assert {"did": {"id": 1, "working_hours": {"monday": {"open": None}}}} in variants
    assert not any(v["did"]["id"] is None for v in variants)
