"""``bulutfon webhooks listen`` and ``bulutfon bfxm call``, against real loopback servers."""

from __future__ import annotations

import json
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator

import httpx
import pytest
from typer.testing import CliRunner

from bulutfon_ext import bfxm
from bulutfon_ext.cli import app
from bulutfon_ext.fake._server import serve_in_thread
from tests.cli._helpers import CLEAN_ENV

SECRET = "gizli-şifre-7731"
XM_AUTH = ["--username", "xm", "--password", SECRET]


def ivr(request: bfxm.BfxmRequest) -> bfxm.Bfon:
    if request.step == 1:
        return bfxm.Bfon().gather(variable_name="choice", ask="https://x.test/menu.mp3")
    if request.step == 2:
        return (
            bfxm.Bfon()
            .return_data("sales")
            .gather(variable_name="pin", ask="https://x.test/pin.mp3", min_digits=2, max_digits=4)
        )
    return bfxm.Bfon().set_caller_name("\x1b]0;pwned\x07Ali").dial("1000")


@pytest.fixture
def xm_url() -> Iterator[str]:
    app_ = bfxm.asgi_app(ivr, username="xm", password=SECRET)
    with serve_in_thread(app_, "127.0.0.1", 0) as running:
        yield running.url + "/"


def test_bfxm_call_prints_each_step(xm_url: str) -> None:
    result = CliRunner(env=CLEAN_ENV).invoke(
        app,
        ["bfxm", "call", xm_url, "--caller", "905321112233", "--digits", "1,42", *XM_AUTH],
    )
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].startswith("step 1: POST caller=905321112233, callee=908500000000, step=1")
    assert "  - caller pressed 1" in lines
    assert any(
        line.startswith("step 3: POST") and "pin=42" in line and "return_data=sales" in line
        for line in lines
    )
    assert lines[-1] == "outcome: dialled 1000"
    assert "\x1b" not in result.stdout  # what the app sends is shown, never obeyed
    assert SECRET not in result.output


def test_bfxm_call_json_lines_and_a_refused_call(xm_url: str) -> None:
    runner = CliRunner(env=CLEAN_ENV)
    result = runner.invoke(
        app,
        [
            "--json",
            "bfxm",
            "call",
            xm_url,
            "--caller",
            "905321112233",
            "--digits",
            "2,123",
            *XM_AUTH,
            "--format",
            "json",
        ],
    )
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r.get("step") for r in rows] == [1, 2, 3, None]
    assert rows[2]["request"]["pin"] == "123"
    assert rows[-1] == {"outcome": "dialled 1000"}

    refused = runner.invoke(
        app,
        [
            "bfxm",
            "call",
            xm_url,
            "--caller",
            "905321112233",
            "--username",
            "xm",
            "--password",
            "wrong-one",
        ],
    )
    assert refused.exit_code == 1
    assert "outcome: error: HTTP 401" in refused.stdout
    assert "wrong-one" not in refused.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["ftp://x", "--caller", "1"], "http(s) URL"),
        (["http://127.0.0.1:9/", "--caller", "1", "--digits", "1,x"], "digits only"),
        (["http://127.0.0.1:9/", "--caller", "1", "--format", "xml"], "form or json"),
        (["http://127.0.0.1:9/", "--caller", "1", "--username", "u"], "both --username"),
    ],
)
def test_bfxm_call_refuses_bad_options(args: list[str], message: str) -> None:
    result = CliRunner(env=CLEAN_ENV).invoke(app, ["bfxm", "call", *args])
    assert result.exit_code == 2
    assert message in result.output


def test_webhooks_listen_prints_json_lines() -> None:
    command = [sys.executable, "-m", "bulutfon_ext.cli", "--json", "webhooks", "listen"]
    command += ["--port", "0", "--count", "1"]
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8"
    ) as process:
        assert process.stdout is not None
        url = process.stdout.readline().strip()
        body = {"event_type": "fax_init", "caller": 905321112233, "note": "İnşaat \u202e"}
        assert httpx.post(url, json=body, timeout=10).status_code == 200
        out, err = process.communicate(timeout=20)
    assert process.returncode == 0, err
    assert json.loads(out) == body  # exactly what arrived, the bidi override escaped
    assert "\u202e" not in out


def test_webhooks_listen_prints_events_as_they_arrive() -> None:
    command = [sys.executable, "-m", "bulutfon_ext.cli", "webhooks", "listen", "--port", "0"]
    command += ["--count", "2", "--username", "kanca", "--password", SECRET]
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8"
    ) as process:
        assert process.stdout is not None
        url = process.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:")
        auth = ("kanca", SECRET)
        with httpx.Client(base_url=url, timeout=10) as client:
            assert (
                client.post("/", json={"event_type": "call_init"}, auth=("kanca", "no")).status_code
                == 401
            )
            first = client.post(
                "/",
                data={
                    "event_type": "incoming_call_extension",
                    "caller": "905321112233",
                    "callee": "908508850000",
                    "destination": "1000",
                    "timestamp": "1435762851086820",
                    "uuid": "u-1",
                },
                auth=auth,
            )
            second = client.post(
                "/",
                json={
                    "event_type": "call_hangup",
                    "caller": 905321112233,
                    "callee": 908508850000,
                    "talk_duration": 35,
                    "hangup_cause": "NORMAL_CLEARING",
                    "hangup_detail": "send_bye",
                    "additional_data": "\x1b[2J",
                },
                auth=auth,
            )
            assert (first.status_code, second.status_code) == (200, 200)
        out, err = process.communicate(timeout=20)
    assert process.returncode == 0, err
    lines = out.splitlines()
    assert lines[0] == (
        "2015-07-01 15:00:51  incoming_call_extension  905321112233 → 908508850000  "
        "destination=1000  uuid=u-1"
    )
    assert lines[1].startswith(
        "-  call_hangup  905321112233 → 908508850000  talked=35s NORMAL_CLEARING send_bye"
    )
    assert "refused: 401" in err
    assert SECRET not in out + err
    assert "\x1b" not in out


def test_sigterm_while_an_event_is_being_read_ends_the_listener_once_it_is_answered() -> None:
    # wsgiref's request handler catches every exception while it answers, SIGTERM's too: the
    # signal waits until the answer is done (here: the sender gives up), then ends the command.
    command = [sys.executable, "-m", "bulutfon_ext.cli", "webhooks", "listen", "--port", "0"]
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8"
    ) as process:
        assert process.stdout is not None
        url = process.stdout.readline().strip()
        port = int(url.rstrip("/").rsplit(":", 1)[1])
        with socket.create_connection(("127.0.0.1", port), timeout=10) as half_sent:
            half_sent.sendall(
                b"POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                b"Content-Length: 100\r\n\r\n{"
            )
            time.sleep(0.5)  # the listener is reading the rest of the body, inside wsgiref
            process.send_signal(signal.SIGTERM)
            time.sleep(0.5)
            half_sent.shutdown(socket.SHUT_WR)
            try:
                _, err = process.communicate(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                raise AssertionError("SIGTERM did not end the listener") from None
    assert process.returncode == 128 + signal.SIGTERM, err
