"""BulutfonXM: reading the provider's requests, building BFON documents, the receivers."""

from __future__ import annotations

import base64
import json
from typing import Any
from urllib.parse import urlencode

import httpx
import pytest

from bulutfon_ext import BulutfonError, bfxm
from bulutfon_ext.bfxm import Bfon, BfonError, BfxmError, BfxmRequest, parse_request
from tests._inbound import SyncAsAsync, bfon_examples, schema_errors, webhook_examples

JSON = "application/json"
FORM = "application/x-www-form-urlencoded"
MP3 = "http://192.168.1.1:8000/test.mp3"
DOCUMENTS = list(bfon_examples())
REQUESTS = [e for e in webhook_examples() if e[0] == "bulutfon_xm"]


@pytest.mark.parametrize(("name", "schema", "document"), DOCUMENTS, ids=[d[0] for d in DOCUMENTS])
def test_spec_documents_match_the_schema_and_read_back_unchanged(
    name: str, schema: dict[str, Any], document: dict[str, Any]
) -> None:
    assert schema_errors(schema, document) == []
    assert Bfon.from_dict(document).to_dict() == document


def test_the_schema_can_refuse_a_document() -> None:
    schema = {"$ref": "#/components/schemas/BfonDocument"}
    assert schema_errors(schema, {"bfxm": {"version": 1}, "seq": []})
    bad_dial = {"action": "dial", "args": {"destination": "12345"}}
    assert schema_errors(schema, {"bfxm": {"version": 1}, "seq": [{"action": "say"}]})
    assert schema_errors({"$ref": "#/components/schemas/BfonDialArgs"}, bad_dial["args"])


def test_the_builder_writes_the_bfxm_page_example() -> None:
    built = (
        Bfon()
        .play("http://192.168.123.34:8000/test.mp3")
        .return_data("TestData1")
        .set_caller_name("ABC İnşaat Firması")
        .dial("1000")
    )
    expected = next(d[2] for d in DOCUMENTS if d[0] == "provider_page")
    assert built.to_dict() == expected
    text = built.to_json()
    assert "ABC İnşaat Firması" in text  # not \u0130 escapes
    assert json.loads(text.encode("utf-8")) == expected


def test_the_builder_writes_the_bfon_page_gather_example() -> None:
    built = (
        Bfon()
        .gather(
            min_digits=2,
            max_digits=5,
            max_attempts=3,
            timeout=5000,
            ask=MP3,
            play_on_error=MP3,
            variable_name="testvar",
        )
        .sleep(60)
        .continue_()
    )
    expected = next(d[2] for d in DOCUMENTS if d[0] == "gather")
    assert built.to_dict() == expected
    # Strings, as the provider's examples write them; the page writes timeout as a number.
    args = built.to_dict()["seq"][0]["args"]
    assert args["min_digits"] == "2" and args["timeout"] == 5000


def test_the_bfon_page_example_lists_every_action_but_is_no_playable_document() -> None:
    # BFON.md's example starts with reject and then goes on: a catalogue, not a call plan.
    page = {
        "seq": [
            {"action": "reject"},
            {"action": "play", "args": {"url": MP3}},
            {
                "action": "gather",
                "args": {
                    "min_digits": "2",
                    "max_digits": "5",
                    "max_attempts": "3",
                    "ask": MP3,
                    "play_on_error": MP3,
                    "variable_name": "testvar",
                },
            },
            {"action": "dial", "args": {"destination": "1000"}},
            {"action": "sleep", "args": {"timeout": "60"}},
            {"action": "hangup"},
            {"action": "continue"},
            {"action": "set_caller_name", "args": {"caller_name": "ABC İnşaat Firması"}},
        ]
    }
    with pytest.raises(BfonError, match="nothing can follow 'reject'"):
        Bfon.from_dict(page)
    # Each action of it is fine on its own, and the builder writes it identically.
    for item in page["seq"]:
        one = Bfon.from_dict({"seq": [item]})
        assert one.to_dict()["seq"] == [item]


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda b: b.play("ftp://x/a.mp3"), "play: url must be an http"),
        (lambda b: b.play("/a.mp3"), "play: url must be an http"),
        (
            lambda b: b.gather(variable_name="v", ask=MP3, min_digits=5, max_digits=2),
            "min_digits \\(5\\) is more than max_digits \\(2\\)",
        ),
        (
            lambda b: b.gather(variable_name="v", ask=MP3, max_digits=0),
            "max_digits must be 1 or more",
        ),
        (lambda b: b.gather(variable_name="v", ask="x"), "ask must be an http"),
        (lambda b: b.gather(variable_name="1v", ask=MP3), "variable_name"),
        (lambda b: b.gather(variable_name="step", ask=MP3), "clash"),
        (lambda b: b.gather(variable_name="v", ask=MP3, timeout=0), "timeout must be 1 or more"),
        (lambda b: b.dial("12345"), "destination '12345'"),
        (lambda b: b.dial("1"), "destination '1'"),
        (lambda b: b.dial("10a0"), "destination"),
        (lambda b: b.dial(""), "destination"),
        (lambda b: b.dial("1000", hide_cli_on_diversion="yes"), "hide_cli_on_diversion"),
        (lambda b: b.sleep(0), "sleep: timeout must be 1 or more"),
        (lambda b: b.sleep(1.5), "whole number"),
        (lambda b: b.sleep("²"), "whole number"),  # a digit to str.isdigit, not to int()
        (lambda b: b.set_caller_name(""), "caller_name"),
        (lambda b: b.return_data({"a": 1}), "json.dumps"),
        (lambda b: b.hangup().play(MP3), "nothing can follow 'hangup'"),
        (lambda b: b.reject().hangup(), "nothing can follow 'reject'"),
        (lambda b: b.reject().action("custom"), "nothing can follow 'reject'"),
        (lambda b: b.action("say", lang="tr", text="Merhaba"), "no longer supports"),
        (lambda b: b.action("bad name"), "not an action name"),
        (lambda b: b.action("x", blob=object()), "JSON values"),
        (lambda b: b.to_dict(), "at least one action"),
    ],
)
def test_the_builder_refuses_what_the_provider_would_not_play(build: Any, message: str) -> None:
    with pytest.raises(BfonError, match=message):
        build(Bfon())


