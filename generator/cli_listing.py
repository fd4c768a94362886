"""Writes ``bulutfon_ext/cli/_listing.py``: the commands ``bulutfon --help`` lists, read from the
command modules themselves (``make generate``; ``make check-generated`` into a temporary file).

The root help lists every command without importing the modules that define them (see
``bulutfon_ext/cli/_registry.py``), so it needs each command's name, panel, one-line help and
module written down. This script imports every ``bulutfon_ext/cli/_commands_<module>.py``, in
the order of their names, and writes what each registered: a new command or group needs nothing
but its own module.

    python generator/cli_listing.py [OUTPUT_FILE]   # default: bulutfon_ext/cli/_listing.py
"""

from __future__ import annotations

import inspect
import sys
from importlib import import_module
from pathlib import Path
from typing import Any

import pinned_ruff
import typer.main

ROOT = Path(__file__).resolve().parent.parent
CLI = ROOT / "bulutfon_ext" / "cli"
HEADER = '''# generated from bulutfon_ext/cli by make generate; do not edit
"""What ``bulutfon --help`` lists: each command's module, panel and one-line help, read from the
command modules by ``generator/cli_listing.py`` (in the help's order)."""

LISTING: dict[str, tuple[str, str | None, str]] = {
'''


def _one_line(command: Any) -> str:
    """The help's line for ``command``: the first paragraph of its help, as typer shows it."""
    text = command.short_help or command.help or ""
    return inspect.cleandoc(text).split("\n\n")[0].strip()


def listing() -> dict[str, tuple[str, str | None, str]]:
    """Every top-level command: its name -> (module, panel, one-line help), in the help's order."""
    from bulutfon_ext.cli._app import app

    found: dict[str, tuple[str, str | None, str]] = {}
    for path in sorted(CLI.glob("_commands_*.py")):
        module = path.stem.removeprefix("_commands_")
        import_module(f"bulutfon_ext.cli._commands_{module}")
        for name, command in typer.main.get_command(app).commands.items():  # type: ignore[attr-defined]
            if name not in found:
                found[name] = (module, command.rich_help_panel, _one_line(command))
    return found


def write(out: Path) -> None:
    """Write the listing module to ``out``, formatted with the pinned ruff."""
    rows = "".join(f"    {name!r}: {row!r},\n" for name, row in listing().items())
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(HEADER + rows + "}\n", encoding="utf-8")
    pinned_ruff.run("format", str(out))


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    write(Path(sys.argv[1]) if len(sys.argv) > 1 else CLI / "_listing.py")
