"""``bulutfon cdrs export``: columns read straight from the models, the same bytes as through
``to_dict``, and ``--parallel N`` writing the very same file."""

from __future__ import annotations

import csv
import datetime
import io
from pathlib import Path
from typing import Any

import pytest

from bulutfon_api import models
from bulutfon_api.types import UNSET
from bulutfon_ext import has_recording
from bulutfon_ext.cli import ExitCode
from bulutfon_ext.cli._cdr_csv import CDR_FIELDS, CSV_COLUMNS, csv_cell, csv_rows
from tests.cli._helpers import Cli


def _reference_csv(cdrs: list[models.Cdr]) -> bytes:
    """What the export wrote before it read the attributes itself: to_dict, then text per column,
    then whether the call has a recording."""
    out = io.StringIO(newline="")
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    for cdr in cdrs:
        record = cdr.to_dict()
        row = {"has_recording": "true" if has_recording(cdr) else "false"}
        for name in CDR_FIELDS:
            value = record.get(name)
            row[name] = (
                ""
                if value is None
                else ("true" if value else "false")
                if isinstance(value, bool)
                else str(value)
            )
        writer.writerow(row)
    return out.getvalue().encode()


def test_the_csv_is_byte_for_byte_what_to_dict_gives(shared: Cli, tmp_path: Path) -> None:
    with shared.sdk() as sdk:
        cdrs = list(sdk.cdrs.iter())
    target = tmp_path / "calls.csv"
    shared.ok("cdrs", "export", "-o", str(target))
    assert target.read_bytes() == _reference_csv(cdrs)


@pytest.mark.parametrize("parallel", ["2", "4"])
def test_parallel_pages_write_the_same_file(shared: Cli, tmp_path: Path, parallel: str) -> None:
    one, many = tmp_path / "one.csv", tmp_path / "many.csv"
    shared.ok("cdrs", "export", "-o", str(one), "--limit", "40")
    shared.fake.clear_requests()
    result = shared.ok("cdrs", "export", "-o", str(many), "--limit", "40", "--parallel", parallel)
    assert many.read_bytes() == one.read_bytes()
    assert "wrote 255 CDRs" in result.stderr
    pages = sorted(
        int(r.query.get("page", "1")) for r in shared.fake.requests if r.operation_id == "list_cdrs"
    )
    assert pages == list(range(1, 8))


def test_parallel_jsonl_is_in_order(shared: Cli, tmp_path: Path) -> None:
    one, many = tmp_path / "one.jsonl", tmp_path / "many.jsonl"
    shared.ok("cdrs", "export", "-o", str(one), "--limit", "30")
    shared.ok("cdrs", "export", "-o", str(many), "--limit", "30", "--parallel", "3")
    assert many.read_bytes() == one.read_bytes()


@pytest.mark.parametrize("value", ["0", "17", "two"])
def test_a_bad_parallel_is_refused(shared: Cli, tmp_path: Path, value: str) -> None:
    target = tmp_path / "calls.csv"
    shared.fails(ExitCode.USAGE, "cdrs", "export", "-o", str(target), "--parallel", value)
    assert not target.exists()


def test_a_failed_parallel_export_leaves_no_file(cli: Cli, tmp_path: Path) -> None:
    target = tmp_path / "calls.csv"
    cli.fake.fail_next("list_cdrs", status=404)
    cli.fails(
        ExitCode.NOT_FOUND, "cdrs", "export", "-o", str(target), "--limit", "5", "--parallel", "3"
    )
    assert list(tmp_path.iterdir()) == []


TZ = datetime.timezone(datetime.timedelta(hours=3))


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        (UNSET, ""),
        (None, ""),
        (True, "true"),
        (False, "false"),
        (905321112233, "905321112233"),
        ("0.0450", "0.0450"),
        (0.5, "0.5"),
        (
            datetime.datetime(2025, 1, 15, 10, 24, 30, 250_000, tzinfo=TZ),
            "2025-01-15T10:24:30.250000+03:00",
        ),
        (models.HangupCause.NORMAL_CLEARING, "NORMAL_CLEARING"),
        (models.HangupCause._from_wire("NEW_CAUSE"), "NEW_CAUSE"),
    ],
)
def test_a_cell_is_the_wire_value_as_text(value: Any, cell: str) -> None:
    assert csv_cell(value) == cell


def test_rows_follow_the_model_field_order() -> None:
    body = {"uuid": "u1", "direction": "IN", "caller": 9, "callee": None, "call_time": None}
    cdr = models.Cdr.from_dict({**body, "missing_call": True})
    (row,) = csv_rows([cdr])
    assert dict(zip(CSV_COLUMNS, row, strict=True)) == {
        name: {"uuid": "u1", "direction": "IN", "caller": "9", "missing_call": "true"}.get(name, "")
        for name in CDR_FIELDS
    } | {"has_recording": "false"}


def test_an_export_leaves_garbage_collection_as_it_found_it(shared: Cli, tmp_path: Path) -> None:
    # The walk leaves the start-up's objects out of collections (gc.freeze), and only the walk.
    import gc

    before = gc.get_freeze_count()
    shared.ok("cdrs", "export", "-o", str(tmp_path / "calls.csv"), "--limit", "100")
    assert gc.get_freeze_count() == before
    shared.fake.fail_next("list_cdrs", status=404)  # a walk that fails half-way
    shared.fails(ExitCode.NOT_FOUND, "cdrs", "export", "-o", str(tmp_path / "x.csv"))
    assert gc.get_freeze_count() == before
