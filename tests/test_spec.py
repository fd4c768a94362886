"""The spec is valid, keeps its own rules, and its examples match its own schemas."""

from __future__ import annotations

import re
from typing import Any

import pytest
from openapi_spec_validator import validate

from tests._spec import (
    each_json_example,
    envelope,
    load_spec,
    operations,
    resolve,
    schema_validator,
)

# Rules the spec keeps; the operations themselves are listed once, in the spec.
DEPRECATED_TAGS = {"message-titles", "messages"}  # the SMS service ended on 2020-12-31
BINARY_MEDIA_TYPES = {"audio/ogg", "image/tiff", "audio/wav"}
ERROR_STATUSES = {"400", "401", "403", "404", "422", "429", "5XX"}
ALL_OPS = list(operations())


def test_spec_is_valid_openapi_3_1() -> None:
    spec = load_spec()
    assert spec["openapi"].startswith("3.1")
    validate(spec)


def test_operations_are_named_once_and_tagged_with_a_declared_tag() -> None:
    ids = [op["operationId"] for _m, _p, op in ALL_OPS]
    assert len(ids) == len(set(ids)), "an operationId is used twice"
    assert all(re.fullmatch(r"[a-z][a-z0-9_]*", i) for i in ids), "operationIds are snake_case"
    declared = {tag["name"] for tag in load_spec()["tags"]}
    assert {op["tags"][0] for _m, _p, op in ALL_OPS} <= declared


@pytest.mark.parametrize(
    ("method", "path", "op"), ALL_OPS, ids=[o["operationId"] for *_, o in ALL_OPS]
)
def test_a_wrapped_response_names_its_envelope(method: str, path: str, op: dict[str, Any]) -> None:
    """``x-envelope`` is where the spec says which key wraps a resource; the fake and the tests
    read it there. It must name a required property of the response schema, and every example
    must carry it."""
    response = resolve(op["responses"].get("200", {}))
    key = envelope(op)
    media = response.get("content", {}).get("application/json")
    if key is None:
        return
    assert method == "GET" and media is not None
    schema = resolve(media["schema"])
    assert key in schema.get("required", []), f"{key} is not a required property"
    for example in media["examples"].values():
        assert key in example["value"]


def test_paths_have_no_json_suffix() -> None:
    assert not [path for _m, path, _op in ALL_OPS if ".json" in path]


@pytest.mark.parametrize(
    ("method", "path", "op"), ALL_OPS, ids=[o["operationId"] for *_, o in ALL_OPS]
)
def test_operation_is_documented(method: str, path: str, op: dict[str, Any]) -> None:
    assert len(op["tags"]) == 1
    assert op["summary"].strip()
    assert op["description"].strip()
    assert op.get("deprecated", False) is (op["tags"][0] in DEPRECATED_TAGS)
    # The generator ignores document-level security, so each operation declares both schemes
    # (token-info also none: the token in its path is the credential).
    schemes: list[dict[str, list[str]]] = [{"access_token": []}, {"email": [], "password": []}]
    if op["operationId"] == "get_token_info":
        schemes = [{}, *schemes]
    assert op["security"] == schemes
    assert {str(s) for s in op["responses"]} >= ERROR_STATUSES
    assert "Retry-After" in resolve(op["responses"]["429"])["headers"]
    for status in ERROR_STATUSES:
        body = resolve(op["responses"][status])["content"]["application/json"]["schema"]
        assert body == {"$ref": "#/components/schemas/Error"}
    for param in op.get("parameters", []):
        param = resolve(param)
        assert param["description"].strip(), param["name"]
        assert param["schema"].keys() & {"type", "$ref", "anyOf"}, param["name"]


@pytest.mark.parametrize(
    ("method", "path", "op"), ALL_OPS, ids=[o["operationId"] for *_, o in ALL_OPS]
)
def test_binary_responses_have_their_real_media_type(
    method: str, path: str, op: dict[str, Any]
) -> None:
    """Downloads and streams (and only they) answer one real binary media type."""
    content = resolve(op["responses"].get("200", {})).get("content", {})
    binary = set(content) & BINARY_MEDIA_TYPES
    assert bool(binary) is op["operationId"].startswith(("download_", "stream_"))
    if binary:
        (media_type,) = content
        assert content[media_type]["schema"] == {"type": "string", "format": "binary"}


def test_every_json_success_response_has_an_example() -> None:
    missing = []
    for _m, _p, op in ALL_OPS:
        for status, response in op["responses"].items():
            media = resolve(response).get("content", {}).get("application/json")
            if str(status).startswith("2") and media and not media.get("examples"):
                missing.append(f"{op['operationId']} {status}")
    assert missing == []


_validator = schema_validator


@each_json_example()
def test_example_validates_against_its_schema(
    operation_id: str, status: str, name: str, schema: dict[str, Any], value: Any
) -> None:
    errors = sorted(_validator(schema).iter_errors(value), key=str)
    assert errors == [], [e.message for e in errors]


def test_example_validation_can_fail() -> None:
    # Guards the test above: a wrong example must be caught, or it proves nothing.
    schema = {"$ref": "#/components/schemas/DidListResponse"}
    assert list(_validator(schema).iter_errors({"dids": [{"number": "9"}]}))
    assert list(_validator(schema).iter_errors({"did": []}))


def test_no_schema_holds_a_key_a_yaml_comma_made_up() -> None:
    # In a YAML flow mapping an unquoted comma ends the value: `{description: Send later, at
    # send_date.}` is a description cut short plus a key "at send_date." set to null.
    found: list[str] = []

    def walk(node: Any, where: str) -> None:
        if isinstance(node, dict):
            if {"type", "description", "$ref"} & set(node):
                found.extend(f"{where}: {key!r}" for key, value in node.items() if value is None)
            for key, value in node.items():
                walk(value, f"{where}/{key}")
        elif isinstance(node, list):
            for index, value in enumerate(node):
                walk(value, f"{where}/{index}")

    walk(load_spec(), "")
    assert found == [], "quote these descriptions: " + "; ".join(found)