@pytest.mark.parametrize(
    "destination", ["10", "111", "1000", 1000, "905321112233", "+905321112233"]
)
def test_dial_destinations(destination: Any) -> None:
    assert Bfon().dial(destination).to_dict()["seq"][0]["args"] == {"destination": str(destination)}


def test_dial_hides_the_caller_id_as_a_string() -> None:
    seq = Bfon().dial("1000", hide_cli_on_diversion=False).to_dict()["seq"]
    assert seq == [
        {"action": "dial", "args": {"destination": "1000", "hide_cli_on_diversion": "false"}}
    ]


def test_gather_defaults_fill_every_argument() -> None:
    args = Bfon().gather(variable_name="choice", ask=MP3).to_dict()["seq"][0]["args"]
    assert args == {
        "min_digits": "1",
        "max_digits": "1",
        "max_attempts": "3",
        "ask": MP3,
        "play_on_error": MP3,
        "variable_name": "choice",
    }


def test_the_escape_hatch_sends_anything_new() -> None:
    doc = (
        Bfon()
        .action("record", url="https://x.test/up", max_seconds="30")
        .action("set_caller", caller_name="Ali")
        .hangup()
        .to_dict()
    )
    assert doc["seq"] == [
        {"action": "record", "args": {"url": "https://x.test/up", "max_seconds": "30"}},
        {"action": "set_caller_name", "args": {"caller_name": "Ali"}},
        {"action": "hangup"},
    ]
    with pytest.raises(BfonError, match="unknown action 'record'"):
        Bfon.from_dict(doc)
    assert Bfon.from_dict(doc, strict=False).to_dict() == doc
    # An argument the SDK does not know yet, on a known action.
    new_arg = {"seq": [{"action": "play", "args": {"url": MP3, "loop": "2"}}]}
    with pytest.raises(BfonError, match="unknown argument"):
        Bfon.from_dict(new_arg)
    assert Bfon.from_dict(new_arg, strict=False).to_dict()["seq"] == new_arg["seq"]


def test_the_generated_model_round_trips_a_built_document() -> None:
    from bulutfon_api.models import BfonDocument

    built = Bfon().gather(variable_name="v", ask=MP3, timeout=3000).dial("905321112233").to_dict()
    assert BfonDocument.from_dict(built).to_dict() == built


# ---- requests ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("webhook", "name", "schema", "value"), REQUESTS, ids=[r[1] for r in REQUESTS]
)
@pytest.mark.parametrize("encoding", ["json", "form"])
def test_the_spec_requests_parse(
    webhook: str, name: str, schema: Any, value: Any, encoding: str
) -> None:
    assert schema_errors(schema, value) == []
    body = json.dumps(value).encode() if encoding == "json" else urlencode(value).encode()
    request = parse_request(body, JSON if encoding == "json" else FORM)
    assert request.uuid == value["uuid"]
    assert request.step == int(value["step"])
    assert request.caller == "905321112233"
    if name == "after_gather":
        assert request.variables == {"testvar": "42"}
        assert request.returned == "TestData1"
    else:
        assert (request.variables, request.returned) == ({}, None)


