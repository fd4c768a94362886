"""Facts `make generate` reads from the spec beyond what openapi-python-client carries.

Two outputs, both derived from ``spec/bulutfon-v1.yaml`` so that nothing is kept by hand:

``templates DIR``
    writes ``DIR/spec_facts.jinja`` for the custom templates: ``decimal_fields``, the money
    fields (a property with a ``format: decimal`` alternative), and ``envelopes``, the key that
    wraps each operation's success body (its ``200`` response's ``x-envelope``), by operationId.
    The generator carries neither a string's ``format`` nor a response's vendor extensions into
    the templates, so they are handed over this way.
``rules PACKAGE``
    writes ``PACKAGE/rules.py``: every request schema's rule across fields (its ``not``), with
    ``$ref`` resolved, the integer bounds of request fields, and the fields a sort parameter
    may name (``x-sortable``: the properties of the schema it names), as plain Python data. The SDK checks them before sending
    (``bulutfon_ext._rules``); reading them from a module costs nothing at import time, where
    parsing the YAML would need PyYAML and tens of milliseconds. It also writes
    ``PACKAGE/examples.py``: the provider's example of each operation, unwrapped from its envelope,
    which ``bulutfon_ext.testing`` builds its records from (without PyYAML, a dependency of the
    ``[fake]`` extra only).

Both are written the same way every time (spec order, no timestamps), so ``make check-generated``
can compare them byte for byte.
"""

from __future__ import annotations

import argparse
import json
import pprint
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import yaml

SPEC = Path(__file__).resolve().parents[1] / "spec" / "bulutfon-v1.yaml"

# What the rule checkers understand (bulutfon_ext/_rules.py, fake/_schema.py `matches`): a rule
# using anything else fails `make generate` here rather than being half-checked at run time.
RULE_KEYWORDS = frozenset(
    {"not", "anyOf", "allOf", "oneOf", "required", "properties", "enum", "description"}
)


