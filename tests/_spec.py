"""Helpers that read spec/bulutfon-v1.yaml, shared by the tests."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml
from jsonschema import Draft202012Validator  # type: ignore[import-untyped]
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "spec" / "bulutfon-v1.yaml"
HTTP_METHODS = ("get", "put", "post", "delete", "patch")


@cache
def load_spec() -> dict[str, Any]:
    spec: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    return spec


def operations() -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Yield (METHOD, path, operation) for every operation in the spec."""
    for path, item in load_spec()["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                yield method.upper(), path, item[method]


def resolve(node: dict[str, Any]) -> dict[str, Any]:
    """Follow a local $ref, once."""
    ref = node.get("$ref")
    if ref is None:
        return node
    target: Any = load_spec()
    for part in ref.removeprefix("#/").split("/"):
        target = target[part]
    found: dict[str, Any] = target
    return found


def envelope(op: dict[str, Any]) -> str | None:
    """The key that wraps the operation's success body (its ``200`` response's ``x-envelope``),
    or None when the body is not wrapped: read here for every test, as generator/spec_facts.py
    reads it for ``OPERATION.envelope`` and the fake for its answers."""
    key = resolve(op["responses"].get("200", {})).get("x-envelope")
    return None if key is None else str(key)


def json_examples() -> Iterator[tuple[str, str, str, dict[str, Any], Any]]:
    """Yield (operationId, status, example name, schema, value) for every JSON example."""
    seen: set[str] = set()
    for _method, _path, op in operations():
        for status, response in op["responses"].items():
            # A shared response (the errors) is checked once, not once per operation.
            if "$ref" in response:
                if response["$ref"] in seen:
                    continue
                seen.add(response["$ref"])
            media = resolve(response).get("content", {}).get("application/json")
            if not media:
                continue
            for name, example in media.get("examples", {}).items():
                yield op["operationId"], str(status), name, media["schema"], example["value"]


def each_json_example() -> pytest.MarkDecorator:
    """Parametrize a test over every JSON example: operation_id, status, name, schema, value."""
    examples = list(json_examples())
    return pytest.mark.parametrize(
        ("operation_id", "status", "name", "schema", "value"),
        examples,
        ids=[f"{e[0]}-{e[1]}-{e[2]}" for e in examples],
    )


def decimal_fields() -> set[str]:
    """The names of the money fields: those with a ``format: decimal`` alternative in the spec."""
    found: set[str] = set()
    for schema in load_spec()["components"]["schemas"].values():
        for part in [schema, *schema.get("allOf", [])]:
            for name, prop in part.get("properties", {}).items():
                alternatives = [prop, *prop.get("anyOf", [])]
                if any(alt.get("format") == "decimal" for alt in alternatives):
                    found.add(name)
    return found


def example_path_values(path: str, op: dict[str, Any]) -> dict[str, Any] | None:
    """The path values of a read, from its own success example (``get_did``: the example's
    ``id``); None for a write, or a read whose example does not hold them."""
    if "requestBody" in op:
        return None
    names = re.findall(r"{(\w+)}", path)
    if not names:
        return {}
    response = resolve(op["responses"].get("200", {}))
    examples = response.get("content", {}).get("application/json", {}).get("examples", {})
    if not examples:
        return None
    value = next(iter(examples.values()))["value"]
    record = value.get(envelope(op), value)
    if not isinstance(record, dict) or not all(name in record for name in names):
        return None
    return {name: record[name] for name in names}


def plain_reads() -> list[tuple[str, str, dict[str, Any]]]:
    """(operationId, path, path values) of every plain read: a GET answered in JSON whose path
    values its own example holds. An endpoint added to the spec joins the list by itself."""
    return [
        (op["operationId"], path, values)
        for method, path, op in operations()
        if method == "GET"
        for values in [example_path_values(path, op)]
        if values is not None
        and "application/json" in str(resolve(op["responses"]["200"]))
        and "token" not in values  # a credential in the path: its own test handles the secret
    ]


def schema_validator(schema: dict[str, Any]) -> Draft202012Validator:
    """A JSON Schema validator for a schema of the spec (or a ``$ref`` into it)."""
    # The spec is a JSON Schema 2020-12 resource for its own $refs (OpenAPI 3.1's dialect).
    spec_resource = Resource.from_contents(load_spec(), default_specification=DRAFT202012)
    registry = Registry().with_resource("urn:bulutfon-spec", spec_resource)
    wrapped = (
        {"$ref": "urn:bulutfon-spec#" + schema["$ref"].removeprefix("#")}
        if "$ref" in schema
        else schema
    )
    return Draft202012Validator(
        wrapped, registry=registry, format_checker=Draft202012Validator.FORMAT_CHECKER
    )
