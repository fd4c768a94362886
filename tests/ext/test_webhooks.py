"""Webhook events: parsing (JSON and form, both spellings), Basic auth, and the receivers."""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import json
from typing import Any
from urllib.parse import urlencode

import httpx
import pytest

from bulutfon_ext import BulutfonError, webhooks
from bulutfon_ext.webhooks import (
    CallHangup,
    CallInit,
    CallReachedExtension,
    CallReachedGroup,
    CallReachedMenu,
    Event,
    FaxInit,
    MissingCall,
    UnknownEvent,
    WebhookError,
    check_basic_auth,
    parse_event,
)
from tests._inbound import SyncAsAsync, properties, schema_errors, webhook_examples

JSON = "application/json"
FORM = "application/x-www-form-urlencoded"
UUID = "f615986c-2001-11e5-bdee-6599352d46ce"

CLASS_OF = {
    "call_init": (CallInit, "CallInitEvent"),
    "call_hangup": (CallHangup, "CallHangupEvent"),
    "fax_init": (FaxInit, "FaxInitEvent"),
    "missing_call": (MissingCall, "MissingCallEvent"),
    "call_reached_extension": (CallReachedExtension, "CallReachedExtensionEvent"),
    "call_reached_group": (CallReachedGroup, "CallReachedGroupEvent"),
    "call_reached_menu": (CallReachedMenu, "CallReachedMenuEvent"),
}
EXAMPLES = list(webhook_examples())
EVENT_EXAMPLES = [e for e in EXAMPLES if e[0] in CLASS_OF]


def test_the_spec_has_every_event_and_an_example_for_each() -> None:
    assert {e[0] for e in EVENT_EXAMPLES} == set(CLASS_OF)


@pytest.mark.parametrize(
    ("webhook", "name", "schema", "value"), EXAMPLES, ids=[f"{e[0]}-{e[1]}" for e in EXAMPLES]
)
def test_spec_examples_match_their_schemas(
    webhook: str, name: str, schema: dict[str, Any], value: Any
) -> None:
    assert schema_errors(schema, value) == []


def test_schema_validation_can_fail() -> None:
    schema = {"$ref": "#/components/schemas/CallHangupEvent"}
    assert schema_errors(schema, {"event_type": "call_hangup", "hangup_detail": "nope"})
    assert schema_errors(schema, {"caller": 1})
    # Each event's schema takes its own event types only (both spellings where there are two).
    menu = {"$ref": "#/components/schemas/CallReachedMenuEvent"}
    assert schema_errors(menu, {"event_type": "call_init_manu"}) == []
    assert schema_errors(menu, {"event_type": "call_init_menu"}) == []
    assert schema_errors(menu, {"event_type": "incoming_call_group"})


@pytest.mark.parametrize(
    ("webhook", "name", "value"),
    [(e[0], e[1], e[3]) for e in EVENT_EXAMPLES],
    ids=[f"{e[0]}-{e[1]}" for e in EVENT_EXAMPLES],
)
@pytest.mark.parametrize("encoding", ["json", "form"])
def test_every_example_parses_into_its_typed_event(
    webhook: str, name: str, value: dict[str, Any], encoding: str
) -> None:
    cls, _schema = CLASS_OF[webhook]
    if encoding == "json":
        event = parse_event(json.dumps(value).encode(), JSON)
    else:
        # Form-encoded, everything is a string, and a JSON null is an empty value.
        form = {
            k: "" if v is None else str(v).lower() if isinstance(v, bool) else v
            for k, v in value.items()
        }
        event = parse_event(urlencode(form).encode(), FORM)
    assert type(event) is cls
    assert event.event_type == value["event_type"]
    assert event.uuid == value["uuid"]
    assert event.caller == str(value["caller"])
    assert event.callee == str(value["callee"])
    assert event.direction == value["direction"]
    assert event.timestamp is not None
    assert event.timestamp.tzinfo is not None
    assert event.timestamp.utcoffset() == dt.timedelta(0)
    assert event.timestamp.timestamp() == value["timestamp"] / 1_000_000
    assert event.autodial is value.get("autodial", False)
    if "destination" in value:
        assert event.destination == str(value["destination"])  # type: ignore[attr-defined]
    raw = {k: v for k, v in event.raw.items()}
    assert set(raw) == set(value)


