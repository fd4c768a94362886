"""The inbound examples work: the Starlette app and the Flask module's framework-free WSGI app."""

from __future__ import annotations

import base64
import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from bulutfon_ext import webhooks
from bulutfon_ext._dialogue import run_dialogue
from bulutfon_ext.fake import FakeBulutfon
from bulutfon_ext.fake._server import serve_in_thread

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"example_{name}", EXAMPLES / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _auth(password: str) -> dict[str, str]:
    token = base64.b64encode(f"hook:{password}".encode()).decode()
    return {"Authorization": f"Basic {token}"}


def test_the_starlette_example_receives_events_and_runs_the_menu() -> None:
    example = load("inbound_starlette")
    with serve_in_thread(example.app, "127.0.0.1", 0) as running:
        fake = FakeBulutfon(
            webhook_url=f"{running.url}/bulutfon/events",
            webhook_auth=("hook", example.PASSWORD),
            webhook_format="form",
        )
        support = fake.simulate_incoming_call(
            caller=905321112233,
            callee=908508850000,
            bfxm_url=f"{running.url}/bulutfon/xm",
            digits=["2", "1234"],
        )
        sales = fake.simulate_incoming_call(
            caller=905321112233,
            callee=908508850000,
            bfxm_url=f"{running.url}/bulutfon/xm",
            digits=["1"],
        )
        deliveries = fake.wait_for_webhooks()
        by_hand = httpx.post(
            f"{running.url}/bulutfon/events-by-hand",
            json={"event_type": "missing_call", "caller": 905321112233},
            headers=_auth(example.PASSWORD),
        )
        refused = httpx.post(f"{running.url}/bulutfon/events-by-hand", content=b"{")
    assert (support.outcome, sales.outcome) == ("dialled 1001", "dialled 200")
    assert all(d.ok for d in deliveries)
    assert by_hand.status_code == 200 and refused.status_code == 401
    kinds = [type(e).__name__ for e in example.SEEN]
    assert kinds[:3] == ["CallInit", "CallReachedExtension", "CallHangup"]
    assert kinds[-1] == "MissingCall"


def test_the_flask_examples_wsgi_app_without_flask() -> None:
    example = load("inbound_flask")
    transport = httpx.WSGITransport(app=example.wsgi_app)
    transcript = run_dialogue(
        "http://app/bulutfon/xm",
        uuid="u-1",
        caller="905321112233",
        callee="908508850000",
        digits=["1002"],
        transport=transport,
    )
    assert transcript.outcome == "dialled 1002"
    with httpx.Client(transport=transport, base_url="http://app") as client:
        ok = client.post(
            "/bulutfon/events",
            data={"event_type": "fax_init", "caller": "90532"},
            headers=_auth(example.PASSWORD),
        )
        assert ok.status_code == 200
        assert client.post("/bulutfon/events", data={"event_type": "x"}).status_code == 401
        assert client.post("/elsewhere").status_code == 404
    assert isinstance(example.SEEN[-1], webhooks.FaxInit)


def test_the_flask_app_itself() -> None:
    pytest.importorskip("flask")
    example = load("inbound_flask")
    client = example.create_app().test_client()
    assert (
        client.post(
            "/bulutfon/xm", data={"uuid": "u", "caller": "1", "callee": "2", "step": "1"}
        ).status_code
        == 200
    )
    bad = client.post(
        "/bulutfon/events",
        data=b"{",
        content_type="application/json",
        headers=_auth(example.PASSWORD),
    )
    assert bad.status_code == 400


def readme_example() -> dict[str, Any]:
    """What the README's inbound example defines, run as written."""
    text = (EXAMPLES.parent / "README.md").read_text(encoding="utf-8")
    section = text[text.index("## Receiving webhooks and answering BulutfonXM") :]
    start = section.index("```python\n") + len("```python\n")
    namespace: dict[str, Any] = {}
    exec(compile(section[start : section.index("```\n", start)], "README.md", "exec"), namespace)
    return namespace


def test_the_readme_bfxm_app() -> None:
    transport = httpx.WSGITransport(app=readme_example()["xm_app"])
    with httpx.Client(transport=transport, base_url="http://x") as xm:
        first = xm.post("/", data={"uuid": "u", "caller": "1", "callee": "2", "step": "1"}).json()
        assert first["seq"][0]["action"] == "gather"
        fields = {"uuid": "u", "caller": "1", "callee": "2", "step": "2", "choice": "1"}
        second = xm.post("/", data=fields).json()
    assert second["seq"] == [{"action": "dial", "args": {"destination": "1001"}}]
    transcript = run_dialogue(
        "http://x/", uuid="u", caller="1", callee="2", digits=["3"], transport=transport
    )
    assert transcript.outcome == "dialled 200"


async def test_the_readme_event_receiver(capsys: pytest.CaptureFixture[str]) -> None:
    transport = httpx.ASGITransport(app=readme_example()["events_app"])
    body = {"event_type": "call_hangup", "uuid": "u-9", "talk_duration": 35}
    body |= {"hangup_cause": "NORMAL_CLEARING", "timestamp": 1614261582000000}
    async with httpx.AsyncClient(transport=transport, base_url="http://x") as client:
        assert (await client.post("/", json=body, auth=("hook", "s3cret"))).status_code == 200
        assert (await client.post("/", json=body, auth=("hook", "nope"))).status_code == 401
    assert capsys.readouterr().out == "u-9 35 NORMAL_CLEARING 2021-02-25 13:59:42+00:00\n"