def load(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as file:
        spec: dict[str, Any] = yaml.safe_load(file)
    return spec


def follow(spec: Mapping[str, Any], node: Any) -> Any:
    """``node``, or what its local ``$ref`` points to (one level: the schemas inside keep theirs,
    and so their names)."""
    while isinstance(node, Mapping) and "$ref" in node:
        target: Any = spec
        for part in str(node["$ref"]).removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def _resolve(spec: Mapping[str, Any], node: Any) -> Any:
    """``node`` with every local ``$ref`` replaced by what it points to."""
    node = follow(spec, node)
    if isinstance(node, Mapping):
        return {key: _resolve(spec, value) for key, value in node.items()}
    if isinstance(node, list):
        return [_resolve(spec, item) for item in node]
    return node


def _properties(spec: Mapping[str, Any]) -> Iterator[tuple[str, str, Mapping[str, Any]]]:
    """(schema, property, its schema) for every property of every component schema."""
    for schema_name, schema in spec["components"]["schemas"].items():
        for part in [schema, *schema.get("allOf", [])]:
            for name, prop in _resolve(spec, part).get("properties", {}).items():
                yield schema_name, name, prop


def _is_decimal(prop: Mapping[str, Any]) -> bool:
    alternatives = [prop, *prop.get("anyOf", []), *prop.get("oneOf", []), *prop.get("allOf", [])]
    return any(alt.get("format") == "decimal" for alt in alternatives)


def decimal_fields(spec: Mapping[str, Any]) -> list[str]:
    """The money fields, by name. The template matches a property by its name, so a name that
    is money in one schema and not in another is refused rather than guessed."""
    money: dict[str, str] = {}
    plain: dict[str, str] = {}
    for schema_name, name, prop in _properties(spec):
        (money if _is_decimal(prop) else plain).setdefault(name, schema_name)
    clashes = sorted(money.keys() & plain.keys())
    if clashes:
        where = ", ".join(f"{n} ({money[n]} vs {plain[n]})" for n in clashes)
        raise SystemExit(f"spec_facts: format: decimal on some but not all fields named {where}")
    return sorted(money)


def envelopes(spec: Mapping[str, Any]) -> dict[str, str]:
    """The key that wraps each operation's success body, by operationId (spec order): the
    ``x-envelope`` of its ``200`` response. Operations without one are left out."""
    found: dict[str, str] = {}
    for item in spec["paths"].values():
        for op in item.values():
            if not isinstance(op, Mapping) or "operationId" not in op:
                continue
            key = _resolve(spec, op.get("responses", {}).get("200", {})).get("x-envelope")
            if key is not None:
                found[op["operationId"]] = str(key)
    return found


def records(spec: Mapping[str, Any]) -> dict[str, Any]:
    """The first example of each operation's success body (the provider's own, as the spec
    quotes it), unwrapped from its ``x-envelope``, by operationId (spec order). Operations
    whose success has no JSON example (writes, downloads) are left out."""
    found: dict[str, Any] = {}
    wrapped = envelopes(spec)
    for item in spec["paths"].values():
        for op in item.values():
            if not isinstance(op, Mapping) or "operationId" not in op:
                continue
            for status, response in op.get("responses", {}).items():
                response = _resolve(spec, response)
                media = response.get("content", {}).get("application/json", {})
                examples = list(media.get("examples", {}).values())
                if str(status).startswith("2") and examples:
                    body = examples[0]["value"]
                    key = wrapped.get(op["operationId"])
                    if key is not None and key not in body:
                        raise SystemExit(
                            f"spec_facts: the example of {op['operationId']} has no {key!r} "
                            "(its x-envelope)"
                        )
                    found[op["operationId"]] = body if key is None else body[key]
                    break
    return found


def rules(spec: Mapping[str, Any]) -> dict[str, Any]:
    """Each request schema's ``not`` rule, resolved, by schema name (spec order)."""
    found: dict[str, Any] = {}
    for schema_name, schema in spec["components"]["schemas"].items():
        if "not" in schema:
            rule = _resolve(spec, schema["not"])
            _check_keywords(schema_name, rule)
            found[schema_name] = rule
    return found


def bounds(spec: Mapping[str, Any]) -> dict[str, dict[str, list[int | None]]]:
    """The integer bounds (``minimum``, ``maximum``) of each request schema's properties that
    have both, by schema name: what a client may send, stated once in the spec."""
    found: dict[str, dict[str, list[int | None]]] = {}
    for schema_name, name, prop in _properties(spec):
        if spec["components"]["schemas"][schema_name].get("additionalProperties") is not False:
            continue  # a response schema: the client never sends it
        for alternative in [prop, *prop.get("anyOf", []), *prop.get("oneOf", [])]:
            alternative = _resolve(spec, alternative)
            if (
                alternative.get("type") == "integer"
                and {"minimum", "maximum"} <= alternative.keys()
            ):
                low, high = alternative["minimum"], alternative["maximum"]
                found.setdefault(schema_name, {})[name] = [low, high]
    return found


def _sort_pattern(fields: list[str]) -> str:
    """The pattern a ``field,asc|desc`` parameter over ``fields`` has in the spec."""
    return f"^({'|'.join(fields)}),(asc|desc)$"


def sortable(spec: Mapping[str, Any]) -> dict[str, dict[str, list[str]]]:
    """The fields each sort parameter may name, by operationId and parameter (spec order): the
    properties of the schema its ``x-sortable`` names. Its pattern must list exactly those, so
    a new field of that schema fails here until the pattern says whether it sorts."""
    found: dict[str, dict[str, list[str]]] = {}
    schemas = spec["components"]["schemas"]
    for item in spec["paths"].values():
        for op in item.values():
            if not isinstance(op, Mapping) or "operationId" not in op:
                continue
            for parameter in op.get("parameters", []):
                parameter = _resolve(spec, parameter)
                name = parameter.get("x-sortable")
                if name is None:
                    continue
                where = f"{op['operationId']}'s {parameter['name']}"
                if name not in schemas:
                    raise SystemExit(f"spec_facts: {where} has x-sortable {name!r}, no such schema")
                fields = list(_resolve(spec, schemas[name]).get("properties", {}))
                expected = _sort_pattern(fields)
                if parameter.get("schema", {}).get("pattern") != expected:
                    raise SystemExit(
                        f"spec_facts: {where} sorts by the properties of {name} (x-sortable), so "
                        f"its schema's pattern must be {expected!r}"
                    )
                found.setdefault(op["operationId"], {})[parameter["name"]] = fields
    return found


def _check_keywords(where: str, rule: Any) -> None:
    if not isinstance(rule, Mapping):
        return
    unknown = {k for k in rule if not k.startswith("x-")} - RULE_KEYWORDS
    if unknown:
        raise SystemExit(f"spec_facts: the rule of {where} uses {sorted(unknown)}, not checked")
    for key in ("not",):
        if key in rule:
            _check_keywords(where, rule[key])
    for key in ("anyOf", "allOf", "oneOf"):
        for part in rule.get(key, ()):
            _check_keywords(where, part)
    for part in rule.get("properties", {}).values():
        _check_keywords(where, part)


def write_templates(spec: Mapping[str, Any], folder: Path) -> None:
    names = json.dumps(decimal_fields(spec))
    keys = json.dumps(envelopes(spec))
    (folder / "spec_facts.jinja").write_text(
        "{# Written by generator/spec_facts.py from the spec at each generation. #}\n"
        f"{{% set decimal_fields = {names} %}}\n"
        f"{{% set envelopes = {keys} %}}\n",
        encoding="utf-8",
    )


def _module(path: Path, docstring: str, *assignments: str) -> None:
    """Write a data module: ``docstring``, then each ``NAME: type = value`` assignment."""
    body = "\n\n".join(assignments)
    path.write_text(f'"""{docstring}"""\n\nfrom typing import Any\n\n{body}\n', encoding="utf-8")


def _literal(value: Any) -> str:
    return pprint.pformat(value, width=100, sort_dicts=False)


def write_rules(spec: Mapping[str, Any], package: Path) -> None:
    _module(
        package / "rules.py",
        "The rules across fields that the spec states on request bodies (a JSON Schema `not`\n"
        "on the schema: what a body must not look like), by schema name, `$ref` resolved.\n\n"
        "`bulutfon_ext` checks them before sending; the fake checks the same rules from the spec.\n"
        "Below them, the integer bounds and the sortable fields the spec states, for the same use.\n",
        f"RULES: dict[str, Any] = {_literal(rules(spec))}",
        "# The bounds of the integers a request body holds, [minimum, maximum], by schema and field.\n"
        f"BOUNDS: dict[str, dict[str, list[int]]] = {_literal(bounds(spec))}",
        "# The fields a sort parameter (`field,asc|desc`) may name, by operationId and parameter:\n"
        "# the properties of the schema its x-sortable names.\n"
        f"SORTABLE: dict[str, dict[str, list[str]]] = {_literal(sortable(spec))}",
    )


def write_examples(spec: Mapping[str, Any], package: Path) -> None:
    _module(
        package / "examples.py",
        "The provider's examples, as the spec quotes them: the first example of each\n"
        "operation's success body, unwrapped from its envelope (`x-envelope`), by operationId.\n\n"
        "`bulutfon_ext.testing` builds its records from them, so they are valid by the spec and\n"
        "follow it when it changes.\n",
        f"RECORDS: dict[str, Any] = {_literal(records(spec))}",
    )


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=["templates", "rules"])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--spec", type=Path, default=SPEC)
    args = parser.parse_args(argv)
    spec = load(args.spec)
    if args.what == "templates":
        write_templates(spec, args.folder)
    else:
        write_rules(spec, args.folder)
        write_examples(spec, args.folder)


if __name__ == "__main__":
    main(sys.argv[1:])
