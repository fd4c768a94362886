"""The ``bulutfon`` command line (the ``cli`` extra: typer and rich).

    bulutfon --help
    bulutfon --fake cdrs list --missed --last day
    BULUTFON_ACCESS_TOKEN=... bulutfon --json dids list

Commands are grouped by resource in ``_commands_*``; ``_app`` holds the global options and the
error handling, ``_common`` the options and plain list/get/delete/download commands the groups
share, ``_output`` the JSON and table rendering.
"""

from __future__ import annotations

from collections.abc import Sequence

from bulutfon_ext.cli import (  # noqa: F401 (importing them registers the commands)
    _commands_account,
    _commands_cdrs,
    _commands_media,
    _commands_pbx,
)
from bulutfon_ext.cli._app import ExitCode, app

__all__ = ["ExitCode", "app", "main"]


def main(args: Sequence[str] | None = None) -> None:
    """Run the command line (``args`` default to ``sys.argv[1:]``); exits with its status."""
    app(args=None if args is None else list(args), prog_name="bulutfon")
