"""The ``bulutfon`` command line, run through typer's CliRunner against the fake server.

Most tests share one served fake (read-only commands); those that change data get their own.
``--json`` output is compared with what the SDK reads from the same fake, and human output is
checked for the values that matter. Exit codes, the error line and credential hygiene are
checked on real failures the fake produces.
"""

from __future__ import annotations

import csv
import json
import subprocess
import sys
import wave
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from bulutfon_ext import Bulutfon
from bulutfon_ext.cli import ExitCode, app
from bulutfon_ext.cli._transfers import atomic_write
from bulutfon_ext.fake import FakeBulutfon

# A tiny but well-formed PDF: what a fax attachment is checked for is its name and non-emptiness.
PDF = (
    b"%PDF-1.1\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)
TOKEN = "cli-test-token-5f3a9c0d"
CLEAN_ENV: dict[str, str | None] = {
    name: None
    for name in (
        "BULUTFON_ACCESS_TOKEN",
        "BULUTFON_EMAIL",
        "BULUTFON_PASSWORD",
        "BULUTFON_BASE_URL",
        "BULUTFON_LOG",
    )
}


class Cli:
    """Runs the command line against one served fake, with its token unless told otherwise."""

    def __init__(self, fake: FakeBulutfon, url: str) -> None:
        self.fake = fake
        self.url = url
        self.runner = CliRunner(env=CLEAN_ENV)

    def sdk(self) -> Bulutfon:
        return Bulutfon(access_token=self.fake.token, base_url=self.url, max_retries=0)

    def __call__(
        self,
        *args: str,
        token: str | None = None,
        input: str | None = None,
        auth: bool = True,
    ) -> Result:
        prefix = ["--base-url", self.url, "--max-retries", "0"]
        if auth:
            prefix += ["--token", token or self.fake.token]
        return self.runner.invoke(app, [*prefix, *args], input=input)

    def ok(self, *args: str, **kwargs: Any) -> Result:
        result = self(*args, **kwargs)
        assert result.exit_code == 0, (result.exit_code, result.stdout, result.stderr)
        assert result.exception is None or isinstance(result.exception, SystemExit)
        return result

    def json(self, *args: str, **kwargs: Any) -> Any:
        return json.loads(self.ok("--json", *args, **kwargs).stdout)

    def fails(self, code: int, *args: str, **kwargs: Any) -> Result:
        result = self(*args, **kwargs)
        assert result.exit_code == code, (result.exit_code, result.stdout, result.stderr)
        return result


@pytest.fixture(scope="module")
def shared() -> Iterator[Cli]:
    """A fake with enough CDRs that listing them takes several pages; no test changes its data."""
    fake = FakeBulutfon(cdrs=250, seed=7, token=TOKEN)
    with fake.serve() as running:
        yield Cli(fake, str(running.url))


@pytest.fixture
def cli() -> Iterator[Cli]:
    """A small fake of its own, for the commands that change data."""
    fake = FakeBulutfon(cdrs=20, seed=3, token=TOKEN)
    with fake.serve() as running:
        yield Cli(fake, str(running.url))


def dicts(items: Any) -> list[dict[str, Any]]:
    return [item.to_dict() for item in items]


def one_line_error(result: Result) -> str:
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error: ")
    assert "Traceback" not in result.stderr
    return lines[0]


# --- help, entry points ----------------------------------------------------------------------


def test_help_lists_commands_and_documents_exit_codes() -> None:
    result = CliRunner().invoke(app, ["--help"], env={"COLUMNS": "120"})
    assert result.exit_code == 0
    for name in ("me", "dids", "extensions", "cdrs", "recordings", "faxes", "announcements"):
        assert name in result.stdout
    assert "Exit codes" in result.stdout
    for line in ("2  usage error", "3  authentication", "4  not found", "5  rate limited"):
        assert line in result.stdout


def test_python_dash_m_runs_the_cli() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bulutfon_ext.cli", "cdrs", "--help"],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "export" in result.stdout


def test_fake_flag_runs_against_an_in_process_server() -> None:
    result = CliRunner(env=CLEAN_ENV).invoke(app, ["--fake", "--json", "dids", "list"])
    assert result.exit_code == 0, result.stderr
    dids = json.loads(result.stdout)
    assert dids
    assert all("id" in did and "number" in did for did in dids)
    listed = CliRunner(env=CLEAN_ENV).invoke(app, ["--fake", "cdrs", "list", "--limit", "100"])
    assert listed.exit_code == 0, listed.stderr
    assert "page 1 of 3" in listed.stderr  # a demo worth paging through


# --- account ---------------------------------------------------------------------------------


def test_me(shared: Cli) -> None:
    with shared.sdk() as sdk:
        expected = sdk.me().to_dict()
    assert shared.json("me") == expected
    human = shared.ok("me").stdout
    assert "user.email" in human
    assert str(expected["user"]["email"]) in human
    assert str(expected["pbx"]["name"]) in human


def test_token_info_hides_the_token(shared: Cli) -> None:
    info = shared.json("token-info")
    assert info["token"] == "REDACTED"
    assert info["expired"] is False
    result = shared.ok("token-info")
    assert shared.fake.token not in result.stdout + result.stderr
    assert "expired" in result.stdout


def test_call_and_bridge(cli: Cli) -> None:
    with cli.sdk() as sdk:
        did = str(sdk.dids.list().items[0].number)
    args = ["--caller", did, "--callee", "905321234567", "--destination", "1001"]
    result = cli.json("call-and-bridge", *args, "--timeout", "20")
    assert result["success"] is True
    [sent] = [r for r in cli.fake.requests if r.operation_id == "call_and_bridge"]
    # In the query string, as the provider's example sends them; no body.
    assert sent.body is None
    assert (sent.query["caller"], sent.query["callee"], sent.query["destination"]) == (
        did,
        "905321234567",
        "1001",
    )
    assert sent.query["timeout"] == "20"
    assert result["message"] in cli.ok("call-and-bridge", *args).stdout
    not_ours = cli.fails(ExitCode.USAGE, "call-and-bridge", *args[:-1], "12345")
    assert "destination" in one_line_error(not_ours)


# --- dids, extensions, groups ----------------------------------------------------------------


def test_dids_list_and_get(shared: Cli) -> None:
    with shared.sdk() as sdk:
        expected = dicts(sdk.dids.list())
        detail = sdk.dids.get(expected[0]["id"]).to_dict()
    assert shared.json("dids", "list") == expected
    table = shared.ok("dids", "list").stdout
    for did in expected:
        assert str(did["number"]) in table
    assert shared.json("dids", "get", str(expected[0]["id"])) == detail
    assert str(detail["number"]) in shared.ok("dids", "get", str(detail["id"])).stdout


def test_groups_list_and_get(shared: Cli) -> None:
    with shared.sdk() as sdk:
        expected = dicts(sdk.groups.list())
        detail = sdk.groups.get(expected[0]["id"]).to_dict()
    assert shared.json("groups", "list") == expected
    assert str(expected[0]["name"]) in shared.ok("groups", "list").stdout
    assert shared.json("groups", "get", str(detail["id"])) == detail


@pytest.mark.parametrize(
    ("group", "id_help"),
    [
        (["dids"], "The DID's id."),
        (["extensions"], "The extension's id."),
        (["groups"], "The group's id."),
        (["faxes", "outgoing"], "The fax's id."),
        (["autocalls"], "The automatic call's id."),
    ],
)
def test_every_get_documents_its_id_and_exits_4_when_missing(
    shared: Cli, group: list[str], id_help: str
) -> None:
    shown = CliRunner().invoke(app, [*group, "get", "--help"], env={"COLUMNS": "120"})
    assert shown.exit_code == 0
    assert id_help in shown.stdout
    missing = shared.fails(ExitCode.NOT_FOUND, *group, "get", "999999")
    assert one_line_error(missing).startswith("error: 404 Not Found")
    listed = shared.ok(*group, "list")
    assert listed.stdout.strip()


def test_extensions_create_update_get_delete(cli: Cli) -> None:
    with cli.sdk() as sdk:
        before = dicts(sdk.extensions.list())
        did = sdk.dids.list().items[0].number
    assert cli.json("extensions", "list") == before
    created = cli.json(
        "extensions",
        "create",
        "--full-name",
        "Ayşe Yılmaz",
        "--email",
        "ayse@example.com",
        "--did",
        str(did),
        "--number",
        "4321",
        "--acl",
        "domestic,gsm",
    )
    assert "message" in created
    after = cli.json("extensions", "list")
    new = [e for e in after if e["number"] == 4321]
    assert len(after) == len(before) + 1 and len(new) == 1
    ext_id = str(new[0]["id"])
    assert cli.json("extensions", "get", ext_id)["caller_name"] == "Ayşe Yılmaz"
    assert "Ayşe Yılmaz" in cli.ok("extensions", "list").stdout

    cli.ok("extensions", "update", ext_id, "--full-name", "Ayşe Kaya", "--voicemail")
    detail = cli.json("extensions", "get", ext_id)
    assert detail["caller_name"] == "Ayşe Kaya"
    assert detail["voice_mail"] is True

    # Without --yes it asks; "n" keeps the extension.
    refused = cli("extensions", "delete", ext_id, input="n\n")
    assert refused.exit_code == 1
    cli.ok("extensions", "get", ext_id)
    cli.ok("extensions", "delete", ext_id, "--yes")
    gone = cli.fails(ExitCode.NOT_FOUND, "extensions", "get", ext_id)
    assert "404" in one_line_error(gone)


def test_extensions_update_with_nothing_to_change_is_a_usage_error(cli: Cli) -> None:
    ext_id = str(cli.json("extensions", "list")[0]["id"])
    result = cli.fails(ExitCode.USAGE, "extensions", "update", ext_id)
    assert "at least one field" in one_line_error(result)


# --- cdrs ------------------------------------------------------------------------------------


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


def test_atomic_write_only_renames_a_finished_file(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"

    def break_off() -> None:
        with atomic_write(target) as out:
            out.write("half of it")
            assert list(tmp_path.iterdir()) != []  # the temporary file, beside the target
            raise RuntimeError("the walk broke off")

    with pytest.raises(RuntimeError):
        break_off()
    assert list(tmp_path.iterdir()) == []
    with atomic_write(target) as out:
        out.write("all of it")
    assert target.read_text() == "all of it"
    assert list(tmp_path.iterdir()) == [target]


# --- recordings ------------------------------------------------------------------------------


def _recorded_uuids(cli: Cli, count: int) -> list[str]:
    with cli.sdk() as sdk:
        found = [c.uuid for c in sdk.cdrs.iter() if str(c.call_record) == "YES"]
    assert len(found) >= count
    return found[:count]


def test_recordings_download_several(shared: Cli, tmp_path: Path) -> None:
    uuids = _recorded_uuids(shared, 3)
    folder = tmp_path / "recordings"
    saved = shared.json("recordings", "download", *uuids, "-o", str(folder), "--jobs", "3")
    assert [s["id"] for s in saved] == uuids
    for uuid, entry in zip(uuids, saved, strict=True):
        path = Path(entry["path"])
        assert path == folder / f"{uuid}.ogg"
        assert path.read_bytes().startswith(b"OggS")
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"{u}.ogg" for u in uuids)


def test_recordings_download_reports_the_missing_one(shared: Cli, tmp_path: Path) -> None:
    [good] = _recorded_uuids(shared, 1)
    result = shared("recordings", "download", good, "no-such-call", "-o", str(tmp_path))
    assert result.exit_code == ExitCode.NOT_FOUND
    assert str(tmp_path / f"{good}.ogg") in result.stdout
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1, result.stderr
    assert errors[0].startswith("error: no-such-call: 404 Not Found")
    assert (tmp_path / f"{good}.ogg").is_file()


def test_recordings_url(shared: Cli) -> None:
    [uuid] = _recorded_uuids(shared, 1)
    with shared.sdk() as sdk:
        expected = sdk.call_records.signed_url(uuid)
    assert shared.ok("recordings", "url", uuid).stdout.strip() == expected
    assert shared.json("recordings", "url", uuid) == {"uuid": uuid, "url": expected}
    assert shared.fake.token not in expected


# --- faxes -----------------------------------------------------------------------------------


def test_incoming_faxes_list_and_download(shared: Cli, tmp_path: Path) -> None:
    with shared.sdk() as sdk:
        expected = dicts(sdk.incoming_faxes.list())
    assert expected
    assert shared.json("faxes", "incoming", "list") == expected
    uuid = expected[0]["uuid"]
    assert uuid in shared.ok("faxes", "incoming", "list").stdout
    shared.ok("faxes", "incoming", "download", uuid, "-o", str(tmp_path))
    data = (tmp_path / f"{uuid}.tiff").read_bytes()
    assert data[:4] in (b"II*\x00", b"MM\x00*")


def test_faxes_send_then_list_and_get(cli: Cli, tmp_path: Path) -> None:
    document = tmp_path / "invoice.pdf"
    document.write_bytes(PDF)
    with cli.sdk() as sdk:
        did = sdk.dids.list().items[0].number
        before = dicts(sdk.outgoing_faxes.list())
    assert cli.json("faxes", "outgoing", "list") == before
    sent = cli.json(
        "faxes",
        "send",
        "--title",
        "Invoice 42",
        "--to",
        "905321234567,905331234567",
        "--to",
        "905341234567",
        "--did",
        str(did),
        str(document),
    )
    assert "message" in sent
    after = cli.json("faxes", "outgoing", "list")
    [new] = [f for f in after if f["title"] == "Invoice 42"]
    assert len(after) == len(before) + 1
    assert new["recipient_count"] == 3
    detail = cli.json("faxes", "outgoing", "get", str(new["id"]))
    assert sorted(str(r["number"]) for r in detail["recipients"]) == [
        "905321234567",
        "905331234567",
        "905341234567",
    ]
    assert "Invoice 42" in cli.ok("faxes", "outgoing", "list").stdout


def test_faxes_send_refuses_a_text_file(cli: Cli, tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_text("hello")
    result = cli.fails(
        ExitCode.USAGE,
        "faxes",
        "send",
        "--title",
        "x",
        "--to",
        "905321234567",
        "--did",
        "1",
        str(note),
    )
    assert "not an accepted type" in one_line_error(result)


# --- announcements, automatic calls ----------------------------------------------------------


def _wav(path: Path) -> Path:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(8000)
        out.writeframes(b"\x00\x10" * 800)
    return path


def test_announcements_upload_download_delete(cli: Cli, tmp_path: Path) -> None:
    before = cli.json("announcements", "list")
    cli.ok("announcements", "upload", "--name", "Welcome", str(_wav(tmp_path / "welcome.wav")))
    after = cli.json("announcements", "list")
    [new] = [a for a in after if a["name"] == "Welcome"]
    assert len(after) == len(before) + 1
    assert "Welcome" in cli.ok("announcements", "list").stdout

    folder = tmp_path / "down"
    [saved] = cli.json("announcements", "download", str(new["id"]), "-o", str(folder))
    data = Path(saved["path"]).read_bytes()
    assert data[:4] == b"RIFF" and data[8:12] == b"WAVE"

    cli.ok("announcements", "delete", str(new["id"]), "-y")
    assert [a["id"] for a in cli.json("announcements", "list")] == [a["id"] for a in before]


def test_autocalls_list_get_create(cli: Cli) -> None:
    with cli.sdk() as sdk:
        before = dicts(sdk.automatic_calls.list())
        did = sdk.dids.list().items[0].number
    assert cli.json("autocalls", "list") == before
    created = cli.json(
        "autocalls",
        "create",
        "--title",
        "Reminder",
        "--to",
        "905321234567",
        "--did",
        str(did),
        "--sound-url",
        "https://example.com/reminder.wav",
        "--timeout",
        "30",
        "--hours",
        "mon=09:00-18:00",
        "--hours",
        "sun=off",
    )
    assert "message" in created
    after = cli.json("autocalls", "list")
    [new] = [a for a in after if a["title"] == "Reminder"]
    detail = cli.json("autocalls", "get", str(new["id"]))
    assert detail["sound_url"] == "https://example.com/reminder.wav"
    assert [str(r["number"]) for r in detail["recipients"]] == ["905321234567"]
    [sent] = [r for r in cli.fake.requests if r.operation_id == "create_automatic_call"]
    assert sent.body is not None
    assert sent.body["hours_active"] is True
    assert (sent.body["mon_active"], sent.body["mon_start"], sent.body["mon_finish"]) == (
        True,
        "09:00",
        "18:00",
    )
    assert sent.body["sun_active"] is False
    assert str(sent.body["timeout"]) == "30"
    assert "Reminder" in cli.ok("autocalls", "get", str(new["id"])).stdout


def test_autocalls_create_needs_exactly_one_sound(cli: Cli) -> None:
    result = cli.fails(
        ExitCode.USAGE, "autocalls", "create", "--title", "x", "--to", "905321234567", "--did", "1"
    )
    assert "exactly one of" in result.stderr
    assert "--sound-url" in result.stderr


# --- errors and exit codes -------------------------------------------------------------------


def test_bad_option_value_is_a_usage_error(shared: Cli) -> None:
    result = shared.fails(ExitCode.USAGE, "cdrs", "list", "--last", "week")
    assert "--last" in result.stderr
    bad_number = shared.fails(ExitCode.USAGE, "cdrs", "list", "--caller", "not-a-number")
    assert "caller" in one_line_error(bad_number)


def test_wrong_token_exits_3(shared: Cli) -> None:
    result = shared.fails(ExitCode.AUTH, "dids", "list", token="wrong-token-0123456789")
    line = one_line_error(result)
    assert line.startswith("error: 401 Unauthorized")
    assert "wrong-token-0123456789" not in result.stdout + result.stderr


def test_expired_token_exits_3(cli: Cli) -> None:
    cli.fake.expire_token()
    result = cli.fails(ExitCode.AUTH, "me")
    assert one_line_error(result) == "error: 401 Unauthorized: Token expired"
    assert cli.fake.token not in result.stdout + result.stderr


def test_missing_credentials_exit_3(shared: Cli) -> None:
    result = shared.fails(ExitCode.AUTH, "dids", "list", auth=False)
    assert "BULUTFON_ACCESS_TOKEN" in one_line_error(result)


def test_credentials_from_the_environment(shared: Cli) -> None:
    env = {"BULUTFON_ACCESS_TOKEN": shared.fake.token, "BULUTFON_BASE_URL": shared.url}
    result = shared.runner.invoke(app, ["--json", "dids", "list"], env=env)
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)
    env = {"BULUTFON_EMAIL": shared.fake.email, "BULUTFON_PASSWORD": shared.fake.password}
    result = shared.runner.invoke(app, ["--base-url", shared.url, "--json", "me"], env=env)
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["user"]
    # A half-given email/password pair is an authentication problem, told as such.
    result = shared.runner.invoke(app, ["--base-url", shared.url, "--email", "a@b.example", "me"])
    assert result.exit_code == ExitCode.AUTH
    assert "password is missing" in one_line_error(result)


def test_not_found_exits_4(shared: Cli) -> None:
    result = shared.fails(ExitCode.NOT_FOUND, "dids", "get", "999999")
    assert one_line_error(result).startswith("error: 404 Not Found")


def test_rate_limited_exits_5(shared: Cli) -> None:
    shared.fake.fail_next("list_dids", status=429, retry_after="120")
    result = shared.fails(ExitCode.RATE_LIMITED, "dids", "list")
    line = one_line_error(result)
    assert line.startswith("error: 429 Too Many Requests")
    assert "retry after 120 s" in line
    shared.ok("dids", "list")  # only the next request was refused


def test_connection_error_exits_1() -> None:
    result = CliRunner(env=CLEAN_ENV).invoke(
        app,
        ["--token", "t0k3n-abcdef", "--base-url", "http://127.0.0.1:9", "--max-retries", "0", "me"],
    )
    assert result.exit_code == ExitCode.ERROR
    line = one_line_error(result)
    assert "Connection refused" in line or "failed" in line
    assert "t0k3n-abcdef" not in result.stderr


def test_debug_shows_a_traceback_but_never_the_token(shared: Cli) -> None:
    token = shared.fake.token
    result = shared.fails(ExitCode.NOT_FOUND, "--debug", "cdrs", "get", "no-such-call")
    assert "Traceback" in result.stderr
    assert "NotFoundError" in result.stderr
    assert result.stderr.rstrip().splitlines()[-1].startswith("error: 404")
    assert token not in result.stdout + result.stderr

    wrong = "wrong-token-9876543210"
    result = shared.fails(ExitCode.AUTH, "--debug", "me", token=wrong)
    assert "Traceback" in result.stderr
    assert wrong not in result.stdout + result.stderr

    ok = shared.ok("--debug", "--json", "dids", "list")
    assert "access_token=REDACTED" in ok.stderr  # the request was logged, redacted
    assert token not in ok.stdout + ok.stderr
    json.loads(ok.stdout)

    login = ["--email", shared.fake.email, "--password", shared.fake.password]
    result = shared.fails(
        ExitCode.NOT_FOUND, *login, "--debug", "dids", "get", "999999", auth=False
    )
    assert "Traceback" in result.stderr
    assert "password=REDACTED" in result.stderr
    assert shared.fake.password not in result.stdout + result.stderr


def test_human_output_survives_markup_like_values(cli: Cli) -> None:
    with cli.sdk() as sdk:
        did = sdk.dids.list().items[0].number
    cli.ok(
        "extensions",
        "create",
        "--full-name",
        "[bold]Not markup[/bold]",
        "--email",
        "m@example.com",
        "--did",
        str(did),
        "--number",
        "4555",
    )
    assert "[bold]Not markup[/bold]" in cli.ok("extensions", "list").stdout


def test_json_output_is_one_document(shared: Cli) -> None:
    result = shared.ok("--json", "cdrs", "list", "--limit", "5")
    data = json.loads(result.stdout)
    assert isinstance(data, list) and len(data) == 5
    assert result.stderr == ""
