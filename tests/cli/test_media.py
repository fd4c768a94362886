"""``bulutfon recordings``, ``faxes``, ``announcements`` and ``autocalls``."""

from __future__ import annotations

import wave
from pathlib import Path

from bulutfon_ext.cli import ExitCode
from tests.cli._helpers import PDF, Cli, dicts, one_line_error

# --- recordings ------------------------------------------------------------------------------


def _recorded_uuids(cli: Cli, count: int) -> list[str]:
    with cli.sdk() as sdk:
        found = [c.uuid for c in sdk.cdrs.iter() if str(c.call_record) == "YES"]
    assert len(found) >= count
    return found[:count]


def test_recordings_download_several(shared: Cli, tmp_path: Path) -> None:
    uuids = _recorded_uuids(shared, 3)
    folder = tmp_path / "recordings"
    saved = shared.json("recordings", "download", *uuids, "-d", str(folder), "--jobs", "3")
    assert [s["id"] for s in saved] == uuids
    for uuid, entry in zip(uuids, saved, strict=True):
        path = Path(entry["path"])
        assert path == folder / f"{uuid}.ogg"
        assert path.read_bytes().startswith(b"OggS")
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"{u}.ogg" for u in uuids)


def test_recordings_download_reports_the_missing_one(shared: Cli, tmp_path: Path) -> None:
    [good] = _recorded_uuids(shared, 1)
    result = shared("recordings", "download", good, "no-such-call", "--dir", str(tmp_path))
    assert result.exit_code == ExitCode.NOT_FOUND
    assert str(tmp_path / f"{good}.ogg") in result.stdout
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1, result.stderr
    assert errors[0] == "error: no CDR no-such-call"
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
    shared.ok("faxes", "incoming", "download", uuid, "-d", str(tmp_path))
    data = (tmp_path / f"{uuid}.tiff").read_bytes()
    missing = shared.fails(
        ExitCode.NOT_FOUND, "faxes", "incoming", "download", "nope", "-d", str(tmp_path)
    )
    assert missing.stderr.splitlines()[-1] == "error: no incoming fax nope"
    assert data[:4] in (b"II*\x00", b"MM\x00*")


def test_faxes_send_then_list_and_get(cli: Cli, tmp_path: Path) -> None:
    document = tmp_path / "invoice.pdf"
    document.write_bytes(PDF)
    did = cli.did()
    before = cli.listed("faxes", "outgoing", resource="outgoing_faxes")
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
        did,
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
    [saved] = cli.json("announcements", "download", str(new["id"]), "-d", str(folder))
    data = Path(saved["path"]).read_bytes()
    assert data[:4] == b"RIFF" and data[8:12] == b"WAVE"
    # downloaded by id, as the recordings and faxes are by uuid (one add_download)
    not_a_number = cli.fails(ExitCode.USAGE, "announcements", "download", "abc")
    assert "Invalid value for 'ids': 'abc' is not a valid int" in not_a_number.stderr
    missing = cli.fails(ExitCode.NOT_FOUND, "announcements", "download", "99", "-d", str(folder))
    assert missing.stderr.splitlines()[-1] == "error: no announcement with id 99"

    cli.ok("announcements", "delete", str(new["id"]), "-y")
    assert [a["id"] for a in cli.json("announcements", "list")] == [a["id"] for a in before]


