"""The seam between the generated client and the ergonomic layer, pinned.

Every operation module exports ``build_request``, ``parse_response`` and ``OPERATION`` with the
shapes below (generator/templates/endpoint_module.py.jinja makes them), and ``bulutfon_ext`` uses
nothing else of an operation module. A generator upgrade that renames, drops or reshapes any of
it fails here, in ``make test``, instead of breaking the ergonomic layer at run time. The
``*_detailed`` functions report any status the server sends.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import json
import re
from http import HTTPStatus
from types import ModuleType
from typing import Any

import httpx
import pytest

from bulutfon_api.client import AuthenticatedClient
from bulutfon_api.models import Error
from bulutfon_api.types import Operation, Response, status_of
from tests._spec import ROOT, envelope, operations, resolve

OPERATIONS = list(operations())
IDS = [op["operationId"] for *_, op in OPERATIONS]


def _module(op: dict[str, Any]) -> ModuleType:
    tag = op["tags"][0].replace("-", "_")
    return importlib.import_module(f"bulutfon_api.api.{tag}.{op['operationId']}")


def _spec_arguments(path: str, op: dict[str, Any]) -> list[str]:
    """The arguments ``build_request`` must take, from the spec: path parameters in the order of
    the path, then ``body`` if there is one, then the query parameters."""
    parameters = [resolve(p) for p in op.get("parameters", [])]
    in_path = re.findall(r"{(\w+)}", path)
    query = [p["name"] for p in parameters if p["in"] == "query"]
    return in_path + (["body"] if "requestBody" in op else []) + query


@pytest.mark.parametrize(("method", "path", "op"), OPERATIONS, ids=IDS)
def test_every_operation_module_exports_the_seam(
    method: str, path: str, op: dict[str, Any]
) -> None:
    module = _module(op)
    operation = module.OPERATION
    assert isinstance(operation, Operation)
    assert (operation.operation_id, operation.method, operation.path) == (
        op["operationId"],
        method,
        path,
    )
    assert operation.tag == op["tags"][0].replace("-", "_")
    assert operation.build_request is module.build_request
    assert operation.parse_response is module.parse_response
    # The key the success body is wrapped in is the spec's, so no shape retypes it.
    assert operation.envelope == envelope(op)

    build = inspect.signature(module.build_request)
    assert list(build.parameters) == _spec_arguments(path, op)
    parse = inspect.signature(module.parse_response)
    assert list(parse.parameters) == ["response", "raise_on_unexpected_status"]
    assert parse.parameters["raise_on_unexpected_status"].default is False


# Operations with a body need a model to build; test_operations.py sends one for each of them.
WITHOUT_BODY = [o for o in OPERATIONS if "requestBody" not in o[2]]


@pytest.mark.parametrize(
    ("method", "path", "op"), WITHOUT_BODY, ids=[op["operationId"] for *_, op in WITHOUT_BODY]
)
def test_build_request_gives_httpx_request_arguments(
    method: str, path: str, op: dict[str, Any]
) -> None:
    arguments = {name: "5" for name in re.findall(r"{(\w+)}", path)}
    # Required query parameters (call_and_bridge's caller, callee and destination) too.
    required = [resolve(p) for p in op.get("parameters", [])]
    arguments |= {p["name"]: "10" for p in required if p["in"] == "query" and p.get("required")}
    built = _module(op).build_request(**arguments)
    request = httpx.Client(base_url="https://api.bulutfon.com").build_request(**built)
    assert request.method == method
    assert request.url.path == re.sub(r"{\w+}", "5", path)


def test_parse_response_reads_success_and_error_bodies() -> None:
    from bulutfon_api.api.dids import get_did

    ok = httpx.Response(
        200, json={"did": {"id": 1, "number": "908500000000", "state": "CONFIRMED"}}
    )
    assert get_did.parse_response(ok).did.id == 1  # type: ignore[union-attr]
    missing = get_did.parse_response(httpx.Response(404, json={"error": "nope"}))
    assert isinstance(missing, Error) and missing.error == "nope"
    assert get_did.parse_response(httpx.Response(418, json={})) is None


def _names_of_operation_modules(tree: ast.Module) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("bulutfon_api.api"):
            names |= {alias.asname or alias.name for alias in node.names}
    return names


def test_the_ergonomic_layer_uses_only_the_seam() -> None:
    """Of an operation module, ``bulutfon_ext`` touches ``OPERATION`` and nothing else."""
    offences = []
    for source in sorted((ROOT / "bulutfon_ext").rglob("*.py")):
        tree = ast.parse(source.read_text(encoding="utf-8"))
        modules = _names_of_operation_modules(tree)
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and node.value.id in modules
                and node.attr != "OPERATION"
            ):
                offences.append(
                    f"{source.relative_to(ROOT)}:{node.lineno} {node.value.id}.{node.attr}"
                )
        text = source.read_text(encoding="utf-8")
        offences += [
            f"{source.relative_to(ROOT)}: {name}"
            for name in ("_get_kwargs", "_parse_response", "_build_response")
            if name in text
        ]
    assert offences == []


def test_the_seam_check_can_fail() -> None:
    tree = ast.parse("from bulutfon_api.api.dids import get_did\nget_did._get_kwargs(id=1)\n")
    modules = _names_of_operation_modules(tree)
    attributes = [n.attr for n in ast.walk(tree) if isinstance(n, ast.Attribute)]
    assert modules == {"get_did"} and attributes == ["_get_kwargs"]


# ---- any status ------------------------------------------------------------------------


def _client(status: int, body: bytes) -> AuthenticatedClient:
    def reply(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=body, headers={"Content-Type": "text/html"})

    return AuthenticatedClient(
        base_url="https://api.bulutfon.com",
        token="t",
        httpx_args={"transport": httpx.MockTransport(reply)},
    )


PROXY_PAGE = b"<html><body>Web server is returning an unknown error</body></html>"


@pytest.mark.parametrize(
    ("status", "body", "expected_type"),
    [
        (520, PROXY_PAGE, int),  # a proxy's own status, not in HTTPStatus
        (499, PROXY_PAGE, int),
        (299, b"{}", int),
        (503, PROXY_PAGE, HTTPStatus),  # an error status whose body is not JSON
        (404, b'{"error": "not found"}', HTTPStatus),
    ],
)
async def test_detailed_returns_a_response_for_any_status(
    status: int, body: bytes, expected_type: type
) -> None:
    from bulutfon_api.api.dids import get_did

    sync = get_did.sync_detailed(1, client=_client(status, body))
    async_ = await get_did.asyncio_detailed(1, client=_client(status, body))
    for response in (sync, async_):
        assert isinstance(response, Response)
        assert response.status_code == status
        assert type(response.status_code) is expected_type
        assert response.content == body
    if status == 404:
        assert isinstance(sync.parsed, Error) and sync.parsed.error == "not found"
    else:
        assert sync.parsed is None


def test_a_success_body_that_does_not_parse_still_raises() -> None:
    """Only error statuses are forgiven: a broken 2xx body is a fault, not an answer."""
    from bulutfon_api.api.dids import get_did

    with pytest.raises(json.JSONDecodeError):
        get_did.sync_detailed(1, client=_client(200, PROXY_PAGE))


def test_status_of() -> None:
    assert status_of(404) is HTTPStatus.NOT_FOUND
    assert status_of(520) == 520 and type(status_of(520)) is int