def test_the_hangup_example_as_printed_with_its_repeated_field() -> None:
    # Verbatim from the provider's page: hangup_cause appears twice.
    body = b"""{
      "event_type": "call_hangup",
      "caller": 90532000000,
      "callee": 908508850000,
      "uuid": "f615986c-2001-11e5-bdee-6599352d46ce",
      "timestamp": 1614261582000000,
      "hangup_cause": "NORMAL_CLEARING",
      "direction": "IN",
      "talk_duration": 35,
      "hangup_cause": "NORMAL_CLEARING",
      "hangup_detail": "send_bye",
      "result_disposition": "SUCCESS",
      "cdr_url": "https://oim.bulutfon.com/account/pbx/call-records/2021/02/25/f615986c-2001-11e5-bdee-6599352d46ce",
      "cdr_api_url": "https://api.bulutfon.com/v2/cdr/2021/02/25/f615986c-2001-11e5-bdee-6599352d46ce"
    }"""
    event = parse_event(body, "application/json; charset=utf-8")
    assert isinstance(event, CallHangup)
    assert (event.talk_duration, event.hangup_cause, event.hangup_detail) == (
        35,
        "NORMAL_CLEARING",
        "send_bye",
    )
    assert event.result_disposition == "SUCCESS"
    assert event.cdr_api_url is not None and event.cdr_api_url.endswith(UUID)
    assert event.timestamp == dt.datetime(2021, 2, 25, 13, 59, 42, tzinfo=dt.UTC)
    assert (event.domain_id, event.account_id) == (None, None)


def test_automatic_call_fields() -> None:
    value = dict(next(e[3] for e in EXAMPLES if e[1] == "automatic_call"))
    event = parse_event(json.dumps(value), JSON)
    assert isinstance(event, CallHangup)
    assert event.autodial is True
    assert event.additional_data == "order-42"
    assert event.callback_url is None
    assert event.result_disposition is None  # "empty otherwise"
    assert event.talk_duration == 0


@pytest.mark.parametrize(
    ("listed", "sent", "cls"),
    [
        ("call_init_extension", "incoming_call_extension", CallReachedExtension),
        ("call_init_group", "incoming_call_group", CallReachedGroup),
        ("call_init_manu", "call_init_menu", CallReachedMenu),
    ],
)
def test_both_spellings_give_the_same_class(listed: str, sent: str, cls: type[Event]) -> None:
    for name in (listed, sent):
        event = parse_event(json.dumps({"event_type": name, "destination": 12}), JSON)
        assert type(event) is cls
        assert event.event_type == name
        assert event.destination == "12"  # type: ignore[attr-defined]


def test_every_event_type_of_the_spec_is_understood() -> None:
    from tests._spec import load_spec

    names = load_spec()["components"]["schemas"]["WebhookEventType"]["enum"]
    assert set(names) == webhooks.EVENT_TYPES
    for name in names:
        assert not isinstance(parse_event(json.dumps({"event_type": name}), JSON), UnknownEvent)


@pytest.mark.parametrize("webhook", sorted(CLASS_OF))
def test_the_typed_events_have_every_field_of_the_spec(webhook: str) -> None:
    cls, schema = CLASS_OF[webhook]
    fields = {f.name for f in dataclasses.fields(cls) if f.name != "raw"}
    assert properties(schema) == fields


def test_an_unknown_event_type_is_kept_not_refused() -> None:
    body = {"event_type": "call_transferred", "uuid": UUID, "new_field": [1, 2], "timestamp": 1}
    event = parse_event(json.dumps(body), JSON)
    assert type(event) is UnknownEvent
    assert event.event_type == "call_transferred"
    assert event.raw == body
    assert event.uuid == UUID


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (1435762851, dt.datetime(2015, 7, 1, 15, 0, 51, tzinfo=dt.UTC)),
        (1435762851086, dt.datetime(2015, 7, 1, 15, 0, 51, 86000, tzinfo=dt.UTC)),
        (1435762851086820, dt.datetime(2015, 7, 1, 15, 0, 51, 86820, tzinfo=dt.UTC)),
        ("1435762851086820", dt.datetime(2015, 7, 1, 15, 0, 51, 86820, tzinfo=dt.UTC)),
        ("1435762851.5", dt.datetime(2015, 7, 1, 15, 0, 51, 500000, tzinfo=dt.UTC)),
        (1435762851086820123, dt.datetime(2015, 7, 1, 15, 0, 51, 86820, tzinfo=dt.UTC)),
    ],
)
def test_timestamps_in_any_unit_are_the_same_aware_utc_instant(
    value: Any, expected: dt.datetime
) -> None:
    event = parse_event(json.dumps({"event_type": "call_init", "timestamp": value}), JSON)
    assert event.timestamp == expected
    assert event.timestamp is not None and event.timestamp.tzinfo is dt.UTC


