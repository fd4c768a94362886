"""The ``bulutfon`` command line as a whole: help, entry points, errors and exit codes, output.

Most tests share one served fake (read-only commands); those that change data get their own.
``--json`` output is compared with what the SDK reads from the same fake, and human output is
checked for the values that matter. Exit codes, the error line and credential hygiene are
checked on real failures the fake produces.
"""

from __future__ import annotations

import json
import subprocess
import sys

from typer.testing import CliRunner

from bulutfon_ext.cli import ExitCode, app
from tests.cli._helpers import CLEAN_ENV, Cli, one_line_error

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
    assert one_line_error(result) == "error: no DID with id 999999"


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
    assert result.stderr.rstrip().splitlines()[-1] == "error: no CDR no-such-call"
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
    did = cli.did()
    cli.ok(
        "extensions",
        "create",
        "--full-name",
        "[bold]Not markup[/bold]",
        "--email",
        "m@example.com",
        "--did",
        did,
        "--number",
        "4555",
    )
    assert "[bold]Not markup[/bold]" in cli.ok("extensions", "list").stdout


def test_json_output_is_one_document(shared: Cli) -> None:
    result = shared.ok("--json", "cdrs", "list", "--limit", "5")
    data = json.loads(result.stdout)
    assert isinstance(data, list) and len(data) == 5
    assert result.stderr == ""


# --- terminal safety -------------------------------------------------------------------------

HOSTILE = "\x1b]0;pwned\x07\x1b[2J\r\nerror: forged\x9b31m\u202eevil"


def _no_terminal_controls(text: str) -> None:
    for char in text:
        code = ord(char)
        assert char in "\n\t" or not (code < 0x20 or 0x7F <= code <= 0x9F), repr(text)
    assert "\u202e" not in text


def test_server_text_in_an_error_cannot_drive_the_terminal(shared: Cli) -> None:
    shared.fake.fail_next("list_dids", status=400, error=HOSTILE)
    result = shared.fails(ExitCode.ERROR, "dids", "list")
    _no_terminal_controls(result.stderr)
    line = one_line_error(result)  # the \r\n forged no second line
    assert "]0;pwned" in line and "error: forged" in line  # the text is kept, its controls not


def test_server_text_in_tables_cannot_drive_the_terminal(cli: Cli) -> None:
    did = cli.did()
    name = "Ayşe\x1b[2J\x1b]0;pwned\x07\rYılmaz\x9b"
    cli.ok(
        "extensions", "create", "--full-name", name, "--email", "a@example.com",
        "--did", did, "--number", "4556",
    )  # fmt: skip
    listed = cli.ok("extensions", "list")
    _no_terminal_controls(listed.stdout)
    assert "Ayşe[2J]0;pwnedYılmaz" in listed.stdout
    with cli.sdk() as sdk:
        created = next(e for e in sdk.extensions.list() if e.number == 4556)
    shown = cli.ok("extensions", "get", str(created.id))
    _no_terminal_controls(shown.stdout)
    # --json keeps the data exact: the name reads back as the server sent it.
    assert [e["caller_name"] for e in cli.json("extensions", "list") if e["number"] == 4556] == [
        name
    ]
    _no_terminal_controls(cli.ok("--json", "extensions", "list").stdout.replace("\n", ""))


def test_json_escapes_what_a_terminal_would_obey_and_keeps_the_value() -> None:
    from bulutfon_ext.cli._output import json_text

    value = {"name": "a\x1b[2J\x9b1m\u202eb\n", "n": 1}
    text = json_text(value)
    _no_terminal_controls(text)
    assert json.loads(text) == value
