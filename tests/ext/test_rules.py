"""The spec's rules across fields: stated once (a JSON Schema ``not`` in the spec), checked by the
SDK before sending (``bulutfon_ext._rules``, from the generated ``bulutfon_api.rules``) and by
the fake (``fake._schema``, from the spec), and all three agree."""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator, Mapping
from typing import Any

import pytest
from jsonschema import Draft202012Validator  # type: ignore[import-untyped]

import bulutfon_api.rules
from bulutfon_ext import Bulutfon, ValidationError, _rules
from bulutfon_ext.fake import _schema as fake_schema
from bulutfon_ext.resources.automatic_calls import AsyncAutomaticCalls
from tests._mock import TOKEN, Script, json_reply
from tests._spec import load_spec
from tests._spec_facts import spec_facts

RULES = bulutfon_api.rules.RULES


@pytest.fixture
def script() -> Script:
    return Script(default=json_reply({"message": "ok"}))


@pytest.fixture
def client(script: Script) -> Bulutfon:
    return Bulutfon(access_token=TOKEN, transport=script)


def test_the_generated_rules_are_the_specs() -> None:
    assert spec_facts().rules(load_spec()) == RULES
    # Every request schema with a rule across fields is covered, and nothing else.
    stated = {name for name, s in load_spec()["components"]["schemas"].items() if "not" in s}
    assert set(RULES) == stated and "ExtensionCreate" in stated


def _values(rule: Mapping[str, Any]) -> dict[str, list[Any]]:
    """For each field a rule names: absent (None), each value it lists, and one it does not."""
    values: dict[str, list[Any]] = {}

    def walk(node: Any, field: str | None) -> None:
        if not isinstance(node, Mapping):
            return
        if field is not None:
            values.setdefault(field, [None, "other"]).extend(node.get("enum", ()))
        for name in node.get("required", ()):
            values.setdefault(name, [None, "other"])
        for key in ("not",):
            if key in node:
                walk(node[key], field)
        for part in [*node.get("anyOf", ()), *node.get("allOf", ()), *node.get("oneOf", ())]:
            walk(part, field)
        for name, part in node.get("properties", {}).items():
            walk(part, name)

    walk(rule, None)
    return {name: _distinct(vs) for name, vs in values.items()}


def _distinct(values: list[Any]) -> list[Any]:
    # True and 1 are different JSON values, though equal to Python.
    kept: list[Any] = []
    for value in values:
        if not any(type(value) is type(k) and value == k for k in kept):
            kept.append(value)
    return kept


def _bodies(rule: Mapping[str, Any]) -> Iterator[dict[str, Any]]:
    values = _values(rule)
    for combo in itertools.product(*values.values()):
        yield dict(zip(values, combo, strict=True))


@pytest.mark.parametrize("schema", sorted(RULES))
def test_the_sdk_the_fake_and_json_schema_agree_on_every_body(schema: str) -> None:
    rule = RULES[schema]
    spec_schema = load_spec()["components"]["schemas"][schema]
    validator = Draft202012Validator(rule)
    outcomes = set()
    for body in _bodies(rule):
        present = {k: v for k, v in body.items() if v is not None}
        breaks = validator.is_valid(present)  # the `not` matches: the body breaks the rule
        outcomes.add(breaks)
        assert _rules.matches(body, rule) == breaks, body
        assert _fake_refuses(present, spec_schema) == breaks, body
        if breaks:
            with pytest.raises(ValidationError) as raised:
                _rules.check_rule(schema, body)
            assert raised.value.field in body
        else:
            _rules.check_rule(schema, body)
    assert outcomes == {True, False}  # the bodies tried both keep and break the rule


def _fake_refuses(body: dict[str, Any], schema: Mapping[str, Any]) -> bool:
    """Whether the fake refuses ``body`` by the rule, as the spec says: 422 with its code."""
    try:
        fake_schema.check_rule(body, schema)
    except fake_schema.Invalid as invalid:
        return (invalid.status, invalid.code) == (422, schema["not"]["x-error-code"])
    return False


def test_the_agreement_test_can_fail() -> None:
    # An evaluator that got one keyword wrong (here `required` ignored) disagrees somewhere.
    rule = RULES["ExtensionCreate"]
    loose = {k: v for k, v in rule.items() if k != "required"}
    validator = Draft202012Validator(rule)
    assert any(
        _rules.matches(body, loose)
        != validator.is_valid({k: v for k, v in body.items() if v is not None})
        for body in _bodies(rule)
    )


