"""The fake plays the provider: webhook events and BulutfonXM dialogues, over real loopback HTTP."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from typing import Any

import pytest

from bulutfon_ext import Bulutfon, bfxm, webhooks
from bulutfon_ext.fake import FakeBulutfon
from bulutfon_ext.fake._server import serve_in_thread

USER, PASSWORD = "kanca", "şifre-İ"


@pytest.fixture
def receiver() -> Iterator[tuple[str, list[webhooks.Event]]]:
    """A webhook receiver on 127.0.0.1 with Basic auth; the events it got."""
    received: list[webhooks.Event] = []
    app = webhooks.asgi_app(received.append, username=USER, password=PASSWORD)
    with serve_in_thread(app, "127.0.0.1", 0) as running:
        yield running.url + "/hooks", received


@pytest.mark.parametrize("fmt", ["json", "form"])
def test_call_and_bridge_sends_the_call_events(
    receiver: tuple[str, list[webhooks.Event]], fmt: Any
) -> None:
    url, received = receiver
    fake = FakeBulutfon(webhook_url=url, webhook_auth=(USER, PASSWORD), webhook_format=fmt)
    with fake.serve(), Bulutfon(access_token=fake.token, base_url=fake.url) as client:
        did = client.dids.list().items[0].number
        client.call_and_bridge(caller=did, callee="905321112233", destination="1001")
        deliveries = fake.wait_for_webhooks()
    assert [d.status for d in deliveries] == [200, 200, 200]
    assert [type(e) for e in received] == [
        webhooks.CallInit,
        webhooks.CallReachedExtension,
        webhooks.CallHangup,
    ]
    start, reached, end = received
    assert start.direction == "OUT" and start.caller == str(did) and start.callee == "905321112233"
    assert reached.destination == "1001"  # type: ignore[attr-defined]
    assert len({e.uuid for e in received}) == 1
    assert isinstance(end, webhooks.CallHangup)
    assert (end.talk_duration, end.hangup_cause, end.result_disposition) == (
        35,
        "NORMAL_CLEARING",
        "SUCCESS",
    )
    assert start.timestamp is not None and end.timestamp is not None
    assert start.timestamp < end.timestamp
    # What the receiver parsed is what the fake sent, in either format.
    assert [e.raw["event_type"] for e in received] == [d.event["event_type"] for d in deliveries]


def test_automatic_calls_send_autodial_events(receiver: tuple[str, list[webhooks.Event]]) -> None:
    url, received = receiver
    fake = FakeBulutfon(webhook_url=url, webhook_auth=(USER, PASSWORD), webhook_format="form")
    with fake.serve(), Bulutfon(access_token=fake.token, base_url=fake.url) as client:
        client.automatic_calls.create(
            title="Anket",
            receivers=["905321112233", "905331112244"],
            did=client.dids.list().items[0].number,
            announcement_id=1,
            bulutfon_xm_data="müşteri-42",
            callback_url="https://crm.example.com/cb",
        )
        fake.wait_for_webhooks()
        recipients = client.automatic_calls.get(3).recipients
    assert isinstance(recipients, list)
    assert [e.event_type for e in received] == ["call_init", "call_hangup"] * 2
    assert all(e.autodial for e in received)
    assert {e.additional_data for e in received} == {"müşteri-42"}
    assert {e.callback_url for e in received} == {"https://crm.example.com/cb"}
    assert [e.uuid for e in received[::2]] == [r.uuid for r in recipients]
    answered, missed = received[1], received[3]
    assert isinstance(answered, webhooks.CallHangup) and isinstance(missed, webhooks.CallHangup)
    assert (answered.result_disposition, missed.result_disposition) == ("SUCCESS", None)
    assert missed.talk_duration == 0


def test_wrong_credentials_are_refused_and_recorded(
    receiver: tuple[str, list[webhooks.Event]],
) -> None:
    url, received = receiver
    fake = FakeBulutfon(webhook_url=url, webhook_auth=(USER, "wrong"))
    fake.simulate_incoming_fax(caller=905321112233, callee=908508850000)
    deliveries = fake.wait_for_webhooks()
    assert [(d.status, d.ok) for d in deliveries] == [(401, False)]
    assert received == []


def test_no_webhook_url_sends_nothing() -> None:
    fake = FakeBulutfon()
    fake.simulate_incoming_fax(caller=905321112233, callee=908508850000)
    assert fake.wait_for_webhooks() == []


def test_an_unreachable_receiver_is_recorded_not_raised() -> None:
    fake = FakeBulutfon(webhook_url="http://127.0.0.1:9/nothing")
    fake.simulate_incoming_call(caller=905321112233, callee=908508850000)
    deliveries = fake.wait_for_webhooks()
    assert [d.event["event_type"] for d in deliveries] == [
        "call_init",
        "missing_call",
        "call_hangup",
    ]
    assert all(d.status is None and d.error for d in deliveries)


def test_bad_settings_are_refused() -> None:
    with pytest.raises(ValueError, match="webhook_format"):
        FakeBulutfon(webhook_url="http://127.0.0.1:1/", webhook_format="xml")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="webhook_url"):
        FakeBulutfon(webhook_url="127.0.0.1/hooks")


# ---- BulutfonXM --------------------------------------------------------------------------------

MENU = "https://example.com/menu.mp3"
PIN = "https://example.com/pin.mp3"


def ivr(request: bfxm.BfxmRequest) -> bfxm.Bfon:
    """Two gathers (a department, then a 4-digit PIN), then a dial; state via return_data."""
    if request.step == 1:
        return (
            bfxm.Bfon()
            .set_caller_name("Müşteri İnşaat")
            .gather(variable_name="department", ask=MENU)
        )
    if request.step == 2:
        return (
            bfxm.Bfon()
            .return_data(request.variables["department"])
            .gather(variable_name="pin", ask=PIN, min_digits=4, max_digits=4, max_attempts=2)
        )
    if request.variables.get("pin") != "1234":
        return bfxm.Bfon().play("https://example.com/bye.mp3").hangup()
    return bfxm.Bfon().dial({"1": "1001", "2": "200"}[request.returned or "1"])


@pytest.fixture
def xm_app() -> Iterator[tuple[str, list[bfxm.BfxmRequest]]]:
    seen: list[bfxm.BfxmRequest] = []

    def handle(request: bfxm.BfxmRequest) -> bfxm.Bfon:
        seen.append(request)
        return ivr(request)

    with serve_in_thread(bfxm.asgi_app(handle, username="xm", password="ğ"), "127.0.0.1", 0) as r:
        yield r.url + "/xm", seen


def test_a_two_step_gather_then_dial_dialogue(
    xm_app: tuple[str, list[bfxm.BfxmRequest]], receiver: tuple[str, list[webhooks.Event]]
) -> None:
    xm_url, seen = xm_app
    hook_url, events = receiver
    fake = FakeBulutfon(webhook_url=hook_url, webhook_auth=(USER, PASSWORD))
    transcript = fake.simulate_incoming_call(
        caller=905321112233,
        callee=908508850000,
        bfxm_url=xm_url,
        bfxm_auth=("xm", "ğ"),
        digits=["2", "12", "1234"],
    )
    assert transcript.outcome == "dialled 200"
    assert [a.action for a in transcript.actions] == [
        "set_caller_name",
        "gather",
        "return_data",
        "gather",
        "dial",
    ]
    assert [(r.step, dict(r.variables), r.returned) for r in seen] == [
        (1, {}, None),
        (2, {"department": "2"}, None),
        (3, {"department": "2", "pin": "1234"}, "2"),
    ]
    assert {r.uuid for r in seen} == {transcript.uuid}
    assert "caller pressed 12: wrong, plays play_on_error" in "\n".join(transcript.lines())
    fake.wait_for_webhooks()
    assert [e.event_type for e in events] == ["call_init", "incoming_call_group", "call_hangup"]
    assert {e.uuid for e in events} == {transcript.uuid}


def test_a_caller_who_stops_pressing_keys_hangs_up(
    xm_app: tuple[str, list[bfxm.BfxmRequest]],
) -> None:
    fake = FakeBulutfon()
    transcript = fake.simulate_incoming_call(
        caller="905321112233",
        callee="908508850000",
        bfxm_url=xm_app[0],
        bfxm_auth=("xm", "ğ"),
        digits=["1"],
    )
    assert transcript.outcome == "caller hung up"
    wrong_pin = fake.simulate_incoming_call(
        caller="905321112233",
        callee="908508850000",
        bfxm_url=xm_app[0],
        bfxm_auth=("xm", "ğ"),
        digits=["1", "0000"],
    )
    assert wrong_pin.outcome == "hung up"


def test_an_app_that_answers_badly_ends_the_dialogue_with_the_reason(
    xm_app: tuple[str, list[bfxm.BfxmRequest]],
) -> None:
    fake = FakeBulutfon()
    transcript = fake.simulate_incoming_call(
        caller="905321112233", callee="908508850000", bfxm_url=xm_app[0], bfxm_auth=("xm", "no")
    )
    assert transcript.outcome.startswith("error: HTTP 401")


def test_python_dash_m_fake_posts_webhooks(receiver: tuple[str, list[webhooks.Event]]) -> None:
    url, received = receiver
    command = [sys.executable, "-m", "bulutfon_ext.fake", "--port", "0", "--webhook-url", url]
    command += ["--webhook-auth", f"{USER}:{PASSWORD}", "--webhook-format", "form"]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout is not None
        base = process.stdout.readline().strip()
        banner = [process.stdout.readline() for _ in range(4)]
        with Bulutfon(access_token="fake-token", base_url=base) as client:
            client.call_and_bridge(caller="908508850000", callee="905321112233", destination="10")
        deadline = time.monotonic() + 10
        while len(received) < 3 and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=10)
    assert [e.event_type for e in received] == ["call_init", "call_init_menu", "call_hangup"]
    assert f"  webhook events go to {url} (form)\n" in banner
    assert PASSWORD not in "".join(banner) + out + err
    assert process.returncode == 0, err


def test_python_dash_m_fake_refuses_bad_webhook_options() -> None:
    for args, message in (
        (["--webhook-url", "hooks.example.com"], "must be an http(s) URL"),
        (["--webhook-url", "http://127.0.0.1:9/", "--webhook-auth", "nocolon"], "USER:PASSWORD"),
    ):
        result = subprocess.run(
            [sys.executable, "-m", "bulutfon_ext.fake", "--port", "0", *args],
            capture_output=True,
            text=True,
            timeout=30,
        )
        assert result.returncode == 2
        assert message in result.stderr
