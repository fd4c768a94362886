"""What `make generate` derives from the spec besides the client (``generator/spec_facts.py``):
the money fields the model template reads as Decimal, the envelope keys ``OPERATION`` carries,
and the rules module (with the fields a sort parameter may name). Generating from a changed copy of the spec shows each follows it with no
template or SDK edit."""

from __future__ import annotations

import copy
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests._spec import ROOT, decimal_fields, load_spec
from tests._spec_facts import spec_facts

GENERATED = ROOT / "generated" / "bulutfon_api"


def test_the_money_fields_are_the_specs() -> None:
    assert spec_facts().decimal_fields(load_spec()) == sorted(decimal_fields())
    assert decimal_fields() == {"balance", "call_price"}  # today's; the tests below add one
    # The template has no list of its own: it reads the one generate.sh writes.
    template = (ROOT / "generator" / "templates" / "model.py.jinja").read_text(encoding="utf-8")
    assert '{% from "spec_facts.jinja" import decimal_fields %}' in template
    assert re.search(r"decimal_fields\s*=", template) is None


def test_the_envelopes_are_the_specs_x_envelope() -> None:
    facts = spec_facts().envelopes(load_spec())
    assert facts["list_dids"] == "dids" and facts["get_outgoing_fax"] == "fax"
    assert "get_me" not in facts  # its body is not wrapped
    template = (ROOT / "generator" / "templates" / "endpoint_module.py.jinja").read_text(
        encoding="utf-8"
    )
    assert '{% from "spec_facts.jinja" import envelopes %}' in template


def _order_parameter(spec: dict[str, Any]) -> dict[str, Any]:
    parameters: list[dict[str, Any]] = spec["paths"]["/cdrs"]["get"]["parameters"]
    return next(p for p in parameters if p.get("name") == "order")


def test_the_sortable_fields_are_a_cdrs_properties() -> None:
    spec = load_spec()
    fields = list(spec["components"]["schemas"]["Cdr"]["properties"])
    assert spec_facts().sortable(spec) == {"list_cdrs": {"order": fields}}
    assert "call_time" in fields and "call_flow" not in fields  # a CdrDetail's only
    from bulutfon_api.rules import SORTABLE

    assert {"list_cdrs": {"order": fields}} == SORTABLE


def test_a_new_cdr_field_needs_the_order_pattern_to_say_so() -> None:
    """A field added to the schema ``x-sortable`` names fails generation until the parameter's
    pattern lists it too (the message gives the pattern); then it is sortable everywhere."""
    spec = copy.deepcopy(load_spec())
    spec["components"]["schemas"]["Cdr"]["properties"]["queue"] = {"type": "string"}
    with pytest.raises(SystemExit, match=r"list_cdrs's order .* must be '\^\(uuid\|.*\|queue\)"):
        spec_facts().sortable(spec)
    order = _order_parameter(spec)
    order["schema"]["pattern"] = order["schema"]["pattern"].replace(
        "hangup_state)", "hangup_state|queue)"
    )
    assert spec_facts().sortable(spec)["list_cdrs"]["order"][-2:] == ["hangup_state", "queue"]


def test_x_sortable_must_name_a_schema() -> None:
    spec = copy.deepcopy(load_spec())
    _order_parameter(spec)["x-sortable"] = "Call"
    with pytest.raises(SystemExit, match="x-sortable 'Call', no such schema"):
        spec_facts().sortable(spec)


def test_a_name_that_is_money_in_one_schema_only_is_refused() -> None:
    spec = copy.deepcopy(load_spec())
    spec["components"]["schemas"]["Group"]["properties"]["balance"] = {"type": "integer"}
    with pytest.raises(SystemExit, match="balance"):
        spec_facts().decimal_fields(spec)


def test_a_rule_with_a_keyword_no_checker_reads_is_refused() -> None:
    spec = copy.deepcopy(load_spec())
    spec["components"]["schemas"]["SmsMessageCreate"]["not"]["minProperties"] = 2
    with pytest.raises(SystemExit, match="minProperties"):
        spec_facts().rules(spec)


def test_an_example_without_its_envelope_key_is_refused() -> None:
    spec = copy.deepcopy(load_spec())
    spec["paths"]["/dids"]["get"]["responses"]["200"]["x-envelope"] = "numbers"
    with pytest.raises(SystemExit, match="example of list_dids has no 'numbers'"):
        spec_facts().records(spec)


