"""The command line behaves as gh and git users expect; run through the installed entry point.

Each test starts the ``bulutfon`` script the wheel installs (beside this interpreter), as a user's
shell would: global options after the command, ``--version``, completion, help on a bare group.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from bulutfon_ext._distribution import DISTRIBUTION
from tests._process import Completed, run
from tests._spec import ROOT, operations

SCRIPT = shutil.which("bulutfon", path=str(Path(sys.executable).parent))
CREDENTIALS = ("BULUTFON_ACCESS_TOKEN", "BULUTFON_EMAIL", "BULUTFON_PASSWORD", "BULUTFON_BASE_URL")


def bulutfon(*args: str, input: str | None = None, env: dict[str, str] | None = None) -> Completed:
    """The installed ``bulutfon`` command, with no credentials in its environment."""
    assert SCRIPT, "the bulutfon script is not installed beside this interpreter"
    env = {k: v for k, v in os.environ.items() if k not in CREDENTIALS} | (env or {})
    env.setdefault("COLUMNS", "100")
    return run([SCRIPT, *args], env=env, input=input, timeout=60)


def test_the_distribution_name_is_the_free_one() -> None:
    # `bulutfon` on the package index is an unrelated 2014 sdist; ours is `bulutfon-sdk`.
    pyproject = (ROOT / "pyproject.toml").read_text()
    assert f'name = "{DISTRIBUTION}"' in pyproject
    assert DISTRIBUTION == "bulutfon-sdk"


def test_version_names_the_distribution() -> None:
    from importlib.metadata import version

    result = bulutfon("--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"bulutfon-sdk {version('bulutfon-sdk')} ")
    # after a command too, like every global option
    assert bulutfon("cdrs", "list", "--version").stdout == result.stdout


@pytest.mark.parametrize("args", [(), ("cdrs",), ("faxes", "outgoing"), ("--json",)])
def test_a_group_without_a_command_prints_its_help_and_exits_0(args: tuple[str, ...]) -> None:
    result = bulutfon(*args)
    assert result.returncode == 0, result.stderr
    assert "Usage: bulutfon" in result.stdout
    assert "Commands" in result.stdout or "list" in result.stdout


def test_an_unknown_command_is_still_a_usage_error() -> None:
    result = bulutfon("cdrs", "lst")
    assert result.returncode == 2
    assert "No such command 'lst'" in result.stderr


def test_global_options_work_after_the_command() -> None:
    before = bulutfon("--fake", "--json", "cdrs", "list", "--limit", "2")
    after = bulutfon("cdrs", "list", "--limit", "2", "--json", "--fake")
    mixed = bulutfon("cdrs", "--fake", "list", "--limit=2", "--json")
    assert before.returncode == 0, before.stderr
    assert after.returncode == 0, after.stderr
    assert json.loads(after.stdout) == json.loads(before.stdout)
    assert len(json.loads(after.stdout)) == 2
    assert json.loads(mixed.stdout) == json.loads(before.stdout)


def test_global_options_with_values_work_after_the_command() -> None:
    result = bulutfon("me", "--token", "wrong-token-abcdef", "--fake", "--max-retries", "0")
    assert result.returncode == 3, (result.stdout, result.stderr)
    assert "wrong-token-abcdef" not in result.stdout + result.stderr


def test_a_command_option_named_like_a_global_one_stays_the_commands() -> None:
    # `autocalls create --timeout` is the ring time (0-60), not the HTTP timeout.
    result = bulutfon(
        "autocalls", "create", "--title", "T", "--to", "905321112233",
        "--did", "908508850000", "--announcement-id", "1", "--timeout", "61", "--fake",
    )  # fmt: skip
    assert result.returncode == 2
    assert "--timeout" in result.stderr
    assert "0<=x<=60" in result.stderr or "60" in result.stderr


def test_completion_scripts_for_each_shell() -> None:
    # Named explicitly: without a shell argument typer asks the parent process which shell it is.
    named = {"_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION": "1"}
    for shell, marker in (
        ("bash", "complete -o default"),
        ("zsh", "compdef"),
        ("fish", "complete --command bulutfon"),
    ):
        result = bulutfon("--show-completion", shell, env=named)
        assert result.returncode == 0, result.stderr
        assert "_BULUTFON_COMPLETE" in result.stdout
        assert marker in result.stdout
    assert "--install-completion" in bulutfon("--help").stdout


def test_install_completion_writes_the_script_for_the_shell(tmp_path: Path) -> None:
    env = {"HOME": str(tmp_path), "_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION": "1"}
    result = bulutfon("--install-completion", "bash", env=env)
    assert result.returncode == 0, result.stderr
    assert "bash completion installed" in result.stdout
    assert "_BULUTFON_COMPLETE" in (tmp_path / ".bash_completions" / "bulutfon.sh").read_text()
    assert ".bash_completions/bulutfon.sh" in (tmp_path / ".bashrc").read_text()


def test_completion_completes_commands_and_options() -> None:
    def complete(words: str) -> list[str]:
        env = {
            "_BULUTFON_COMPLETE": "complete_bash",
            "COMP_WORDS": words,
            "COMP_CWORD": str(len(words.split()) - (0 if words.endswith(" ") else 1)),
        }
        return bulutfon(env=env).stdout.split()

    assert "cdrs" in complete("bulutfon cd")
    assert set(complete("bulutfon cdrs ")) >= {"list", "get", "export"}
    assert "--missed" in complete("bulutfon cdrs list --mi")


def _on_a_terminal(*args: str, answer: bytes) -> tuple[int, str]:
    """Run ``bulutfon`` with its stdin and stderr on a pseudo-terminal; type ``answer``."""
    import pty

    assert SCRIPT
    main, child = pty.openpty()
    env = {k: v for k, v in os.environ.items() if k not in CREDENTIALS}
    with subprocess.Popen(
        [SCRIPT, *args], stdin=child, stdout=subprocess.PIPE, stderr=child, env=env
    ) as process:
        os.close(child)
        os.write(main, answer)
        stdout, _ = process.communicate(timeout=60)
    os.close(main)
    return process.returncode, stdout.decode()


def test_delete_asks_on_a_terminal() -> None:
    code, _ = _on_a_terminal("--fake", "extensions", "delete", "1", answer=b"n\n")
    assert code == 1  # answered no: nothing deleted
    code, stdout = _on_a_terminal("--fake", "extensions", "delete", "1", answer=b"y\n")
    assert code == 0
    assert stdout.strip()


def test_delete_without_a_terminal_refuses_unless_yes() -> None:
    refused = bulutfon("--fake", "announcements", "delete", "1", input="y\n")
    assert refused.returncode == 2
    assert refused.stderr.strip() == (
        "error: not deleting announcement 1 without confirmation: no terminal to ask on "
        "(pass --yes)"
    )
    assert bulutfon("--fake", "announcements", "delete", "1", "--yes").returncode == 0


def _terminal_output(*args: str, columns: int) -> str:
    """What ``bulutfon`` shows on a terminal ``columns`` wide (stdout on a pseudo-terminal)."""
    import pty

    assert SCRIPT
    main, child = pty.openpty()
    env = {k: v for k, v in os.environ.items() if k not in CREDENTIALS}
    env |= {"COLUMNS": str(columns), "NO_COLOR": "1"}
    with subprocess.Popen(
        [SCRIPT, *args], stdin=subprocess.DEVNULL, stdout=child, stderr=subprocess.PIPE, env=env
    ) as process:
        os.close(child)
        chunks = []
        while True:
            try:
                chunk = os.read(main, 65536)
            except OSError:  # the child closed the terminal
                break
            if not chunk:
                break
            chunks.append(chunk)
        process.wait(timeout=60)
    os.close(main)
    assert process.returncode == 0
    text = b"".join(chunks).decode().replace("\r\n", "\n")
    return re.sub(r"\x1b\[[0-9;]*m", "", text)  # styles (bold headers) take no columns


@pytest.mark.parametrize("columns", [60, 100])
def test_tables_never_break_ids_uuids_or_numbers(columns: int) -> None:
    cdrs = json.loads(bulutfon("--fake", "--json", "cdrs", "list", "--limit", "5").stdout)
    shown = _terminal_output("--fake", "cdrs", "list", "--limit", "5", columns=columns)
    lines = shown.splitlines()
    assert all(len(line) <= columns for line in lines), shown
    for cdr in cdrs:
        # each uuid whole on one line, with the caller's number beside it when there is room
        [row] = [line for line in lines if cdr["uuid"] in line]
        if columns >= 80:
            assert str(cdr["caller"]) in row
    if columns > 60:
        return
    dids = json.loads(bulutfon("--fake", "--json", "dids", "list").stdout)
    shown = _terminal_output("--fake", "dids", "list", columns=columns)
    for did in dids:
        assert any(str(did["number"]) in line for line in shown.splitlines()), shown


def test_piped_tables_are_tab_separated_without_borders() -> None:
    cdrs = json.loads(bulutfon("--fake", "--json", "cdrs", "list", "--limit", "4").stdout)
    piped = bulutfon("--fake", "cdrs", "list", "--limit", "4").stdout
    rows = [line.split("\t") for line in piped.splitlines()]
    assert [row[0] for row in rows] == [cdr["uuid"] for cdr in cdrs]  # no header, no title
    assert not any(ch in piped for ch in "│┃━─┏└")
    assert len({len(row) for row in rows}) == 1
    detail = bulutfon("--fake", "dids", "get", "1").stdout.splitlines()
    assert "number\t908508850000" in detail


def _leaf_commands() -> dict[str, Any]:
    """Every command that runs (not a group), by its path ("cdrs list")."""
    from typer.main import get_command

    from bulutfon_ext.cli import app

    def walk(command: Any, path: list[str]) -> dict[str, Any]:
        if hasattr(command, "list_commands"):
            found: dict[str, Any] = {}
            for name in command.list_commands(None):
                found |= walk(command.get_command(None, name), [*path, name])
            return found
        return {" ".join(path): command}

    return walk(get_command(app), [])


def test_every_command_has_an_example_that_parses(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from typer.testing import CliRunner

    from bulutfon_ext.cli import app
    from bulutfon_ext.cli._examples import examples_of
    from bulutfon_ext.fake import FakeBulutfon

    found = _leaf_commands()
    leaves = list(found)
    shown_examples = {path: examples_of(command, path.split()) for path, command in found.items()}
    missing = [path for path, lines in shown_examples.items() if not lines]
    assert not missing, f"every command needs examples where it is defined (@examples): {missing}"
    runner = CliRunner()
    # The files the examples name, as a user would have them.
    (tmp_path / "invoice.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    (tmp_path / "welcome.wav").write_bytes(b"RIFF\x24\x00\x00\x00WAVEfmt ")
    monkeypatch.chdir(tmp_path)
    with FakeBulutfon(cdrs=20).serve() as fake:
        env = {"BULUTFON_ACCESS_TOKEN": fake.token, "BULUTFON_BASE_URL": fake.url}
        for path in leaves:
            shown = runner.invoke(app, [*path.split(), "--help"], env={"COLUMNS": "200"})
            assert "Examples" in shown.stdout, path
            # typer 0.29 shows flags as `--json <bool>` and lists as `<list[str]>`: the [cli]
            # extra pins a range that does not.
            assert "<bool>" not in shown.stdout and "list[" not in shown.stdout, path
            for example in shown_examples[path]:
                assert f"$ {example}" in shown.stdout, (path, example)
                if path == "webhooks listen":
                    continue  # it waits for a webhook to arrive
                args = shlex.split(example.split(" | ")[0])[1:]
                ran = runner.invoke(app, [*args, "--max-retries", "0"], env=env)
                # Run against the fake: placeholder ids may be missing (4) or a connection
                # refused (1), but no example is a usage error.
                assert ran.exit_code != 2, (example, ran.stderr)


def test_a_plain_list_or_get_says_the_specs_summary_and_shows_its_path() -> None:
    # `add_list`/`add_list_and_get` derive a command's help from the operation its resource
    # class names (_list, _get) and its first example from its path: nothing retyped.
    from bulutfon_ext.cli._examples import examples_of

    summaries: dict[str, set[str]] = {"list": set(), "get": set()}
    for _, _, operation in operations():
        verb = operation["operationId"].split("_", 1)[0]
        if verb in summaries:
            summaries[verb].add(operation["summary"].rstrip(".") + ".")
    plain = {}
    for path, command in _leaf_commands().items():
        verb = path.split()[-1]
        sample = {"list": f"bulutfon {path}", "get": f"bulutfon {path} 1"}.get(verb)
        if sample is not None and examples_of(command, path.split())[0] == sample:
            plain[path] = command.help
            assert command.help in summaries[verb], (path, command.help)
    # the resources listed whole, and read by id, are all made this way
    assert {"dids list", "dids get", "faxes incoming list", "autocalls get"} <= set(plain)
    assert plain["dids get"] == "Get a phone number with its working hours."
    # each says its own operation's summary, not another resource's
    assert len(set(plain.values())) == len(plain), plain
    summary = {op["operationId"]: op["summary"].rstrip(".") + "." for _, _, op in operations()}
    spot = {
        "groups get": "get_group",
        "faxes outgoing list": "list_outgoing_faxes",
        "faxes incoming list": "list_incoming_faxes",
        "autocalls get": "get_automatic_call",
    }
    assert {path: plain[path] for path in spot} == {p: summary[o] for p, o in spot.items()}


def test_a_reader_that_goes_away_ends_it_quietly() -> None:
    # `bulutfon cdrs export -o - | head`: the closed pipe is the reader's choice, not an error.
    assert SCRIPT
    env = {k: v for k, v in os.environ.items() if k not in CREDENTIALS}
    args = [SCRIPT, "--fake", "cdrs", "export", "--format", "jsonl", "-o", "-"]
    with subprocess.Popen(
        args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True
    ) as process:
        assert process.stdout is not None and process.stderr is not None
        first = process.stdout.readline()
        process.stdout.close()
        stderr = process.stderr.read()
        process.wait(timeout=60)
    assert json.loads(first)["uuid"]
    assert "Broken pipe" not in stderr
    assert "error:" not in stderr
    assert "Traceback" not in stderr