@pytest.mark.parametrize(
    ("schema", "body", "field", "message"),
    [
        (
            "ExtensionCreate",
            {"redirection_type": "UNREACHABLE"},
            "destination_type",
            "required when redirection_type is UNREACHABLE",
        ),
        (
            "ExtensionCreate",
            {"redirection_type": "ALWAYS", "destination_type": "EXTERNAL"},
            "external_number",
            "required when redirection_type is ALWAYS and destination_type is EXTERNAL",
        ),
        (
            "SmsMessageCreate",
            {"is_future_sms": True},
            "send_date",
            "required when is_future_sms is True",
        ),
        (
            "AutomaticCallCreate",
            {"sound_url": "https://x/a.wav", "bulutfon_xm_id": 3, "announcement_id": 1},
            "announcement_id",
            "send exactly one of announcement_id, sound_url, bulutfon_xm_id "
            "(got announcement_id, sound_url, bulutfon_xm_id)",
        ),
    ],
)
def test_a_broken_rule_names_the_field_and_the_fix(
    schema: str, body: dict[str, Any], field: str, message: str
) -> None:
    with pytest.raises(ValidationError) as raised:
        _rules.check_rule(schema, body)
    assert (raised.value.field, str(raised.value)) == (field, f"{field}: {message}")


def test_a_changed_rule_in_the_spec_changes_what_the_sdk_refuses(
    monkeypatch: pytest.MonkeyPatch, client: Bulutfon, script: Script
) -> None:
    fields: dict[str, Any] = dict(full_name="A", email="a@b.co", did="1", number=1001)
    with pytest.raises(ValidationError, match="destination_type: required when"):
        client.extensions.create(**fields, redirection_type="UNREACHABLE")
    assert script.requests == []  # refused before anything was sent

    # The same spec with UNREACHABLE allowed to go nowhere (as NONE is), through the generator's
    # own reading of it: the SDK follows with no edit of its own.
    spec = load_spec()
    rule = spec["components"]["schemas"]["ExtensionCreate"]["not"]
    changed_rule = {
        **rule,
        "properties": {"redirection_type": {"not": {"enum": ["NONE", "UNREACHABLE"]}}},
    }
    schemas = {**spec["components"]["schemas"]}
    schemas["ExtensionCreate"] = {**schemas["ExtensionCreate"], "not": changed_rule}
    changed = {**spec, "components": {**spec["components"], "schemas": schemas}}
    monkeypatch.setattr(bulutfon_api.rules, "RULES", spec_facts().rules(changed))
    client.extensions.create(**fields, redirection_type="UNREACHABLE")
    assert len(script.requests) == 1
    with pytest.raises(ValidationError, match="destination_type: required when"):
        client.extensions.create(**fields, redirection_type="ALWAYS")


def test_the_bounds_are_the_specs() -> None:
    assert spec_facts().bounds(load_spec()) == bulutfon_api.rules.BOUNDS
    timeout = load_spec()["components"]["schemas"]["AutomaticCallCreate"]["properties"]["timeout"]
    (integer,) = [a for a in timeout["anyOf"] if a["type"] == "integer"]
    low, high = _rules.bounds("AutomaticCallCreate", "timeout")
    assert (low, high) == (integer["minimum"], integer["maximum"])
    # The prose that states them (a docstring is not generated) says the same.
    assert f"({low}-{high} s)" in (AsyncAutomaticCalls.create.__doc__ or "")


def test_a_changed_bound_in_the_spec_changes_what_the_sdk_refuses(
    monkeypatch: pytest.MonkeyPatch, client: Bulutfon, script: Script
) -> None:
    call: dict[str, Any] = dict(title="t", receivers="905321112233", did="1", announcement_id=1)
    with pytest.raises(ValidationError, match="timeout: 90 must be a whole number from 0 to 60"):
        client.automatic_calls.create(**call, timeout=90)
    assert script.requests == []
    spec = load_spec()
    schemas = {**spec["components"]["schemas"]}
    create = schemas["AutomaticCallCreate"]
    timeout = {"anyOf": [{"type": "integer", "minimum": 0, "maximum": 120}, {"type": "string"}]}
    schemas["AutomaticCallCreate"] = {
        **create,
        "properties": {**create["properties"], "timeout": timeout},
    }
    changed = {**spec, "components": {**spec["components"], "schemas": schemas}}
    monkeypatch.setattr(bulutfon_api.rules, "BOUNDS", spec_facts().bounds(changed))
    client.automatic_calls.create(**call, timeout=90)
    assert json.loads(script.requests[0].content)["timeout"] == 90