@pytest.fixture(scope="module")
def changed_spec_output(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The client generated from the spec with one more money field and a changed rule."""
    spec: dict[str, Any] = copy.deepcopy(load_spec())
    schemas = spec["components"]["schemas"]
    schemas["Credit"]["properties"]["refund"] = {
        "description": "Money owed back (made up for this test).",
        "anyOf": [{"type": "string", "format": "decimal"}, {"type": "number"}],
    }
    schemas["SmsMessageCreate"]["not"]["properties"]["is_future_sms"] = {"enum": [True, False]}
    groups = spec["paths"]["/groups"]["get"]["responses"]["200"]
    groups["x-envelope"] = "ring_groups"
    example = groups["content"]["application/json"]["examples"]["provider_page"]["value"]
    example["ring_groups"] = example.pop("groups")
    folder = tmp_path_factory.mktemp("changed")
    path = folder / "spec.yaml"
    path.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True), encoding="utf-8")
    out = folder / "bulutfon_api"
    subprocess.run(
        [str(ROOT / "generator" / "generate.sh"), str(out)],
        env={**os.environ, "SPEC": str(path)},
        check=True,
        capture_output=True,
    )
    return out


def _run(package: Path, code: str) -> str:
    env = {**os.environ, "PYTHONPATH": str(package.parent)}
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, check=True, capture_output=True, text=True
    )
    return done.stdout.strip()


def test_a_new_decimal_field_in_the_spec_is_read_as_a_decimal(changed_spec_output: Path) -> None:
    code = (
        "import bulutfon_api.models as m; c = m.Credit.from_dict({'balance': '1', 'refund': '2.50'})"
        "; print(m.__file__, type(c.refund).__name__, c.refund)"
    )
    where, kind, value = _run(changed_spec_output, code).split()
    assert Path(where).is_relative_to(changed_spec_output)
    assert (kind, value) == ("Decimal", "2.50")
    # The same field is not there in the committed client, which is generated from the real spec.
    assert "refund" not in (GENERATED / "models" / "credit.py").read_text(encoding="utf-8")


def test_a_changed_rule_in_the_spec_is_in_the_generated_rules(changed_spec_output: Path) -> None:
    code = "from bulutfon_api.rules import RULES; print(RULES['SmsMessageCreate']['properties'])"
    assert "[True, False]" in _run(changed_spec_output, code)
    assert "[True, False]" not in (GENERATED / "rules.py").read_text(encoding="utf-8")


def test_a_changed_envelope_in_the_spec_is_the_operations(changed_spec_output: Path) -> None:
    code = "from bulutfon_api.api.groups import list_groups; print(list_groups.OPERATION.envelope)"
    assert _run(changed_spec_output, code) == "ring_groups"
    from bulutfon_api.api.groups import list_groups

    assert list_groups.OPERATION.envelope == "groups"


def test_a_new_read_gets_a_testing_factory_from_its_example(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # (Names no real operation will take, so that adding one does not break this test.)
    # generator/factories.py writes bulutfon_ext/_factories.py (re-exported by
    # bulutfon_ext.testing) from the examples spec_facts.py unwraps: a read added to the spec with
    # an example gets its factory, and a deprecated one (the SMS service) gets none.
    monkeypatch.syspath_prepend(str(ROOT / "generator"))
    factories = __import__("factories")
    spec = copy.deepcopy(load_spec())
    schemas = spec["components"]["schemas"]
    schemas["TrialThing"] = {"type": "object", "properties": {"id": {"type": "integer"}}}
    schemas["TrialThingResponse"] = {
        "type": "object",
        "properties": {"trial_thing": {"$ref": "#/components/schemas/TrialThing"}},
    }
    media = {
        "schema": {"$ref": "#/components/schemas/TrialThingResponse"},
        "examples": {"provider_page": {"value": {"trial_thing": {"id": 3, "name": "Sales"}}}},
    }
    spec["paths"]["/trial-things/{id}"] = {
        "get": {
            "operationId": "get_trial_thing",
            "summary": "Get a trial thing",
            "responses": {
                "200": {"x-envelope": "trial_thing", "content": {"application/json": media}}
            },
        }
    }
    assert spec_facts().records(spec)["get_trial_thing"] == {"id": 3, "name": "Sales"}
    source = factories.text(spec)
    assert "def make_trial_thing(**fields: Any) -> models.TrialThing:" in source
    assert "from_example(models.TrialThing, 'get_trial_thing', 'id', fields)" in source
    assert "(Get a trial thing)" in source
    assert "def make_did_detail(" in source
    assert "SmsMessage" not in source and "make_message_title" not in source


def test_two_models_giving_one_factory_name_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    # `Did` and `DidResponse` would both be `make_did`: the generator says so, not the later wins.
    monkeypatch.syspath_prepend(str(ROOT / "generator"))
    factories = __import__("factories")
    spec = copy.deepcopy(load_spec())
    body = {"did": {"id": 1}}
    media = {
        "schema": {"$ref": "#/components/schemas/DidResponse"},
        "examples": {"provider_page": {"value": body}},
    }
    spec["paths"]["/trial-did"] = {
        "get": {
            "operationId": "get_trial_did",
            "summary": "A trial",
            "responses": {"200": {"content": {"application/json": media}}},
        }
    }
    with pytest.raises(SystemExit, match=r"two models give the same factory name: \['make_did'\]"):
        factories.factories(spec)