def test_a_json_request_with_numbers_and_turkish() -> None:
    body = {
        "uuid": "u-1",
        "caller": 905321112233,
        "callee": 908508850000,
        "step": 3,
        "ad": "Işıl",
        "return_data": "İnşaat",
    }
    request = parse_request(json.dumps(body, ensure_ascii=False).encode(), JSON)
    assert request == BfxmRequest(
        "u-1", "905321112233", "908508850000", 3, {"ad": "Işıl"}, "İnşaat"
    )


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"caller": "1", "callee": "2", "step": "1"}, "uuid is missing"),
        ({"uuid": "u", "caller": "1", "callee": "2"}, "step is missing"),
        ({"uuid": "u", "caller": "1", "callee": "2", "step": "two"}, "step: 'two'"),
        ({"uuid": "u", "caller": "1", "callee": "2", "step": "0"}, "1 or more"),
        ({"uuid": "u", "caller": [], "callee": "2", "step": "1"}, "caller is missing"),
    ],
)
def test_a_bad_request_is_a_clear_bfxm_error(body: dict[str, Any], message: str) -> None:
    with pytest.raises(BfxmError, match=message) as caught:
        parse_request(json.dumps(body).encode(), JSON)
    assert isinstance(caught.value, BulutfonError)


def test_an_unreadable_body_is_a_bfxm_error() -> None:
    with pytest.raises(BfxmError, match="not valid JSON"):
        parse_request(b"{", JSON)


# ---- receivers --------------------------------------------------------------------------------


def _app(kind: str) -> Any:
    def handle(request: BfxmRequest) -> Bfon:
        if request.step == 1:
            return Bfon().gather(variable_name="choice", ask=MP3).return_data("menu")
        if request.variables.get("choice") == "9":
            raise RuntimeError("boom")
        if request.variables.get("choice") == "8":
            return "not a document"  # type: ignore[return-value]
        return Bfon().set_caller_name("Müşteri " + (request.returned or "?")).dial("1000")

    factory = bfxm.wsgi_app if kind == "wsgi" else bfxm.asgi_app
    return factory(handle, username="xm", password="ğizli")


@pytest.mark.parametrize("kind", ["asgi", "wsgi"])
async def test_the_receivers_answer_with_documents(kind: str) -> None:
    app = _app(kind)
    transport: Any = (
        httpx.WSGITransport(app=app) if kind == "wsgi" else httpx.ASGITransport(app=app)
    )
    auth = "Basic " + base64.b64encode("xm:ğizli".encode()).decode()
    async with (
        httpx.AsyncClient(transport=transport, base_url="http://xm")
        if kind == "asgi"
        else SyncAsAsync(transport, "http://xm") as client
    ):
        first = {"uuid": "u", "caller": "905321112233", "callee": "908508850000", "step": "1"}
        answer = await client.post("/", data=first, headers={"Authorization": auth})
        assert answer.status_code == 200
        assert answer.headers["content-type"] == "application/json; charset=utf-8"
        assert answer.json()["seq"][0]["args"]["variable_name"] == "choice"

        second = {**first, "step": "2", "choice": "1", "return_data": "menu"}
        answer = await client.post("/", data=second, headers={"Authorization": auth})
        assert answer.json()["seq"] == [
            {"action": "set_caller_name", "args": {"caller_name": "Müşteri menu"}},
            {"action": "dial", "args": {"destination": "1000"}},
        ]
        assert (await client.post("/", data=first)).status_code == 401
        bad = await client.post("/", data={"uuid": "u"}, headers={"Authorization": auth})
        assert (bad.status_code, bad.text) == (
            400,
            "caller is missing: a BFXM request carries uuid, caller, callee, step\n",
        )
        for choice in ("9", "8"):
            failed = await client.post(
                "/", data={**second, "choice": choice}, headers={"Authorization": auth}
            )
            assert failed.status_code == 500
            assert "Traceback" not in failed.text


async def test_an_async_handler_is_awaited() -> None:
    async def handle(request: BfxmRequest) -> Bfon:
        return Bfon().dial(request.variables.get("to", "1000"))

    transport = httpx.ASGITransport(app=bfxm.asgi_app(handle))
    async with httpx.AsyncClient(transport=transport, base_url="http://xm") as client:
        fields = {"uuid": "u", "caller": "1", "callee": "2", "step": "2", "to": "905321112233"}
        answer = await client.post("/", json=fields)
    assert answer.json()["seq"] == [{"action": "dial", "args": {"destination": "905321112233"}}]
