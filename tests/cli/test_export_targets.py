"""Where ``bulutfon cdrs export -o`` writes: as the user means it, never a surprise.

``-`` is standard output; a FIFO and /dev/stdout are written in place as the export streams; a
symlink stays a symlink with its file replaced; the format comes from --format or the file
name, and anything else is refused; a target that cannot be written is refused before any
request, naming the user's path; SIGTERM cleans up as Ctrl-C does.
"""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from bulutfon_ext.cli import ExitCode
from tests.cli._helpers import Cli, dicts


def _uuids_in_csv(text: str) -> list[str]:
    return [row["uuid"] for row in csv.DictReader(io.StringIO(text))]


def _squashed(text: str) -> str:
    """Text without whitespace or the box rich draws a usage error in (it wraps long lines)."""
    return "".join(c for c in text if not c.isspace() and c not in "│╭╮╰╯─")


def _export_requests(cli: Cli) -> int:
    return sum(r.operation_id == "list_cdrs" for r in cli.fake.requests)


def test_dash_is_standard_output(cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    with cli.sdk() as sdk:
        expected = [c.uuid for c in sdk.cdrs.iter()]
    result = cli.ok("cdrs", "export", "--format", "csv", "-o", "-")
    assert _uuids_in_csv(result.stdout) == expected
    assert f"wrote {len(expected)} CDRs to standard output" in result.stderr
    assert list(tmp_path.iterdir()) == []  # no file named "-"
    jsonl = cli.ok("cdrs", "export", "--format", "jsonl", "-o", "-").stdout
    assert [json.loads(line)["uuid"] for line in jsonl.splitlines()] == expected


@pytest.mark.parametrize(
    ("name", "kind"), [("calls.csv", "csv"), ("c.JSONL", "jsonl"), ("c.json", "json")]
)
def test_the_format_comes_from_the_file_name(
    cli: Cli, tmp_path: Path, name: str, kind: str
) -> None:
    target = tmp_path / name
    summary = cli.json("cdrs", "export", "-o", str(target))
    assert summary["format"] == kind
    with cli.sdk() as sdk:
        expected = dicts(sdk.cdrs.iter())
    text = target.read_text(encoding="utf-8")
    if kind == "json":
        assert json.loads(text) == expected  # one JSON array
    elif kind == "jsonl":
        assert [json.loads(line) for line in text.splitlines()] == expected
    else:
        assert _uuids_in_csv(text) == [c["uuid"] for c in expected]


def test_an_empty_json_export_is_an_empty_array(cli: Cli, tmp_path: Path) -> None:
    target = tmp_path / "none.json"
    cli.ok("cdrs", "export", "-o", str(target), "--caller", "905999999999")
    assert json.loads(target.read_text()) == []


@pytest.mark.parametrize("target", ["calls.txt", "calls", "-"])
def test_a_format_that_cannot_be_told_is_refused(cli: Cli, tmp_path: Path, target: str) -> None:
    path = target if target == "-" else str(tmp_path / target)
    result = cli.fails(ExitCode.USAGE, "cdrs", "export", "-o", path)
    assert "--format" in result.stderr and ".json" in _squashed(result.stderr)
    assert _export_requests(cli) == 0
    assert list(tmp_path.iterdir()) == []


def test_an_unwritable_target_is_refused_before_any_request_naming_the_users_path(
    cli: Cli, tmp_path: Path
) -> None:
    missing = tmp_path / "nodir" / "x.csv"
    result = cli.fails(ExitCode.USAGE, "cdrs", "export", "-o", str(missing))
    message = _squashed(result.stderr)
    assert _squashed(f"cannot write {missing}: folder {missing.parent} does not exist") in message
    assert ".part" not in message
    folder = cli.fails(ExitCode.USAGE, "cdrs", "export", "--format", "csv", "-o", str(tmp_path))
    assert "isafolder" in _squashed(folder.stderr)
    assert _export_requests(cli) == 0


def test_a_fifo_is_written_in_place_as_the_export_streams(cli: Cli, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    cli.ok("cdrs", "export", "-o", str(fifo))
    reader.join(10)
    with cli.sdk() as sdk:
        expected = [c.uuid for c in sdk.cdrs.iter()]
    assert _uuids_in_csv(received[0].decode()) == expected
    assert stat.S_ISFIFO(fifo.stat().st_mode)  # still a pipe, not a regular file
    assert list(tmp_path.iterdir()) == [fifo]


def test_a_symlink_stays_a_symlink_and_its_file_is_replaced(cli: Cli, tmp_path: Path) -> None:
    real = tmp_path / "exports" / "calls.csv"
    real.parent.mkdir()
    real.write_text("uuid\nolder\n")
    link = tmp_path / "latest.csv"
    link.symlink_to(real)
    cli.ok("cdrs", "export", "-o", str(link))
    assert link.is_symlink() and link.resolve() == real.resolve()
    assert "older" not in real.read_text() and len(_uuids_in_csv(real.read_text())) == 25
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["calls.csv", "exports", "latest.csv"]


def _cli_process(cli: Cli, *args: str, **kwargs: object) -> subprocess.Popen[bytes]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("BULUTFON_")}
    command = [sys.executable, "-m", "bulutfon_ext.cli", "--base-url", cli.url]
    command += ["--token", cli.fake.token, "--max-retries", "0", *args]
    return subprocess.Popen(command, env=env, **kwargs)  # type: ignore[call-overload,no-any-return]


def test_dev_stdout_is_written_in_place(cli: Cli) -> None:
    process = _cli_process(
        cli, "cdrs", "export", "--format", "csv", "-o", "/dev/stdout",
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    out, err = process.communicate(timeout=60)
    assert process.returncode == 0, err
    assert len(_uuids_in_csv(out.decode())) == 25
    assert not Path("/dev/stdout").is_file() or Path("/dev/stdout").is_symlink()


def test_sigterm_leaves_no_partial_file(cli: Cli, tmp_path: Path) -> None:
    cli.fake.slow_next("list_cdrs", seconds=30)  # the export waits for its first page
    target = tmp_path / "calls.csv"
    process = _cli_process(
        cli, "cdrs", "export", "-o", str(target), stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    deadline = time.monotonic() + 30
    while not list(tmp_path.iterdir()) and time.monotonic() < deadline:
        time.sleep(0.05)  # until the temporary file beside the target exists
    assert [p.name.endswith(".part") for p in tmp_path.iterdir()] == [True]
    process.send_signal(signal.SIGTERM)
    _, err = process.communicate(timeout=30)
    assert process.returncode == 128 + signal.SIGTERM, err
    assert b"Traceback" not in err
    assert list(tmp_path.iterdir()) == []


def test_a_404_during_an_export_exits_4_and_leaves_no_file(cli: Cli, tmp_path: Path) -> None:
    cli.fake.fail_next("list_cdrs", status=404)
    result = cli.fails(ExitCode.NOT_FOUND, "cdrs", "export", "-o", str(tmp_path / "calls.csv"))
    assert "404" in result.stderr
    assert list(tmp_path.iterdir()) == []
