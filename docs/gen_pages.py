"""Writes the reference pages that come from the code rather than from prose, for ``make docs``.

    python docs/gen_pages.py docs/generated

``cli.md``: every command's help, as ``bulutfon ... --help`` prints it (so the page cannot drift
from the command line). ``operations.md``: every operation of ``spec/bulutfon-v1.yaml`` with the
functions that call it in both layers.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import yaml
from typer.main import get_command
from typer.testing import CliRunner

from bulutfon_ext.cli import app

ROOT = Path(__file__).resolve().parent.parent
METHODS = ("get", "post", "put", "patch", "delete")


def _commands(command: Any, path: list[str]) -> list[list[str]]:
    """Every command path under ``command``, groups before their commands, in help order."""
    found = [path]
    if hasattr(command, "list_commands"):
        for name in command.list_commands(None):
            found += _commands(command.get_command(None, name), [*path, name])
    return found


def cli_page() -> str:
    runner = CliRunner()
    lines = [
        "# The command line",
        "",
        "Every command's `--help`, as the installed `bulutfon` prints it. Global options "
        "(`--json`, `--token`, `--fake`, ...) go before or after the command.",
        "",
    ]
    for path in _commands(get_command(app), []):
        result = runner.invoke(app, [*path, "--help"], env={"COLUMNS": "100", "NO_COLOR": "1"})
        if result.exit_code != 0:
            raise SystemExit(f"bulutfon {' '.join(path)} --help failed: {result.output}")
        title = " ".join(["bulutfon", *path])
        lines += [f"## `{title}`", "", "```text", result.stdout.rstrip(), "```", ""]
    return "\n".join(lines)


def operations_page() -> str:
    spec = yaml.safe_load((ROOT / "spec" / "bulutfon-v1.yaml").read_text())
    lines = [
        "# Operations",
        "",
        "Every operation of the API v1 as `spec/bulutfon-v1.yaml` describes it. In the typed "
        "layer each is the module `bulutfon_api.api.<tag>.<operationId>` (with `sync`, "
        "`sync_detailed`, `asyncio`, `asyncio_detailed`); the ergonomic layer wraps it in a "
        "resource method (see [the ergonomic client](../ergonomic.md)).",
        "",
        "| operation | method and path | tag | what it does |",
        "|---|---|---|---|",
    ]
    for path, item in spec["paths"].items():
        for method in METHODS:
            if method not in item:
                continue
            op = item[method]
            tag = op.get("tags", ["default"])[0]
            summary = " ".join(str(op.get("summary", "")).split()).replace("|", "\\|")
            deprecated = " (deprecated)" if op.get("deprecated") else ""
            lines.append(
                f"| `{op['operationId']}` | `{method.upper()} {path}` | {tag} | "
                f"{summary}{deprecated} |"
            )
    return "\n".join(lines) + "\n"


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "cli.md").write_text(cli_page())
    (out / "operations.md").write_text(operations_page())


if __name__ == "__main__":
    main(Path(sys.argv[1]))
