"""Every request shape shipped v1 clients send (shapes.yaml), replayed byte for byte on the fake.

Each shape is built as its integration builds it (the path as written, the query pairs in its
order, a form body with repeated ``acl[]`` keys or a JSON body, the credentials where it puts
them), sent to a fresh fake in process, and must be answered 2xx with every field the
integration reads, and the values it compares against.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

import httpx
import pytest
import yaml

from bulutfon_ext.fake import FakeBulutfon
from bulutfon_ext.fake._media import wav
from tests._spec import envelope, operations

SHAPES: list[dict[str, Any]] = yaml.safe_load(
    (Path(__file__).with_name("shapes.yaml")).read_text(encoding="utf-8")
)
SOURCES = {"code", "page", "issue"}
# The list a write to a path adds to: the read of that same path, under its envelope key.
LISTS = {
    path: key
    for method, path, op in operations()
    if method == "GET" and "{" not in path and (key := envelope(op)) is not None
}
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n"


def _id(shape: dict[str, Any]) -> str:
    who = re.sub(r"\s*\(.*", "", shape["integration"])
    return f"{who}: {shape['method']} {shape['path']}"


IDS = [_id(s) for s in SHAPES]


def _fill(text: str, fake: FakeBulutfon, path: str) -> str:
    uuid = path.rstrip("/").split("/")[-1] if "/stream" not in path else path.split("/")[-2]
    values = {
        "{token}": fake.token,
        "{email}": fake.email,
        "{password}": fake.password,
        "{signed}": hashlib.sha1((fake.token + uuid).encode()).hexdigest(),
        "{pdf}": f"data:application/pdf;name:a.pdf;base64:{base64.b64encode(PDF).decode()}",
        "{wav}": f"data:audio/wav;name:a.wav;base64:{base64.b64encode(wav(64)).decode()}",
    }
    for placeholder, value in values.items():
        text = text.replace(placeholder, value)
    return text


def _filled(value: Any, fake: FakeBulutfon, path: str) -> Any:
    if isinstance(value, str):
        return _fill(value, fake, path)
    if isinstance(value, list):
        return [_filled(v, fake, path) for v in value]
    if isinstance(value, dict):
        return {k: _filled(v, fake, path) for k, v in value.items()}
    return value


def build(shape: dict[str, Any], fake: FakeBulutfon) -> httpx.Request:
    """The request exactly as the integration writes it."""
    raw_path = shape["path"]
    path = _fill(raw_path, fake, raw_path)
    url = "http://testserver" + "/".join(quote(part, safe=".-_~") for part in path.split("/"))
    query = [(k, _fill(str(v), fake, raw_path)) for k, v in shape.get("query", [])]
    if query:
        url += "?" + urlencode(query)
    headers: dict[str, str] = {}
    content = b""
    if "json" in shape:
        content = json.dumps(_filled(shape["json"], fake, raw_path)).encode()
        headers["Content-Type"] = "application/json"
    elif "form" in shape:
        pairs = [(k, _fill(str(v), fake, raw_path)) for k, v in shape["form"]]
        content = urlencode(pairs).encode()
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    elif "raw_form" in shape:
        content = _fill(shape["raw_form"], fake, raw_path).encode()
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    return httpx.Request(shape["method"], url, content=content, headers=headers)


def values_at(document: Any, path: str) -> Iterator[Any]:
    """Every value at a dotted path, ``*`` standing for each item of a list. A missing key
    yields nothing, so an absent field is caught by the caller."""
    head, _, rest = path.partition(".")
    if head == "*":
        items = document if isinstance(document, list) else []
    elif isinstance(document, dict) and head in document:
        items = [document[head]]
    else:
        return
    for item in items:
        if rest:
            yield from values_at(item, rest)
        else:
            yield item


async def replay(shape: dict[str, Any]) -> tuple[FakeBulutfon, httpx.Response]:
    fake = FakeBulutfon(legacy=bool(shape.get("legacy")))
    transport = httpx.ASGITransport(app=fake.app)
    async with httpx.AsyncClient(transport=transport) as client:
        response = await client.send(build(shape, fake))
        await response.aread()
    return fake, response


def test_every_shape_names_its_integration_and_source() -> None:
    assert len(SHAPES) >= 46
    for shape in SHAPES:
        assert shape["integration"].strip() and shape["source"] in SOURCES, shape
        if shape["source"] == "code":
            assert re.search(r"\(\S+/\S+ @ \S+", shape["integration"]), shape["integration"]
        assert len([k for k in ("json", "form", "raw_form") if k in shape]) <= 1
        assert isinstance(shape["reads"], list)


def test_the_shapes_cover_every_encoding_and_credential_place() -> None:
    kinds = {
        ("json" if "json" in s else "form" if {"form", "raw_form"} & s.keys() else "none")
        for s in SHAPES
    }
    assert kinds == {"json", "form", "none"}
    text = [yaml.safe_dump(s) for s in SHAPES]
    assert any("- access_token" in t and "form" in t for t in text)  # token in a form body
    assert any("{signed}" in t for t in text)  # the per-recording hash
    assert any("{email}" in t for t in text)  # email and password
    assert any(s["path"].endswith("/") for s in SHAPES)  # trailing slash
    assert any(s["path"].endswith(".json") for s in SHAPES)  # the pages' suffix
    assert any(s["path"].startswith("/token-info/") and not s.get("query") for s in SHAPES)


@pytest.mark.parametrize("shape", SHAPES, ids=IDS)
async def test_the_fake_serves_the_shape_with_what_the_integration_reads(
    shape: dict[str, Any],
) -> None:
    fake, response = await replay(shape)
    assert 200 <= response.status_code < 300, response.text
    if "file" in shape["reads"]:
        assert response.headers["content-type"].split(";")[0] != "application/json"
        assert len(response.content) > 0
        return
    answer = response.json()
    for path in shape["reads"]:
        found = list(values_at(answer, path))
        assert found, f"{path} is not in the answer {answer}"
    for path, expected in shape.get("expect", {}).items():
        assert set(map(str, values_at(answer, path))) == {str(expected)}, path
    for path, expected in shape.get("expect_any", {}).items():
        assert expected in list(values_at(answer, path)), path
    (logged,) = fake.requests
    assert logged.status == response.status_code
    assert sorted(logged.ignored) == sorted(shape.get("ignored", []))


@pytest.mark.parametrize(
    "shape", [s for s in SHAPES if s["method"] in ("POST", "PUT")], ids=lambda s: _id(s)
)
async def test_a_write_changes_what_the_fake_then_reads(shape: dict[str, Any]) -> None:
    """A shape is not merely answered: the fake did what it asked (one more record, or the
    changed field), so the integration's next read sees it."""
    fake = FakeBulutfon(legacy=bool(shape.get("legacy")))
    transport = httpx.ASGITransport(app=fake.app)
    path = shape["path"].rstrip("/")
    key = LISTS.get(path)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        params: dict[str, str | int] = {"access_token": fake.token, "limit": 1000}
        before = None
        if key is not None:
            before = len((await client.get(path, params=params)).json()[key])
        response = await client.send(build(shape, fake))
        assert 200 <= response.status_code < 300, response.text
        if key is not None:
            after = (await client.get(path, params=params)).json()[key]
            assert before is not None and len(after) == before + 1
        elif shape["path"].startswith("/extensions/"):
            extension = (await client.get(shape["path"], params=params)).json()["extension"]
            sent = dict(shape.get("json", {})) or dict(shape.get("form", []))
            assert extension["caller_name"] == sent["full_name"]