def test_turkish_text_survives_json_and_form() -> None:
    fields = {"event_type": "call_hangup", "additional_data": "ABC İnşaat Firması — ğüşıöç"}
    from_json = parse_event(json.dumps(fields, ensure_ascii=False).encode(), JSON)
    from_form = parse_event(urlencode(fields).encode(), FORM)
    assert from_json.additional_data == from_form.additional_data == fields["additional_data"]


def test_repeated_form_fields_are_kept_and_the_last_one_wins() -> None:
    body = urlencode([("event_type", "call_init"), ("tag", "İş"), ("tag", "Ağ"), ("caller", "1")])
    event = parse_event(body.encode(), FORM + "; charset=UTF-8")
    assert event.raw["tag"] == ["İş", "Ağ"]
    assert event.caller == "1"


def test_a_body_without_content_type_is_recognised() -> None:
    assert isinstance(parse_event(b'{"event_type": "fax_init"}', None), FaxInit)
    assert isinstance(parse_event(b"event_type=missing_call", ""), MissingCall)


@pytest.mark.parametrize(
    ("body", "content_type", "message"),
    [
        (b"{", JSON, "not valid JSON"),
        (b"[1, 2]", JSON, "must be a JSON object"),
        (b'{"event_type": "\xff"}', JSON, "not UTF-8"),
        (b"event_type=%FF", FORM, "not UTF-8"),
        (b'{"uuid": "x"}', JSON, "event_type is missing"),
        (b"", FORM, "event_type is missing"),
        (b'{"event_type": "call_init", "timestamp": "yesterday"}', JSON, "timestamp"),
        (b'{"event_type": "call_init", "timestamp": -5}', JSON, "timestamp"),
        (b'{"event_type": "call_init", "timestamp": Infinity}', JSON, "timestamp"),
        (b'{"event_type": "call_init", "timestamp": "1%s.0"}' % (b"0" * 400), JSON, "timestamp"),
        (b'{"event_type": "call_init", "timestamp": 1e300}', JSON, "timestamp"),
        (b'{"event_type": "call_init", "timestamp": "1.0e305"}', JSON, "timestamp"),
        (b"event_type=call_init&timestamp=" + b"9" * 400 + b".", FORM, "timestamp"),  # inf
        (b'{"event_type": "call_hangup", "talk_duration": "long"}', JSON, "talk_duration"),
        (b'{"event_type": "call_init", "autodial": "maybe"}', JSON, "autodial"),
        (b'{"event_type": "call_init", "caller": {"a": 1}}', JSON, "caller"),
        (b"event_type=call_init", "text/plain", "unsupported content type"),
    ],
)
def test_a_malformed_body_is_a_clear_webhook_error(
    body: bytes, content_type: str, message: str
) -> None:
    with pytest.raises(WebhookError, match=message) as caught:
        parse_event(body, content_type)
    assert isinstance(caught.value, BulutfonError)
    assert isinstance(caught.value, ValueError)


def _basic(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


def test_check_basic_auth() -> None:
    assert check_basic_auth(_basic("hook", "s3cret"), "hook", "s3cret")
    assert check_basic_auth(_basic("İnşaat", "şifre:ğ"), "İnşaat", "şifre:ğ")
    assert check_basic_auth("basic  " + _basic("a", "b")[6:], "a", "b")
    assert not check_basic_auth(_basic("hook", "s3cret!"), "hook", "s3cret")
    assert not check_basic_auth(_basic("hook", "s3cre"), "hook", "s3cret")
    assert not check_basic_auth(_basic("Hook", "s3cret"), "hook", "s3cret")
    assert not check_basic_auth(None, "hook", "s3cret")
    assert not check_basic_auth("", "hook", "s3cret")
    assert not check_basic_auth("Bearer abc", "hook", "s3cret")
    assert not check_basic_auth("Basic !!!notbase64", "hook", "s3cret")


# ---- receivers --------------------------------------------------------------------------------

CALL_INIT = json.dumps(EVENT_EXAMPLES[0][3]).encode()


@pytest.fixture(params=["asgi", "wsgi"])
def receiver(request: pytest.FixtureRequest) -> tuple[Any, list[Event]]:
    received: list[Event] = []

    def handle(event: Event) -> None:
        if event.event_type == "missing_call":
            raise RuntimeError("database is down: password=hunter2")
        received.append(event)

    if request.param == "wsgi":
        app = webhooks.wsgi_app(handle, username="hook", password="şifre")
        return SyncAsAsync(httpx.WSGITransport(app=app), "http://r"), received
    asgi = webhooks.asgi_app(handle, username="hook", password="şifre")
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=asgi), base_url="http://r"), received