def test_autocalls_list_get_create(cli: Cli) -> None:
    cli.listed("autocalls", resource="automatic_calls")  # the CLI lists what the SDK does
    did = cli.did()
    created = cli.json(
        "autocalls",
        "create",
        "--title",
        "Reminder",
        "--to",
        "905321234567",
        "--did",
        did,
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
    # The SDK's check of the spec's rule, in the options' names, before anything is sent.
    base = ("autocalls", "create", "--title", "x", "--to", "905321234567", "--did", "908508850000")
    cli.fake.clear_requests()
    none = cli.fails(ExitCode.USAGE, *base)
    assert one_line_error(none) == (
        "error: --announcement-id: send exactly one of --announcement-id, --sound-url, --xm-id "
        "(got none)"
    )
    two = cli.fails(ExitCode.USAGE, *base, "--sound-url", "https://x/a.wav", "--xm-id", "3")
    assert one_line_error(two).endswith("(got --sound-url, --xm-id)")
    assert cli.fake.requests == []


def test_the_sdks_errors_name_the_options_typed(cli: Cli) -> None:
    # `receivers` and `calling_hours` are the SDK's names for --to and --hours.
    cli.fake.clear_requests()
    base = ("autocalls", "create", "--title", "x", "--did", "908508850000", "--xm-id", "3")
    bad_number = cli.fails(ExitCode.USAGE, *base, "--to", "12a")
    assert one_line_error(bad_number) == (
        "error: --to: '12a' is not a phone number (digits only, e.g. 905321234567)"
    )
    bad_hour = cli.fails(
        ExitCode.USAGE, *base, "--to", "905321234567", "--hours", "mon=25:00-26:00"
    )
    assert one_line_error(bad_hour).startswith("error: --hours['mon'] start: '25:00'")
    # the days are the SDK's; the command line checks only the DAY=START-END syntax
    bad_day = cli.fails(ExitCode.USAGE, *base, "--to", "905321234567", "--hours", "monday=off")
    assert one_line_error(bad_day) == (
        "error: --hours: 'monday' is not one of mon, tue, wed, thu, fri, sat, sun"
    )
    no_span = cli.fails(ExitCode.USAGE, *base, "--to", "905321234567", "--hours", "mon=09:00")
    shown = " ".join(no_span.stderr.replace("│", " ").split())  # the usage box wraps it
    assert "'mon=09:00': expected DAY=HH:MM-HH:MM or DAY=off (DAY: mon..sun)" in shown
    assert cli.fake.requests == []


def test_recordings_download_says_which_call_has_no_recording(shared: Cli, tmp_path: Path) -> None:
    with shared.sdk() as sdk:
        [silent] = [c.uuid for c in sdk.cdrs.list(limit=100).items if c.call_record == "NO"][:1]
    result = shared.fails(ExitCode.NOT_FOUND, "recordings", "download", silent, "-d", str(tmp_path))
    assert result.stderr.splitlines()[-1] == f"error: call {silent} has no recording"
    assert list(tmp_path.iterdir()) == []


def test_download_o_is_one_file_and_d_a_folder(shared: Cli, tmp_path: Path) -> None:
    [first, second] = _recorded_uuids(shared, 2)
    target = tmp_path / "call.ogg"
    [saved] = shared.json("recordings", "download", first, "-o", str(target))
    assert Path(saved["path"]) == target
    assert target.is_file() and target.read_bytes().startswith(b"OggS")
    # -o with several ids, or -o with -d, is a usage error before anything is fetched
    several = shared.fails(
        ExitCode.USAGE, "recordings", "download", first, second, "-o", str(target)
    )
    assert "-o names one file" in several.stderr
    both = shared.fails(ExitCode.USAGE, "recordings", "download", first, "-o", "x.ogg", "-d", ".")
    assert "not both" in both.stderr
    folder = tmp_path / "many"
    shared.ok("recordings", "download", first, second, "--dir", str(folder))
    assert sorted(p.name for p in folder.iterdir()) == sorted([f"{first}.ogg", f"{second}.ogg"])


def test_only_the_fields_an_sdk_error_names_become_options(cli: Cli) -> None:
    # The field refused (and the fields a rule across fields lists) are put in the options' names;
    # the rest of the message is the SDK's prose, words like "number" and "email" left alone.
    cli.fake.clear_requests()
    extension = ("extensions", "create", "--full-name", "A", "--did", "908508850000")
    cases = [
        (("cdrs", "list", "--caller", "abc"), "error: --caller: 'abc' is not a phone number"),
        (
            ("cdrs", "export", "--number", "12a", "--format", "csv", "-o", "-"),
            "error: --number: '12a' is not a phone",
        ),
        (
            (*extension, "--email", "bad", "--number", "1001"),
            "error: --email: 'bad' is not an email",
        ),
        (
            (*extension, "--email", "a@b.co", "--number", "1001", "--redirection-type", "ALWAYS"),
            "error: --destination-type: required when --redirection-type is ALWAYS",
        ),
    ]
    for args, expected in cases:
        assert one_line_error(cli.fails(ExitCode.USAGE, *args)).startswith(expected), args
    assert cli.fake.requests == []
