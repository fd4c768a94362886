"""The generated operation modules: their functions, what they send, credentials, packaging."""

from __future__ import annotations

import importlib
import inspect
import json
import re
from typing import Any

import httpx
import pytest

import bulutfon_api
from bulutfon_api import models
from bulutfon_api.client import AuthenticatedClient
from tests._spec import json_examples, operations
from tests._typing import ok

EXAMPLES = list(json_examples())
OPERATIONS = list(operations())


def _module(op: dict[str, Any]) -> Any:
    tag = op["tags"][0].replace("-", "_")
    return importlib.import_module(f"bulutfon_api.api.{tag}.{op['operationId']}")


@pytest.mark.parametrize(
    ("method", "path", "op"), OPERATIONS, ids=[o["operationId"] for *_, o in OPERATIONS]
)
def test_operation_module_exposes_the_four_functions(
    method: str, path: str, op: dict[str, Any]
) -> None:
    module = _module(op)
    for name in ("sync", "sync_detailed", "asyncio", "asyncio_detailed"):
        assert callable(getattr(module, name)), name
    assert inspect.iscoroutinefunction(module.asyncio_detailed)


BODIES = {
    "create_extension": models.ExtensionCreate(
        full_name="Ada",
        email="ada@example.com",
        did="908500000000",
        number=1001,
        redirection_type=models.RedirectionType.NONE,
    ),
    "update_extension": models.ExtensionUpdate(voicemail=True),
    "send_outgoing_fax": models.OutgoingFaxCreate(
        title="t",
        receivers="905001112233",
        did="908500000000",
        attachment="data:application/pdf;name:a.pdf;base64:JVBERi0=",
    ),
    "create_announcement": models.AnnouncementCreate(
        name="n", announcement="data:audio/wav;name:a.wav;base64:UklGRg=="
    ),
    "create_automatic_call": models.AutomaticCallCreate(
        title="t", receivers="905001112233", did="908500000000", announcement_id=1
    ),
    "send_message": models.SmsMessageCreate(title="T", content="hi", receivers="905001112233"),
}
SUCCESS_EXAMPLE = {e[0]: e[4] for e in reversed(EXAMPLES) if e[1].startswith("2")}
# Shared responses are listed once only; the write operations answer with the WriteResult example.
WRITE_RESULT_EXAMPLE = next(
    e[4] for e in EXAMPLES if e[3] == {"$ref": "#/components/schemas/WriteResult"}
)
for _m, _p, _op in OPERATIONS:
    SUCCESS_EXAMPLE.setdefault(_op["operationId"], WRITE_RESULT_EXAMPLE)
# Operations whose parameters travel in the query string (as the provider's example sends them).
QUERY_VALUES = {
    "call_and_bridge": {"caller": "908500000000", "callee": 905001112233, "destination": "1001"},
}
PATH_VALUES = {
    "id": 5,
    "uuid": "abc-123",
    "token": "tok",
    "title": "TEST",
    "number": "905001112233",
}


@pytest.mark.parametrize(
    ("method", "path", "op"), OPERATIONS, ids=[o["operationId"] for *_, o in OPERATIONS]
)
def test_every_operation_is_callable_and_sends_what_the_spec_says(
    method: str, path: str, op: dict[str, Any]
) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if op["responses"].get("200", {}).get("content", {}).keys() - {"application/json"}:
            return httpx.Response(200, content=b"\x00binary")
        return httpx.Response(200, json=SUCCESS_EXAMPLE[op["operationId"]])

    client = AuthenticatedClient(
        base_url="https://api.bulutfon.com",
        token="s3cret",
        httpx_args={"transport": httpx.MockTransport(handler)},
    )
    module = _module(op)
    kwargs: dict[str, Any] = {name: PATH_VALUES[name] for name in re.findall(r"{(\w+)}", path)}
    if op["operationId"] in BODIES:
        kwargs["body"] = BODIES[op["operationId"]]
    kwargs.update(QUERY_VALUES.get(op["operationId"], {}))
    response = module.sync_detailed(client=client, **kwargs)

    assert response.status_code == 200
    assert response.parsed is not None
    (request,) = seen
    assert request.method == method
    expected_path = re.sub(r"{(\w+)}", lambda m: str(PATH_VALUES[m.group(1)]), path)
    assert request.url.path == expected_path
    assert request.url.params["access_token"] == "s3cret"
    assert "authorization" not in request.headers
    if op["operationId"] in BODIES:
        assert request.headers["content-type"] == "application/json"
        assert json.loads(request.content) == BODIES[op["operationId"]].to_dict()  # type: ignore[attr-defined]
    else:
        assert request.content == b""
    for name, value in QUERY_VALUES.get(op["operationId"], {}).items():
        assert request.url.params[name] == str(value)


def test_email_and_password_travel_as_query_parameters() -> None:
    seen: list[httpx.Request] = []
    client = AuthenticatedClient(
        base_url="https://api.bulutfon.com",
        email="a@b.c",
        password="pw",
        httpx_args={
            "transport": httpx.MockTransport(
                lambda r: seen.append(r) or httpx.Response(200, json={"dids": []})  # type: ignore[func-returns-value]
            )
        },
    )
    from bulutfon_api.api.dids import list_dids

    assert ok(list_dids.sync(client=client)).dids == []
    assert dict(seen[0].url.params) == {"email": "a@b.c", "password": "pw"}


def test_authenticated_client_hides_and_checks_its_credentials() -> None:
    client = AuthenticatedClient(base_url="https://api.bulutfon.com", token="s3cret")
    assert "s3cret" not in repr(client)
    assert "s3cret" not in repr(client.get_httpx_client().auth)
    with pytest.raises(ValueError, match="not both"):
        AuthenticatedClient(base_url="x", token="t", email="e", password="p")
    with pytest.raises(ValueError, match=r"email=\.\.\. and password="):
        AuthenticatedClient(base_url="x", email="e")


def test_package_imports_and_is_typed() -> None:
    from importlib.resources import files

    assert bulutfon_api.AuthenticatedClient is AuthenticatedClient
    assert files("bulutfon_api").joinpath("py.typed").is_file()
