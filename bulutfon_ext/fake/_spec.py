"""Reads the OpenAPI description the fake imitates: routes, request schemas and examples.

The spec is the single source of truth for the SDK, so the fake takes from it everything it
can: which paths and methods exist (and their operationIds), which request fields are
required and of what form, and its starting data (the provider's examples). A change to the
spec then shows up in the fake without editing it twice.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

_HTTP_METHODS = ("get", "put", "post", "delete", "patch")
_SPEC_NAME = "bulutfon-v1.yaml"


def spec_path() -> Path:
    """Where the spec is: the copy shipped inside the package, else the repository's ``spec/``."""
    packaged = resources.files(__package__ or "bulutfon_ext.fake").joinpath(_SPEC_NAME)
    if packaged.is_file():
        return Path(str(packaged))
    # A source checkout: bulutfon_ext/fake/_spec.py -> <root>/spec/bulutfon-v1.yaml
    return Path(__file__).resolve().parents[2] / "spec" / _SPEC_NAME


@dataclass(frozen=True, slots=True)
class Operation:
    """One operation of the spec, as the router needs it."""

    operation_id: str
    method: str
    template: str
    pattern: re.Pattern[str]
    parameters: tuple[Mapping[str, Any], ...]
    body_schema: Mapping[str, Any] | None
    #: The key that wraps the success body (the response's ``x-envelope``), if any.
    envelope: str | None = None


@cache
def load_spec() -> Mapping[str, Any]:
    """The parsed spec, read once per process (the YAML parser is the slow part of a new fake)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with spec_path().open(encoding="utf-8") as file:
        spec: dict[str, Any] = yaml.load(file, Loader=loader)
    return spec


def resolve(node: Any) -> Any:
    """Follow local ``$ref`` pointers until a node without one is reached."""
    while isinstance(node, Mapping) and "$ref" in node:
        target: Any = load_spec()
        for part in str(node["$ref"]).removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def _template_pattern(template: str) -> re.Pattern[str]:
    # A path parameter is one segment; what it may hold is checked by the handler, so that a
    # malformed id answers 404 as an unknown one does, rather than "no such route".
    regex = re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(template))
    return re.compile(f"^{regex}$")


@cache
def operations() -> tuple[Operation, ...]:
    """Every operation of the spec, in the spec's order."""
    found: list[Operation] = []
    for template, item in load_spec()["paths"].items():
        for method in _HTTP_METHODS:
            op = item.get(method)
            if op is None:
                continue
            params = tuple(
                resolve(p) for p in (*item.get("parameters", ()), *op.get("parameters", ()))
            )
            body = op.get("requestBody")
            body_schema = None
            if body is not None:
                body_schema = resolve(resolve(body)["content"]["application/json"]["schema"])
            found.append(
                Operation(
                    operation_id=op["operationId"],
                    method=method.upper(),
                    template=template,
                    pattern=_template_pattern(template),
                    parameters=params,
                    body_schema=body_schema,
                    envelope=resolve(op["responses"].get("200", {})).get("x-envelope"),
                )
            )
    return tuple(found)


def operation(operation_id: str) -> Operation:
    """The operation with this operationId; ``KeyError`` names the unknown id."""
    for op in operations():
        if op.operation_id == operation_id:
            return op
    raise KeyError(operation_id)


def example(operation_id: str, status: str = "200") -> Any:
    """The first example of an operation's JSON response, as a fresh Python value."""
    op = operation(operation_id)
    raw = load_spec()["paths"][op.template][op.method.lower()]
    response = resolve(raw["responses"][status])
    examples = response["content"]["application/json"]["examples"]
    first = resolve(next(iter(examples.values())))
    return _deep_copy(first["value"])


def unwrapped_example(operation_id: str) -> Any:
    """What the first success example of a wrapped read holds under its envelope key (the
    response's ``x-envelope``): the record, or the list of them, as a fresh Python value."""
    key = operation(operation_id).envelope
    if key is None:
        raise KeyError(f"{operation_id}: its 200 response names no x-envelope")
    return example(operation_id)[key]


def _deep_copy(value: Any) -> Any:
    # JSON-shaped data only, so this is simpler and faster than copy.deepcopy.
    if isinstance(value, dict):
        return {k: _deep_copy(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_deep_copy(v) for v in value]
    return value


@cache
def fields_of(schema_name: str) -> tuple[str, ...]:
    """The property names of a component schema, in the spec's order, ``allOf`` parts included.

    Responses are rendered in this order and with these fields only, so a list item never
    carries what only the detail has.
    """
    schema = resolve({"$ref": f"#/components/schemas/{schema_name}"})
    names: list[str] = []
    for part in schema.get("allOf", [schema]):
        names.extend(resolve(part).get("properties", {}))
    return tuple(dict.fromkeys(names))


def project(record: Mapping[str, Any], schema_name: str) -> dict[str, Any]:
    """The fields of ``record`` that ``schema_name`` describes, in the schema's order."""
    return {name: record[name] for name in fields_of(schema_name) if name in record}
