"""The cassettes themselves: every operation is recorded through both layers, and no secret is."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from bulutfon_ext.fake import DEFAULT_EMAIL, DEFAULT_PASSWORD, DEFAULT_TOKEN
from tests._spec import operations
from tests.recorded.conftest import CASSETTES

ROUTES = [
    (method, re.compile("^" + re.sub(r"{\w+}", "[^/]+", path) + "(\\.json)?$"), op["operationId"])
    for method, path, op in operations()
]
LAYERS = ["low_level", "ergonomic"]
ALL_FILES = sorted(CASSETTES.rglob("*.yaml"))


def recorded_operations(folder: Path) -> set[str]:
    found: set[str] = set()
    for cassette in folder.glob("*.yaml"):
        for interaction in yaml.safe_load(cassette.read_text())["interactions"]:
            request = interaction["request"]
            path = re.sub(r"^https://api\.bulutfon\.com", "", request["uri"]).split("?")[0]
            found |= {
                op
                for method, pattern, op in ROUTES
                if method == request["method"] and pattern.match(path)
            }
    return found


@pytest.mark.parametrize("layer", LAYERS)
def test_every_operation_has_a_recorded_test_in_each_layer(layer: str) -> None:
    expected = {op["operationId"] for _m, _p, op in operations()}
    missing = expected - recorded_operations(CASSETTES / layer)
    assert missing == set(), (
        f"no cassette exercises {sorted(missing)} through {layer}: a plain read is recorded by "
        "test_plain_read with `make record`; anything else needs a recorded test in "
        f"tests/recorded/test_{layer}.py"
    )


def test_cassettes_exist_for_both_layers() -> None:
    assert {p.parent.name for p in ALL_FILES} == set(LAYERS)
    assert len(ALL_FILES) > 50


@pytest.mark.parametrize(
    "cassette", ALL_FILES, ids=[f"{p.parent.name}/{p.name}" for p in ALL_FILES]
)
def test_no_secret_in_cassette(cassette: Path) -> None:
    text = cassette.read_text()
    for secret in (DEFAULT_TOKEN, DEFAULT_EMAIL, DEFAULT_PASSWORD, "wrong-token"):
        assert secret not in text
    assert re.findall(r"(?:access_token|email|password)=(?!REDACTED)[^&\s'\"]+", text) == []
    assert re.findall(r'"(?:access_token|password)":\s*"(?!REDACTED)', text) == []
    assert re.findall(r"/token-info/(?!REDACTED)", text) == []
    assert re.findall(r"\b[0-9a-f]{40}\b", text) == []  # a signed recording hash (sha1 hex)
    assert "127.0.0.1" not in text and "localhost" not in text
