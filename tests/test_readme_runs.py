"""Every Python and shell block of the README runs, as written, against the fake.

The README's placeholders are filled the way a user fills them: ``...`` (a token) with the
fake's token, ``https://api.bulutfon.com`` with the fake's URL, and ``BULUTFON_ACCESS_TOKEN`` /
``BULUTFON_BASE_URL`` set in the environment; ``UUID1``/``UUID2`` become two recorded calls'
uuids. The files the examples name (``invoice.pdf``) are written by the test into the working
folder, as the README says. Blocks are found by the heading above them, and a test checks that
none is left without a test that runs it.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar
from wsgiref.simple_server import WSGIRequestHandler, make_server

import httpx
import pytest

from bulutfon_api.models import CallRecordState
from bulutfon_ext import Bulutfon
from bulutfon_ext.fake import FakeBulutfon
from tests._process import bash, run
from tests._spec import ROOT

PDF = b"%PDF-1.1\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
BIN = Path(sys.executable).parent


def blocks() -> list[tuple[str, str, str]]:
    """Every fenced block of the README as (the heading above it, language, code)."""
    found: list[tuple[str, str, str]] = []
    heading = ""
    lines = (ROOT / "README.md").read_text().splitlines()
    index = 0
    while index < len(lines):
        line = lines[index]
        if line.startswith("#"):
            heading = line
        elif line.startswith("```") and line[3:].strip():
            language = line[3:].strip()
            end = lines.index("```", index + 1)
            found.append((heading, language, "\n".join(lines[index + 1 : end]) + "\n"))
            index = end
        index += 1
    return found


def code_under(heading: str, language: str, nth: int = 0) -> str:
    matching = [code for h, lang, code in blocks() if h.startswith(heading) and lang == language]
    assert len(matching) > nth, f"no {language} block {nth} under {heading!r}"
    return matching[nth]


# Which test runs which block: (heading, language, position under that heading).
RUN_BY: dict[tuple[str, str, int], str] = {}


F = TypeVar("F", bound=Callable[..., Any])


def runs(heading: str, language: str, nth: int = 0) -> Callable[[F], F]:
    def mark(test: F) -> F:
        RUN_BY[(heading, language, nth)] = test.__name__
        return test

    return mark


@pytest.fixture
def served(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeBulutfon]:
    """A served fake, its credentials in the environment, and the working folder the README's
    files are in."""
    with FakeBulutfon(cdrs=60, seed=5).serve() as fake:
        monkeypatch.setenv("BULUTFON_ACCESS_TOKEN", fake.token)
        monkeypatch.setenv("BULUTFON_BASE_URL", fake.url)
        monkeypatch.chdir(tmp_path)
        (tmp_path / "invoice.pdf").write_bytes(PDF)
        yield fake


def filled(code: str, fake: FakeBulutfon) -> str:
    code = code.replace('"https://api.bulutfon.com"', repr(fake.url))
    return code.replace('"..."', repr(fake.token))


def run_python(code: str, fake: FakeBulutfon) -> None:
    exec(compile(filled(code, fake), "README.md", "exec"), {"__name__": "readme"})


@runs("### 1. The ergonomic client", "python", 0)
def test_the_ergonomic_example(served: FakeBulutfon, tmp_path: Path) -> None:
    run_python(code_under("### 1. The ergonomic client", "python", 0), served)
    sent = [r for r in served.requests if r.operation_id == "send_outgoing_fax"]
    assert len(sent) == 1
    saved = sorted(p.name for p in (tmp_path / "recordings").iterdir())
    assert saved and all(name.endswith(".ogg") for name in saved)


@runs("### 1. The ergonomic client", "python", 1)
def test_the_client_options_example(served: FakeBulutfon) -> None:
    run_python(code_under("### 1. The ergonomic client", "python", 1), served)
    assert any(r.operation_id == "get_did" for r in served.requests)


@runs("### 2. The typed low-level client", "python", 0)
def test_the_low_level_example(served: FakeBulutfon) -> None:
    run_python(code_under("### 2. The typed low-level client", "python", 0), served)
    assert [r.operation_id for r in served.requests] == ["list_cdrs"]


@runs("### 2. The typed low-level client", "python", 1)
def test_the_seam_example(served: FakeBulutfon) -> None:
    run_python(code_under("### 2. The typed low-level client", "python", 1), served)
    assert [r.operation_id for r in served.requests] == ["get_did"]


@runs("## Receiving webhooks", "python", 0)
def test_the_inbound_example_builds_its_apps() -> None:
    namespace: dict[str, Any] = {}
    exec(compile(code_under("## Receiving webhooks", "python", 0), "README.md", "exec"), namespace)
    assert callable(namespace["events_app"]) and callable(namespace["xm_app"])


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:  # the test reads stdout, not logs
        pass


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@runs("## Receiving webhooks", "sh", 0)
def test_the_inbound_shell_example(tmp_path: Path) -> None:
    # The README's ports (8000, 8001) become free ones; its `xm_app` is served on the second.
    namespace: dict[str, Any] = {}
    exec(compile(code_under("## Receiving webhooks", "python", 0), "README.md", "exec"), namespace)
    listen, call = code_under("## Receiving webhooks", "sh", 0).splitlines()
    hook_port, xm_port = _free_port(), _free_port()
    listen = listen.replace("8000", str(hook_port))
    call = call.replace("8001", str(xm_port))
    env = dict(os.environ, PATH=f"{BIN}{os.pathsep}{os.environ['PATH']}")
    server = make_server("127.0.0.1", xm_port, namespace["xm_app"], handler_class=_QuietHandler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        played = bash(call, cwd=tmp_path, env=env, timeout=60)
    finally:
        server.shutdown()
        server.server_close()
    assert played.returncode == 0, played.stdout + played.stderr
    assert played.stdout.splitlines()[-1] == "outcome: dialled 1001"
    with subprocess.Popen(
        ["bash", "-c", f"exec {listen}"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=tmp_path,
    ) as process:
        assert process.stdout is not None
        url = process.stdout.readline().strip()
        assert url == f"http://127.0.0.1:{hook_port}/"
        event = {"event_type": "call_hangup", "uuid": "u-7", "caller": "905321112233"}
        assert httpx.post(url, json=event, timeout=10).status_code == 200
        process.send_signal(signal.SIGTERM)
        out, _err = process.communicate(timeout=20)
    assert "u-7" in out


@runs("## The command line", "sh", 0)
def test_the_command_line_example(served: FakeBulutfon, tmp_path: Path) -> None:
    with Bulutfon() as client:
        recorded = [c.uuid for c in client.cdrs.iter() if c.call_record == CallRecordState.YES]
    script = code_under("## The command line", "sh", 0)
    script = script.replace("BULUTFON_ACCESS_TOKEN=...", f"BULUTFON_ACCESS_TOKEN={served.token}")
    script = script.replace("UUID1", recorded[0]).replace("UUID2", recorded[1])
    if shutil.which("jq") is None:  # jq is the user's; without it, count with Python
        script = re.sub(r"\| jq .*", "| python -c 'import json,sys; json.load(sys.stdin)'", script)
    env = dict(os.environ, PATH=f"{BIN}{os.pathsep}{os.environ['PATH']}")
    result = bash(script, cwd=tmp_path, env=env, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert (tmp_path / "calls.csv").is_file()
    assert (tmp_path / "call.ogg").read_bytes().startswith(b"OggS")
    assert {p.name for p in (tmp_path / "recordings").iterdir()} >= {f"{recorded[0]}.ogg"}
    assert any(r.operation_id == "send_outgoing_fax" for r in served.requests)


@runs("# bulutfon", "sh", 0)
def test_the_make_targets_it_names_exist() -> None:
    # Running `make test` from a test would run this test again: a dry run checks that each
    # target exists and what it would do.
    targets = re.findall(r"^make (\S+)", code_under("# bulutfon", "sh", 0), re.M)
    assert targets
    for target in targets:
        result = run(["make", "-n", target], cwd=ROOT, timeout=60)
        assert result.returncode == 0, (target, result.stderr)


def test_every_block_is_run_by_a_test() -> None:
    counts: dict[tuple[str, str], int] = {}
    left: list[str] = []
    covered = {
        ("## A fake Bulutfon", "python", 0),  # test_readme.py
        ("### The pytest plugin", "python", 0),  # test_readme.py
        ("## Three ways to use it", "sh", 0),  # test_readme_install.py
    }
    not_run: set[tuple[str, str, int]] = set()
    for heading, language, _ in blocks():
        if language not in ("python", "sh"):
            continue
        nth = counts.get((heading, language), 0)
        counts[(heading, language)] = nth + 1
        claimed = [
            key
            for key in (*RUN_BY, *covered, *not_run)
            if heading.startswith(key[0]) and key[1:] == (language, nth)
        ]
        if not claimed:
            left.append(f"{heading} ({language} block {nth + 1})")
    assert not left, f"README blocks no test runs: {left}"
