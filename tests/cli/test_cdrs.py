"""``bulutfon cdrs``: listing, filters, export."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from bulutfon_api.models import TimeLimit
from bulutfon_api.rules import SORTABLE
from bulutfon_ext.cli import ExitCode
from bulutfon_ext.cli._targets import open_text
from tests.cli._helpers import Cli, dicts, one_line_error

# --- cdrs ------------------------------------------------------------------------------------


def test_order_takes_the_specs_fields_and_says_which(shared: Cli) -> None:
    """--order's help lists the fields the spec lets a CDR list sort by; any other field is
    refused before a request, naming --order and listing them (values quoted, never spelled as
    options: the field `caller` is not the option --caller)."""
    fields = SORTABLE["list_cdrs"]["order"]
    help_text = " ".join(shared.ok("cdrs", "list", "--help").stdout.split())
    assert f"FIELD one of: {', '.join(fields)}." in help_text.replace("│ ", "").replace(" │", "")
    shared.fake.clear_requests()
    refused = shared.fails(ExitCode.USAGE, "cdrs", "list", "--order", "caller,up")
    assert one_line_error(refused).startswith("error: --order: 'caller,up' must be")
    assert ", ".join(map(repr, fields)) in refused.stderr
    assert shared.fake.requests == []


def test_cdrs_list_one_page_and_all(shared: Cli) -> None:
    with shared.sdk() as sdk:
        page = sdk.cdrs.list(limit=40)
        everything = dicts(sdk.cdrs.iter())
    assert len(everything) == page.total_count == 255  # the examples' five and 250 made up
    assert shared.json("cdrs", "list", "--limit", "40") == dicts(page)
    second = shared.json("cdrs", "list", "--limit", "40", "--page", "2")
    assert [c["uuid"] for c in second] == [c["uuid"] for c in everything[40:80]]
    assert shared.json("cdrs", "list", "--all") == everything

    human = shared.ok("cdrs", "list", "--limit", "40")
    assert page.items[0].uuid in human.stdout
    assert "page 1 of 7 · 255 CDRs · next: --page 2" in human.stderr


def test_cdrs_filters(shared: Cli) -> None:
    with shared.sdk() as sdk:
        missed = dicts(sdk.cdrs.iter(missing_call=True))
        caller = sdk.cdrs.list().items[0].caller
        from_caller = dicts(sdk.cdrs.iter(caller=str(caller)))
        last_month = dicts(sdk.cdrs.iter(time_limit="month"))
    assert 0 < len(missed) < 250
    got = shared.json("cdrs", "list", "--all", "--missed")
    assert got == missed
    assert all(c["missing_call"] is True for c in got)
    got = shared.json("cdrs", "list", "--all", "--caller", str(caller))
    assert got == from_caller
    assert all(str(c["caller"]) == str(caller) for c in got)
    assert shared.json("cdrs", "list", "--all", "--last", "month") == last_month
    # --last takes the spec's TimeLimit values, and nothing else
    refused = shared.fails(ExitCode.USAGE, "cdrs", "list", "--last", "week")
    assert f"'week' is not one of {', '.join(repr(str(t)) for t in TimeLimit)}" in refused.stderr

    shared.fake.clear_requests()
    shared.ok("cdrs", "list", "--number", "905321234567,905331234567", "--not-missed")
    shared.ok(
        "cdrs", "list", "--callee", "905321234567", "--order", "call_time,asc", "--last", "hour"
    )
    first, second = [r.query for r in shared.fake.requests]
    assert first["caller_or_callee"] == "905321234567,905331234567"
    assert first["missing_call"] == "false"
    assert (second["callee"], second["order"], second["time_limit"]) == (
        "905321234567",
        "call_time,asc",
        "hour",
    )


def test_cdrs_get(shared: Cli) -> None:
    with shared.sdk() as sdk:
        uuid = sdk.cdrs.list().items[3].uuid
        expected = sdk.cdrs.get(uuid).to_dict()
    assert shared.json("cdrs", "get", uuid) == expected
    assert uuid in shared.ok("cdrs", "get", uuid).stdout


def test_cdrs_export_csv_walks_every_page(shared: Cli, tmp_path: Path) -> None:
    with shared.sdk() as sdk:
        expected = dicts(sdk.cdrs.iter())
    target = tmp_path / "calls.csv"
    shared.fake.clear_requests()
    result = shared.ok("cdrs", "export", "--format", "csv", "-o", str(target), "--limit", "60")
    assert f"wrote {len(expected)} CDRs" in result.stderr
    pages = [r.query for r in shared.fake.requests if r.operation_id == "list_cdrs"]
    assert [(q.get("page", "1"), q["limit"]) for q in pages] == [
        (str(n), "60") for n in range(1, 6)
    ]
    with target.open(newline="", encoding="utf-8") as file:
        reader = csv.DictReader(file)
        rows = list(reader)
    assert reader.fieldnames is not None
    assert reader.fieldnames[0] == "uuid"
    assert {"caller", "callee", "call_time", "missing_call", "hangup_cause"} <= set(
        reader.fieldnames
    )
    assert [r["uuid"] for r in rows] == [c["uuid"] for c in expected]
    assert [r["call_time"] for r in rows] == [c.get("call_time") or "" for c in expected]
    assert [r["missing_call"] for r in rows] == [
        "true" if c["missing_call"] else "false" for c in expected
    ]
    assert list(tmp_path.iterdir()) == [target]


def test_cdrs_export_jsonl_with_filters(shared: Cli, tmp_path: Path) -> None:
    with shared.sdk() as sdk:
        expected = dicts(sdk.cdrs.iter(missing_call=True))
    target = tmp_path / "missed.jsonl"
    summary = shared.json("cdrs", "export", "-o", str(target), "--missed")
    assert summary == {"path": str(target), "format": "jsonl", "count": len(expected)}
    lines = target.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == expected


def test_cdrs_export_failure_leaves_no_file(cli: Cli, tmp_path: Path) -> None:
    target = tmp_path / "calls.csv"
    cli.fake.fail_next("list_cdrs", status=500)
    result = cli.fails(ExitCode.ERROR, "cdrs", "export", "-o", str(target))
    assert one_line_error(result).startswith("error: 500 Internal Server Error")
    assert list(tmp_path.iterdir()) == []

    # An earlier export under that name is left as it was, not replaced by a partial one.
    target.write_text("uuid\nolder\n")
    cli.fake.fail_next("list_cdrs", status=503)
    cli.fails(ExitCode.ERROR, "cdrs", "export", "-o", str(target))
    assert target.read_text() == "uuid\nolder\n"
    assert list(tmp_path.iterdir()) == [target]


def test_an_export_file_appears_only_once_finished(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"

    def break_off() -> None:
        with open_text(str(target)) as out:
            out.write("half of it")
            assert list(tmp_path.iterdir()) != []  # the temporary file, beside the target
            raise RuntimeError("the walk broke off")

    with pytest.raises(RuntimeError):
        break_off()
    assert list(tmp_path.iterdir()) == []
    with open_text(str(target)) as out:
        out.write("all of it")
    assert target.read_text() == "all of it"
    assert list(tmp_path.iterdir()) == [target]
