"""The command line on the old API's values: `call_record` Var/Yok read as YES/NO."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest

from bulutfon_ext.cli import ExitCode
from bulutfon_ext.fake import FakeBulutfon
from tests.cli._helpers import TOKEN, Cli


@pytest.fixture
def legacy() -> Iterator[Cli]:
    fake = FakeBulutfon(cdrs=30, seed=5, token=TOKEN, legacy=True)
    with fake.serve() as running:
        yield Cli(fake, str(running.url))


def test_export_says_which_calls_have_a_recording(legacy: Cli, tmp_path: Path) -> None:
    target = tmp_path / "calls.csv"
    legacy.ok("cdrs", "export", "-o", str(target))
    with target.open(newline="", encoding="utf-8") as file:
        rows = list(csv.DictReader(file))
    seen = {(r["call_record"], r["has_recording"]) for r in rows}
    assert ("Var", "true") in seen and ("Yok", "false") in seen
    assert {answer for record, answer in seen if record != "Var"} == {"false"}


def test_download_tells_a_listed_recording_from_none(legacy: Cli, tmp_path: Path) -> None:
    with legacy.sdk() as sdk:
        cdrs = list(sdk.cdrs.iter())
    recorded = next(c.uuid for c in cdrs if str(c.call_record) == "Var")
    silent = next(c.uuid for c in cdrs if str(c.call_record) == "Yok")
    saved = legacy.json("recordings", "download", recorded, "-d", str(tmp_path))
    assert Path(saved[0]["path"]).read_bytes().startswith(b"OggS")
    result = legacy.fails(ExitCode.NOT_FOUND, "recordings", "download", silent, "-d", str(tmp_path))
    assert result.stderr.splitlines()[-1] == f"error: call {silent} has no recording"
    legacy.fake.fail_next("download_call_record", status=404)
    gone = legacy.fails(
        ExitCode.NOT_FOUND, "recordings", "download", recorded, "-o", str(tmp_path / "x.ogg")
    )
    assert "lists a recording (Var), but the server sent none" in gone.stderr
