"""Helpers for the inbound tests (webhooks, BulutfonXM): the spec's `webhooks:` examples."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
from jsonschema import Draft202012Validator  # type: ignore[import-untyped]
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from tests._spec import load_spec


def webhook_examples() -> Iterator[tuple[str, str, dict[str, Any], Any]]:
    """(webhook name, example name, schema, value) for every request example in `webhooks:`."""
    for name, item in load_spec()["webhooks"].items():
        media = item["post"]["requestBody"]["content"]["application/json"]
        for example, body in media.get("examples", {}).items():
            yield name, example, media["schema"], body["value"]


def bfon_examples() -> Iterator[tuple[str, dict[str, Any], Any]]:
    """(example name, schema, document) for every BFON document in the spec."""
    response = load_spec()["webhooks"]["bulutfon_xm"]["post"]["responses"]["200"]
    media = response["content"]["application/json"]
    for example, body in media["examples"].items():
        yield example, media["schema"], body["value"]


def schema_errors(schema: dict[str, Any], value: Any) -> list[str]:
    """What JSON Schema 2020-12 (the spec's dialect) finds wrong with ``value``."""
    resource = Resource.from_contents(load_spec(), default_specification=DRAFT202012)
    registry = Registry().with_resource("urn:spec", resource)
    wrapped = {"$ref": "urn:spec#" + schema["$ref"].removeprefix("#")}
    validator = Draft202012Validator(wrapped, registry=registry)
    return sorted(error.message for error in validator.iter_errors(value))


def properties(schema_name: str) -> set[str]:
    """Every property a component schema has, through its allOf parts."""
    schemas = load_spec()["components"]["schemas"]
    schema = schemas[schema_name]
    names = set(schema.get("properties", {}))
    for part in schema.get("allOf", []):
        if "$ref" in part:
            names |= properties(part["$ref"].rsplit("/", 1)[1])
        else:
            names |= set(part.get("properties", {}))
    return names


class SyncAsAsync:
    """A sync httpx client (for a WSGI app) behind an async face: one test body covers both."""

    def __init__(self, transport: httpx.BaseTransport, base_url: str) -> None:
        self.client = httpx.Client(transport=transport, base_url=base_url)

    async def __aenter__(self) -> SyncAsAsync:
        return self

    async def __aexit__(self, *exc: object) -> None:
        self.client.close()

    async def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        return self.client.request(method, url, **kwargs)

    async def post(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.client.request("POST", url, **kwargs)