async def _post(client: Any, **kwargs: Any) -> httpx.Response:
    response: httpx.Response = await client.request(kwargs.pop("method", "POST"), "/hook", **kwargs)
    return response


async def test_receiver_answers(receiver: tuple[Any, list[Event]]) -> None:
    client, received = receiver
    auth = {"Authorization": _basic("hook", "şifre")}
    ok = await _post(client, content=CALL_INIT, headers={**auth, "Content-Type": JSON})
    assert (ok.status_code, ok.text) == (200, "OK\n")
    form = await _post(client, data={"event_type": "fax_init", "caller": "90532"}, headers=auth)
    assert form.status_code == 200
    assert [type(e) for e in received] == [CallInit, FaxInit]

    wrong = await _post(client, content=CALL_INIT, headers={"Authorization": _basic("hook", "x")})
    assert wrong.status_code == 401
    assert wrong.headers["www-authenticate"].startswith("Basic")
    assert (await _post(client, content=CALL_INIT)).status_code == 401

    bad = await _post(client, content=b"{not json", headers={**auth, "Content-Type": JSON})
    assert bad.status_code == 400
    assert bad.text.startswith("body is not valid JSON")
    assert "Traceback" not in bad.text and len(bad.text) < 200

    failing = await _post(
        client, content=b'{"event_type": "missing_call"}', headers={**auth, "Content-Type": JSON}
    )
    assert failing.status_code == 500
    assert "Traceback" not in failing.text and "hunter2" not in failing.text

    assert (await _post(client, method="GET", headers=auth)).status_code == 405
    huge = await _post(client, content=b"x" * 70_000, headers={**auth, "Content-Type": FORM})
    assert huge.status_code == 413
    assert len(received) == 2


async def test_an_async_handler_is_awaited() -> None:
    seen: list[Event] = []

    async def handle(event: Event) -> None:
        seen.append(event)

    app = webhooks.asgi_app(handle)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://r") as c:
        assert (
            await c.post("/", content=CALL_INIT, headers={"Content-Type": JSON})
        ).status_code == 200
    assert [type(e) for e in seen] == [CallInit]


def test_credentials_come_in_pairs() -> None:
    with pytest.raises(ValueError, match="both username and password"):
        webhooks.asgi_app(lambda e: None, username="hook")


# ---- the generated models agree ---------------------------------------------------------------


def test_the_generated_models_read_the_examples() -> None:
    import bulutfon_api.models as models

    for webhook, _name, _schema, value in EVENT_EXAMPLES:
        model = getattr(models, CLASS_OF[webhook][1])
        parsed = model.from_dict(value)
        assert parsed.event_type.value == value["event_type"]
        assert parsed.to_dict()["uuid"] == value["uuid"]


# ---- callback_url on automatic calls ----------------------------------------------------------


def test_an_automatic_call_takes_a_callback_url() -> None:
    from bulutfon_ext import Bulutfon, ValidationError
    from bulutfon_ext.fake import FakeBulutfon

    with FakeBulutfon().serve() as fake, Bulutfon(access_token=fake.token, base_url=fake.url) as c:
        survey: dict[str, Any] = {
            "title": "Survey",
            "receivers": "905321112233",
            "did": c.dids.list().items[0].number,
            "announcement_id": 1,
        }
        c.automatic_calls.create(**survey, callback_url="https://crm.example.com/hooks/42")
        assert fake.requests[-1].body is not None
        assert fake.requests[-1].body["callback_url"] == "https://crm.example.com/hooks/42"
        with pytest.raises(ValidationError, match="callback_url") as caught:
            c.automatic_calls.create(**survey, callback_url="crm.example.com/hooks")
        assert caught.value.field == "callback_url"


def test_urls_are_printed_without_credentials() -> None:
    from bulutfon_ext._inbound import printable_url

    shown = printable_url("https://hook:s3cr@t@example.com:8443/in?access_token=tok&x=1")
    assert shown == "https://REDACTED@example.com:8443/in?access_token=REDACTED&x=1"
    assert printable_url("http://127.0.0.1:8000/hooks") == "http://127.0.0.1:8000/hooks"
